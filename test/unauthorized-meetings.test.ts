/**
 * Unauthorized access to meetings, on both engines: every meeting route, for someone in another district, on
 * another caseload, the parent of another child, a teacher of another class, a student reading another student's
 * meetings — 404, as if the meeting did not exist (never 403) — and anonymous (401). Team members who may read a
 * meeting may not change it (403), and nothing is written by any refused request.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { startTestApp, type Client, type TestApp } from './support/app';
import {
  createAccount,
  createCaseload,
  createDistrict,
  createGuardian,
  createMeeting,
  createSchool,
  createSections,
  createStudent,
  type Caseload,
} from './support/factories';

type Call = [label: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown];

/** Every meeting route, pointed at one meeting (and one of its participants) of a student. */
function calls(studentId: string, meetingId: string, participantId: string): Call[] {
  const m = `/api/v1/meetings/${meetingId}`;
  return [
    ['list', 'GET', `/api/v1/students/${studentId}/meetings`],
    [
      'schedule',
      'POST',
      `/api/v1/students/${studentId}/meetings`,
      { purpose: 'annual', date: '2027-01-20', startTime: '15:00', location: 'Room 1' },
    ],
    ['read', 'GET', m],
    ['update', 'PATCH', m, { version: 1, location: 'Elsewhere' }],
    ['invitable', 'GET', `${m}/invitable`],
    ['add participant', 'POST', `${m}/participants`, { role: 'other', name: 'Someone' }],
    ['update participant', 'PATCH', `${m}/participants/${participantId}`, { name: 'Someone else' }],
    ['remove participant', 'DELETE', `${m}/participants/${participantId}`],
    ['excusal', 'POST', `${m}/participants/${participantId}/excusal`, { excused: true, excusalAgreedOn: '2026-11-25' }],
    ['contact attempt', 'POST', `${m}/contact-attempts`, { date: '2026-11-25', method: 'phone', outcome: 'no_answer' }],
    ['notice', 'POST', `${m}/notice`, { method: 'mail' }],
    ['shorter notice', 'POST', `${m}/shorter-notice`, { agreedOn: '2026-11-25' }],
    ['notice pdf', 'GET', `${m}/notice.pdf?lang=en`],
    ['hold', 'POST', `${m}/hold`, { version: 1 }],
    ['cancel', 'POST', `${m}/cancel`, { reason: 'No.' }],
    ['response', 'POST', `${m}/response`, { response: 'accepted' }],
  ];
}

async function send(c: Client, [, method, url, body]: Call) {
  return c.request({ method, url, ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });
}

