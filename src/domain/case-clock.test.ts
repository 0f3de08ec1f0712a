import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ideaCaseOpen,
  progressIntervalMonths,
  studentDeadlines,
  transitionComplete,
  type ClockInput,
  type ClockPlan,
} from './case-clock';
import type { CaseEvent, CaseEventKind } from './case-events';
import { WEEKDAY_CALENDAR, calendarFromDays } from './deadlines';
import { BUILT_IN_PROFILES, effectiveProfile, STATE_PROFILES } from './state-profiles';
import { addDays } from './dates';

let n = 0;
const ev = (
  kind: CaseEventKind,
  occurredOn: string,
  details: Record<string, unknown> = {},
  voided = false,
): CaseEvent => ({ id: `e${++n}`, kind, occurredOn, details, recordedAt: `${occurredOn}T12:00:00Z`, voided });
const plan = (over: Partial<ClockPlan> = {}): ClockPlan => ({
  id: 'p1',
  type: 'iep',
  status: 'active',
  amendmentOf: null,
  meetingDate: '2026-09-10',
  startDate: '2026-09-14',
  endDate: '2027-09-09',
  transitionComplete: false,
  ageOfMajorityInformedOn: null,
  progressFrequency: 'each quarter',
  ...over,
});
const input = (over: Partial<ClockInput>): ClockInput => ({
  student: { id: 's1', dateOfBirth: '2014-01-28', spedStatus: 'eligible_iep' },
  events: [],
  plans: [],
  meetings: [],
  profile: STATE_PROFILES.federal,
  calendar: WEEKDAY_CALENDAR,
  today: '2026-11-30',
  ...over,
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
    const d = find(
      input({ events: [consent, ev('evaluation_completed', completed, { reevaluation: false })] }),
      'initial-evaluation',
    );
    expect(d).toMatchObject({ due, status, metOn: completed, citation: '34 CFR 300.301(c)(1)' });
  });
  it('unmet: due soon within 14 days, overdue the day after the due date', () => {
    expect(find(input({ events: [consent], today: addDays(due, -15) }), 'initial-evaluation')!.status).toBe('upcoming');
    expect(find(input({ events: [consent], today: addDays(due, -14) }), 'initial-evaluation')!.status).toBe('due_soon');
    expect(find(input({ events: [consent], today: due }), 'initial-evaluation')!.status).toBe('due_soon');
    expect(find(input({ events: [consent], today: addDays(due, 1) }), 'initial-evaluation')).toMatchObject({
      status: 'overdue',
      daysLeft: -1,
    });
  });
  it('an allowed delay reason (300.301(d)) keeps it visible as delayed; another reason leaves it overdue', () => {
    const allowed = find(
      input({
        events: [
          consent,
          ev('delay', '2026-10-20', { rule: 'initial-evaluation', reason: 'parent_did_not_produce_child' }),
        ],
      }),
      'initial-evaluation',
    );
    expect(allowed).toMatchObject({ status: 'delayed', delay: { allowed: true, citation: '34 CFR 300.301(d)(1)' } });
    const other = find(
      input({
        events: [consent, ev('delay', '2026-10-20', { rule: 'initial-evaluation', reason: 'staff_unavailable' })],
      }),
      'initial-evaluation',
    );
    expect(other).toMatchObject({ status: 'overdue', delay: { reason: 'staff_unavailable', allowed: false } });
    // A reason allowed for another rule excuses nothing here.
    const wrong = find(
      input({
        events: [
          consent,
          ev('delay', '2026-10-20', { rule: 'initial-evaluation', reason: 'parent_and_district_agree_not_needed' }),
        ],
      }),
      'initial-evaluation',
    );
    expect(wrong!.status).toBe('overdue');
  });
  it('the recorded delay is kept once the evaluation is completed late (SPP/APR 11 leaves such a child out)', () => {
    const d = find(
      input({
        events: [
          consent,
          ev('delay', '2026-10-20', { rule: 'initial-evaluation', reason: 'parent_did_not_produce_child' }),
          ev('evaluation_completed', '2026-11-10', { reevaluation: false }),
        ],
      }),
      'initial-evaluation',
    );
    expect(d).toMatchObject({
      status: 'met_late',
      metOn: '2026-11-10',
      delay: { reason: 'parent_did_not_produce_child', allowed: true, citation: '34 CFR 300.301(d)(1)' },
    });
  });
  it('a state-option excuse (34 CFR 303.211) excuses nothing where the profile does not offer it', () => {
    const child = { id: 's2', dateOfBirth: '2023-10-15', spedStatus: 'referred' };
    const events = [
      ev('part_c_referral', '2026-06-01'),
      ev('delay', '2026-10-01', { rule: 'part-c-transition', reason: 'parent_chose_part_c_past_age_three' }),
    ];
    expect(find(input({ student: child, events }), 'part-c-transition')).toMatchObject({
      status: 'overdue',
      delay: { allowed: false },
    });
    const offering = {
      ...STATE_PROFILES.federal,
      partCServicesPastAgeThree: { offered: true, citation: '34 CFR 303.211' },
    };
    expect(find(input({ student: child, events, profile: offering }), 'part-c-transition')).toMatchObject({
      status: 'delayed',
      delay: { allowed: true },
    });
  });
  it('Texas counts 45 school days; a voided consent starts nothing; a revoked consent stops the clock', () => {
    const tx = find(input({ events: [consent], profile: STATE_PROFILES.TX }), 'initial-evaluation');
    expect(tx!.basis).toMatch(/45 school days/);
    expect(
      find(
        input({ events: [ev('consent_given', '2026-09-01', { consentType: 'evaluation' }, true)] }),
        'initial-evaluation',
      ),
    ).toBeUndefined();
    expect(
      find(
        input({ events: [consent, ev('consent_revoked', '2026-09-10', { consentType: 'evaluation' })] }),
        'initial-evaluation',
      ),
    ).toBeUndefined();
  });
});

