/**
 * Consent to initial services (34 CFR 300.300(b)), exits that end the case (300.102, 300.305(e)), status that follows
 * events, and records before resolution sessions and hearings (300.613(a)), through the API on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { parseCsv } from './support/csv';
import { buildCompleteIep } from './support/plans';
import { objectContaining, stringContaining } from './support/match';

interface PlanBody {
  id: string;
  status: string;
  version: number;
  inEffectFrom: string | null;
  endedOn: string | null;
  endReason: string | null;
  type: string;
}
interface Deadline {
  rule: string;
  status: string;
  due: string;
  metOn: string | null;
  delay: { reason: string; allowed: boolean; citation: string } | null;
}

describe.each(ENGINES)('the life of a case on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  let admin: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(engine);
    cm = await t.signIn(DEMO.caseManager);
    admin = await t.signIn(DEMO.admin);
    for (const local of ['L1016', 'L1019', 'L1002', 'L1013', 'L1035', 'L1001']) {
      ids[local] = (await admin.get(`/api/v1/students?q=${local}`)).json<{ data: { id: string }[] }>().data[0]!.id;
    }
  });
  afterAll(async () => t.close());

  const plansOf = async (c: Client, studentId: string) =>
    (await c.get(`/api/v1/students/${studentId}/plans`)).json<{ data: PlanBody[] }>().data;
  const deadlinesOf = async (c: Client, studentId: string) =>
    (await c.get(`/api/v1/students/${studentId}/deadlines`)).json<{ data: Deadline[] }>().data;
  const childCount = async (date: string) => {
    const rows = parseCsv((await admin.get(`/api/v1/reports/child-count.csv?date=${date}`)).body);
    const head = rows[0]!;
    return rows
      .slice(1)
      .filter((r) => r[head.indexOf('dimension')] === 'total')
      .reduce((n, r) => n + Number(r[head.indexOf('students')]), 0);
  };
  const student = async (id: string) =>
    (await admin.get(`/api/v1/students/${id}`)).json<{ spedStatus: string; primaryDisability: string | null }>();

  it('a first IEP waits for consent: not in effect, not counted, not the teacher’s; the wait is excused, never overdue', async () => {
    const benjamin = ids.L1016!;
    const [plan] = (await plansOf(cm, benjamin)).filter((p) => p.type === 'iep');
    expect(plan).toMatchObject({ status: 'awaiting_consent', inEffectFrom: null });
    const wait = (await deadlinesOf(cm, benjamin)).find((d) => d.rule === 'initial-services-consent');
    expect(wait).toMatchObject({
      status: 'delayed',
      due: '2026-11-09',
      delay: { reason: 'awaiting_parent_consent', allowed: true, citation: '34 CFR 300.300(b)(3)(ii)-(iii)' },
    });
    // No annual review or progress report runs on a plan that is not in effect.
    expect((await deadlinesOf(cm, benjamin)).map((d) => d.rule)).not.toEqual(expect.arrayContaining(['annual-review']));
    // A teacher sees only the plan in effect: none yet.
    const teacher = await t.signIn(DEMO.teacher);
    if ((await teacher.get(`/api/v1/students/${benjamin}`)).statusCode === 200)
      expect(await plansOf(teacher, benjamin)).toEqual([]);
  });

  it('the parent signs in the portal: the IEP is in effect from that day and counted from it (300.300(b)(1))', async () => {
    const benjamin = ids.L1016!;
    const before29 = await childCount('2026-11-29');
    const before30 = await childCount('2026-11-30');
    const parent = await t.signIn(DEMO.parent3);
    const consents = (await parent.get(`/api/v1/students/${benjamin}/consents`)).json<{
      data: { id: string; type: string; status: string }[];
    }>().data;
    const request = consents.find((c) => c.type === 'initial_services' && c.status === 'requested')!;
    const signed = await parent.post(`/api/v1/consents/${request.id}/answer`, {
      decision: 'given',
      method: 'portal',
      typedName: 'Grace Miller',
      confirm: true,
    });
    expect(signed.statusCode).toBe(200);
    const [plan] = (await plansOf(cm, benjamin)).filter((p) => p.type === 'iep');
    expect(plan).toMatchObject({ status: 'active', inEffectFrom: '2026-11-30' });
    expect(await childCount('2026-11-29')).toBe(before29);
    expect(await childCount('2026-11-30')).toBe(before30 + 1);
    expect((await deadlinesOf(cm, benjamin)).map((d) => d.rule)).not.toContain('initial-services-consent');
    const audit = await t.db.query<{ action: string; context: { inEffectFrom: string } }>(
      `SELECT action, context FROM audit_events WHERE student_id = $1 AND action = 'plan.in_effect'`,
      [benjamin],
    );
    expect(audit).toEqual([
      expect.objectContaining({
        context: objectContaining({ inEffectFrom: '2026-11-30', consentGivenOn: '2026-11-30' }),
      }),
    ]);
  });

  it('finalizing a first IEP asks for consent; a refusal leaves it never in effect, drafts the notice, and cannot be overridden by due process', async () => {
    const priya = ids.L1019!;
    let p = (await cm.post(`/api/v1/students/${priya}/plans`, { type: 'iep' })).json<PlanBody>();
    const dates = {
      meetingDate: '2026-11-20',
      startDate: '2026-11-23',
      endDate: '2027-11-19',
      nextAnnualReview: '2027-11-19',
    };
    const saved = await cm.patch(`/api/v1/plans/${p.id}`, { version: p.version, dates, ...buildCompleteIep() });
    expect(saved.statusCode).toBe(200);
    const fin = await cm.post(`/api/v1/plans/${p.id}/finalize`);
    expect(fin.statusCode).toBe(200);
    p = fin.json<PlanBody>();
    expect(p).toMatchObject({ status: 'awaiting_consent', inEffectFrom: null });
    // The team revises it before the parent answers: the revision waits instead, the first is superseded (never in
    // effect), and the parent is still asked once.
    const first = p.id;
    let r = (await cm.post(`/api/v1/students/${priya}/plans`, { type: 'iep' })).json<PlanBody>();
    expect(
      (await cm.patch(`/api/v1/plans/${r.id}`, { version: r.version, dates, ...buildCompleteIep() })).statusCode,
    ).toBe(200);
    const again = await cm.post(`/api/v1/plans/${r.id}/finalize`);
    expect(again.statusCode, again.body).toBe(200);
    r = again.json<PlanBody>();
    expect(r).toMatchObject({ status: 'awaiting_consent', inEffectFrom: null });
    expect((await cm.get(`/api/v1/plans/${first}`)).json()).toMatchObject({ status: 'superseded', inEffectFrom: null });
    p = r;
    const consents = (await cm.get(`/api/v1/students/${priya}/consents`)).json<{
      data: { id: string; type: string; status: string; description: string }[];
    }>().data;
    const request = consents.filter((c) => c.type === 'initial_services' && c.status === 'requested');
    expect(request).toHaveLength(1);
    const refused = await cm.post(`/api/v1/consents/${request[0]!.id}/answer`, {
      decision: 'refused',
      method: 'paper',
      signerName: 'R. Kim',
      signedOn: '2026-11-25',
    });
    expect(refused.statusCode).toBe(200);
    const after = (await cm.get(`/api/v1/plans/${p.id}`)).json<PlanBody>();
    expect(after).toMatchObject({
      status: 'consent_refused',
      inEffectFrom: null,
      endedOn: '2026-11-25',
      endReason: 'consent_refused',
    });
    const notices = (await cm.get(`/api/v1/students/${priya}/notices`)).json<{
      data: { action: string; subject: string; status: string }[];
    }>().data;
    expect(notices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'refuses', subject: 'initial_services', status: 'draft' }),
      ]),
    );
    // No IEP clocks run on a refused IEP; the district may not file for due process to override (300.300(b)(3)(i)).
    expect((await deadlinesOf(cm, priya)).map((d) => d.rule)).not.toContain('initial-services-consent');
    const override = await cm.post(`/api/v1/students/${priya}/events`, {
      kind: 'due_process_filed',
      occurredOn: '2026-11-27',
      details: { filedBy: 'district', overridesConsent: 'initial_services' },
    });
    expect(override.statusCode).toBe(400);
    expect(override.headers['content-type']).toContain('application/problem+json');
    expect(override.json()).toMatchObject({
      errors: [{ path: 'details.overridesConsent', message: stringContaining('300.300(b)(3)(i)') }],
    });
    expect(
      (
        await cm.post(`/api/v1/students/${priya}/events`, {
          kind: 'due_process_filed',
          occurredOn: '2026-11-27',
          details: { filedBy: 'parent' },
        })
      ).statusCode,
    ).toBe(201);
  });

  it('an exit ends the IEP on its date, closes the case, keeps the category at exit, and asks for what graduation needs', async () => {
    const james = ids.L1002!;
    const [before] = (await plansOf(cm, james)).filter((p) => p.status === 'active' && p.type === 'iep');
    expect(before).toBeDefined();
    const counted25 = await childCount('2026-11-25');
    const counted26 = await childCount('2026-11-26');
    const exit = await cm.post(`/api/v1/students/${james}/events`, {
      kind: 'exit',
      occurredOn: '2026-11-25',
      details: { reason: 'graduated_regular_diploma' },
    });
    expect(exit.statusCode).toBe(201);
    const exitBody = exit.json<{ id: string; details: Record<string, unknown> }>();
    expect(exitBody.details).toMatchObject({
      reason: 'graduated_regular_diploma',
      primaryDisability: 'specific_learning_disability',
      spedStatusBefore: 'eligible_iep',
    });
    const ended = (await cm.get(`/api/v1/plans/${before!.id}`)).json<PlanBody>();
    expect(ended).toMatchObject({
      status: 'ended',
      endedOn: '2026-11-26',
      endReason: 'exit:graduated_regular_diploma',
    });
    expect(await student(james)).toMatchObject({ spedStatus: 'exited', primaryDisability: null });
    // Counted on the exit day, not the day after.
    expect(await childCount('2026-11-25')).toBe(counted25);
    expect(await childCount('2026-11-26')).toBe(counted26 - 1);
    const d = await deadlinesOf(cm, james);
    expect(d.map((x) => x.rule)).not.toContain('annual-review');
    expect(d.find((x) => x.rule === 'summary-of-performance')).toMatchObject({ status: 'overdue', due: '2026-11-25' });
    expect(d.find((x) => x.rule === 'exit-notice')).toMatchObject({ status: 'overdue', due: '2026-11-25' });

    // Voiding the exit (recorded by mistake) puts the IEP and the status back.
    expect(
      (await cm.post(`/api/v1/case-events/${exitBody.id}/void`, { reason: 'Recorded for the wrong student.' }))
        .statusCode,
    ).toBe(200);
    expect((await cm.get(`/api/v1/plans/${before!.id}`)).json<PlanBody>()).toMatchObject({
      status: 'active',
      endedOn: null,
    });
    expect(await student(james)).toMatchObject({
      spedStatus: 'eligible_iep',
      primaryDisability: 'specific_learning_disability',
    });
    expect(await childCount('2026-11-26')).toBe(counted26);
  });

  it('ending an IEP because the family moved records the exit (yesterday: the last day in effect)', async () => {
    const naomi = ids.L1013!;
    const plans = await plansOf(cm, naomi);
    const active = plans.find((p) => p.status === 'active' && p.type === 'iep');
    if (!active) {
      expect(plans.filter((p) => p.type === 'iep').every((p) => p.status !== 'active')).toBe(true);
      return;
    }
    expect(
      (await cm.post(`/api/v1/plans/${active.id}/end`, { reason: 'moved', note: 'Moved to Oregon.' })).statusCode,
    ).toBe(200);
    const events = (await cm.get(`/api/v1/students/${naomi}/events`)).json<{
      data: { kind: string; occurredOn: string; details: { reason?: string } }[];
    }>().data;
    expect(events.filter((e) => e.kind === 'exit')).toEqual([
      expect.objectContaining({
        occurredOn: '2026-11-29',
        details: objectContaining({ reason: 'moved_known_to_continue' }),
      }),
    ]);
  });

  it('a summary of performance: prefilled with the postsecondary goals, versioned, provided only when complete, then fixed', async () => {
    const james = ids.L1002!;
    const created = await cm.post(`/api/v1/students/${james}/summaries-of-performance`, {});
    expect(created.statusCode).toBe(201);
    let sop = created.json<{
      id: string;
      version: number;
      postsecondaryGoals: string;
      status: string;
      missing: { path: string }[];
    }>();
    expect(sop.postsecondaryGoals).toContain('community college');
    expect(sop.missing.map((m) => m.path)).toEqual(['academicAchievement', 'functionalPerformance', 'recommendations']);
    expect(
      (await cm.patch(`/api/v1/summaries-of-performance/${sop.id}`, { academicAchievement: 'x' })).statusCode,
    ).toBe(428);
    expect(
      (
        await cm.patch(
          `/api/v1/summaries-of-performance/${sop.id}`,
          { academicAchievement: 'x' },
          { 'if-match': `"${sop.id}.${sop.version + 5}"` },
        )
      ).statusCode,
    ).toBe(412);
    const early = await cm.post(`/api/v1/summaries-of-performance/${sop.id}/provide`, { version: sop.version });
    expect(early.statusCode).toBe(422);
    expect(early.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'academicAchievement',
      'functionalPerformance',
      'recommendations',
    ]);
    const patched = await cm.patch(
      `/api/v1/summaries-of-performance/${sop.id}`,
      {
        academicAchievement: 'Earned a regular diploma.',
        functionalPerformance: 'Manages his schedule.',
        recommendations: 'Register with disability services.',
      },
      { 'if-match': `"${sop.id}.${sop.version}"` },
    );
    expect(patched.statusCode).toBe(200);
    sop = patched.json<typeof sop>();
    // The family does not see a draft.
    const own = await t.signIn(DEMO.student);
    expect(
      (await own.get(`/api/v1/students/${james}/summaries-of-performance`)).json<{ data: unknown[] }>().data,
    ).toEqual([]);
    expect((await own.get(`/api/v1/summaries-of-performance/${sop.id}`)).statusCode).toBe(404);
    const provided = await cm.post(
      `/api/v1/summaries-of-performance/${sop.id}/provide`,
      {},
      { 'if-match': `"${sop.id}.${sop.version}"` },
    );
    expect(provided.statusCode).toBe(200);
    expect(provided.json()).toMatchObject({ status: 'provided', providedOn: '2026-11-30' });
    expect(
      (
        await cm.patch(
          `/api/v1/summaries-of-performance/${sop.id}`,
          { recommendations: 'y' },
          { 'if-match': `"${sop.id}.${provided.json<{ version: number }>().version}"` },
        )
      ).statusCode,
    ).toBe(409);
    expect(
      (await own.get(`/api/v1/students/${james}/summaries-of-performance`))
        .json<{ data: { status: string }[] }>()
        .data.map((s) => s.status),
    ).toEqual(['provided']);
    for (const lang of ['en', 'es']) {
      const pdf = await own.get(`/api/v1/summaries-of-performance/${sop.id}/document.pdf?lang=${lang}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const audit = await t.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM audit_events WHERE student_id = $1 AND action LIKE 'sop.%'`,
      [james],
    );
    expect(audit.map((a) => a.action).sort()).toEqual([
      'sop.create',
      'sop.print',
      'sop.provide',
      'sop.read',
      'sop.update',
    ]);
  });

  it('status follows events: a referral of a student marked none starts the notice clock; consent to evaluate, the evaluation clock', async () => {
    const x = ids.L1035!;
    expect((await student(x)).spedStatus).toBe('none');
    const principal = admin;
    expect(
      (
        await principal.post(`/api/v1/students/${x}/events`, {
          kind: 'referral',
          occurredOn: '2026-11-23',
          details: { source: 'teacher' },
        })
      ).statusCode,
    ).toBe(201);
    expect((await student(x)).spedStatus).toBe('referred');
    expect((await deadlinesOf(principal, x)).map((d) => d.rule)).toContain('procedural-safeguards-notice');
    expect(
      (
        await principal.post(`/api/v1/students/${x}/events`, {
          kind: 'consent_given',
          occurredOn: '2026-11-24',
          details: { consentType: 'evaluation' },
        })
      ).statusCode,
    ).toBe(201);
    expect((await student(x)).spedStatus).toBe('evaluating');
    expect((await deadlinesOf(principal, x)).find((d) => d.rule === 'initial-evaluation')).toBeDefined();
  });

  it('records are due before a resolution session or a hearing (300.613(a))', async () => {
    const camila = ids.L1001!;
    const req = await cm.post(`/api/v1/students/${camila}/events`, {
      kind: 'records_request',
      occurredOn: '2026-11-26',
      details: {},
    });
    expect(req.statusCode).toBe(201);
    expect(
      (
        await cm.post(`/api/v1/students/${camila}/events`, {
          kind: 'hearing_scheduled',
          occurredOn: '2026-11-27',
          details: { scheduledFor: '2026-12-03' },
        })
      ).statusCode,
    ).toBe(201);
    const d = (await deadlinesOf(cm, camila)).find((x) => x.rule === 'records-request' && x.due <= '2027-01-10');
    expect(d?.due).toBe('2026-12-02');
    const bad = await cm.post(`/api/v1/students/${camila}/events`, {
      kind: 'resolution_meeting_scheduled',
      occurredOn: '2026-11-27',
      details: { scheduledFor: '2026-11-20' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: 'details.scheduledFor' }] });
  });
});
