/**
 * Unauthorized access to consents and prior written notices: every route answers 404 (problem+json, nothing about
 * the record) to someone who may not see it — another district, another caseload, the parent of another child, a
 * teacher, another student — and 401 to nobody signed in; a refused attempt leaves an audit row. A parent never
 * sees another family's consents or notices, and nobody changes anything by trying.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import {
  createAccount,
  createCaseload,
  createConsent,
  createDistrict,
  createGuardian,
  createSchool,
  createSections,
  createStudent,
} from './support/factories';

type Who = 'otherAdmin' | 'otherCaseManager' | 'caseManager2' | 'parent2' | 'teacher' | 'teacher2' | 'student';
const OUTSIDERS: Who[] = [
  'otherAdmin',
  'otherCaseManager',
  'caseManager2',
  'parent2',
  'teacher',
  'teacher2',
  'student',
];

describe.each(ENGINES)('unauthorized access to consents and notices on %s', (engine) => {
  let t: TestApp;
  const clients = {} as Record<Who, Client>;
  /** Camila Lopez, on a case manager's caseload, with a reevaluation consent waiting and two notices. */
  let camilaId: string;
  let consentId: string;
  let draftNoticeId: string;
  let issuedNoticeId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const w = await createCaseload(t.db, { student: { firstName: 'Camila', lastName: 'Lopez' } });
    const d = w.districtId;
    camilaId = w.studentId;
    consentId = await createConsent(t.db, {
      districtId: d,
      studentId: camilaId,
      type: 'reevaluation',
      description: 'Reevaluación de habla y lenguaje.',
      language: 'es',
      requestedOn: '2026-11-20',
      requestedById: w.caseManager.id,
    });
    // Another child (old enough for a student account) with a parent: neither is Camila's.
    const other = await createStudent(t.db, d, { schoolId: w.schoolId, grade: '11', dateOfBirth: '2010-04-20' });
    const teacher = await createAccount(t.db, d, { role: 'teacher', schools: [w.schoolId] });
    const teacher2 = await createAccount(t.db, d, { role: 'teacher', schools: [w.schoolId] });
    // A teacher of Camila's own class is no more entitled to her consents than one of another class.
    await createSections(t.db, d, [
      { schoolId: w.schoolId, teacherId: teacher.id, studentIds: [camilaId] },
      { schoolId: w.schoolId, teacherId: teacher2.id, studentIds: [other] },
    ]);
    const otherDistrict = await createDistrict(t.db);
    const emails: Record<Who, string> = {
      otherAdmin: (await createAccount(t.db, otherDistrict, { role: 'district_admin' })).email,
      otherCaseManager: (
        await createAccount(t.db, otherDistrict, {
          role: 'case_manager',
          schools: [await createSchool(t.db, otherDistrict)],
        })
      ).email,
      caseManager2: (await createAccount(t.db, d, { role: 'case_manager', schools: [await createSchool(t.db, d)] }))
        .email,
      parent2: (
        await createAccount(t.db, d, {
          role: 'guardian',
          guardianId: await createGuardian(t.db, d, { studentId: other }),
        })
      ).email,
      teacher: teacher.email,
      teacher2: teacher2.email,
      student: (await createAccount(t.db, d, { role: 'student', studentId: other })).email,
    };
    for (const who of OUTSIDERS) clients[who] = await t.signIn(emails[who]);
    // A draft notice of Camila's and an issued one, made by her case manager.
    const cm = await t.signIn(w.caseManager.email);
    const draft = await cm.post(`/api/v1/students/${camilaId}/notices`, {
      action: 'proposes',
      subject: 'reevaluation',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    draftNoticeId = draft.json<{ id: string }>().id;
    const created = await cm.post(`/api/v1/students/${camilaId}/notices`, {
      action: 'proposes',
      subject: 'fape',
      elements: {
        actionDescription: 'a',
        reasons: 'b',
        evaluationsUsed: 'c',
        optionsConsidered: 'd',
        otherFactors: 'e',
      },
    });
    issuedNoticeId = created.json<{ id: string }>().id;
    expect((await cm.post(`/api/v1/notices/${issuedNoticeId}/issue`)).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  const routes = () =>
    [
      ['GET', `/api/v1/students/${camilaId}/consents`, undefined],
      ['POST', `/api/v1/students/${camilaId}/consents`, { type: 'evaluation', description: 'An evaluation.' }],
      ['GET', `/api/v1/consents/${consentId}`, undefined],
      ['POST', `/api/v1/consents/${consentId}/answer`, { decision: 'given', typedName: 'Someone Else', confirm: true }],
      [
        'POST',
        `/api/v1/consents/${consentId}/answer`,
        { decision: 'given', method: 'paper', signedOn: '2026-11-25', signerName: 'Someone Else' },
      ],
      ['POST', `/api/v1/consents/${consentId}/revoke`, { typedName: 'Someone Else', confirm: true }],
      ['GET', `/api/v1/consents/${consentId}/document.pdf?lang=en`, undefined],
      ['GET', `/api/v1/students/${camilaId}/notices`, undefined],
      ['POST', `/api/v1/students/${camilaId}/notices`, { action: 'proposes', subject: 'fape' }],
      ['GET', `/api/v1/notices/${draftNoticeId}`, undefined],
      ['GET', `/api/v1/notices/${issuedNoticeId}`, undefined],
      ['PATCH', `/api/v1/notices/${draftNoticeId}`, { version: 1, elements: { optionsConsidered: 'x' } }],
      ['POST', `/api/v1/notices/${draftNoticeId}/issue`, undefined],
      ['GET', `/api/v1/notices/${draftNoticeId}/document.pdf?lang=es`, undefined],
      ['GET', `/api/v1/notices/${issuedNoticeId}/document.pdf?lang=en`, undefined],
    ] as const;

  it.each(OUTSIDERS)(
    '%s gets 404 (problem+json, no student data) on every consent and notice route of another family’s child',
    async (who) => {
      const c = clients[who];
      for (const [method, url, payload] of routes()) {
        const res = await c.request({ method, url, payload: payload });
        expect([who, method, url, res.statusCode]).toEqual([who, method, url, 404]);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).not.toMatch(/Camila|Lopez|reevaluaci|Reevaluación/i);
      }
    },
  );

  it('nothing changed: the consent is still waiting, the draft still a draft, no notice or consent was added', async () => {
    const consent = await t.db.query<{ status: string; version: number }>(
      `SELECT status, version FROM consents WHERE id = $1::uuid`,
      [consentId],
    );
    expect(consent).toEqual([{ status: 'requested', version: 1 }]);
    const draft = await t.db.query<{ status: string; version: number; options_considered: string }>(
      `SELECT status, version, options_considered FROM prior_written_notices WHERE id = $1::uuid`,
      [draftNoticeId],
    );
    expect(draft).toEqual([{ status: 'draft', version: 1, options_considered: '' }]);
    const counts = await t.db.query<{ consents: number; notices: number }>(
      `SELECT (SELECT count(*)::int FROM consents WHERE student_id = $1::uuid) AS consents, (SELECT count(*)::int FROM prior_written_notices WHERE student_id = $1::uuid) AS notices`,
      [camilaId],
    );
    expect(counts).toEqual([{ consents: 1, notices: 2 }]);
  });

  it('refused attempts are audited as denied', async () => {
    const rows = await t.db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_events WHERE outcome = 'denied' AND action IN ('consent.read_denied', 'notice.read_denied', 'student.read_denied') AND (student_id = $1::uuid OR context->>'consentId' = $2 OR context->>'noticeId' IN ($3, $4))
        GROUP BY action ORDER BY action`,
      [camilaId, consentId, draftNoticeId, issuedNoticeId],
    );
    const total = rows.reduce((s, r) => s + r.n, 0);
    // Every refused request of the suite above left one row.
    expect(total).toBe(OUTSIDERS.length * routes().length);
  });

  it('parent2 sees their own child’s consents, and never Camila’s among them', async () => {
    const parent2 = clients.parent2;
    const own = (await parent2.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    const res = await parent2.get(`/api/v1/students/${own}/consents`);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ data: { id: string }[] }>().data.map((c) => c.id)).not.toContain(consentId);
    const notices = await parent2.get(`/api/v1/students/${own}/notices`);
    expect(notices.json<{ data: { id: string }[] }>().data.map((n) => n.id)).not.toContain(issuedNoticeId);
  });

  it('nobody signed in gets 401', async () => {
    for (const [method, url, payload] of routes()) {
      const res = await t.anonymous.request({ method, url, payload: payload });
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });
});