describe('initial IEP meeting (300.323(c)(1)): 30 days from eligibility', () => {
  const elig = ev('eligibility', '2026-10-01', { eligible: true, categories: ['autism'] });
  it.each([
    ['day 29', '2026-10-30', 'met'],
    ['day 30', '2026-10-31', 'met'],
    ['day 31', '2026-11-01', 'met_late'],
  ])('meeting on %s → %s', (_l, on, status) => {
    expect(
      find(input({ events: [elig, ev('iep_meeting', on, { purpose: 'initial' })] }), 'initial-iep-meeting'),
    ).toMatchObject({ due: '2026-10-31', status });
  });
  it('a finalized IEP written at a meeting after eligibility also meets it; not eligible starts no clock', () => {
    expect(
      find(input({ events: [elig], plans: [plan({ meetingDate: '2026-10-20' })] }), 'initial-iep-meeting'),
    ).toMatchObject({ status: 'met', metOn: '2026-10-20' });
    expect(
      find(input({ events: [ev('eligibility', '2026-10-01', { eligible: false })] }), 'initial-iep-meeting'),
    ).toBeUndefined();
  });
});

describe('annual review (300.324(b)(1)(i)) and reevaluation (300.303)', () => {
  it('runs from the last IEP meeting, not from an amendment', () => {
    const d = find(
      input({
        plans: [
          plan({ id: 'orig', status: 'superseded' }),
          plan({ id: 'amend', amendmentOf: 'orig', meetingDate: '2026-11-02', startDate: '2026-11-02' }),
        ],
      }),
      'annual-review',
    );
    expect(d).toMatchObject({ due: '2027-09-09', startedOn: '2026-09-10' });
  });
  it('is overdue the day after the anniversary eve', () => {
    const p = plan({ meetingDate: '2025-10-02', endDate: '2026-10-01' });
    expect(find(input({ plans: [p], today: '2026-10-01' }), 'annual-review')!.status).toBe('due_soon');
    expect(find(input({ plans: [p], today: '2026-10-02' }), 'annual-review')!.status).toBe('overdue');
  });
  it('reevaluation three years from the last evaluation, not before a year', () => {
    const d = find(
      input({ plans: [plan()], events: [ev('evaluation_completed', '2024-02-29', { reevaluation: true })] }),
      'reevaluation',
    );
    expect(d).toMatchObject({ due: '2027-02-28', status: 'upcoming' });
    const waived = find(
      input({
        plans: [plan()],
        today: '2027-03-01',
        events: [
          ev('evaluation_completed', '2024-02-29', { reevaluation: true }),
          ev('delay', '2027-01-10', { rule: 'reevaluation', reason: 'parent_and_district_agree_not_needed' }),
        ],
      }),
      'reevaluation',
    );
    expect(waived!.status).toBe('delayed');
  });
});