describe.each(ENGINES)('unauthorized access to meetings on %s', (engine) => {
  let t: TestApp;
  /** Camila Lopez's caseload: her case manager, her parent, her amendment meeting and its parent participant. */
  let w: Caseload;
  let childId: string;
  let lopezAmendment: string;
  let lopezParent: string;
  /** Another student on the same caseload (Davis), with a meeting whose participants include the district's rep. */
  let davisId: string;
  let davisAnnual: string;
  let davisRep: string;
  /** Who signs in, by how they stand to the two students. */
  let accounts: Record<
    'teacher' | 'parent' | 'parent2' | 'teacher2' | 'student' | 'caseManager2' | 'otherAdmin' | 'otherCaseManager',
    string
  >;
  const state = async () =>
    (
      await t.db.query<{ v: string }>(
        `SELECT string_agg(id::text || ':' || version::text || ':' || status, ',' ORDER BY id) AS v FROM meetings`,
      )
    )[0]!.v;

  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await createCaseload(t.db, { student: { firstName: 'Camila', lastName: 'Lopez' } });
    const d = w.districtId;
    childId = w.studentId;
    davisId = await createStudent(t.db, d, {
      schoolId: w.schoolId,
      caseManagerId: w.caseManager.id,
      firstName: 'Jada',
      lastName: 'Davis',
    });
    const teacher = await createAccount(t.db, d, { role: 'teacher', schools: [w.schoolId] });
    const teacher2 = await createAccount(t.db, d, { role: 'teacher', schools: [w.schoolId] });
    await createSections(t.db, d, [
      { schoolId: w.schoolId, teacherId: teacher.id, studentIds: [childId] },
      { schoolId: w.schoolId, teacherId: teacher2.id, studentIds: [davisId] },
    ]);
    const admin = await createAccount(t.db, d, { role: 'district_admin' });
    const cm = { userId: w.caseManager.id, name: 'Test Case Manager' };
    lopezParent = crypto.randomUUID();
    lopezAmendment = await createMeeting(t.db, {
      districtId: d,
      studentId: childId,
      purpose: 'amendment',
      date: '2026-12-10',
      noticeSentOn: '2026-11-20',
      noticeMethod: 'mail',
      noticeLanguage: 'es',
      createdById: cm.userId,
      participants: [
        { id: lopezParent, role: 'parent', name: 'Elena Lopez', guardianId: w.guardianId },
        { role: 'general_education_teacher', name: 'Sam Carter', userId: teacher.id },
        { role: 'special_education_teacher', name: cm.name, userId: cm.userId },
      ],
    });
    davisRep = crypto.randomUUID();
    davisAnnual = await createMeeting(t.db, {
      districtId: d,
      studentId: davisId,
      date: '2026-12-08',
      createdById: cm.userId,
      participants: [
        { role: 'special_education_teacher', name: cm.name, userId: cm.userId },
        { id: davisRep, role: 'district_representative', name: 'Dana Whitfield', userId: admin.id },
      ],
    });
    // A student old enough to sign in, and their parent: neither is Camila's.
    const third = await createStudent(t.db, d, { schoolId: w.schoolId, grade: '11', dateOfBirth: '2010-04-20' });
    const parent2 = await createAccount(t.db, d, {
      role: 'guardian',
      guardianId: await createGuardian(t.db, d, { studentId: third }),
    });
    const student = await createAccount(t.db, d, { role: 'student', studentId: third });
    const otherSchool = await createSchool(t.db, d);
    const caseManager2 = await createAccount(t.db, d, { role: 'case_manager', schools: [otherSchool] });
    const other = await createDistrict(t.db);
    const otherSchoolThere = await createSchool(t.db, other);
    accounts = {
      teacher: teacher.email,
      parent: w.parent.email,
      parent2: parent2.email,
      teacher2: teacher2.email,
      student: student.email,
      caseManager2: caseManager2.email,
      otherAdmin: (await createAccount(t.db, other, { role: 'district_admin' })).email,
      otherCaseManager: (await createAccount(t.db, other, { role: 'case_manager', schools: [otherSchoolThere] })).email,
    };
  });
  afterAll(async () => t.close());

  it('anonymous: 401 on every route', async () => {
    for (const call of calls(childId, lopezAmendment, lopezParent)) {
      expect((await send(t.anonymous, call)).statusCode, call[0]).toBe(401);
    }
  });

  it.each<[string, keyof typeof accounts, 'child' | 'davis']>([
    ['another district (its administrator)', 'otherAdmin', 'child'],
    ['another district (a case manager there)', 'otherCaseManager', 'davis'],
    ['another caseload (a case manager at another school)', 'caseManager2', 'davis'],
    ['the parent of another child', 'parent2', 'child'],
    ['a teacher of another class', 'teacher2', 'child'],
    ['a student reading another student’s meetings', 'student', 'child'],
  ])('%s: 404 on every route, and nothing changes', async (_label, account, which) => {
    const c = await t.signIn(accounts[account]);
    const [studentId, meetingId, participantId] =
      which === 'child' ? [childId, lopezAmendment, lopezParent] : [davisId, davisAnnual, davisRep];
    const before = await state();
    for (const call of calls(studentId, meetingId, participantId)) {
      const res = await send(c, call);
      expect(res.statusCode, `${call[0]}: ${res.body}`).toBe(404);
      expect(res.body).not.toContain('Lopez');
      expect(res.body).not.toContain('Davis');
    }
    expect(await state()).toBe(before);
    const denied = await t.db.query(
      `SELECT 1 FROM audit_events WHERE outcome = 'denied' AND action = 'meeting.read_denied' AND actor_user_id = (SELECT id FROM users WHERE email = $1)`,
      [accounts[account]],
    );
    expect(denied.length).toBeGreaterThan(0);
  });

  it('a teacher invited to the meeting reads it but may not change it (403); the parent may not manage it either', async () => {
    const teacher = await t.signIn(accounts.teacher);
    expect((await teacher.get(`/api/v1/meetings/${lopezAmendment}`)).statusCode).toBe(200);
    const parent = await t.signIn(accounts.parent);
    const before = await state();
    for (const c of [teacher, parent]) {
      for (const call of calls(childId, lopezAmendment, lopezParent).filter(
        ([label]) => !['list', 'read', 'notice pdf', 'response'].includes(label),
      )) {
        expect((await send(c, call)).statusCode, call[0]).toBe(403);
      }
    }
    expect(await state()).toBe(before);
  });
});
