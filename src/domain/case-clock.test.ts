import { describe, expect, it } from 'vitest';
import { addMonths, progressIntervalMonths, studentDeadlines, timelinessIndicator, transitionComplete, type ClockInput, type ClockPlan } from './case-clock';
import type { CaseEvent, CaseEventKind } from './case-events';
import { WEEKDAY_CALENDAR, calendarFromDays } from './deadlines';
import { BUILT_IN_PROFILES, effectiveProfile, STATE_PROFILES } from './state-profiles';
import { addDays } from './dates';

let n = 0;
const ev = (kind: CaseEventKind, occurredOn: string, details: Record<string, unknown> = {}, voided = false): CaseEvent => ({ id: `e${++n}`, kind, occurredOn, details, recordedAt: `${occurredOn}T12:00:00Z`, voided });
const plan = (over: Partial<ClockPlan> = {}): ClockPlan => ({
  id: 'p1', type: 'iep', status: 'active', amendmentOf: null, meetingDate: '2026-09-10', startDate: '2026-09-14', endDate: '2027-09-09',
  transitionComplete: false, ageOfMajorityInformedOn: null, progressFrequency: 'each quarter', ...over,
});
const input = (over: Partial<ClockInput>): ClockInput => ({
  student: { id: 's1', dateOfBirth: '2014-01-28', spedStatus: 'eligible_iep' },
  events: [], plans: [], meetings: [], profile: STATE_PROFILES.federal, calendar: WEEKDAY_CALENDAR, today: '2026-11-30', ...over,
});
const find = (i: ClockInput, rule: string) => studentDeadlines(i).find((d) => d.rule === rule);

describe('initial evaluation (300.301(c)(1)): 60 days from consent, federal profile', () => {
  const consent = ev('consent_given', '2026-09-01', { consentType: 'evaluation' });
  const due = '2026-10-31';
  it.each([
    ['day 59', addDays('2026-09-01', 59), 'met'],
    ['day 60', addDays('2026-09-01', 60), 'met'],
    ['day 61', addDays('2026-09-01', 61), 'met_late'],
  ])('completed on %s → %s', (_l, completed, status) => {
    const d = find(input({ events: [consent, ev('evaluation_completed', completed, { reevaluation: false })] }), 'initial-evaluation');
    expect(d).toMatchObject({ due, status, metOn: completed, citation: '34 CFR 300.301(c)(1)' });
  });
  it('unmet: due soon within 14 days, overdue the day after the due date', () => {
    expect(find(input({ events: [consent], today: addDays(due, -15) }), 'initial-evaluation')!.status).toBe('upcoming');
    expect(find(input({ events: [consent], today: addDays(due, -14) }), 'initial-evaluation')!.status).toBe('due_soon');
    expect(find(input({ events: [consent], today: due }), 'initial-evaluation')!.status).toBe('due_soon');
    expect(find(input({ events: [consent], today: addDays(due, 1) }), 'initial-evaluation')).toMatchObject({ status: 'overdue', daysLeft: -1 });
  });
  it('an allowed delay reason (300.301(d)) keeps it visible as delayed; another reason leaves it overdue', () => {
    const allowed = find(input({ events: [consent, ev('delay', '2026-10-20', { rule: 'initial-evaluation', reason: 'parent_did_not_produce_child' })] }), 'initial-evaluation');
    expect(allowed).toMatchObject({ status: 'delayed', delay: { allowed: true, citation: '34 CFR 300.301(d)(1)' } });
    const other = find(input({ events: [consent, ev('delay', '2026-10-20', { rule: 'initial-evaluation', reason: 'staff_unavailable' })] }), 'initial-evaluation');
    expect(other).toMatchObject({ status: 'overdue', delay: { reason: 'staff_unavailable', allowed: false } });
    // A reason allowed for another rule excuses nothing here.
    const wrong = find(input({ events: [consent, ev('delay', '2026-10-20', { rule: 'initial-evaluation', reason: 'parent_and_district_agree_not_needed' })] }), 'initial-evaluation');
    expect(wrong!.status).toBe('overdue');
  });
  it('Texas counts 45 school days; a voided consent starts nothing; a revoked consent stops the clock', () => {
    const tx = find(input({ events: [consent], profile: STATE_PROFILES.TX }), 'initial-evaluation');
    expect(tx!.basis).toMatch(/45 school days/);
    expect(find(input({ events: [ev('consent_given', '2026-09-01', { consentType: 'evaluation' }, true)] }), 'initial-evaluation')).toBeUndefined();
    expect(find(input({ events: [consent, ev('consent_revoked', '2026-09-10', { consentType: 'evaluation' })] }), 'initial-evaluation')).toBeUndefined();
  });
});