describe('transition (300.320(b)) and age of majority (300.320(c))', () => {
  const student = { id: 's1', dateOfBirth: '2011-03-15', spedStatus: 'eligible_iep' };
  it('appears when the student turns 16 while the IEP is in effect, not when the birthday is after it ends', () => {
    expect(find(input({ student, plans: [plan({ endDate: '2027-03-15' })] }), 'transition-plan')).toMatchObject({
      due: '2027-03-15',
    });
    expect(find(input({ student, plans: [plan({ endDate: '2027-03-14' })] }), 'transition-plan')).toBeUndefined();
  });
  it('Texas starts at 14 (profile data), and an IEP with transition content meets it', () => {
    const d = find(
      input({
        student: { ...student, dateOfBirth: '2013-03-15' },
        profile: STATE_PROFILES.TX,
        plans: [plan({ endDate: '2027-09-09', transitionComplete: true })],
      }),
      'transition-plan',
    );
    expect(d).toMatchObject({ due: '2027-03-15', status: 'met', metOn: '2026-09-10' });
  });
  it('age-of-majority notice due at 17 (18 in the profile), met by the IEP statement', () => {
    const s17 = { id: 's1', dateOfBirth: '2010-05-14', spedStatus: 'eligible_iep' };
    expect(
      find(input({ student: s17, plans: [plan({ endDate: '2027-05-14' })] }), 'age-of-majority-notice'),
    ).toMatchObject({ due: '2027-05-14', status: 'upcoming' });
    expect(
      find(input({ student: s17, plans: [plan({ endDate: '2027-05-13' })] }), 'age-of-majority-notice'),
    ).toBeUndefined();
    expect(
      find(
        input({ student: s17, plans: [plan({ endDate: '2027-09-09', ageOfMajorityInformedOn: '2026-10-01' })] }),
        'age-of-majority-notice',
      ),
    ).toMatchObject({ status: 'met' });
  });
});

describe('Part C transition (300.124(b)): an IEP by the third birthday', () => {
  const child = { id: 's1', dateOfBirth: '2023-12-01', spedStatus: 'evaluating' };
  it.each([
    ['the day before', '2026-11-30', 'met'],
    ['on the birthday', '2026-12-01', 'met'],
    ['the day after', '2026-12-02', 'met_late'],
  ])('IEP in effect %s → %s', (_l, start, status) => {
    expect(
      find(
        input({
          student: child,
          today: '2026-12-20',
          events: [ev('part_c_referral', '2026-06-01')],
          plans: [plan({ meetingDate: '2026-11-20', startDate: start })],
        }),
        'part-c-transition',
      ),
    ).toMatchObject({ due: '2026-12-01', status });
  });
  it('a referral under 90 days before the birthday is an allowed exception', () => {
    const d = find(
      input({
        student: child,
        today: '2026-12-20',
        events: [
          ev('part_c_referral', '2026-10-01'),
          ev('delay', '2026-10-02', { rule: 'part-c-transition', reason: 'part_c_referred_less_than_90_days' }),
        ],
      }),
      'part-c-transition',
    );
    expect(d!.status).toBe('delayed');
  });
});

