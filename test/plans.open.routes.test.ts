/**
 * At most one open plan (a draft or a proposal) of each type per student, and no finalizing over a plan that took
 * effect (or ended) after the draft was started: issue 9, item 2. Both engines, over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { startTestApp, type Client, type TestApp } from './support/app';
import {
  assignProviders,
  createAccount,
  createCaseload,
  createDistrict,
  createGuardian,
  createPlan,
  createSections,
  createStudent,
} from './support/factories';
import { buildCompleteIep, PLAN_DATES } from './support/plans';
import { objectContaining } from './support/match';

interface PlanBody {
  id: string;
  status: string;
  version: number;
  basedOn: string | null;
  withdrawn: { at: string; byName: string | null; reason: string } | null;
  abilities: { withdraw: boolean; finalize: boolean };
}
interface Problem {
  status: number;
  code: string;
  detail: string;
  links?: { rel: string; href: string; id: string }[];
}

describe.each(ENGINES)('one open plan per type on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  let admin: Client;
  /** The parent's child: on the case manager's caseload, with an IEP in effect and no open plan. */
  let childId: string;
  let activeId: string;
  /** Another child on the caseload with an IEP in effect (for the race), with a parent and an account of their own. */
  let otherId: string;
  /** Everyone but the case manager and the administrator, by how they stand to the child (none may withdraw its draft). */
  let others: Record<'provider' | 'teacher' | 'parent' | 'parent2' | 'student' | 'caseManager2' | 'otherAdmin', string>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const w = await createCaseload(t.db, {
      caseManager: { firstName: 'Maria', lastName: 'Alvarez' },
      student: { grade: '07', dateOfBirth: '2013-05-02' },
    });
    const activeIep = async (studentId: string) =>
      createPlan(t.db, {
        districtId: w.districtId,
        studentId,
        status: 'active',
        content: buildCompleteIep(),
        dates: PLAN_DATES,
        authorId: w.caseManager.id,
        authorName: 'Maria Alvarez',
        finalizedAt: `${PLAN_DATES.meetingDate}T17:00:00Z`,
      });
    childId = w.studentId;
    activeId = await activeIep(childId);
    const account = (input: Parameters<typeof createAccount>[2]) => createAccount(t.db, w.districtId, input);
    const schools = [w.schoolId];
    // Old enough to sign in (the student account below is theirs).
    otherId = await createStudent(t.db, w.districtId, {
      schoolId: w.schoolId,
      caseManagerId: w.caseManager.id,
      grade: '11',
      dateOfBirth: '2010-04-20',
    });
    await activeIep(otherId);
    const adminAccount = await account({ role: 'district_admin' });
    const provider = await account({ role: 'provider', discipline: 'slp', schools });
    await assignProviders(t.db, w.districtId, [{ studentId: childId, providerId: provider.id }]);
    const teacher = await account({ role: 'teacher', schools });
    await createSections(t.db, w.districtId, [{ schoolId: w.schoolId, teacherId: teacher.id, studentIds: [childId] }]);
    const parent2 = await account({
      role: 'guardian',
      guardianId: await createGuardian(t.db, w.districtId, { studentId: otherId }),
    });
    const student = await account({ role: 'student', studentId: otherId });
    const caseManager2 = await account({ role: 'case_manager', schools });
    const otherAdmin = await createAccount(t.db, await createDistrict(t.db), { role: 'district_admin' });
    others = {
      provider: provider.email,
      teacher: teacher.email,
      parent: w.parent.email,
      parent2: parent2.email,
      student: student.email,
      caseManager2: caseManager2.email,
      otherAdmin: otherAdmin.email,
    };
    cm = await t.signIn(w.caseManager.email);
    admin = await t.signIn(adminAccount.email);
  });
  afterAll(async () => t.close());

  const openPlans = async (studentId: string) =>
    (
      await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM plans WHERE student_id = $1::uuid AND type = 'iep' AND status IN ('draft', 'proposed')`,
        [studentId],
      )
    )[0]!.n;

  it('a second annual review, by another person, answers 409 with a link to the open one; nothing is written', async () => {
    const first = await cm.post(`/api/v1/students/${childId}/plans`, { type: 'iep', startFrom: 'active' });
    expect(first.statusCode, first.body).toBe(201);
    const draft = first.json<PlanBody>();
    expect(draft.basedOn).toBe(activeId);

    const second = await admin.post(`/api/v1/students/${childId}/plans`, { type: 'iep', startFrom: 'active' });
    expect(second.statusCode).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    const p = second.json<Problem>();
    expect(p.code).toBe('INVALID_STATE');
    expect(p.links).toEqual([{ rel: 'open-plan', href: `/api/v1/plans/${draft.id}`, id: draft.id }]);
    // An empty start and an amendment of the plan in effect are refused the same way.
    const empty = await admin.post(`/api/v1/students/${childId}/plans`, { type: 'iep' });
    expect(empty.statusCode).toBe(409);
    const amendment = await cm.post(`/api/v1/plans/${activeId}/amendments`, { method: 'written_agreement' });
    expect(amendment.statusCode).toBe(409);
    expect(amendment.json<Problem>().links?.[0]?.id).toBe(draft.id);
    expect(await openPlans(childId)).toBe(1);
  });

  it('starts at the same moment are served one after the other: one draft, one 409', async () => {
    const other = otherId;
    const answers = await Promise.all([
      admin.post(`/api/v1/students/${other}/plans`, { type: 'iep', startFrom: 'active' }),
      admin.post(`/api/v1/students/${other}/plans`, { type: 'iep' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await openPlans(other)).toBe(1);
  });

  it('withdrawing needs the version (428 without, 412 when stale); once withdrawn, a new draft may start', async () => {
    const open = (await cm.post(`/api/v1/students/${childId}/plans`, { type: 'iep' })).json<Problem>();
    const draftId = open.links![0]!.id;
    const draft = (await cm.get(`/api/v1/plans/${draftId}`)).json<PlanBody>();
    expect(draft.abilities.withdraw).toBe(true);

    const none = await cm.post(`/api/v1/plans/${draftId}/withdraw`, { reason: 'Started twice by mistake.' });
    expect(none.statusCode).toBe(428);
    const noReason = await cm.post(
      `/api/v1/plans/${draftId}/withdraw`,
      { reason: '  ' },
      { 'if-match': `"${draftId}.${draft.version}"` },
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain('reason');
    // Someone saves the draft meanwhile: the version the withdrawer loaded is stale.
    const saved = await admin.patch(
      `/api/v1/plans/${draftId}`,
      {
        presentLevels: {
          academic: 'Reads at grade level.',
          functional: '',
          strengths: '',
          parentConcerns: '',
          studentInput: '',
          impactOnGeneralCurriculum: '',
        },
      },
      { 'if-match': `"${draftId}.${draft.version}"` },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await cm.post(
      `/api/v1/plans/${draftId}/withdraw`,
      { reason: 'Started twice by mistake.' },
      { 'if-match': `"${draftId}.${draft.version}"` },
    );
    expect(stale.statusCode).toBe(412);
    expect((await cm.get(`/api/v1/plans/${draftId}`)).json()).toMatchObject({ status: 'draft' });

    const res = await cm.post(`/api/v1/plans/${draftId}/withdraw`, {
      reason: 'Started twice by mistake.',
      version: draft.version + 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    const withdrawn = res.json<PlanBody>();
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.withdrawn).toMatchObject({ reason: 'Started twice by mistake.', byName: 'Maria Alvarez' });
    expect(withdrawn.abilities).toMatchObject({ withdraw: false, finalize: false });
    expect(res.headers.etag).toBe(`"${draftId}.${withdrawn.version}"`);
    // Kept, with its history; never in effect.
    const row = (
      await t.db.query<{ status: string; inEffect: string | null }>(
        `SELECT status, in_effect_from::text AS "inEffect" FROM plans WHERE id = $1::uuid`,
        [draftId],
      )
    )[0]!;
    expect(row).toEqual({ status: 'withdrawn', inEffect: null });
    const again = await cm.post(`/api/v1/plans/${draftId}/withdraw`, { reason: 'Again.', version: withdrawn.version });
    expect(again.statusCode).toBe(409);

    const next = await cm.post(`/api/v1/students/${childId}/plans`, { type: 'iep', startFrom: 'active' });
    expect(next.statusCode, next.body).toBe(201);
    // The family never saw the withdrawn draft (it was not shared), so it stays hidden from them.
    const parent = await t.signIn(others.parent);
    expect((await parent.get(`/api/v1/plans/${draftId}`)).statusCode).toBe(404);
  });

  it('finalizing a draft whose starting plan is no longer in effect answers 409, and the draft stays open', async () => {
    const draft = (
      await t.db.query<{ id: string; version: number }>(
        `SELECT id::text AS id, version FROM plans WHERE student_id = $1::uuid AND type = 'iep' AND status = 'draft'`,
        [childId],
      )
    )[0]!;
    // Make the draft complete, so only the starting-plan rule can refuse it.
    const save = await cm.patch(
      `/api/v1/plans/${draft.id}`,
      { ...buildCompleteIep(), dates: PLAN_DATES },
      { 'if-match': `"${draft.id}.${draft.version}"` },
    );
    expect(save.statusCode, save.body).toBe(200);
    // The plan the draft started from ends before the draft is finalized.
    const ended = await cm.post(`/api/v1/plans/${activeId}/end`, { reason: 'other', note: 'Ended by the team.' });
    expect(ended.statusCode, ended.body).toBe(200);

    const res = await cm.post(`/api/v1/plans/${draft.id}/finalize`);
    expect(res.statusCode).toBe(409);
    const p = res.json<Problem>();
    expect(p.code).toBe('INVALID_STATE');
    expect(p.detail).toMatch(/no longer in effect/);
    expect((await cm.get(`/api/v1/plans/${draft.id}`)).json()).toMatchObject({ status: 'draft' });
    const audit = await t.db.query<{ outcome: string; context: { current: string | null } }>(
      `SELECT outcome, context FROM audit_events WHERE action = 'plan.finalize_refused' AND context->>'planId' = $1`,
      [draft.id],
    );
    expect(audit).toEqual([{ outcome: 'failure', context: objectContaining({ basedOn: activeId, current: null }) }]);
  });

  it('a draft started when no plan was current is refused once another plan has taken effect, with a link to it', async () => {
    const draft = (
      await t.db.query<{ id: string }>(
        `SELECT id::text AS id FROM plans WHERE student_id = $1::uuid AND type = 'iep' AND status = 'draft'`,
        [childId],
      )
    )[0]!;
    // Withdraw it, and start again: nothing is in effect now, so the new draft starts from nothing.
    const cur = (await cm.get(`/api/v1/plans/${draft.id}`)).json<PlanBody>();
    expect(
      (await cm.post(`/api/v1/plans/${draft.id}/withdraw`, { reason: 'Student moved.', version: cur.version }))
        .statusCode,
    ).toBe(200);
    const fresh = (await cm.post(`/api/v1/students/${childId}/plans`, { type: 'iep' })).json<PlanBody>();
    expect(fresh.basedOn).toBeNull();
    // The ended plan comes back into effect (as when the exit that ended it is voided): the draft no longer
    // starts from the current plan.
    await t.db.query(`UPDATE plans SET status = 'active', ended_on = NULL, end_reason = NULL WHERE id = $1::uuid`, [
      activeId,
    ]);
    const res = await cm.post(`/api/v1/plans/${fresh.id}/finalize`);
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().links).toEqual([
      { rel: 'current-plan', href: `/api/v1/plans/${activeId}`, id: activeId },
    ]);
  });

  it('only those who manage the plan withdraw it: others who see it 403, everyone else 404; nothing changes', async () => {
    const draft = (
      await t.db.query<{ id: string; version: number }>(
        `SELECT id::text AS id, version FROM plans WHERE student_id = $1::uuid AND type = 'iep' AND status = 'draft'`,
        [childId],
      )
    )[0]!;
    const cases: [keyof typeof others, number][] = [
      ['provider', 403], // serves the child: sees the draft, may not withdraw it
      ['teacher', 404], // teaches the child: sees only the plan in effect
      ['parent', 404], // the draft is not shared with the family
      ['parent2', 404], // parent of another child
      ['student', 404],
      ['caseManager2', 404], // other caseload
      ['otherAdmin', 404], // other district
    ];
    for (const [who, status] of cases) {
      const c = await t.signIn(others[who]);
      const res = await c.post(
        `/api/v1/plans/${draft.id}/withdraw`,
        { reason: 'Not mine to withdraw.' },
        { 'if-match': `"${draft.id}.${draft.version}"` },
      );
      expect([who, res.statusCode]).toEqual([who, status]);
    }
    expect((await t.anonymous.post(`/api/v1/plans/${draft.id}/withdraw`, { reason: 'x' })).statusCode).toBe(401);
    const row = (
      await t.db.query<{ status: string; version: number }>(`SELECT status, version FROM plans WHERE id = $1::uuid`, [
        draft.id,
      ])
    )[0]!;
    expect(row).toEqual({ status: 'draft', version: draft.version });
  });
});