describe('initial IEP meeting (300.323(c)(1)): 30 days from eligibility', () => {
  const elig = ev('eligibility', '2026-10-01', { eligible: true, categories: ['autism'] });
  it.each([
    ['day 29', '2026-10-30', 'met'],
    ['day 30', '2026-10-31', 'met'],
    ['day 31', '2026-11-01', 'met_late'],
  ])('meeting on %s → %s', (_l, on, status) => {
    expect(find(input({ events: [elig, ev('iep_meeting', on, { purpose: 'initial' })] }), 'initial-iep-meeting')).toMatchObject({ due: '2026-10-31', status });
  });
  it('a finalized IEP written at a meeting after eligibility also meets it; not eligible starts no clock', () => {
    expect(find(input({ events: [elig], plans: [plan({ meetingDate: '2026-10-20' })] }), 'initial-iep-meeting')).toMatchObject({ status: 'met', metOn: '2026-10-20' });
    expect(find(input({ events: [ev('eligibility', '2026-10-01', { eligible: false })] }), 'initial-iep-meeting')).toBeUndefined();
  });
});

describe('annual review (300.324(b)(1)(i)) and reevaluation (300.303)', () => {
  it('runs from the last IEP meeting, not from an amendment', () => {
    const d = find(input({ plans: [plan({ id: 'orig', status: 'superseded' }), plan({ id: 'amend', amendmentOf: 'orig', meetingDate: '2026-11-02', startDate: '2026-11-02' })] }), 'annual-review');
    expect(d).toMatchObject({ due: '2027-09-09', startedOn: '2026-09-10' });
  });
  it('is overdue the day after the anniversary eve', () => {
    const p = plan({ meetingDate: '2025-10-02', endDate: '2026-10-01' });
    expect(find(input({ plans: [p], today: '2026-10-01' }), 'annual-review')!.status).toBe('due_soon');
    expect(find(input({ plans: [p], today: '2026-10-02' }), 'annual-review')!.status).toBe('overdue');
  });
  it('reevaluation three years from the last evaluation, not before a year', () => {
    const d = find(input({ plans: [plan()], events: [ev('evaluation_completed', '2024-02-29', { reevaluation: true })] }), 'reevaluation');
    expect(d).toMatchObject({ due: '2027-02-28', status: 'upcoming' });
    const waived = find(input({ plans: [plan()], today: '2027-03-01', events: [ev('evaluation_completed', '2024-02-29', { reevaluation: true }), ev('delay', '2027-01-10', { rule: 'reevaluation', reason: 'parent_and_district_agree_not_needed' })] }), 'reevaluation');
    expect(waived!.status).toBe('delayed');
  });
});

describe('transition (300.320(b)) and age of majority (300.320(c))', () => {
  const student = { id: 's1', dateOfBirth: '2011-03-15', spedStatus: 'eligible_iep' };
  it('appears when the student turns 16 while the IEP is in effect, not when the birthday is after it ends', () => {
    expect(find(input({ student, plans: [plan({ endDate: '2027-03-15' })] }), 'transition-plan')).toMatchObject({ due: '2027-03-15' });
    expect(find(input({ student, plans: [plan({ endDate: '2027-03-14' })] }), 'transition-plan')).toBeUndefined();
  });
  it('Texas starts at 14 (profile data), and an IEP with transition content meets it', () => {
    const d = find(input({ student: { ...student, dateOfBirth: '2013-03-15' }, profile: STATE_PROFILES.TX, plans: [plan({ endDate: '2027-09-09', transitionComplete: true })] }), 'transition-plan');
    expect(d).toMatchObject({ due: '2027-03-15', status: 'met', metOn: '2026-09-10' });
  });
  it('age-of-majority notice due at 17 (18 in the profile), met by the IEP statement', () => {
    const s17 = { id: 's1', dateOfBirth: '2010-05-14', spedStatus: 'eligible_iep' };
    expect(find(input({ student: s17, plans: [plan({ endDate: '2027-05-14' })] }), 'age-of-majority-notice')).toMatchObject({ due: '2027-05-14', status: 'upcoming' });
    expect(find(input({ student: s17, plans: [plan({ endDate: '2027-05-13' })] }), 'age-of-majority-notice')).toBeUndefined();
    expect(find(input({ student: s17, plans: [plan({ endDate: '2027-09-09', ageOfMajorityInformedOn: '2026-10-01' })] }), 'age-of-majority-notice')).toMatchObject({ status: 'met' });
  });
});