describe('records (300.613), meeting notice (300.322), MDR (300.530(e)), safeguards (300.504)', () => {
  it('records within 45 days, or before an IEP meeting that comes sooner', () => {
    const req = ev('records_request', '2026-11-02');
    expect(find(input({ events: [req] }), 'records-request')).toMatchObject({ due: '2026-12-17' });
    const withMeeting = find(
      input({
        events: [req],
        meetings: [{ id: 'm1', date: '2026-11-20', purpose: 'annual', status: 'scheduled', noticeSentOn: null }],
      }),
      'records-request',
    );
    expect(withMeeting).toMatchObject({ due: '2026-11-19' });
    expect(
      find(input({ events: [req, ev('records_provided', '2026-11-10', { requestId: req.id })] }), 'records-request')!
        .status,
    ).toBe('met');
  });
  it('meeting notice: a CA district’s lead time (15 days here); sent on the day is met, a day later is late', () => {
    const ca15 = effectiveProfile(BUILT_IN_PROFILES.CA, { days: 15, counting: 'calendar' });
    const m = (noticeSentOn: string | null) => ({
      id: 'm1',
      date: '2026-12-15',
      purpose: 'annual',
      status: 'scheduled' as const,
      noticeSentOn,
    });
    expect(find(input({ profile: ca15, meetings: [m('2026-11-30')] }), 'meeting-notice')).toMatchObject({
      due: '2026-11-30',
      status: 'met',
      estimated: false,
    });
    expect(find(input({ profile: ca15, meetings: [m('2026-12-01')] }), 'meeting-notice')).toMatchObject({
      status: 'met_late',
    });
  });
  it('school-day clocks on a school without a calendar are marked estimated; calendar-day clocks are not', () => {
    // A removal of 11 school days: a change of placement, so the MDR clock runs (300.536(a)(1)).
    const removal = ev('disciplinary_removal', '2026-11-16', { days: 11 });
    const m = { id: 'm1', date: '2026-12-15', purpose: 'annual', status: 'scheduled' as const, noticeSentOn: null };
    const tx = input({ profile: STATE_PROFILES.TX, events: [removal], meetings: [m] });
    expect(find(tx, 'mdr')!.estimated).toBe(true);
    expect(find(tx, 'meeting-notice')!.estimated).toBe(true);
    const covered = calendarFromDays(
      Array.from({ length: 60 }, (_, i) => addDays('2026-11-01', i)).map((day) => ({
        day,
        instructional: ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()),
      })),
    );
    expect(
      find(input({ profile: STATE_PROFILES.TX, events: [removal], meetings: [m], calendar: covered }), 'mdr')!
        .estimated,
    ).toBe(false);
    expect(find(input({ events: [ev('records_request', '2026-11-02')] }), 'records-request')!.estimated).toBe(false);
  });
  it('meeting notice with the parent’s agreement to a shorter notice: due by the meeting day, so a notice after the lead time is met', () => {
    const m = (noticeSentOn: string | null, shorterNoticeAgreedOn: string | null) => ({
      id: 'm1',
      date: '2026-12-15',
      purpose: 'annual',
      status: 'scheduled' as const,
      noticeSentOn,
      shorterNoticeAgreedOn,
    });
    // California sets no number: the district's lead time (OpenIEP's 10 calendar days until the district sets one).
    const agreed = find(
      input({ profile: STATE_PROFILES.CA, meetings: [m('2026-12-06', '2026-11-30')] }),
      'meeting-notice',
    );
    expect(agreed).toMatchObject({ due: '2026-12-15', status: 'met', metOn: '2026-12-06' });
    expect(agreed!.basis).toContain('the parent agreed to a shorter notice: before the meeting');
    expect(
      find(input({ profile: STATE_PROFILES.CA, meetings: [m('2026-12-06', null)] }), 'meeting-notice'),
    ).toMatchObject({ due: '2026-12-05', status: 'met_late' });
    // Agreed before the notice went out: it is still due, by the meeting day.
    expect(
      find(input({ profile: STATE_PROFILES.CA, meetings: [m(null, '2026-11-29')] }), 'meeting-notice'),
    ).toMatchObject({ due: '2026-12-15', status: 'upcoming', metOn: null });
  });
  it('MDR within 10 school days of a decision to change placement: held on the 10th is met, on the 11th late (Thanksgiving break not counted)', () => {
    const days = Array.from({ length: 40 }, (_, i) => addDays('2026-11-09', i)).map((day) => ({
      day,
      instructional:
        !['2026-11-11', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].includes(day) &&
        ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()),
    }));
    const calendar = calendarFromDays(days);
    // Only a change of placement starts the clock (an expulsion decided on 13 November); a short suspension starts none.
    const removal = ev('disciplinary_removal', '2026-11-13', {
      type: 'expulsion',
      firstDay: '2026-11-16',
      lastDay: '2027-06-04',
    });
    expect(
      find(
        input({
          calendar,
          events: [
            ev('disciplinary_removal', '2026-11-13', {
              type: 'out_of_school_suspension',
              firstDay: '2026-11-16',
              lastDay: '2026-11-18',
            }),
          ],
        }),
        'mdr',
      ),
    ).toBeUndefined();
    // School days after 13 Nov: 16,17,18,19,20, 30, 1,2,3,4 → the 10th is 4 December.
    expect(find(input({ calendar, events: [removal, ev('mdr_held', '2026-12-04')] }), 'mdr')).toMatchObject({
      due: '2026-12-04',
      status: 'met',
    });
    expect(
      find(input({ calendar, today: '2026-12-10', events: [removal, ev('mdr_held', '2026-12-07')] }), 'mdr'),
    ).toMatchObject({ status: 'met_late' });
  });
  it('safeguards: on referral when none was given, then yearly', () => {
    expect(
      find(
        input({
          student: { id: 's', dateOfBirth: '2014-01-01', spedStatus: 'referred' },
          events: [ev('referral', '2026-11-16', { source: 'teacher' })],
        }),
        'procedural-safeguards-notice',
      ),
    ).toMatchObject({ due: '2026-11-16', status: 'overdue', citation: '34 CFR 300.504(a)(1)' });
    expect(
      find(input({ events: [ev('safeguards_notice', '2025-12-01')] }), 'procedural-safeguards-notice'),
    ).toMatchObject({ due: '2026-11-30', status: 'due_soon' });
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
    expect(
      find(input({ plans: [plan()], events: [ev('progress_report', '2026-11-20')] }), 'progress-report'),
    ).toMatchObject({ due: '2027-02-20', status: 'upcoming' });
  });
  it('an exit stops the IEP clocks but not a records request', () => {
    const out = studentDeadlines(
      input({
        plans: [plan()],
        events: [ev('records_request', '2026-11-20'), ev('exit', '2026-11-21', { reason: 'moved_known_to_continue' })],
      }),
    );
    expect(out.map((d) => d.rule)).toEqual(['records-request']);
  });
});

