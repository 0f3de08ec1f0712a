import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { buildCompleteIep, PLAN_DATES } from './support/plans';
import { stringMatching } from './support/match';

interface PlanBody {
  id: string;
  status: string;
  version: number;
  amendmentOf: string | null;
  content: Record<string, unknown>;
  abilities: { editSections: string[]; finalize: boolean; amend: boolean; viewSections: string[] };
  environmentCode: string | null;
}

describe.each(ENGINES)('plans on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  /** The parent's child: IEP-eligible (SLI), on the case manager's caseload, served by the SLP, in the teacher's sections. */
  let childId: string;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    cm = await t.signIn(DEMO.caseManager);
    const parent = await t.signIn(DEMO.parent);
    childId = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', `/api/v1/students/${id}/plans`],
      ['POST', `/api/v1/students/${id}/plans`],
      ['GET', `/api/v1/plans/${id}`],
      ['PATCH', `/api/v1/plans/${id}`],
      ['GET', `/api/v1/plans/${id}/findings`],
      ['POST', `/api/v1/plans/${id}/finalize`],
      ['POST', `/api/v1/plans/${id}/amendments`],
      ['GET', `/api/v1/plans/${id}/versions`],
      ['POST', '/api/v1/goal-checks'],
    ] as const) {
      const res = await t.anonymous.request({ method, url, payload: method === 'GET' ? undefined : {} });
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it('the case manager starts an empty IEP draft; findings list what is missing, with citations', async () => {
    const res = await cm.post(`/api/v1/students/${childId}/plans`, { type: 'iep' });
    expect(res.statusCode).toBe(201);
    const plan = res.json<PlanBody>();
    planId = plan.id;
    expect(plan.status).toBe('draft');
    expect(plan.abilities.finalize).toBe(true);
    const findings = (await cm.get(`/api/v1/plans/${planId}/findings`)).json<{
      data: { rule: string; citation: string; severity: string }[];
    }>().data;
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['goals.none', 'services.special_education', 'present_levels.academic']),
    );
    expect(findings.find((f) => f.rule === 'goals.none')!.citation).toBe('34 CFR 300.320(a)(2)(i)');
  });

  it('a new draft for a student of transition age shows the transition and age-of-majority findings at once, as data', async () => {
    // L1020 was born on 2009-10-28: 16 on 2025-10-28, 17 on 2026-10-28 — both before today (2026-11-30).
    const omar = (await cm.get('/api/v1/students?q=L1020')).json<{ data: { id: string; dateOfBirth: string }[] }>()
      .data[0]!;
    expect(omar.dateOfBirth).toBe('2009-10-28');
    const draft = (await cm.post(`/api/v1/students/${omar.id}/plans`, { type: 'iep' })).json<PlanBody>();
    const res = await cm.get(`/api/v1/plans/${draft.id}/findings`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      asOf: string;
      data: {
        code: string;
        rule: string;
        citation: string;
        severity: string;
        path: string;
        params: Record<string, unknown>;
        message: string;
      }[];
    }>();
    expect(body.asOf).toBe('2026-11-30');
    const planEnd = '2027-11-29'; // no dates yet: a year less a day from today
    expect(body.data.find((f) => f.code === 'transition.employment_goal')).toEqual({
      code: 'transition.employment_goal',
      rule: 'transition.employment_goal',
      citation: '34 CFR 300.320(b)(1)',
      severity: 'error',
      path: 'transition.employmentGoal',
      params: { age: 16, turnsOn: '2025-10-28', planEnd, endBasis: 'today' },
      message: 'The student turned 16 on October 28, 2025. Write a measurable postsecondary goal for employment.',
    });
    expect(body.data.find((f) => f.code === 'age_of_majority.informed')).toMatchObject({
      citation: '34 CFR 300.320(c)',
      params: { age: 17, turnsOn: '2026-10-28', ageOfMajority: 18, planEnd, endBasis: 'today' },
    });
    // With dates typed, the findings follow them.
    await cm.patch(`/api/v1/plans/${draft.id}`, {
      version: draft.version,
      dates: { meetingDate: '2026-12-10', startDate: '2026-12-11', endDate: null, nextAnnualReview: null },
    });
    const dated = (await cm.get(`/api/v1/plans/${draft.id}/findings`))
      .json<typeof body>()
      .data.find((f) => f.code === 'transition.services')!;
    expect(dated.params).toEqual({ age: 16, turnsOn: '2025-10-28', planEnd: '2027-12-10', endBasis: 'start_date' });
  });

  it('finalizing with errors answers 422 listing them, and changes nothing', async () => {
    const res = await cm.post(`/api/v1/plans/${planId}/finalize`);
    expect(res.statusCode).toBe(422);
    const body = res.json<{
      errors: { path: string; message: string }[];
      findings: { code: string; citation: string; severity: string; path: string; params: Record<string, unknown> }[];
    }>();
    expect(body.errors.some((e) => e.path === 'goals' && e.message.includes('300.320(a)(2)(i)'))).toBe(true);
    // The same errors as data: one finding per error, its code, citation and values, so the screen words them.
    expect(body.findings.map((f) => f.path)).toEqual(body.errors.map((e) => e.path));
    expect(body.findings.find((f) => f.code === 'goals.none')).toMatchObject({
      citation: '34 CFR 300.320(a)(2)(i)',
      severity: 'error',
      params: {},
    });
    expect((await cm.get(`/api/v1/plans/${planId}`)).json<PlanBody>().status).toBe('draft');
  });

  it('saves sections with If-Match; a stale ETag gets 412 and the newer text survives', async () => {
    const first = await cm.get(`/api/v1/plans/${planId}`);
    const etag = first.headers.etag as string;
    const iep = buildCompleteIep();
    const saved = await cm.patch(
      `/api/v1/plans/${planId}`,
      { presentLevels: iep.presentLevels, dates: PLAN_DATES },
      { 'if-match': etag },
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json<PlanBody>().content.presentLevels).toEqual(iep.presentLevels);
    const stale = await cm.patch(
      `/api/v1/plans/${planId}`,
      { presentLevels: { ...iep.presentLevels, academic: 'overwritten' } },
      { 'if-match': etag },
    );
    expect(stale.statusCode).toBe(412);
    const now = (await cm.get(`/api/v1/plans/${planId}`)).json<PlanBody>();
    expect((now.content.presentLevels as { academic: string }).academic).toBe(iep.presentLevels.academic);
  });

  it('refuses an invalid section, naming the field', async () => {
    const p = (await cm.get(`/api/v1/plans/${planId}`)).json<PlanBody>();
    const res = await cm.patch(`/api/v1/plans/${planId}`, {
      version: p.version,
      placement: { setting: 'moon', regularClassMinutesPerWeek: -1 },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['placement.setting', 'placement.regularClassMinutesPerWeek']));
    const unknown = await cm.patch(`/api/v1/plans/${planId}`, { version: p.version, impairment: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('impairment');
  });

  it('a provider edits goals and services of their discipline only', async () => {
    const slp = await t.signIn(DEMO.provider);
    let p = (await slp.get(`/api/v1/plans/${planId}`)).json<PlanBody>();
    expect(p.abilities.editSections).toEqual(['goals', 'services']);
    const iep = buildCompleteIep();
    const speechGoal = iep.goals.filter((g) => g.discipline === 'slp');
    const ok = await slp.patch(`/api/v1/plans/${planId}`, { version: p.version, goals: speechGoal });
    expect(ok.statusCode).toBe(200);
    p = ok.json<PlanBody>();
    const other = await slp.patch(`/api/v1/plans/${planId}`, { version: p.version, goals: iep.goals });
    expect(other.statusCode).toBe(403);
    const notMine = await slp.patch(`/api/v1/plans/${planId}`, {
      version: p.version,
      presentLevels: iep.presentLevels,
    });
    expect(notMine.statusCode).toBe(403);
    // The case manager adds the other goal; the provider re-sends the goals as read (another discipline's goal
    // unchanged, whatever order its keys come back in) with a new goal of their own: allowed.
    const cmPlan = (await cm.get(`/api/v1/plans/${planId}`)).json<PlanBody>();
    expect((await cm.patch(`/api/v1/plans/${planId}`, { version: cmPlan.version, goals: iep.goals })).statusCode).toBe(
      200,
    );
    p = (await slp.get(`/api/v1/plans/${planId}`)).json<PlanBody>();
    const asRead = p.content.goals as { id: string; discipline: string | null }[];
    const extra = {
      id: 'g-slp-2',
      area: 'Fluency',
      baseline: '',
      text: 'During conversation, the student will use an easy onset in 4 of 5 sessions by the annual review.',
      measurement: 'Session data',
      objectives: [],
      discipline: 'slp',
    };
    const withMine = await slp.patch(`/api/v1/plans/${planId}`, { version: p.version, goals: [...asRead, extra] });
    expect(withMine.statusCode).toBe(200);
    p = withMine.json<PlanBody>();
    // Back to the two goals for the tests that follow.
    expect((await slp.patch(`/api/v1/plans/${planId}`, { version: p.version, goals: asRead })).statusCode).toBe(200);
  });

  it('the family and the teacher do not see a draft until it is shared; then the parent may', async () => {
    const parent = await t.signIn(DEMO.parent);
    const teacher = await t.signIn(DEMO.teacher);
    expect((await parent.get(`/api/v1/plans/${planId}`)).statusCode).toBe(404);
    expect((await teacher.get(`/api/v1/plans/${planId}`)).statusCode).toBe(404);
    const before = (await parent.get(`/api/v1/students/${childId}/plans`)).json<{
      data: { id: string; status: string }[];
    }>();
    expect(before.data.map((p) => p.id)).not.toContain(planId);
    expect(before.data.map((p) => p.status)).toEqual(['active']); // the demo's IEP in effect
    expect((await cm.post(`/api/v1/plans/${planId}/share`, { shared: true })).statusCode).toBe(200);
    expect((await parent.get(`/api/v1/plans/${planId}`)).statusCode).toBe(200);
    expect((await teacher.get(`/api/v1/plans/${planId}`)).statusCode).toBe(404);
  });

  it('a complete IEP finalizes: active, its version kept; the teacher then reads goals and accommodations only', async () => {
    const p = (await cm.get(`/api/v1/plans/${planId}`)).json<PlanBody>();
    const iep = buildCompleteIep();
    const { presentLevels, ...rest } = iep;
    expect(presentLevels.academic).not.toBe('');
    const saved = await cm.patch(`/api/v1/plans/${planId}`, { version: p.version, ...rest });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<PlanBody>().environmentCode).toBe('RC80'); // 1500 of 1800 minutes = 83 %
    const errors = (await cm.get(`/api/v1/plans/${planId}/findings`))
      .json<{ data: { severity: string; rule: string }[] }>()
      .data.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
    const fin = await cm.post(`/api/v1/plans/${planId}/finalize`);
    expect(fin.statusCode).toBe(200);
    expect(fin.json<PlanBody>().status).toBe('active');
    const edit = await cm.patch(`/api/v1/plans/${planId}`, {
      version: fin.json<PlanBody>().version,
      esy: { determination: 'needed', services: 'x' },
    });
    expect(edit.statusCode).toBe(409);
    const teacher = await t.signIn(DEMO.teacher);
    const seen = (await teacher.get(`/api/v1/plans/${planId}`)).json<PlanBody>();
    expect(Object.keys(seen.content).sort()).toEqual(['accommodations', 'goals']);
    expect(seen.environmentCode).toBeNull();
    const versions = (await cm.get(`/api/v1/plans/${planId}/versions`)).json<{ data: { status: string }[] }>();
    expect(versions.data.map((v) => v.status)).toEqual(['active']);
  });

  it('an amendment starts from the active plan and, once final, supersedes it', async () => {
    const res = await cm.post(`/api/v1/plans/${planId}/amendments`, { method: 'written_agreement' });
    expect(res.statusCode).toBe(201);
    const amendment = res.json<PlanBody>();
    expect(amendment).toMatchObject({ status: 'draft', amendmentOf: planId });
    const esy = await cm.patch(`/api/v1/plans/${amendment.id}`, {
      version: amendment.version,
      esy: { determination: 'needed', services: 'Reading, 2 hours a week in July.' },
    });
    expect(esy.statusCode).toBe(200);
    expect((await cm.post(`/api/v1/plans/${amendment.id}/finalize`)).statusCode).toBe(200);
    expect((await cm.get(`/api/v1/plans/${planId}`)).json<PlanBody>().status).toBe('superseded');
    const list = (await cm.get(`/api/v1/students/${childId}/plans`)).json<{
      data: { id: string; status: string }[];
    }>();
    expect(list.data.filter((p) => p.status === 'active').map((p) => p.id)).toEqual([amendment.id]);
    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE student_id = $1 AND action LIKE 'plan.%' ORDER BY id`,
      [childId],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'plan.create',
        'plan.update',
        'plan.finalize_refused',
        'plan.finalize',
        'plan.share',
        'plan.read',
      ]),
    );
  });

  it.each([
    [DEMO.riversideAdmin, 'another district'],
    [DEMO.caseManager2, 'another caseload'],
    [DEMO.parent2, 'the parent of another child'],
    [DEMO.teacher2, 'the teacher of another section'],
    [DEMO.provider2, 'a provider not assigned'],
    [DEMO.student, 'another student'],
  ])(
    '%s (%s) gets 404 on every plan route: read, findings, versions, amend, list, start, save, finalize, propose, share, end, changes, PDF',
    async (email, _who) => {
      const c = await t.signIn(email);
      for (const res of [
        await c.get(`/api/v1/plans/${planId}`),
        await c.get(`/api/v1/plans/${planId}/findings`),
        await c.get(`/api/v1/plans/${planId}/versions`),
        await c.post(`/api/v1/plans/${planId}/amendments`, { method: 'meeting' }),
        await c.get(`/api/v1/students/${childId}/plans`),
        await c.post(`/api/v1/students/${childId}/plans`, { type: 'iep' }),
        await c.patch(`/api/v1/plans/${planId}`, { version: 1, esy: { determination: 'needed', services: 'x' } }),
        await c.post(`/api/v1/plans/${planId}/finalize`),
        await c.post(`/api/v1/plans/${planId}/propose`),
        await c.post(`/api/v1/plans/${planId}/share`, { shared: true }),
        await c.post(`/api/v1/plans/${planId}/end`, { reason: 'moved' }),
        await c.get(`/api/v1/plans/${planId}/changes?against=${planId}`),
        await c.get(`/api/v1/plans/${planId}/document.pdf`),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    },
  );

  it('checks goal measurability for a signed-in user; empty or oversized text is 400', async () => {
    const ok = await cm.post('/api/v1/goal-checks', { text: 'Sam will improve his reading.' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ measurable: false, vagueVerbs: ['improve'] });
    expect((await cm.post('/api/v1/goal-checks', { text: '  ' })).statusCode).toBe(400);
    expect((await cm.post('/api/v1/goal-checks', { text: 'x'.repeat(2001) })).statusCode).toBe(400);
  });
});

describe.each(ENGINES)('demo plans on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  async function plansOf(c: Client, studentId: string) {
    return (await c.get(`/api/v1/students/${studentId}/plans`)).json<{
      data: { id: string; type: string; status: string; amendmentOf: string | null }[];
    }>().data;
  }
  async function errorsOf(c: Client, planId: string) {
    return (await c.get(`/api/v1/plans/${planId}/findings`))
      .json<{ data: { severity: string; rule: string }[] }>()
      .data.filter((f) => f.severity === 'error');
  }

  it("the parent's child has an active IEP with no error findings, which the parent can read", async () => {
    const parent = await t.signIn(DEMO.parent);
    const child = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!;
    const plans = await plansOf(parent, child.id);
    expect(plans.map((p) => [p.type, p.status])).toEqual([['iep', 'active']]);
    const cm = await t.signIn(DEMO.caseManager);
    expect(await errorsOf(cm, plans[0]!.id)).toEqual([]);
    expect((await parent.get(`/api/v1/plans/${plans[0]!.id}`)).statusCode).toBe(200);
  });

  it('the student of transition age reads their own IEP, complete with transition content', async () => {
    const student = await t.signIn(DEMO.student);
    const me = (await student.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!;
    const plans = await plansOf(student, me.id);
    expect(plans).toHaveLength(1);
    const plan = (await student.get(`/api/v1/plans/${plans[0]!.id}`)).json<PlanBody>();
    expect((plan.content.transition as { employmentGoal: string }).employmentGoal).not.toBe('');
    const cm = await t.signIn(DEMO.caseManager);
    expect(await errorsOf(cm, plan.id)).toEqual([]);
  });

  it('shows a draft with findings, a 504 plan, and an amendment with its history', async () => {
    const admin = await t.signIn(DEMO.admin);
    const all = (await admin.get('/api/v1/students?limit=200')).json<{ data: { id: string }[] }>().data;
    const plans = (await Promise.all(all.map((s) => plansOf(admin, s.id)))).flat();
    const draft = plans.find((p) => p.status === 'draft')!;
    expect((await errorsOf(admin, draft.id)).map((f) => f.rule)).toEqual(
      expect.arrayContaining(['goals.measurable', 'services.frequency_location_duration']),
    );
    const p504 = plans.find((p) => p.type === '504')!;
    expect(p504.status).toBe('active');
    expect(await errorsOf(admin, p504.id)).toEqual([]);
    const amendment = plans.find((p) => p.amendmentOf !== null)!;
    expect(amendment.status).toBe('active');
    expect(plans.find((p) => p.id === amendment.amendmentOf)!.status).toBe('superseded');
    expect(plans.filter((p) => p.status === 'active' && p.type === 'iep').length).toBeGreaterThanOrEqual(4);
  });
});

describe.each(ENGINES)('plan changes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    expect((await t.anonymous.get('/api/v1/plans/00000000-0000-4000-8000-000000000000/changes')).statusCode).toBe(401);
  });

  it('shows what the demo amendment changed, readably, and refuses another district', async () => {
    const cm = await t.signIn(DEMO.caseManager);
    const all = (await cm.get('/api/v1/students?status=eligible_iep&limit=200')).json<{ data: { id: string }[] }>()
      .data;
    let amendmentId = '';
    for (const s of all) {
      const plans = (await cm.get(`/api/v1/students/${s.id}/plans`)).json<{
        data: { id: string; amendmentOf: string | null }[];
      }>().data;
      amendmentId ||= plans.find((p) => p.amendmentOf)?.id ?? '';
    }
    expect(amendmentId).not.toBe('');
    const res = await cm.get(`/api/v1/plans/${amendmentId}/changes`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ data: { path: string; change: string; after: unknown }[] }>();
    expect(body.data).toContainEqual(
      expect.objectContaining({ path: 'esy.determination', change: 'changed', after: 'needed' }),
    );
    expect(body.data.some((c) => c.path === 'dates.meetingDate')).toBe(true);
    // Each change says its field (relative to its section or item), for the reader's labels; none here is in a list item.
    expect(body.data).toContainEqual(
      expect.objectContaining({ section: 'esy', path: 'esy.determination', field: 'determination' }),
    );
    expect(body.data).toContainEqual(
      expect.objectContaining({ section: 'dates', path: 'dates.meetingDate', field: 'meetingDate' }),
    );
    expect(body.data.every((c) => !('item' in c))).toBe(true);
    const other = await t.signIn(DEMO.riversideAdmin);
    expect((await other.get(`/api/v1/plans/${amendmentId}/changes`)).statusCode).toBe(404);
  });
});

describe.each(ENGINES)('proposal and ending on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    for (const url of ['propose', 'end']) {
      expect((await t.anonymous.post(`/api/v1/plans/00000000-0000-4000-8000-000000000000/${url}`, {})).statusCode).toBe(
        401,
      );
    }
  });

  it('a proposal is refused while errors remain; once proposed it is immutable and the family reads it; finalized, then ended', async () => {
    const cm = await t.signIn(DEMO.caseManager);
    const parent = await t.signIn(DEMO.parent);
    const childId = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    let p = (await cm.post(`/api/v1/students/${childId}/plans`, { type: 'iep' })).json<PlanBody>();
    const early = await cm.post(`/api/v1/plans/${p.id}/propose`);
    expect(early.statusCode).toBe(422);
    p = (
      await cm.patch(`/api/v1/plans/${p.id}`, { version: p.version, dates: PLAN_DATES, ...buildCompleteIep() })
    ).json<PlanBody>();
    expect((await parent.get(`/api/v1/plans/${p.id}`)).statusCode).toBe(404); // a draft, not shared
    const other = await t.signIn(DEMO.parent2);
    expect((await other.post(`/api/v1/plans/${p.id}/propose`)).statusCode).toBe(404);
    const proposed = await cm.post(`/api/v1/plans/${p.id}/propose`, undefined, {
      'if-match': `"${p.id}.${p.version}"`,
    });
    expect(proposed.statusCode).toBe(200);
    p = proposed.json<PlanBody>();
    expect(p.status).toBe('proposed');
    expect(
      (
        await cm.patch(`/api/v1/plans/${p.id}`, {
          version: p.version,
          esy: { determination: 'deferred', services: '' },
        })
      ).statusCode,
    ).toBe(409);
    expect((await parent.get(`/api/v1/plans/${p.id}`)).statusCode).toBe(200);
    const teacher = await t.signIn(DEMO.teacher);
    expect((await teacher.get(`/api/v1/plans/${p.id}`)).statusCode).toBe(404);
    expect((await cm.post(`/api/v1/plans/${p.id}/finalize`)).statusCode).toBe(200);
    expect((await teacher.get(`/api/v1/plans/${p.id}`)).statusCode).toBe(200);
    expect((await teacher.post(`/api/v1/plans/${p.id}/end`, { reason: 'moved' })).statusCode).toBe(403);
    expect((await cm.post(`/api/v1/plans/${p.id}/end`, { reason: 'dancing' })).statusCode).toBe(400);
    // Ending services on a revoked consent needs the prior written notice issued first (300.300(b)(4)(i)).
    const noNotice = await cm.post(`/api/v1/plans/${p.id}/end`, { reason: 'consent_revoked' });
    expect(noNotice.statusCode).toBe(422);
    expect(noNotice.json<{ errors: { path: string; message: string }[] }>().errors[0]).toMatchObject({
      path: 'reason',
      message: stringMatching(/300\.300\(b\)\(4\)\(i\)/),
    });
    const ended = await cm.post(`/api/v1/plans/${p.id}/end`, { reason: 'moved', note: 'Family moved out of state.' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json<PlanBody>().status).toBe('ended');
    expect((await teacher.get(`/api/v1/plans/${p.id}`)).statusCode).toBe(404);
    const versions = (await cm.get(`/api/v1/plans/${p.id}/versions`)).json<{ data: { status: string }[] }>();
    expect(versions.data.map((v) => v.status)).toEqual(['proposed', 'active', 'ended']);
    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE action IN ('plan.propose', 'plan.end') AND student_id = $1 ORDER BY id`,
      [childId],
    );
    expect(audit.map((a) => a.action)).toEqual(['plan.propose', 'plan.end']);
  });
});
