/**
 * Unauthorized access to consents and prior written notices: every route answers 404 (problem+json, nothing about
 * the record) to someone who may not see it — another district, another caseload, the parent of another child, a
 * teacher, another student — and 401 to nobody signed in; a refused attempt leaves an audit row. A parent never
 * sees another family's consents or notices, and nobody changes anything by trying.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';

type Who = 'riversideAdmin' | 'riversideCaseManager' | 'caseManager2' | 'parent2' | 'teacher' | 'teacher2' | 'student';
const OUTSIDERS: Who[] = [
  'riversideAdmin',
  'riversideCaseManager',
  'caseManager2',
  'parent2',
  'teacher',
  'teacher2',
  'student',
];

describe.each(ENGINES)('unauthorized access to consents and notices on %s', (engine) => {
  let t: TestApp;
  const clients = {} as Record<Who, Client>;
  /** L1001 Camila (middle school; parent@'s child; casemanager@'s caseload). */
  let camilaId: string;
  let consentId: string;
  let draftNoticeId: string;
  let issuedNoticeId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const who of OUTSIDERS) clients[who] = await t.signIn(DEMO[who]);
    camilaId = (await t.db.query<{ id: string }>(`SELECT id::text AS id FROM students WHERE local_id = 'L1001'`))[0]!
      .id;
    consentId = (
      await t.db.query<{ id: string }>(
        `SELECT id::text AS id FROM consents WHERE student_id = $1::uuid AND status = 'requested'`,
        [camilaId],
      )
    )[0]!.id;
    draftNoticeId = (
      await t.db.query<{ id: string }>(
        `SELECT id::text AS id FROM prior_written_notices WHERE student_id = $1::uuid AND status = 'draft'`,
        [camilaId],
      )
    )[0]!.id;
    // An issued notice of Camila's, made by her case manager.
    const cm = await t.signIn(DEMO.caseManager);
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
