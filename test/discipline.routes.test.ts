/**
 * The discipline API (34 CFR 300.530–300.536) on both engines: the demo's students read as the law counts them,
 * recording removals up to the warning and past day 10 (with the case manager's alerts), a pattern determination,
 * the 300.530(h) notice met late, the MDR and its outcome, voiding, refusals naming the field and the rule, and the
 * case clock agreeing. Today is pinned to 2026-11-30.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { TEST_TODAY } from './support/env';

interface Summary {
  schoolYear: string;
  total: number;
  toDate: number;
  servicesFrom: string | null;
  removals: {
    id: string;
    type: string;
    counts: boolean;
    countReason: string;
    schoolDays: number;
    daysRemoved: number;
    dayNumbers: { first: number; last: number } | null;
    servicesFrom: string | null;
    servicesDecidedBy: string | null;
    changeOfPlacementId: string | null;
    recordedByName: string;
  }[];
  decisions: {
    id: string;
    basis: string;
    decidedOn: string;
    notice: { due: string; status: string; notifiedOn: string | null };
    mdr: {
      due: string;
      status: string;
      review: { heldOn: string; manifestation: boolean | null; causedByDisability: boolean | null } | null;
      consequences: string[];
    };
  }[];
  determinations: { id: string; pattern: boolean }[];
  nextSteps: {
    code: string;
    severity: string;
    due: string | null;
    removalId: string | null;
    decisionId: string | null;
  }[];
  voided: { id: string; voidReason: string }[];
  abilities: { view: boolean; record: boolean };
}
interface Recorded {
  recorded: { id: string; kind: string };
  discipline: Summary;
}

describe.each(ENGINES)('discipline on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  let admin: Client;
  const ids: Record<string, string> = {};
  const idOf = async (localId: string) => {
    if (ids[localId]) return ids[localId];
    const data = (await admin.get(`/api/v1/students?q=${localId}`)).json<{ data: { id: string }[] }>().data;
    if (data.length !== 1) throw new Error(`no ${localId}`);
    return (ids[localId] = data[0]!.id);
  };
  const summaryOf = async (c: Client, localId: string, query = '') => {
    const res = await c.get(`/api/v1/students/${await idOf(localId)}/discipline${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Summary>();
  };
  const eventCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events'))[0]!.n;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn(DEMO.admin);
    cm = await t.signIn(DEMO.caseManager);
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    expect((await t.anonymous.get(`/api/v1/students/${await idOf('L1025')}/discipline`)).statusCode).toBe(401);
  });

  it('Maya (L1025): back-to-back removals across Thanksgiving break are a change of placement; the MDR is due within 10 school days of the decision', async () => {
    const s = await summaryOf(cm, 'L1025');
    expect(s).toMatchObject({
      schoolYear: '2026-2027',
      total: 11,
      toDate: 6,
      servicesFrom: '2026-12-07',
      abilities: { view: true, record: true },
    });
    expect(s.removals.map((r) => [r.schoolDays, r.dayNumbers])).toEqual([
      [5, { first: 1, last: 5 }],
      [6, { first: 6, last: 11 }],
    ]);
    expect(s.removals[1]).toMatchObject({ servicesFrom: '2026-12-07', servicesDecidedBy: 'iep_team' });
    expect(s.decisions).toHaveLength(1);
    expect(s.decisions[0]).toMatchObject({
      id: s.removals[1]!.id,
      basis: 'consecutive',
      decidedOn: '2026-11-20',
      notice: { due: '2026-11-20', status: 'met', notifiedOn: '2026-11-20' },
      mdr: { due: '2026-12-11', status: 'due_soon', review: null },
    });
    // Both due, the nearer first: services from day 11 (7 December), the MDR by 11 December.
    expect(s.nextSteps.map((n) => n.code)).toEqual(['provide_services', 'hold_mdr']);
    // The read is in the student's access log.
    const log = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE student_id = $1 AND action = 'discipline.read'`,
      [await idOf('L1025')],
    );
    expect(log[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it('Diego (L1026): the MDR held in time found a manifestation; he went back, so 8 of 12 decided days were served', async () => {
    const s = await summaryOf(cm, 'L1026');
    expect(s.total).toBe(8);
    expect(s.removals[0]).toMatchObject({ schoolDays: 12, daysRemoved: 8 });
    expect(s.decisions[0]).toMatchObject({
      basis: 'consecutive',
      mdr: {
        status: 'met',
        review: { heldOn: '2026-10-14', causedByDisability: true, manifestation: true },
        consequences: ['fba_bip', 'return_to_placement'],
      },
    });
    // Nothing is due; 8 days served is past the warning day.
    expect(s.nextSteps.map((n) => n.code)).toEqual(['count_warning']);
  });

  it('L1022: 8 counted days (an in-school suspension with all three afforded does not count): the warning, no MDR; the case manager was told', async () => {
    const s = await summaryOf(cm, 'L1022');
    expect(s).toMatchObject({ total: 8, servicesFrom: null, decisions: [] });
    expect(s.removals.map((r) => [r.type, r.counts, r.countReason])).toEqual([
      ['out_of_school_suspension', true, 'out_of_school_suspension'],
      ['in_school_suspension', true, 'in_school_not_afforded'],
      ['bus_suspension', true, 'bus_transport_in_iep'],
      ['in_school_suspension', false, 'in_school_afforded'],
    ]);
    expect(s.nextSteps.map((n) => n.code)).toEqual(['count_warning']);
    const inbox = (await cm.get('/api/v1/notifications')).json<{ data: { message: string; link: string }[] }>();
    expect(inbox.data.find((n) => n.message === 'discipline.notify.warning')).toMatchObject({
      link: `/students/${await idOf('L1022')}/discipline`,
    });
  });

  it('the case clock agrees: the MDR and the same-day notice for Maya, no MDR for L1022', async () => {
    const maya = (await cm.get(`/api/v1/students/${await idOf('L1025')}/deadlines`)).json<{
      data: { rule: string; due: string; status: string; citation: string; action: { kind: string } }[];
    }>();
    expect(maya.data.find((d) => d.rule === 'mdr')).toMatchObject({
      due: '2026-12-11',
      status: 'due_soon',
      citation: '34 CFR 300.530(e)',
      action: { kind: 'open_discipline' },
    });
    expect(maya.data.find((d) => d.rule === 'discipline-notice')).toMatchObject({
      due: '2026-11-20',
      status: 'met',
      citation: '34 CFR 300.530(h)',
    });
    const l1022 = (await cm.get(`/api/v1/students/${await idOf('L1022')}/deadlines`)).json<{
      data: { rule: string }[];
    }>();
    expect(l1022.data.filter((d) => d.rule === 'mdr' || d.rule === 'discipline-notice')).toEqual([]);
  });

  it('records removals to the warning and past day 10, a pattern, a late notice and the MDR; voids in order', async () => {
    const id = await idOf('L1014');
    const post = (path: string, body: unknown) => cm.post(`/api/v1/students/${id}/discipline/${path}`, body);
    const oss = (firstDay: string, schoolDays: number, behavior = 'Pushed a classmate.') =>
      post('removals', { type: 'out_of_school_suspension', firstDay, schoolDays, behavior });

    const a = await oss('2026-09-14', 3);
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json<Recorded>().discipline).toMatchObject({ total: 3, decisions: [] });
    const b = await oss('2026-10-05', 4);
    expect(b.json<Recorded>().discipline.total).toBe(7);
    const c = (await oss('2026-11-02', 2)).json<Recorded>(); // day 8 and 9
    expect(c.discipline.nextSteps.map((n) => n.code)).toEqual(['count_warning']);
    const inbox = async () =>
      (await cm.get('/api/v1/notifications'))
        .json<{
          data: { message: string; params: Record<string, unknown> }[];
        }>()
        .data.filter((n) => n.message.startsWith('discipline.notify.'));
    expect((await inbox()).filter((n) => n.params.student && String(n.params.days) === '9')).toHaveLength(1);

    // Day 10 and 11 (not consecutive with the others): services from day 11, and a pattern determination is needed.
    const d = (await oss('2026-11-16', 2)).json<Recorded>();
    expect(d.discipline).toMatchObject({ total: 11, servicesFrom: '2026-11-17', decisions: [] });
    expect(d.discipline.nextSteps[0]).toMatchObject({
      code: 'record_pattern_determination',
      severity: 'overdue',
      removalId: d.recorded.id,
    });
    expect((await inbox()).map((n) => n.message)).toEqual(
      expect.arrayContaining(['discipline.notify.warning', 'discipline.notify.pastTen']),
    );
    // The same threshold is not announced twice in a year.
    const e = (await oss('2026-11-30', 1)).json<Recorded>();
    expect((await inbox()).filter((n) => n.message === 'discipline.notify.pastTen')).toHaveLength(1);

    const removalIds = [a, b]
      .map((r) => r.json<Recorded>().recorded.id)
      .concat(c.recorded.id, d.recorded.id, e.recorded.id);
    // A pattern is refused at 10 days or fewer (300.536(a)(2)(i)), and without substantially similar behavior.
    const factors = {
      lengthOfRemovals: '3, 4, 2, 2 and 1 school days',
      totalTimeRemoved: '12 school days',
      proximity: 'September to November',
      determinedBy: 'Maria Alvarez (case manager), principal',
    };
    const short = await post('placement-decisions', {
      decidedOn: '2026-11-17',
      removalIds: removalIds.slice(0, 3),
      pattern: true,
      substantiallySimilarBehavior: true,
      ...factors,
    });
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({
      errors: [{ path: 'pattern' }],
      findings: [{ citation: '34 CFR 300.536(a)(2)(i)' }],
    });
    const dissimilar = await post('placement-decisions', {
      decidedOn: '2026-11-17',
      removalIds,
      pattern: true,
      substantiallySimilarBehavior: false,
      ...factors,
    });
    expect(dissimilar.statusCode).toBe(422);
    expect(JSON.stringify(dissimilar.json())).toContain('300.536(a)(2)(ii)');

    const pattern = await post('placement-decisions', {
      decidedOn: '2026-11-17',
      removalIds,
      pattern: true,
      substantiallySimilarBehavior: true,
      ...factors,
    });
    expect(pattern.statusCode, pattern.body).toBe(201);
    const p = pattern.json<Recorded>();
    const decision = p.discipline.decisions.find((x) => x.id === p.recorded.id)!;
    // Decided 17 Nov; school days after: 18, 19, 20, 30, Dec 1, 2, 3, 4, 7, 8 → due 8 December.
    expect(decision).toMatchObject({
      basis: 'pattern',
      decidedOn: '2026-11-17',
      notice: { status: 'overdue' },
      mdr: { due: '2026-12-08', status: 'due_soon' },
    });
    expect(p.discipline.nextSteps.map((n) => n.code)).toEqual(['notify_parents', 'hold_mdr', 'provide_services']);

    // The notice recorded late is kept, and shown met late.
    const notice = await post('notices', {
      decisionId: decision.id,
      notifiedOn: '2026-11-18',
      method: 'letter',
      safeguardsNoticeProvided: true,
    });
    expect(notice.statusCode, notice.body).toBe(201);
    const afterNotice = notice.json<Recorded>().discipline;
    expect(afterNotice.decisions[0]!.notice).toMatchObject({ status: 'met_late', notifiedOn: '2026-11-18' });
    expect(afterNotice.nextSteps.find((n) => n.code === 'notice_given_late')).toMatchObject({ severity: 'late' });

    // The MDR: a failure to implement the IEP is a manifestation and needs the remedy named.
    const mdrBody = {
      decisionId: decision.id,
      heldOn: TEST_TODAY,
      causedByDisability: false,
      failureToImplementIep: true,
    };
    const noRemedy = await post('mdrs', { ...mdrBody, behaviorPlan: 'review_bip', placement: 'return' });
    expect(noRemedy.statusCode).toBe(422);
    expect(noRemedy.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['remedySteps']);
    const mdr = await post('mdrs', {
      ...mdrBody,
      behaviorPlan: 'review_bip',
      placement: 'return',
      returnedOn: TEST_TODAY,
      remedySteps: 'Aide support restored from Monday.',
      participants: 'Parent, case manager, teacher',
    });
    expect(mdr.statusCode, mdr.body).toBe(201);
    const m = mdr.json<Recorded>();
    expect(m.discipline.decisions[0]!.mdr).toMatchObject({
      status: 'met',
      review: { manifestation: true },
      consequences: ['fba_bip', 'return_to_placement', 'remedy_deficiencies'],
    });
    expect(
      (await post('mdrs', { ...mdrBody, behaviorPlan: 'review_bip', placement: 'return', remedySteps: 'x' }))
        .statusCode,
    ).toBe(409);
    const clock = (await cm.get(`/api/v1/students/${id}/deadlines`)).json<{
      data: { rule: string; status: string }[];
    }>();
    expect(clock.data.find((x) => x.rule === 'mdr')).toMatchObject({ status: 'met' });
    expect(clock.data.find((x) => x.rule === 'discipline-notice')).toMatchObject({ status: 'met_late' });
    // The safeguards notice given with it restarts the yearly safeguards clock.
    expect(clock.data.find((x) => x.rule === 'procedural-safeguards-notice')).toMatchObject({
      status: 'upcoming',
      due: '2027-11-17',
    });

    // Voiding: a record others rest on waits for them; nothing is deleted.
    expect((await cm.post(`/api/v1/discipline-records/${decision.id}/void`, { reason: 'x' })).statusCode).toBe(409);
    const v1 = await cm.post(`/api/v1/discipline-records/${m.recorded.id}/void`, {
      reason: 'Recorded for the wrong decision.',
    });
    expect(v1.statusCode, v1.body).toBe(200);
    expect(v1.json<Summary>().voided).toEqual([
      expect.objectContaining({ id: m.recorded.id, voidReason: 'Recorded for the wrong decision.' }),
    ]);
    expect((await cm.post(`/api/v1/discipline-records/${m.recorded.id}/void`, { reason: 'again' })).statusCode).toBe(
      409,
    );
    const noticeId = notice.json<Recorded>().recorded.id;
    expect((await cm.post(`/api/v1/discipline-records/${noticeId}/void`, { reason: 'Wrong date.' })).statusCode).toBe(
      200,
    );
    const linked = await t.db.query<{ voided: boolean }>(
      `SELECT voided_at IS NOT NULL AS voided FROM case_events WHERE source_type = 'discipline_notice' AND source_id = $1`,
      [noticeId],
    );
    expect(linked).toEqual([{ voided: true }]);
    const v3 = (
      await cm.post(`/api/v1/discipline-records/${decision.id}/void`, { reason: 'Not decided yet.' })
    ).json<Summary>();
    expect(v3.decisions).toEqual([]);
    expect(v3.nextSteps[0]).toMatchObject({ code: 'record_pattern_determination' });
    const actions = await t.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM audit_events WHERE student_id = $1 AND action LIKE 'discipline.%'`,
      [id],
    );
    expect(actions.map((r) => r.action).sort()).toEqual([
      'discipline.mdr.record',
      'discipline.notice.record',
      'discipline.placement_decision.record',
      'discipline.removal.record',
      'discipline.void',
    ]);
  });

  it('a removal of more than 10 consecutive school days is a change of placement; its notice may be recorded with it', async () => {
    const id = await idOf('L1020');
    const res = await cm.post(`/api/v1/students/${id}/discipline/removals`, {
      type: 'expulsion',
      decidedOn: '2026-11-20',
      firstDay: '2026-11-30',
      lastDay: '2027-06-04',
      behavior: 'Brought a lighter and set a fire in the restroom.',
      parentNotice: { notifiedOn: '2026-11-20', method: 'in_person', safeguardsNoticeProvided: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json<Recorded>().discipline;
    expect(s.decisions).toMatchObject([{ basis: 'expulsion', notice: { status: 'met' }, mdr: { due: '2026-12-11' } }]);
    // A 300.530(g) setting without its circumstance is refused, citing the rule.
    const g = await cm.post(`/api/v1/students/${id}/discipline/removals`, {
      type: 'interim_alternative_setting',
      firstDay: TEST_TODAY,
      schoolDays: 45,
      behavior: 'x',
    });
    expect(g.statusCode).toBe(422);
    expect(g.json()).toMatchObject({
      errors: [{ path: 'specialCircumstance' }],
      findings: [{ citation: '34 CFR 300.530(g)' }],
    });
  });

  it('refuses bad input naming the field, and writes nothing (not even half of a removal with a notice)', async () => {
    const id = await idOf('L1016');
    const before = await eventCount();
    const cases: [unknown, string, number][] = [
      [{ type: 'out_of_school_suspension', firstDay: TEST_TODAY, behavior: 'x' }, 'lastDay', 400],
      [
        { type: 'out_of_school_suspension', firstDay: TEST_TODAY, lastDay: TEST_TODAY, schoolDays: 1, behavior: 'x' },
        'lastDay',
        400,
      ],
      [
        { type: 'out_of_school_suspension', firstDay: '2026-11-10', lastDay: '2026-11-09', behavior: 'x' },
        'lastDay',
        400,
      ],
      [
        {
          type: 'out_of_school_suspension',
          decidedOn: '2026-12-01',
          firstDay: '2026-12-01',
          schoolDays: 1,
          behavior: 'x',
        },
        'decidedOn',
        400,
      ],
      [{ type: 'in_school_suspension', firstDay: TEST_TODAY, schoolDays: 1, behavior: 'x' }, 'inSchool', 400],
      [{ type: 'bus_suspension', firstDay: TEST_TODAY, schoolDays: 1, behavior: 'x' }, 'bus', 400],
      [{ type: 'detention', firstDay: TEST_TODAY, schoolDays: 1, behavior: 'x' }, 'type', 400],
      [{ type: 'out_of_school_suspension', firstDay: TEST_TODAY, schoolDays: 1, behavior: '  ' }, 'behavior', 400],
      [
        {
          type: 'out_of_school_suspension',
          firstDay: TEST_TODAY,
          schoolDays: 1,
          behavior: 'x',
          parentNotice: { notifiedOn: TEST_TODAY, method: 'phone', safeguardsNoticeProvided: true },
        },
        'parentNotice',
        400,
      ],
    ];
    for (const [body, path, status] of cases) {
      const res = await cm.post(`/api/v1/students/${id}/discipline/removals`, body);
      expect(res.statusCode, `${JSON.stringify(body)} → ${res.body}`).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(
        res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    const badYear = await cm.get(`/api/v1/students/${id}/discipline?schoolYear=2026`);
    expect(badYear.statusCode).toBe(400);
    expect(JSON.stringify(badYear.json())).toContain('schoolYear');
    const mdr = await cm.post(`/api/v1/students/${id}/discipline/mdrs`, {
      decisionId: id,
      heldOn: TEST_TODAY,
      causedByDisability: false,
      failureToImplementIep: false,
    });
    expect(mdr.statusCode).toBe(400);
    expect(mdr.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('decisionId');
    expect(await eventCount()).toBe(before);
  });

  it('discipline kinds go through the discipline API, not the generic case-event routes', async () => {
    const maya = await idOf('L1025');
    const res = await cm.post(`/api/v1/students/${maya}/events`, {
      kind: 'disciplinary_removal',
      occurredOn: TEST_TODAY,
      details: { days: 3 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('kind');
    const s = await summaryOf(cm, 'L1025');
    expect((await cm.post(`/api/v1/case-events/${s.removals[0]!.id}/void`, { reason: 'x' })).statusCode).toBe(409);
  });

  it('another school year: the count restarts', async () => {
    const s = await summaryOf(cm, 'L1025', '?schoolYear=2025-2026');
    expect(s).toMatchObject({ schoolYear: '2025-2026', total: 0, removals: [], decisions: [] });
  });
});
