/**
 * Repository methods check the actor's scope themselves (issue 10): none trusts "the caller has checked". Each is
 * called here as a use case would, through the actor-scoped handle, but with a student the actor may not act on —
 * out of their scope, resolved for somebody else, or built by hand — and must refuse without writing anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import { createHandle, type DataHandle } from '../src/db/handle';
import type { ScopedStudent } from '../src/db/students-repo';
import { AppError } from '../src/domain/errors';
import { createConsentRequest } from '../src/features/consents/request-consent';
import { loadActor } from '../src/server/sessions';
import { DEMO } from './support/app';
import { cloneTestDb, ENGINES, type TestDb } from './support/db';
import { TEST_TODAY } from './support/env';
import { userIdOf } from './notifications-support';

async function handleOf(db: Database, email: string): Promise<DataHandle> {
  const actor = await loadActor(db, await userIdOf(db, email));
  if (!actor) throw new Error(`no actor ${email}`);
  return createHandle(db, actor, { ip: '203.0.113.9', today: TEST_TODAY });
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'resolved';
}

describe.each(ENGINES)('repositories enforce the scope themselves on %s', (engine) => {
  let t: TestDb;
  let admin: DataHandle;
  let caseManager: DataHandle;
  let teacher: DataHandle;
  let provider: DataHandle;
  let riverside: DataHandle;
  /** A Lincoln student with an active plan who is not on casemanager@lincoln.demo's caseload. */
  let notMine: string;
  /** A student with an active plan on casemanager@lincoln.demo's caseload. */
  let mine: string;
  /** A student teacher@lincoln.demo teaches. */
  let taught: string;
  /** A student provider@lincoln.demo serves. */
  let served: string;

  beforeAll(async () => {
    t = await cloneTestDb(engine);
    const db = t.db;
    admin = await handleOf(db, DEMO.admin);
    caseManager = await handleOf(db, DEMO.caseManager);
    teacher = await handleOf(db, DEMO.teacher);
    provider = await handleOf(db, DEMO.provider);
    riverside = await handleOf(db, DEMO.riversideAdmin);
    const cm = await userIdOf(db, DEMO.caseManager);
    const withPlan = `EXISTS (SELECT 1 FROM plans p WHERE p.student_id = s.id AND p.status = 'active')`;
    const onCaseload = `EXISTS (SELECT 1 FROM case_manager_assignments c WHERE c.student_id = s.id AND c.user_id = $1::uuid)`;
    notMine = (
      await db.query<{ id: string }>(
        `SELECT s.id::text AS id FROM students s JOIN districts d ON d.id = s.district_id WHERE d.name LIKE 'Lincoln%' AND ${withPlan} AND NOT ${onCaseload} ORDER BY s.id LIMIT 1`,
        [cm],
      )
    )[0]!.id;
    mine = (
      await db.query<{ id: string }>(
        `SELECT s.id::text AS id FROM students s WHERE ${withPlan} AND ${onCaseload} ORDER BY s.id LIMIT 1`,
        [cm],
      )
    )[0]!.id;
    taught = (
      await db.query<{ id: string }>(
        `SELECT e.student_id::text AS id FROM section_enrollments e JOIN sections x ON x.id = e.section_id WHERE x.teacher_id = $1::uuid ORDER BY 1 LIMIT 1`,
        [await userIdOf(db, DEMO.teacher)],
      )
    )[0]!.id;
    served = (
      await db.query<{ id: string }>(
        `SELECT student_id::text AS id FROM provider_assignments WHERE user_id = $1::uuid ORDER BY 1 LIMIT 1`,
        [await userIdOf(db, DEMO.provider)],
      )
    )[0]!.id;
  });
  afterAll(async () => t.drop());

  const countOf = async (sql: string, params: unknown[]) => (await t.db.query<{ n: number }>(sql, params))[0]!.n;
  const versionOf = async (id: string) =>
    (await t.db.query<{ version: number }>(`SELECT version FROM students WHERE id = $1::uuid`, [id]))[0]!.version;

  it('students.update refuses a student the actor may see but not edit, and one resolved for someone else', async () => {
    const before = await versionOf(taught);
    expect(
      await codeOf(teacher.run(async (s) => s.students.update(await s.students.get(taught), before, { grade: '11' }))),
    ).toBe('NOT_FOUND');
    // The administrator's resolved student, carried into the teacher's handle, is not the teacher's to change.
    const adminsCopy = await admin.read((s) => s.students.get(taught));
    expect(adminsCopy.abilities.edit).toBe(true);
    expect(await codeOf(teacher.run((s) => s.students.update(adminsCopy, before, { grade: '11' })))).toBe('NOT_FOUND');
    expect(await versionOf(taught)).toBe(before);
    // The refusal is recorded as a refused attempt on the student.
    expect(
      await countOf(
        `SELECT count(*)::int AS n FROM audit_events WHERE student_id = $1::uuid AND action = 'student.read_denied' AND outcome = 'denied' AND context->>'attempted' = 'student.update'`,
        [taught],
      ),
    ).toBeGreaterThanOrEqual(2);
    // The administrator, with their own resolved student, may.
    const v = await admin.run(async (s) => s.students.update(await s.students.get(taught), before, { grade: '11' }));
    expect(v).toBe(before + 1);
  });

  it('students.update refuses a student built by hand, even one claiming every ability', async () => {
    const real = await admin.read((s) => s.students.get(mine));
    const forged: ScopedStudent = { row: { ...real.row }, abilities: { ...real.abilities, edit: true } };
    const before = await versionOf(mine);
    expect(await codeOf(admin.run((s) => s.students.update(forged, before, { grade: '12' })))).toBe('NOT_FOUND');
    expect(await versionOf(mine)).toBe(before);
    // Abilities are frozen when the repository hands a student out: nobody grants themselves an edit.
    const taughtCopy = await teacher.read((s) => s.students.get(taught));
    expect(() => {
      (taughtCopy.abilities as { edit: boolean }).edit = true;
    }).toThrow(TypeError);
  });

  it('auditLog.forStudent reads the log only of a student resolved for this actor', async () => {
    const real = await caseManager.read(async (s) => {
      const got = await s.students.get(mine);
      await s.audit({ action: 'student.read', studentId: mine });
      return got;
    });
    expect((await caseManager.read((s) => s.auditLog.forStudent(real, 5))).map((r) => r.action)).toContain(
      'student.read',
    );
    const forged: ScopedStudent = { row: { ...real.row, id: notMine }, abilities: real.abilities };
    expect(await codeOf(caseManager.read((s) => s.auditLog.forStudent(forged, 5)))).toBe('NOT_FOUND');
    // Resolved for the administrator: not the case manager's to read through.
    const adminsCopy = await admin.read((s) => s.students.get(notMine));
    expect(await codeOf(caseManager.read((s) => s.auditLog.forStudent(adminsCopy, 5)))).toBe('NOT_FOUND');
  });

  it('caseEvents.record writes no event on a student outside the actor scope (other caseload, other district)', async () => {
    const events = () => countOf(`SELECT count(*)::int AS n FROM case_events WHERE student_id = $1::uuid`, [notMine]);
    const before = await events();
    const event = { studentId: notMine, kind: 'referral' as const, occurredOn: TEST_TODAY };
    expect(await codeOf(caseManager.run((s) => s.caseEvents.record(event)))).toBe('NOT_FOUND');
    expect(await codeOf(riverside.run((s) => s.caseEvents.record(event)))).toBe('NOT_FOUND');
    expect(await events()).toBe(before);
    // In scope, it records.
    const row = await admin.run((s) => s.caseEvents.record(event));
    expect(row.studentId).toBe(notMine);
    expect(await events()).toBe(before + 1);
  });

  it("plans.allOf, openPlansOf and awaitingConsentOf return nothing of a student outside the actor's scope", async () => {
    expect((await caseManager.read((s) => s.plans.allOf(mine))).length).toBeGreaterThan(0);
    expect((await caseManager.run((s) => s.plans.openPlansOf(mine))).length).toBeGreaterThan(0);
    expect((await admin.read((s) => s.plans.allOf(notMine))).length).toBeGreaterThan(0);
    expect(await caseManager.read((s) => s.plans.allOf(notMine))).toEqual([]);
    expect(await caseManager.run((s) => s.plans.openPlansOf(notMine))).toEqual([]);
    expect(await riverside.read((s) => s.plans.allOf(notMine))).toEqual([]);
    expect(await riverside.run((s) => s.plans.openPlansOf(notMine))).toEqual([]);
    // A waiting IEP made visible to the administrator only: the case manager of another caseload gets none.
    await t.db.query(
      `UPDATE plans SET status = 'awaiting_consent' WHERE student_id = $1::uuid AND type = 'iep' AND status = 'active'`,
      [notMine],
    );
    expect(await admin.run((s) => s.plans.awaitingConsentOf(notMine))).not.toBeNull();
    expect(await caseManager.run((s) => s.plans.awaitingConsentOf(notMine))).toBeNull();
  });

  it("the case clock's batch reads leave out any student not resolved for this actor", async () => {
    const real = await caseManager.read((s) => s.students.get(mine));
    const forged: ScopedStudent = { row: { ...real.row, id: notMine }, abilities: real.abilities };
    const adminsCopy = await admin.read((s) => s.students.get(notMine));
    // Each student has an event of their own to leave out or read.
    await caseManager.run((s) => s.caseEvents.record({ studentId: mine, kind: 'referral', occurredOn: TEST_TODAY }));
    await admin.run((s) => s.caseEvents.record({ studentId: notMine, kind: 'referral', occurredOn: TEST_TODAY }));
    const read = (h: DataHandle, students: ScopedStudent[]) =>
      h.read(async (s) => ({
        events: (await s.caseEvents.forStudents(students)).map((e) => e.studentId),
        plans: (await s.plans.forClock(students)).map((p) => p.studentId),
        meetings: (await s.meetings.forDeadlines(students)).map((m) => m.studentId),
        notices: (await s.consents.issuedNoticesFor(students)).map((n) => n.studentId),
        summaries: (await s.summaries.providedFor(students)).map((x) => x.studentId),
      }));
    const mineOnly = await read(caseManager, [real]);
    expect(mineOnly.events.length).toBeGreaterThan(0);
    expect(mineOnly.plans.length).toBeGreaterThan(0);
    const withOthers = await read(caseManager, [real, forged, adminsCopy]);
    expect(withOthers).toEqual(mineOnly);
    for (const ids of Object.values(withOthers)) expect(ids).not.toContain(notMine);
    // The administrator's own resolved student is read.
    const admins = await read(admin, [adminsCopy]);
    expect(admins.plans).toContain(notMine);
    expect(admins.events).toContain(notMine);
  });

  it('notifications.outbox exists for the district administrator only', async () => {
    expect(Array.isArray(await admin.read((s) => s.notifications.outbox({ limit: 5 })))).toBe(true);
    expect(await codeOf(caseManager.read((s) => s.notifications.outbox({ limit: 5 })))).toBe('NOT_FOUND');
    expect(await codeOf(teacher.read((s) => s.notifications.outbox({ limit: 5 })))).toBe('NOT_FOUND');
  });

  it('summaries.forStudent and summaries.create check the student and the summary policy themselves', async () => {
    const summaries = () =>
      countOf(`SELECT count(*)::int AS n FROM summaries_of_performance WHERE student_id = $1::uuid`, [taught]);
    const before = await summaries();
    const content = {
      academicAchievement: 'a',
      functionalPerformance: 'b',
      postsecondaryGoals: 'c',
      recommendations: 'd',
      studentPerspective: 'e',
    };
    // The teacher sees the student but not their summaries.
    expect(await codeOf(teacher.read(async (s) => s.summaries.forStudent(await s.students.get(taught))))).toBe(
      'NOT_FOUND',
    );
    expect(
      await codeOf(teacher.run(async (s) => s.summaries.create(await s.students.get(taught), content, 'en'))),
    ).toBe('FORBIDDEN');
    // The administrator's resolved student, in the teacher's handle, or one built by hand: not found.
    const adminsCopy = await admin.read((s) => s.students.get(taught));
    expect(await codeOf(teacher.run((s) => s.summaries.create(adminsCopy, content, 'en')))).toBe('NOT_FOUND');
    expect(
      await codeOf(
        admin.run((s) => s.summaries.create({ row: adminsCopy.row, abilities: adminsCopy.abilities }, content, 'en')),
      ),
    ).toBe('NOT_FOUND');
    expect(await summaries()).toBe(before);
    const made = await admin.run(async (s) => s.summaries.create(await s.students.get(taught), content, 'en'));
    expect(
      (await admin.read(async (s) => s.summaries.forStudent(await s.students.get(taught)))).map((r) => r.id),
    ).toContain(made.id);
  });

  it("accounts: only the district administrator reaches an account to invite, and only their district's", async () => {
    const target = await userIdOf(t.db, DEMO.teacher);
    const tokens = () => countOf(`SELECT count(*)::int AS n FROM password_tokens WHERE user_id = $1::uuid`, [target]);
    const before = await tokens();
    const t0 = {
      tokenHash: 'f'.repeat(64),
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    };
    expect(await codeOf(caseManager.read((s) => s.accounts.invitable(target)))).toBe('NOT_FOUND');
    expect(await codeOf(riverside.read((s) => s.accounts.invitable(target)))).toBe('NOT_FOUND');
    expect(await codeOf(caseManager.run((s) => s.accounts.storeInvitation(target, t0)))).toBe('NOT_FOUND');
    expect(
      await codeOf(
        riverside.run((s) => s.accounts.queueInvitationMail(target, { subject: 's', storedText: 'b', language: 'en' })),
      ),
    ).toBe('NOT_FOUND');
    expect(await tokens()).toBe(before);
    // Each refusal is recorded against the actor who tried.
    expect(
      await countOf(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'account.invite' AND outcome = 'denied' AND context->>'userId' = $1`,
        [target],
      ),
    ).toBe(4);
    expect((await admin.read((s) => s.accounts.invitable(target))).email).toBe(DEMO.teacher);
    await admin.run((s) => s.accounts.storeInvitation(target, t0));
    expect(await tokens()).toBe(before + 1);
  });

  it('createConsentRequest refuses an actor who may not ask, and a student not resolved for the actor', async () => {
    const consents = () => countOf(`SELECT count(*)::int AS n FROM consents WHERE student_id = $1::uuid`, [served]);
    const before = await consents();
    const opts = {
      studentId: served,
      type: 'evaluation' as const,
      description: 'Consent to evaluate speech and language.',
    };
    // The provider sees the student but only staff who manage the record ask for consent.
    expect(await codeOf(provider.run(async (s) => createConsentRequest(s, await s.students.get(served), opts)))).toBe(
      'FORBIDDEN',
    );
    // The administrator's resolved student, carried into the provider's handle, changes nothing.
    const adminsCopy = await admin.read((s) => s.students.get(served));
    expect(await codeOf(provider.run((s) => createConsentRequest(s, adminsCopy, opts)))).toBe('NOT_FOUND');
    // A student resolved for the actor but a request about another one.
    expect(await codeOf(admin.run(async (s) => createConsentRequest(s, await s.students.get(mine), opts)))).toBe(
      'NOT_FOUND',
    );
    expect(await consents()).toBe(before);
    const made = await admin.run(async (s) => createConsentRequest(s, await s.students.get(served), opts));
    expect(made.studentId).toBe(served);
    expect(await consents()).toBe(before + 1);
  });
});