describe('indicators', () => {
  it('transition content needs both postsecondary goals, services and a course of study', () => {
    const full = { educationTrainingGoal: 'a', employmentGoal: 'b', services: 'c', courseOfStudy: 'd' };
    expect(transitionComplete(full)).toBe(true);
    expect(transitionComplete({ ...full, employmentGoal: ' ' })).toBe(false);
    expect(transitionComplete(undefined)).toBe(false);
  });
});

describe('the case is open from the record, whatever the status field says (issue: status follows events)', () => {
  it('a referral starts the safeguards notice clock and consent to evaluate the evaluation clock for a student whose status is still none', () => {
    const none = { id: 's1', dateOfBirth: '2016-03-01', spedStatus: 'none' };
    expect(
      find(
        input({ student: none, events: [ev('referral', '2026-11-16', { source: 'teacher' })] }),
        'procedural-safeguards-notice',
      ),
    ).toBeDefined();
    expect(
      find(
        input({ student: none, events: [ev('consent_given', '2026-11-02', { consentType: 'evaluation' })] }),
        'initial-evaluation',
      ),
    ).toMatchObject({ due: '2027-01-01' });
    expect(
      find(
        input({
          student: { ...none, spedStatus: 'plan_504' },
          events: [ev('consent_given', '2026-11-02', { consentType: 'evaluation' })],
        }),
        'initial-evaluation',
      ),
    ).toBeDefined();
  });
  it('an exit, or a finding of no eligibility, closes it; a new referral after it opens it again', () => {
    expect(
      ideaCaseOpen({
        spedStatus: 'evaluating',
        events: [
          ev('consent_given', '2026-09-01', { consentType: 'evaluation' }),
          ev('eligibility', '2026-10-01', { eligible: false }),
        ],
        plans: [],
      }),
    ).toBe(false);
    expect(
      ideaCaseOpen({
        spedStatus: 'exited',
        events: [
          ev('exit', '2025-06-01', { reason: 'no_longer_eligible' }),
          ev('referral', '2026-10-01', { source: 'parent' }),
        ],
        plans: [],
      }),
    ).toBe(true);
    expect(
      ideaCaseOpen({
        spedStatus: 'eligible_iep',
        events: [ev('referral', '2020-10-01'), ev('exit', '2026-10-01', { reason: 'dropped_out' })],
        plans: [plan()],
      }),
    ).toBe(false);
  });
  it('an IEP in effect keeps it open after a reevaluation finds no eligibility, until the exit is recorded', () => {
    expect(
      ideaCaseOpen({
        spedStatus: 'eligible_iep',
        events: [ev('eligibility', '2026-10-01', { eligible: false })],
        plans: [plan()],
      }),
    ).toBe(true);
  });
  it('with no events, the status decides', () => {
    expect(ideaCaseOpen({ spedStatus: 'referred', events: [], plans: [] })).toBe(true);
    expect(ideaCaseOpen({ spedStatus: 'none', events: [], plans: [] })).toBe(false);
    expect(ideaCaseOpen({ spedStatus: 'plan_504', events: [], plans: [] })).toBe(false);
  });
});