describe('Part C transition (300.124(b)): an IEP by the third birthday', () => {
  const child = { id: 's1', dateOfBirth: '2023-12-01', spedStatus: 'evaluating' };
  it.each([
    ['the day before', '2026-11-30', 'met'],
    ['on the birthday', '2026-12-01', 'met'],
    ['the day after', '2026-12-02', 'met_late'],
  ])('IEP in effect %s → %s', (_l, start, status) => {
    expect(find(input({ student: child, today: '2026-12-20', events: [ev('part_c_referral', '2026-06-01')], plans: [plan({ meetingDate: '2026-11-20', startDate: start })] }), 'part-c-transition')).toMatchObject({ due: '2026-12-01', status });
  });
  it('a referral under 90 days before the birthday is an allowed exception', () => {
    const d = find(input({ student: child, today: '2026-12-20', events: [ev('part_c_referral', '2026-10-01'), ev('delay', '2026-10-02', { rule: 'part-c-transition', reason: 'part_c_referred_less_than_90_days' })] }), 'part-c-transition');
    expect(d!.status).toBe('delayed');
  });
});

describe('records (300.613), meeting notice (300.322), MDR (300.530(e)), safeguards (300.504)', () => {
  it('records within 45 days, or before an IEP meeting that comes sooner', () => {
    const req = ev('records_request', '2026-11-02');
    expect(find(input({ events: [req] }), 'records-request')).toMatchObject({ due: '2026-12-17' });
    const withMeeting = find(input({ events: [req], meetings: [{ id: 'm1', date: '2026-11-20', purpose: 'annual', status: 'scheduled', noticeSentOn: null }] }), 'records-request');
    expect(withMeeting).toMatchObject({ due: '2026-11-19' });
    expect(find(input({ events: [req, ev('records_provided', '2026-11-10', { requestId: req.id })] }), 'records-request')!.status).toBe('met');
  });
  it('meeting notice: a CA district’s lead time (15 days here); sent on the day is met, a day later is late', () => {
    const ca15 = effectiveProfile(BUILT_IN_PROFILES.CA, { days: 15, counting: 'calendar' });
    const m = (noticeSentOn: string | null) => ({ id: 'm1', date: '2026-12-15', purpose: 'annual', status: 'scheduled' as const, noticeSentOn });
    expect(find(input({ profile: ca15, meetings: [m('2026-11-30')] }), 'meeting-notice')).toMatchObject({ due: '2026-11-30', status: 'met', estimated: false });
    expect(find(input({ profile: ca15, meetings: [m('2026-12-01')] }), 'meeting-notice')).toMatchObject({ status: 'met_late' });
  });
  it('school-day clocks on a school without a calendar are marked estimated; calendar-day clocks are not', () => {
    const removal = ev('disciplinary_removal', '2026-11-16');
    const m = { id: 'm1', date: '2026-12-15', purpose: 'annual', status: 'scheduled' as const, noticeSentOn: null };
    const tx = input({ profile: STATE_PROFILES.TX, events: [removal], meetings: [m] });
    expect(find(tx, 'mdr')!.estimated).toBe(true);
    expect(find(tx, 'meeting-notice')!.estimated).toBe(true);
    const covered = calendarFromDays(Array.from({ length: 60 }, (_, i) => addDays('2026-11-01', i)).map((day) => ({ day, instructional: ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()) })));
    expect(find(input({ profile: STATE_PROFILES.TX, events: [removal], meetings: [m], calendar: covered }), 'mdr')!.estimated).toBe(false);
    expect(find(input({ events: [ev('records_request', '2026-11-02')] }), 'records-request')!.estimated).toBe(false);
  });
  it('MDR within 10 school days: held on the 10th is met, on the 11th late (Thanksgiving break not counted)', () => {
    const days = Array.from({ length: 40 }, (_, i) => addDays('2026-11-09', i)).map((day) => ({ day, instructional: !['2026-11-11', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].includes(day) && ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()) }));
    const calendar = calendarFromDays(days);
    const removal = ev('disciplinary_removal', '2026-11-13');
    // School days after 13 Nov: 16,17,18,19,20, 30, 1,2,3,4 → the 10th is 4 December.
    expect(find(input({ calendar, events: [removal, ev('mdr_held', '2026-12-04')] }), 'mdr')).toMatchObject({ due: '2026-12-04', status: 'met' });
    expect(find(input({ calendar, today: '2026-12-10', events: [removal, ev('mdr_held', '2026-12-07')] }), 'mdr')).toMatchObject({ status: 'met_late' });
  });
  it('safeguards: on referral when none was given, then yearly', () => {
    expect(find(input({ student: { id: 's', dateOfBirth: '2014-01-01', spedStatus: 'referred' }, events: [ev('referral', '2026-11-16', { source: 'teacher' })] }), 'procedural-safeguards-notice')).toMatchObject({ due: '2026-11-16', status: 'overdue', citation: '34 CFR 300.504(a)(1)' });
    expect(find(input({ events: [ev('safeguards_notice', '2025-12-01')] }), 'procedural-safeguards-notice')).toMatchObject({ due: '2026-11-30', status: 'due_soon' });
  });
});

