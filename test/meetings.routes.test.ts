/**
 * Meetings through the API, on both engines: scheduling (the parents invited, the invitees told), the 34 CFR
 * 300.321 check as the demo shows it, the refusal to mark a meeting held that was not properly constituted, the
 * excusal and parent-contact rules, the notice lead time (Lincoln's 10 days) with the parent's agreement to a shorter
 * notice, the notice PDF in English and Spanish (pdftotext), and the parent's answer reaching the case manager.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameUuid } from '../src/db/ids';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { stringContaining } from './support/match';

interface Finding {
  rule: string;
  code: string;
  citation: string;
  severity: string;
  path: string;
  message: string;
  params: Record<string, unknown>;
}
interface Participant {
  id: string;
  role: string;
  name: string;
  userId: string | null;
  response: string;
  attendance: string;
  proposedDate: string | null;
  version: number;
}
interface Meeting {
  id: string;
  studentId: string;
  purpose: string;
  status: string;
  date: string;
  version: number;
  teamProblems: number | null;
  myResponse: string | null;
  planId: string | null;
  planVersion: number | null;
  participants: Participant[];
  notice: {
    sentOn: string | null;
    latestOn: string;
    onTime: boolean;
    shorterNoticeAgreedOn: string | null;
    defaultLanguage: string;
    findings: Finding[];
    timing: Finding[];
    basis: string;
    leadTime: { days: number; counting: string; profile: string; due: string; estimated: boolean; basis: string };
  };
  team: { planning: Finding[]; held: Finding[]; properlyConstituted: boolean } | null;
  producedPlan: { id: string; type: string; status: string; meetingDate: string | null; findings: Finding[] } | null;
  contactAttempts: unknown[];
  abilities: { manage: boolean; respond: boolean };
}
interface Problem {
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
  findings?: Omit<Finding, 'rule'>[];
}

const demoId = (name: string) => nameUuid(`demo:${name}`);
const DAVIS_ANNUAL = demoId('meeting:davis-annual');
const LOPEZ_AMENDMENT = demoId('meeting:lopez-amendment');
const LOPEZ_HELD = demoId('meeting:lopez-annual-2026');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/g, ' ');
const rules = (fs: Finding[], severity = 'error') => fs.filter((f) => f.severity === severity).map((f) => f.rule);

describe.each(ENGINES)('meetings on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  let parent: Client;
  let childId: string;
  let davisId: string;
  let userIds: Record<string, string>;
  let dir: string;

  async function schedule(studentId: string, body: Record<string, unknown>) {
    const res = await cm.post(`/api/v1/students/${studentId}/meetings`, {
      purpose: 'annual',
      startTime: '15:30',
      location: 'Room 5',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Meeting>();
  }
  const staff = (key: string, role: string) => ({ role, userId: userIds[key] });
  const fullTeam = () => [
    staff('teacher', 'general_education_teacher'),
    staff('casemanager', 'special_education_teacher'),
    staff('admin', 'district_representative'),
    { ...staff('provider', 'special_education_provider'), interpretsEvaluations: true },
  ];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-meetings-'));
    t = await startTestApp(engine);
    cm = await t.signIn(DEMO.caseManager);
    parent = await t.signIn(DEMO.parent);
    childId = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    davisId = (await cm.get('/api/v1/students?q=L1010')).json<{ data: { id: string }[] }>().data[0]!.id;
    const users = await t.db.query<{ id: string; email: string }>(`SELECT id::text AS id, email FROM users`);
    userIds = Object.fromEntries(
      users.map((u) => [u.email.split('@')[0]! + (u.email.endsWith('riverside.demo') ? '-r' : ''), u.id]),
    );
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('requires authentication', async () => {
    expect((await t.anonymous.get(`/api/v1/students/${childId}/meetings`)).statusCode).toBe(401);
    expect((await t.anonymous.get(`/api/v1/meetings/${DAVIS_ANNUAL}`)).statusCode).toBe(401);
  });

  it('the demo annual review of L1010 is missing a general education teacher; adding one clears the check', async () => {
    const list = (await cm.get(`/api/v1/students/${davisId}/meetings`)).json<{ data: Meeting[] }>();
    const m = list.data.find((x) => x.id === DAVIS_ANNUAL)!;
    expect(m).toMatchObject({ date: '2026-12-08', status: 'scheduled', teamProblems: 1 });
    const full = (await cm.get(`/api/v1/meetings/${DAVIS_ANNUAL}`)).json<Meeting>();
    expect(rules(full.team!.planning)).toEqual(['team.missing.general_education_teacher']);
    expect(full.team!.planning[0]!.citation).toBe('34 CFR 300.321(a)(2)');
    // As data: the code and what it is about, beside the English.
    expect(full.team!.planning[0]).toMatchObject({
      code: 'team.missing.general_education_teacher',
      severity: 'error',
      params: { requirement: 'general_education_teacher' },
    });
    expect(full.team!.planning[0]!.message).toMatch(/^The team must include/);
    // The lead time as data (Lincoln is a California district: the law says "early enough", Lincoln gives 10 calendar days), its English kept in basis.
    expect(full.notice.leadTime).toEqual({
      days: 10,
      counting: 'calendar',
      profile: 'CA',
      due: '2026-11-28',
      estimated: false,
      basis: full.notice.basis,
    });
    expect(full.notice.leadTime.due).toBe(full.notice.latestOn);
    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE action = 'meeting.read' AND student_id = $1::uuid`,
      [davisId],
    );
    expect(audit.length).toBeGreaterThan(0);

    const added = await cm.post(`/api/v1/meetings/${DAVIS_ANNUAL}/participants`, {
      role: 'general_education_teacher',
      name: 'Alex Rivera',
      title: 'Science 7',
    });
    expect(added.statusCode).toBe(201);
    const after = added.json<Meeting>();
    expect(after.team!.planning).toEqual([]);
    expect(after.version).toBeGreaterThan(full.version);
  });

  it('schedules a meeting: the parents are invited and told, staff invitees too; the check lists what is missing', async () => {
    const m = await schedule(childId, {
      date: '2027-01-20',
      participants: [staff('casemanager', 'special_education_teacher'), staff('teacher', 'general_education_teacher')],
    });
    expect(m.participants.map((p) => p.role).sort()).toEqual([
      'general_education_teacher',
      'parent',
      'special_education_teacher',
    ]);
    expect(rules(m.team!.planning)).toEqual([
      'team.missing.district_representative',
      'team.missing.evaluation_interpreter',
    ]);
    expect(m.notice.defaultLanguage).toBe('es'); // the parent reads Spanish
    const told = await t.db.query<{ user_id: string; message: string }>(
      `SELECT user_id::text, message FROM notifications WHERE kind = 'meeting_invitation' AND link = $1`,
      [`/meetings/${m.id}`],
    );
    expect(told.map((n) => n.user_id).sort()).toEqual([userIds.parent!, userIds.teacher!].sort()); // not the case manager who scheduled it
    expect(told[0]!.message).toBe('meetings.notify.invited');
    // The parent sees it in their child's meetings, and may answer.
    const mine = (await parent.get(`/api/v1/students/${childId}/meetings`)).json<{ data: Meeting[] }>();
    expect(mine.data.find((x) => x.id === m.id)).toMatchObject({
      myResponse: 'pending',
      abilities: { respond: true, manage: false },
      teamProblems: null,
    });
  });

  it('refuses invalid input, naming the field', async () => {
    const res = await cm.post(`/api/v1/students/${childId}/meetings`, {
      purpose: 'party',
      date: '2027-02-30',
      startTime: '25:00',
      videoLink: 'javascript:alert(1)',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json<Problem>().errors!.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['purpose', 'date', 'startTime', 'videoLink']));
  });

  it('refuses to mark held a meeting that was not properly constituted, listing the findings; nothing is saved', async () => {
    const m = await schedule(childId, {
      date: '2026-11-30',
      participants: [staff('casemanager', 'special_education_teacher')],
    });
    const attendance = m.participants.map((p) => ({ participantId: p.id, attendance: 'attended' }));
    const res = await cm.post(`/api/v1/meetings/${m.id}/hold`, { version: m.version, attendance, minutes: 'Met.' });
    expect(res.statusCode).toBe(422);
    const body = res.json<Problem>();
    expect(body.code).toBe('RULE_VIOLATION');
    expect(body.errors!.map((e) => e.path).sort()).toEqual([
      'district_representative',
      'evaluation_interpreter',
      'general_education_teacher',
    ]);
    expect(body.errors!.some((e) => e.message.includes('34 CFR 300.321(a)(2)'))).toBe(true);
    // The same findings as codes, citations and values, one per error, in the same order.
    expect(body.findings!.map((f) => f.path)).toEqual(body.errors!.map((e) => e.path));
    expect(body.findings!.map((f) => f.code).sort()).toEqual([
      'team.missing.district_representative',
      'team.missing.evaluation_interpreter',
      'team.missing.general_education_teacher',
    ]);
    const gen = body.findings!.find((f) => f.code === 'team.missing.general_education_teacher')!;
    expect(gen).toMatchObject({
      citation: '34 CFR 300.321(a)(2)',
      severity: 'error',
      params: { requirement: 'general_education_teacher' },
    });
    expect(body.errors!.find((e) => e.path === gen.path)!.message).toContain(gen.message);
    const now = (await cm.get(`/api/v1/meetings/${m.id}`)).json<Meeting>();
    expect(now.status).toBe('scheduled');
    expect(now.participants.every((p) => p.attendance === 'unknown')).toBe(true);
    const denied = await t.db.query(
      `SELECT 1 FROM audit_events WHERE action = 'meeting.hold_refused' AND outcome = 'denied' AND context->>'meetingId' = $1`,
      [m.id],
    );
    expect(denied.length).toBe(1);
  });

  it('holds a properly constituted meeting: attendance, minutes, the plan version, the case event', async () => {
    const m = await schedule(childId, { date: '2026-11-30', participants: fullTeam() });
    const plans = (await cm.get(`/api/v1/students/${childId}/plans`)).json<{
      data: { id: string; status: string; version: number }[];
    }>();
    const active = plans.data.find((p) => p.status === 'active')!;
    const attendance = m.participants.map((p) => ({
      participantId: p.id,
      attendance: 'attended',
      attendedBy: 'in_person',
      signatureName: p.name,
    }));
    const res = await cm.post(
      `/api/v1/meetings/${m.id}/hold`,
      { attendance, minutes: 'The team agreed.', planId: active.id },
      { 'if-match': `"${m.id}.${m.version}"` },
    );
    expect(res.statusCode, res.body).toBe(200);
    const held = res.json<Meeting>();
    expect(held).toMatchObject({ status: 'held', planId: active.id, planVersion: active.version });
    expect(held.team!.properlyConstituted).toBe(true);
    // The plan in effect was written at the meeting of 2026-09-10: it is not rewritten, and the meeting says its date differs.
    expect(held.producedPlan).toEqual({
      id: active.id,
      type: 'iep',
      status: 'active',
      meetingDate: '2026-09-10',
      findings: [
        expect.objectContaining({
          code: 'held.plan_meeting_date',
          severity: 'warning',
          citation: '34 CFR 300.324(a)',
          params: { meetingDate: '2026-11-30', planMeetingDate: '2026-09-10', planStatus: 'active', planType: 'iep' },
        }),
      ],
    });
    expect(
      (await cm.get(`/api/v1/plans/${active.id}`)).json<{ dates: { meetingDate: string } }>().dates.meetingDate,
    ).toBe('2026-09-10');
    const events = await t.db.query<{
      kind: string;
      occurred_on: string;
      details: { purpose: string; meetingId: string };
    }>(
      `SELECT kind, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, details FROM case_events WHERE source_id = $1::uuid`,
      [m.id],
    );
    expect(events).toEqual([
      { kind: 'iep_meeting', occurred_on: '2026-11-30', details: { purpose: 'annual', meetingId: m.id } },
    ]);
    // Held is held: no second time, no change of day.
    expect((await cm.post(`/api/v1/meetings/${m.id}/hold`, { version: held.version })).statusCode).toBe(409);
    expect((await cm.patch(`/api/v1/meetings/${m.id}`, { version: held.version, date: '2026-12-01' })).statusCode).toBe(
      409,
    );
    expect(
      (await cm.patch(`/api/v1/meetings/${m.id}`, { version: held.version, minutes: 'The team agreed; corrected.' }))
        .statusCode,
    ).toBe(200);
  });

  it('the plan a held meeting produced takes the meeting’s day as its meeting date (a draft, a proposal), in the same transaction', async () => {
    type Plan = {
      id: string;
      version: number;
      status: string;
      dates: {
        meetingDate: string | null;
        startDate: string | null;
        endDate: string | null;
        nextAnnualReview: string | null;
      };
    };
    type PlanFinding = { code: string; severity: string; params: Record<string, unknown> };
    const hold = async (planId: string) => {
      const m = await schedule(childId, { date: '2026-11-30', participants: fullTeam() });
      const res = await cm.post(`/api/v1/meetings/${m.id}/hold`, {
        version: m.version,
        attendance: m.participants.map((p) => ({ participantId: p.id, attendance: 'attended' })),
        planId,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Meeting>();
    };
    // A draft with no meeting date.
    const draft = (
      await cm.post(`/api/v1/students/${childId}/plans`, { type: 'iep', startFrom: 'active' })
    ).json<Plan>();
    expect(draft.dates.meetingDate).toBeNull();
    const held = await hold(draft.id);
    const after = (await cm.get(`/api/v1/plans/${draft.id}`)).json<Plan>();
    expect(after).toMatchObject({ status: 'draft', version: draft.version + 1, dates: { meetingDate: '2026-11-30' } });
    expect(held).toMatchObject({
      planId: draft.id,
      planVersion: after.version,
      producedPlan: { id: draft.id, status: 'draft', meetingDate: '2026-11-30', findings: [] },
    });
    const set = await t.db.query<{ context: Record<string, unknown> }>(
      `SELECT context FROM audit_events WHERE action = 'plan.meeting_date_set' AND context->>'planId' = $1`,
      [draft.id],
    );
    expect(set.map((a) => a.context)).toEqual([
      expect.objectContaining({ meetingId: held.id, from: null, to: '2026-11-30', version: after.version }),
    ]);
    // Typed over afterwards: the plan's findings flag it, and the meeting says so too.
    const edited = await cm.patch(`/api/v1/plans/${draft.id}`, {
      version: after.version,
      dates: { ...after.dates, meetingDate: '2026-11-29' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const findings = (await cm.get(`/api/v1/plans/${draft.id}/findings`)).json<{
      data: PlanFinding[];
      asOf: string;
    }>();
    expect(findings.asOf).toBe('2026-11-30');
    expect(findings.data.filter((f) => f.code === 'dates.meeting_held')).toEqual([
      expect.objectContaining({ severity: 'error', params: { meetingDate: '2026-11-29', heldOn: '2026-11-30' } }),
    ]);
    expect(
      (await cm.get(`/api/v1/meetings/${held.id}`)).json<Meeting>().producedPlan!.findings.map((f) => f.code),
    ).toEqual(['held.plan_meeting_date']);

    // A proposal: the offer as made stays in its history, and the dated version is kept beside it. (One open plan
    // of a type at a time: the draft above is withdrawn first.)
    const withdrawn = await cm.post(`/api/v1/plans/${draft.id}/withdraw`, {
      reason: 'Replaced by a proposal.',
      version: edited.json<Plan>().version,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const offer = (
      await cm.post(`/api/v1/students/${childId}/plans`, { type: 'iep', startFrom: 'active' })
    ).json<Plan>();
    const dated = (
      await cm.patch(`/api/v1/plans/${offer.id}`, {
        version: offer.version,
        dates: {
          meetingDate: '2026-12-10',
          startDate: '2026-12-11',
          endDate: '2027-12-09',
          nextAnnualReview: '2027-12-09',
        },
      })
    ).json<Plan>();
    const proposed = await cm.post(`/api/v1/plans/${offer.id}/propose`, undefined, {
      'if-match': `"${offer.id}.${dated.version}"`,
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const heldOffer = await hold(offer.id);
    const versions = (await cm.get(`/api/v1/plans/${offer.id}/versions`)).json<{
      data: { version: number; status: string; dates: { meetingDate: string } }[];
    }>().data;
    expect(versions.map((v) => [v.status, v.dates.meetingDate])).toEqual([
      ['proposed', '2026-12-10'],
      ['proposed', '2026-11-30'],
    ]);
    expect(heldOffer.planVersion).toBe(versions.at(-1)!.version);
  });

  it('an excused member needs the written agreement (and written input when their area is discussed)', async () => {
    const m = await schedule(childId, { date: '2026-11-30', participants: fullTeam() });
    const gen = m.participants.find((p) => p.role === 'general_education_teacher')!;
    let r = await cm.post(
      `/api/v1/meetings/${m.id}/participants/${gen.id}/excusal`,
      { excused: true, areaDiscussed: true, excusalAgreedOn: '2026-11-25' },
      { 'if-match': `"${gen.id}.${gen.version}"` },
    );
    expect(r.statusCode).toBe(200);
    expect(r.headers.etag).toBe(`"${gen.id}.${gen.version + 1}"`);
    expect(rules(r.json<Meeting>().team!.planning)).toEqual(['excusal.written_input']);
    const others = m.participants
      .filter((p) => p.id !== gen.id)
      .map((p) => ({ participantId: p.id, attendance: 'attended' }));
    let held = await cm.post(`/api/v1/meetings/${m.id}/hold`, {
      version: r.json<Meeting>().version,
      attendance: others,
    });
    expect(held.statusCode).toBe(422);
    expect(
      held
        .json<Problem>()
        .errors!.map((e) => e.message)
        .join(' '),
    ).toContain('300.321(e)(2)(ii)');
    // The member not excused properly counts as absent (named), and the excusal finding names them with its days.
    expect(held.json<Problem>().findings).toEqual([
      expect.objectContaining({
        code: 'team.absent.general_education_teacher',
        path: 'general_education_teacher',
        params: { requirement: 'general_education_teacher', names: [gen.name] },
      }),
      expect.objectContaining({
        code: 'excusal.written_input',
        citation: '34 CFR 300.321(e)(2)(ii)',
        path: `participants.${gen.id}`,
        params: {
          participantId: gen.id,
          role: 'general_education_teacher',
          name: gen.name,
          meetingDate: '2026-11-30',
          agreedOn: '2026-11-25',
          inputOn: null,
        },
      }),
    ]);
    r = await cm.post(`/api/v1/meetings/${m.id}/participants/${gen.id}/excusal`, {
      excused: true,
      areaDiscussed: true,
      excusalAgreedOn: '2026-11-25',
      writtenInputOn: '2026-11-27',
      version: gen.version + 1,
    });
    expect(r.json<Meeting>().team!.planning).toEqual([]);
    held = await cm.post(`/api/v1/meetings/${m.id}/hold`, {
      version: r.json<Meeting>().version,
      attendance: others,
    });
    expect(held.statusCode, held.body).toBe(200);
    // The parents may not be excused.
    const m2 = await schedule(childId, { date: '2026-12-20', participants: fullTeam() });
    const p = m2.participants.find((x) => x.role === 'parent')!;
    expect(
      (
        await cm.post(`/api/v1/meetings/${m2.id}/participants/${p.id}/excusal`, {
          excused: true,
          excusalAgreedOn: '2026-11-25',
          version: p.version,
        })
      ).statusCode,
    ).toBe(422);
  });

  it('goes ahead without the parents only after documented attempts by two methods (300.322(d))', async () => {
    const m = await schedule(childId, { date: '2026-11-30', participants: fullTeam() });
    const attendance = m.participants.map((p) => ({
      participantId: p.id,
      attendance: p.role === 'parent' ? 'absent' : 'attended',
    }));
    const first = await cm.post(`/api/v1/meetings/${m.id}/contact-attempts`, {
      date: '2026-11-20',
      time: '16:10',
      method: 'phone',
      outcome: 'no_answer',
    });
    expect(first.statusCode).toBe(201);
    let res = await cm.post(`/api/v1/meetings/${m.id}/hold`, {
      version: first.json<Meeting>().version,
      attendance,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors!.map((e) => e.path)).toEqual(['parent']);
    // The counts the words need: one attempt by one method of the two and two required; the parents named.
    const parentNames = m.participants.filter((p) => p.role === 'parent').map((p) => p.name);
    expect(res.json<Problem>().findings).toEqual([
      {
        code: 'team.parent_absent',
        citation: '34 CFR 300.322(d)',
        severity: 'error',
        path: 'parent',
        message: stringContaining('(1 recorded, 1 methods)'),
        params: { requirement: 'parent', names: parentNames, attempts: 1, methods: 1, minAttempts: 2, minMethods: 2 },
      },
    ]);
    const second = await cm.post(`/api/v1/meetings/${m.id}/contact-attempts`, {
      date: '2026-11-23',
      method: 'letter',
      outcome: 'other',
      note: 'Letter sent home',
    });
    expect(second.json<Meeting>().contactAttempts).toHaveLength(2);
    res = await cm.post(`/api/v1/meetings/${m.id}/hold`, { version: second.json<Meeting>().version, attendance });
    expect(res.statusCode, res.body).toBe(200);
    expect(rules(res.json<Meeting>().team!.held, 'warning')).toEqual(['team.parent_absent_documented']);
    // The family does not see the contact log or the team check.
    const seen = (await parent.get(`/api/v1/meetings/${m.id}`)).json<Meeting>();
    expect(seen.contactAttempts).toEqual([]);
    expect(seen.team).toBeNull();
  });

  it('a late notice is recorded with its real day and found late (Lincoln: 10 days, its own lead time: California law says only “early enough”), until the parent’s agreement to a shorter notice makes it timely', async () => {
    const clock = async (meetingId: string) =>
      (await cm.get(`/api/v1/students/${childId}/deadlines`))
        .json<{
          data: { id: string; status: string; due: string; metOn: string | null }[];
        }>()
        .data.find((d) => d.id === `meeting-notice:${meetingId}`);
    const lead = { days: 10, counting: 'calendar', profile: 'CA', estimated: false };
    const soon = await schedule(childId, { date: '2026-12-08', participants: fullTeam() });
    expect(soon.notice).toMatchObject({ latestOn: '2026-11-28', onTime: false, sentOn: null });
    // Scheduled already too close: a warning with the last day, not a refusal.
    expect(soon.notice.timing).toEqual([
      {
        code: 'notice.period_passed',
        rule: 'notice.period_passed',
        citation: '34 CFR 300.322(a)(1); Cal. Ed. Code 56341.5(b)',
        severity: 'warning',
        path: 'date',
        message: stringContaining('November 28, 2026'),
        params: { due: '2026-11-28', meetingDate: '2026-12-08', ...lead },
      },
    ]);
    expect(await clock(soon.id)).toMatchObject({ status: 'overdue', due: '2026-11-28' });

    const late = await cm.post(`/api/v1/meetings/${soon.id}/notice`, { method: 'mail' });
    expect(late.statusCode, late.body).toBe(200);
    const sentLate = late.json<Meeting>();
    expect(sentLate.notice).toMatchObject({ sentOn: '2026-11-30', onTime: false, shorterNoticeAgreedOn: null });
    expect(sentLate.notice.timing).toEqual([
      {
        code: 'notice.sent_late',
        rule: 'notice.sent_late',
        citation: '34 CFR 300.322(a)(1); Cal. Ed. Code 56341.5(b)',
        severity: 'error',
        path: 'notice.sentOn',
        message: stringContaining('went out on November 30, 2026, after November 28, 2026'),
        params: { due: '2026-11-28', sentOn: '2026-11-30', meetingDate: '2026-12-08', ...lead },
      },
    ]);
    expect(await clock(soon.id)).toMatchObject({ status: 'met_late', metOn: '2026-11-30', due: '2026-11-28' });
    const sendAudit = await t.db.query<{ context: Record<string, unknown> }>(
      `SELECT context FROM audit_events WHERE action = 'meeting.notice.send' AND context->>'meetingId' = $1`,
      [soon.id],
    );
    expect(sendAudit.map((a) => a.context)).toEqual([
      expect.objectContaining({
        sentOn: '2026-11-30',
        latestOn: '2026-11-28',
        late: true,
        shorterNoticeAgreedOn: null,
      }),
    ]);
    // The family sees the notice, not the staff's findings.
    const seen = (await parent.get(`/api/v1/meetings/${soon.id}`)).json<Meeting>();
    expect(seen.notice).toMatchObject({ sentOn: '2026-11-30', timing: [], findings: [] });

    // The parent's agreement, recorded afterwards with its day: not in the future, not after the meeting.
    const future = await cm.post(`/api/v1/meetings/${soon.id}/shorter-notice`, { agreedOn: '2026-12-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json<Problem>().errors).toEqual([{ path: 'agreedOn', message: 'Not after today.' }]);
    expect(
      (await parent.post(`/api/v1/meetings/${soon.id}/shorter-notice`, { agreedOn: '2026-11-30' })).statusCode,
    ).toBe(403);
    const agreed = await cm.post(`/api/v1/meetings/${soon.id}/shorter-notice`, {
      agreedOn: '2026-11-30',
      note: 'Parent asked to meet before winter break.',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json<Meeting>().notice).toMatchObject({
      sentOn: '2026-11-30',
      shorterNoticeAgreedOn: '2026-11-30',
      onTime: true,
      timing: [],
    });
    expect(await clock(soon.id)).toMatchObject({ status: 'met', metOn: '2026-11-30', due: '2026-12-08' });
    const agreedAudit = await t.db.query(
      `SELECT 1 FROM audit_events WHERE action = 'meeting.notice.shorter_agreed' AND context->>'meetingId' = $1 AND context->>'agreedOn' = '2026-11-30'`,
      [soon.id],
    );
    expect(agreedAudit.length).toBe(1);

    // The agreement can come with the notice, as before.
    const next = await schedule(childId, { date: '2026-12-09', participants: fullTeam() });
    const both = await cm.post(`/api/v1/meetings/${next.id}/notice`, {
      method: 'email',
      shorterNoticeAgreedOn: '2026-11-29',
      shorterNoticeNote: 'By phone.',
    });
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json<Meeting>().notice).toMatchObject({
      sentOn: '2026-11-30',
      shorterNoticeAgreedOn: '2026-11-29',
      onTime: true,
      timing: [],
    });

    // The last day to send it is today: in time, no warning; exactly 10 days ahead is on time, and an agreement is then not needed (nor recorded).
    const onTime = await schedule(childId, { date: '2026-12-10', participants: fullTeam() });
    expect(onTime.notice).toMatchObject({ latestOn: '2026-11-30', onTime: true, timing: [] });
    // Moved a day earlier, the last day was yesterday: the move is answered with the warning; moved away, it is gone.
    const earlier = await cm.patch(`/api/v1/meetings/${onTime.id}`, { version: onTime.version, date: '2026-12-09' });
    expect(earlier.statusCode, earlier.body).toBe(200);
    expect(earlier.json<Meeting>().notice.timing.map((f) => [f.code, f.params.due])).toEqual([
      ['notice.period_passed', '2026-11-29'],
    ]);
    const away = await cm.patch(`/api/v1/meetings/${onTime.id}`, {
      version: earlier.json<Meeting>().version,
      date: '2026-12-10',
    });
    expect(away.json<Meeting>().notice.timing).toEqual([]);
    const sent = await cm.post(`/api/v1/meetings/${onTime.id}/notice`, {
      method: 'mail',
      shorterNoticeAgreedOn: '2026-11-29',
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json<Meeting>().notice).toMatchObject({
      sentOn: '2026-11-30',
      shorterNoticeAgreedOn: null,
      onTime: true,
      timing: [],
    });
    expect(await clock(onTime.id)).toMatchObject({ status: 'met' });
    expect((await cm.post(`/api/v1/meetings/${onTime.id}/shorter-notice`, { agreedOn: '2026-11-30' })).statusCode).toBe(
      409,
    );

    // Not a late fact, still refused: a notice in the future, a notice after the meeting, an agreement after the meeting.
    expect(
      (await cm.post(`/api/v1/meetings/${onTime.id}/notice`, { method: 'mail', sentOn: '2026-12-01' })).statusCode,
    ).toBe(400);
    const after = await cm.post(`/api/v1/meetings/${LOPEZ_HELD}/notice`, { method: 'mail', sentOn: '2026-09-11' });
    expect(after.statusCode).toBe(400);
    expect(after.json<Problem>().errors).toEqual([{ path: 'sentOn', message: 'After the meeting day.' }]);
    const afterMeeting = await cm.post(`/api/v1/meetings/${LOPEZ_HELD}/shorter-notice`, { agreedOn: '2026-09-11' });
    expect(afterMeeting.statusCode).toBe(400);
    expect(afterMeeting.json<Problem>().errors).toEqual([{ path: 'agreedOn', message: 'After the meeting day.' }]);

    // A notice without a place, or without the student when transition is considered, is refused too.
    const nowhere = await schedule(childId, { date: '2027-01-20', location: '', participants: fullTeam() });
    const r = await cm.post(`/api/v1/meetings/${nowhere.id}/notice`, { method: 'mail' });
    expect(r.statusCode).toBe(422);
    expect(r.json<Problem>().errors![0]!.message).toContain('notice.location');
    expect(r.json<Problem>().findings!.map((f) => [f.code, f.citation, f.path])).toEqual([
      ['notice.location', '34 CFR 300.322(b)(1)(i)', 'location'],
    ]);
  });

  it('a meeting held before its notice was recorded: the notice is recorded afterwards with its real day, and found late', async () => {
    const m = await schedule(childId, { date: '2026-11-30', participants: fullTeam() });
    const attendance = m.participants.map((p) => ({ participantId: p.id, attendance: 'attended' }));
    const held = await cm.post(`/api/v1/meetings/${m.id}/hold`, { version: m.version, attendance });
    expect(held.statusCode, held.body).toBe(200);
    // Lincoln's lead time is 10 days: due by 2026-11-20; sent on the 23rd.
    const res = await cm.post(`/api/v1/meetings/${m.id}/notice`, { method: 'hand_delivered', sentOn: '2026-11-23' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Meeting>().notice).toMatchObject({
      sentOn: '2026-11-23',
      latestOn: '2026-11-20',
      onTime: false,
    });
    expect(res.json<Meeting>().notice.timing.map((f) => [f.code, f.params.sentOn, f.params.due])).toEqual([
      ['notice.sent_late', '2026-11-23', '2026-11-20'],
    ]);
  });

  it('prints the notice as a tagged PDF in the parent’s language by default, and in English on request', async () => {
    const fetchText = async (c: Client, query: string) => {
      const res = await c.get(`/api/v1/meetings/${LOPEZ_AMENDMENT}/notice.pdf${query}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      const file = path.join(dir, `${engine}-${Math.random().toString(36).slice(2)}.pdf`);
      fs.writeFileSync(file, res.rawPayload);
      expect(run('pdfinfo', [file])).toMatch(/Tagged:\s+yes/);
      return flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
    };
    const es = await fetchText(cm, '');
    expect(es).toContain('Aviso de una reunión del equipo del IEP');
    expect(es).toContain('Puede traer a otras personas que conozcan a su hijo');
    expect(es).toContain('10 de diciembre de 2026');
    expect(es).toContain('Sam Carter');
    expect(es).toContain('Maestro de educación general');
    expect(es).not.toContain('Planificación para la vida después');
    const en = await fetchText(cm, '?lang=en');
    expect(en).toContain('Notice of an IEP team meeting');
    expect(en).toContain('You may bring other people who have knowledge or special expertise about your child');
    expect(en).toContain('December 10, 2026');
    expect(en).toContain('Lincoln Middle School, library conference room');
    expect(en).toContain('https://meet.lincoln.example.org/iep-l1001');
    // The parent prints it too, and the print is in the access log.
    expect(await fetchText(parent, '?lang=es')).toContain('Aviso de una reunión');
    const printed = await t.db.query(
      `SELECT 1 FROM audit_events WHERE action = 'meeting.notice.print' AND context->>'meetingId' = $1`,
      [LOPEZ_AMENDMENT],
    );
    expect(printed.length).toBe(3);
    expect((await cm.get(`/api/v1/meetings/${LOPEZ_AMENDMENT}/notice.pdf?lang=fr`)).statusCode).toBe(400);
  });

  it('the notice carries the transition statements when transition is considered', async () => {
    const student = await t.signIn(DEMO.student);
    const transitionId = (await student.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    const m = await schedule(transitionId, {
      purpose: 'transition',
      date: '2027-01-20',
      participants: [
        ...fullTeam(),
        { role: 'student' },
        { role: 'agency', name: 'State Department of Rehabilitation', agencyConsentOn: '2026-11-24' },
      ],
    });
    expect(m.team!.planning).toEqual([]);
    expect(m.participants.find((p) => p.role === 'student')!.name).not.toBe('');
    const res = await cm.get(`/api/v1/meetings/${m.id}/notice.pdf?lang=en`);
    const file = path.join(dir, `${engine}-transition.pdf`);
    fs.writeFileSync(file, res.rawPayload);
    const text = flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
    expect(text).toContain('A purpose of this meeting is to consider postsecondary goals and the transition services');
    expect(text).toContain('is invited to this meeting');
    expect(text).toContain('State Department of Rehabilitation');
    // The student is told of the invitation.
    const told = await t.db.query(
      `SELECT 1 FROM notifications WHERE kind = 'meeting_invitation' AND link = $1 AND user_id = $2::uuid`,
      [`/meetings/${m.id}`, userIds.student],
    );
    expect(told.length).toBe(1);
  });

  it('the parent proposes another time; the case manager is told; another family never sees it', async () => {
    const seen = (await parent.get(`/api/v1/meetings/${LOPEZ_AMENDMENT}`)).json<Meeting>();
    expect(seen.abilities).toMatchObject({ respond: true, manage: false });
    const res = await parent.post(`/api/v1/meetings/${LOPEZ_AMENDMENT}/response`, {
      response: 'proposed_other_time',
      proposedDate: '2026-12-11',
      proposedTime: '17:00',
      note: 'Trabajo hasta las 16:30.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json<Meeting>();
    expect(m.myResponse).toBe('proposed_other_time');
    expect(m.participants.find((p) => p.role === 'parent')).toMatchObject({
      response: 'proposed_other_time',
      proposedDate: '2026-12-11',
    });
    const told = await t.db.query<{ user_id: string; message: string; params: Record<string, unknown> }>(
      `SELECT user_id::text, message, params FROM notifications WHERE kind = 'meeting_response' AND link = $1`,
      [`/meetings/${LOPEZ_AMENDMENT}`],
    );
    expect(told.map((n) => n.user_id)).toEqual([userIds.casemanager]);
    expect(told[0]!.message).toBe('meetings.notify.proposed');
    expect(told[0]!.params.proposedTime).toBe('17:00');
    // A proposal needs a day; staff do not answer for the parent.
    expect(
      (await parent.post(`/api/v1/meetings/${LOPEZ_AMENDMENT}/response`, { response: 'proposed_other_time' }))
        .statusCode,
    ).toBe(400);
    expect((await cm.post(`/api/v1/meetings/${LOPEZ_AMENDMENT}/response`, { response: 'accepted' })).statusCode).toBe(
      403,
    );
    // A held meeting has nothing to answer.
    expect((await parent.post(`/api/v1/meetings/${LOPEZ_HELD}/response`, { response: 'accepted' })).statusCode).toBe(
      409,
    );
    const other = await t.signIn(DEMO.parent2);
    expect((await other.get(`/api/v1/meetings/${LOPEZ_AMENDMENT}`)).statusCode).toBe(404);
    expect(
      (await other.post(`/api/v1/meetings/${LOPEZ_AMENDMENT}/response`, { response: 'accepted' })).statusCode,
    ).toBe(404);
  });

  it('a stale edit is refused (412 with If-Match, 409 with version), and a new day needs a new notice', async () => {
    const m = await schedule(childId, { date: '2027-02-10', participants: fullTeam() });
    const sent = (await cm.post(`/api/v1/meetings/${m.id}/notice`, { method: 'mail' })).json<Meeting>();
    expect(sent.notice.sentOn).toBe('2026-11-30');
    expect(
      (await cm.patch(`/api/v1/meetings/${m.id}`, { location: 'Room 9' }, { 'if-match': `"${m.id}.${m.version}"` }))
        .statusCode,
    ).toBe(412);
    expect((await cm.patch(`/api/v1/meetings/${m.id}`, { version: m.version, location: 'Room 9' })).statusCode).toBe(
      409,
    );
    expect((await cm.patch(`/api/v1/meetings/${m.id}`, { location: 'Room 9' })).statusCode).toBe(428);
    const moved = await cm.patch(`/api/v1/meetings/${m.id}`, {
      version: sent.version,
      date: '2027-02-11',
      startTime: '08:15',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<Meeting>().notice.sentOn).toBeNull();
    const cancelled = await cm.post(`/api/v1/meetings/${m.id}/cancel`, { reason: 'The family moved.' });
    expect(cancelled.json<Meeting>().status).toBe('cancelled');
  });

  it('the demo: a held meeting in the past that produced the plan in effect', async () => {
    const m = (await parent.get(`/api/v1/meetings/${LOPEZ_HELD}`)).json<Meeting>();
    expect(m).toMatchObject({ status: 'held', date: '2026-09-10', planId: demoId('plan:child-iep'), planVersion: 1 });
    const forDeadlines = await t.db.query(
      `SELECT count(*)::int AS n FROM meetings WHERE status = 'scheduled' AND meeting_date >= '2026-11-30'`,
    );
    expect((forDeadlines[0] as { n: number }).n).toBeGreaterThanOrEqual(2);
  });
});