describe('an IEP waiting for consent to initial services (34 CFR 300.300(b))', () => {
  const waiting = plan({
    status: 'awaiting_consent',
    meetingDate: '2026-11-02',
    startDate: '2026-11-09',
    inEffectFrom: null,
  });
  it('shows the wait: upcoming before the planned start, delayed (excused, 300.300(b)(3)(ii)) after it — never overdue', () => {
    expect(find(input({ plans: [waiting], today: '2026-11-03' }), 'initial-services-consent')).toMatchObject({
      status: 'due_soon',
      due: '2026-11-09',
      startedOn: '2026-11-02',
    });
    expect(find(input({ plans: [waiting], today: '2026-11-09' }), 'initial-services-consent')!.status).toBe('due_soon');
    expect(find(input({ plans: [waiting], today: '2026-11-10' }), 'initial-services-consent')).toMatchObject({
      status: 'delayed',
      delay: { reason: 'awaiting_parent_consent', allowed: true, citation: '34 CFR 300.300(b)(3)(ii)-(iii)' },
    });
  });
  it('it is not the plan in effect: no annual review, progress report or transition clock runs on it', () => {
    const rules = studentDeadlines(
      input({
        plans: [waiting],
        events: [ev('eligibility', '2026-10-09', { eligible: true, categories: ['autism'] })],
      }),
    ).map((d) => d.rule);
    expect(rules).not.toContain('annual-review');
    expect(rules).not.toContain('progress-report');
    expect(rules).toContain('initial-services-consent');
  });
  it('a child from Part C: the IEP is in effect by the third birthday only from the day consent came', () => {
    const child = { id: 's1', dateOfBirth: '2023-12-15', spedStatus: 'eligible_iep' };
    const events = [ev('part_c_referral', '2026-08-01')];
    const before = plan({ meetingDate: '2026-12-01', startDate: '2026-12-01', inEffectFrom: '2026-12-10' });
    expect(
      find(input({ student: child, events, plans: [before], today: '2026-12-20' }), 'part-c-transition'),
    ).toMatchObject({ due: '2026-12-15', metOn: '2026-12-10', status: 'met' });
    const after = plan({ meetingDate: '2026-12-01', startDate: '2026-12-01', inEffectFrom: '2026-12-16' });
    expect(
      find(input({ student: child, events, plans: [after], today: '2026-12-20' }), 'part-c-transition'),
    ).toMatchObject({ metOn: '2026-12-16', status: 'met_late' });
    const still = plan({
      status: 'awaiting_consent',
      meetingDate: '2026-12-01',
      startDate: '2026-12-01',
      inEffectFrom: null,
    });
    expect(
      find(input({ student: child, events, plans: [still], today: '2026-12-20' }), 'part-c-transition'),
    ).toMatchObject({ metOn: null, status: 'overdue' });
  });
});