describe('progress reports (300.320(a)(3)(ii)) and exit', () => {
  it('reads the schedule in English and Spanish', () => {
    expect(progressIntervalMonths('Each quarter, with report cards')).toBe(3);
    expect(progressIntervalMonths('Trimestral, con la boleta de calificaciones')).toBe(3);
    expect(progressIntervalMonths('Each trimester')).toBe(4);
    expect(progressIntervalMonths('monthly')).toBe(1);
    expect(progressIntervalMonths('twice a year')).toBe(6);
    expect(progressIntervalMonths('when convenient')).toBeNull();
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });
  it('the next report is due one interval after the last one', () => {
    expect(find(input({ plans: [plan()] }), 'progress-report')).toMatchObject({ due: '2026-12-14' });
    expect(find(input({ plans: [plan()], events: [ev('progress_report', '2026-11-20')] }), 'progress-report')).toMatchObject({ due: '2027-02-20', status: 'upcoming' });
  });
  it('an exit stops the IEP clocks but not a records request', () => {
    const out = studentDeadlines(input({ plans: [plan()], events: [ev('records_request', '2026-11-20'), ev('exit', '2026-11-21', { reason: 'moved_known_to_continue' })] }));
    expect(out.map((d) => d.rule)).toEqual(['records-request']);
  });
});

describe('indicators', () => {
  it('timeliness leaves out running clocks and allowed delays', () => {
    expect(timelinessIndicator({ upcoming: 5, due_soon: 1, overdue: 1, delayed: 3, met: 2, met_late: 1 })).toEqual({ numerator: 2, denominator: 4, percent: 50 });
    expect(timelinessIndicator({ upcoming: 5, due_soon: 0, overdue: 0, delayed: 0, met: 0, met_late: 0 }).percent).toBeNull();
  });
  it('transition content needs both postsecondary goals, services and a course of study', () => {
    const full = { educationTrainingGoal: 'a', employmentGoal: 'b', services: 'c', courseOfStudy: 'd' };
    expect(transitionComplete(full)).toBe(true);
    expect(transitionComplete({ ...full, employmentGoal: ' ' })).toBe(false);
    expect(transitionComplete(undefined)).toBe(false);
  });
});