describe('what an exit needs (34 CFR 300.305(e), 300.102(a)(3)(iii), 300.503)', () => {
  const grad = ev('exit', '2027-06-10', { reason: 'graduated_regular_diploma' });
  const after = (today: string, extra: Partial<ClockInput> = {}) =>
    input({
      student: { id: 's1', dateOfBirth: '2009-02-01', spedStatus: 'exited' },
      events: [grad],
      plans: [],
      today,
      ...extra,
    });
  it('a graduate needs the summary of performance and the prior written notice by the exit date: overdue without them', () => {
    expect(find(after('2027-06-11'), 'summary-of-performance')).toMatchObject({
      due: '2027-06-10',
      status: 'overdue',
      citation: '34 CFR 300.305(e)(3)',
    });
    expect(find(after('2027-06-11'), 'exit-notice')).toMatchObject({
      due: '2027-06-10',
      status: 'overdue',
      citation: '34 CFR 300.102(a)(3)(iii); 300.503(a)',
    });
  });
  it.each([
    ['provided the day before', '2027-06-09', 'met'],
    ['provided on the exit day', '2027-06-10', 'met'],
    ['provided the day after', '2027-06-11', 'met_late'],
  ])('the summary %s → %s', (_l, on, status) => {
    expect(find(after('2027-06-20', { summariesProvidedOn: [on] }), 'summary-of-performance')).toMatchObject({
      metOn: on,
      status,
    });
  });
  it('the notice counts only with the subject the exit needs, and only once issued', () => {
    expect(
      find(
        after('2027-06-20', { notices: [{ subject: 'graduation', status: 'issued', issuedOn: '2027-05-01' }] }),
        'exit-notice',
      )!.status,
    ).toBe('met');
    expect(
      find(
        after('2027-06-20', { notices: [{ subject: 'fape', status: 'issued', issuedOn: '2027-05-01' }] }),
        'exit-notice',
      )!.status,
    ).toBe('overdue');
    expect(
      find(
        after('2027-06-20', { notices: [{ subject: 'graduation', status: 'draft', issuedOn: null }] }),
        'exit-notice',
      )!.status,
    ).toBe('overdue');
  });
  it('a move needs nothing more; no longer eligible needs the evaluation first', () => {
    const moved = input({
      student: { id: 's1', dateOfBirth: '2012-02-01', spedStatus: 'exited' },
      events: [ev('exit', '2026-10-16', { reason: 'moved_known_to_continue' })],
    });
    expect(
      studentDeadlines(moved).filter((d) =>
        ['summary-of-performance', 'exit-notice', 'exit-evaluation'].includes(d.rule),
      ),
    ).toEqual([]);
    const ended = [
      ev('eligibility', '2023-10-01', { eligible: true, categories: ['autism'] }),
      ev('evaluation_completed', '2026-10-01', { reevaluation: true }),
      ev('exit', '2026-10-16', { reason: 'no_longer_eligible' }),
    ];
    expect(
      find(
        input({ student: { id: 's1', dateOfBirth: '2012-02-01', spedStatus: 'exited' }, events: ended }),
        'exit-evaluation',
      ),
    ).toMatchObject({ metOn: '2026-10-01', status: 'met' });
  });
});

describe('records before any IEP meeting, resolution session or hearing (34 CFR 300.613(a))', () => {
  const request = ev('records_request', '2026-11-20');
  it('a resolution session or a hearing scheduled before day 45 moves the due date to the day before it', () => {
    expect(
      find(
        input({ events: [request, ev('resolution_meeting_scheduled', '2026-11-21', { scheduledFor: '2026-12-04' })] }),
        'records-request',
      ),
    ).toMatchObject({ due: '2026-12-03' });
    expect(
      find(
        input({ events: [request, ev('hearing_scheduled', '2026-11-21', { scheduledFor: '2026-12-15' })] }),
        'records-request',
      ),
    ).toMatchObject({ due: '2026-12-14' });
  });
  it('a rescheduled session counts at its latest date; a held IEP meeting after the request counts too', () => {
    const events = [
      request,
      ev('resolution_meeting_scheduled', '2026-11-21', { scheduledFor: '2026-12-04' }),
      ev('resolution_meeting_scheduled', '2026-11-25', { scheduledFor: '2026-12-18' }),
    ];
    expect(find(input({ events }), 'records-request')!.due).toBe('2026-12-17');
    expect(
      find(
        input({
          events: [request],
          meetings: [{ id: 'm1', date: '2026-11-25', purpose: 'annual', status: 'held', noticeSentOn: '2026-11-10' }],
        }),
        'records-request',
      )!.due,
    ).toBe('2026-11-24');
    expect(
      find(
        input({
          events: [request],
          meetings: [{ id: 'm1', date: '2026-11-25', purpose: 'annual', status: 'cancelled', noticeSentOn: null }],
        }),
        'records-request',
      )!.due,
    ).toBe('2027-01-04');
  });
});
