/**
 * The case clock of one student: every deadline that applies now, from the case events, the plans and the
 * meetings on record, with where each stands today. Pure: the profile, the calendar and today are arguments.
 *
 * Each rule's date comes from src/domain/deadlines.ts (its citation and counting); this module decides which
 * clocks are running for a student, what started them, and what stops them.
 */
import { activeEvents, EXIT_REASONS, type CaseEvent, type CaseEventKind } from './case-events';
import { exitRule, type ExitReason } from './exit';
import { recordsRequestDue, type RecordsMeeting } from './family';
import { INITIAL_SERVICES_CONSENT_CITATION, NOT_IN_VIOLATION_CITATION } from './initial-services';
import type { PlanStatus } from './plan';
import { addDays, birthdayOf, daysBetween, type IsoDate } from './dates';
import {
  calculateDeadline,
  deadlineStatus,
  type DeadlineRule,
  type DeadlineStatus,
  type SchoolCalendar,
} from './deadlines';
import { changesOfPlacement, disciplineRecords, noticeOf, reviewOf } from './discipline';
import {
  firstIepOn,
  ideaCaseOpen,
  initialEvaluation,
  progressIntervalMonths,
  recordedDelay,
  addMonths,
} from './case-record';
export {
  addMonths,
  firstIepOn,
  ideaCaseOpen,
  initialEvaluation,
  progressIntervalMonths,
  recordedDelay,
  transitionComplete,
  type InitialEvaluation,
  type RecordedDelay,
} from './case-record';
import type { StateProfile } from './state-profiles';

/**
 * Clocks beyond the deadline engine's: progress reports on the IEP's schedule; the wait for consent to initial
 * services (300.300(b)); and what an exit needs (300.305(e), 300.102(a)(3)(iii), 300.503).
 */
export type ClockRule =
  | DeadlineRule
  | 'progress-report'
  | 'initial-services-consent'
  | 'summary-of-performance'
  | 'exit-notice'
  | 'exit-evaluation';
export const CLOCK_RULES: readonly ClockRule[] = [
  'initial-evaluation',
  'initial-iep-meeting',
  'annual-review',
  'reevaluation',
  'transition-plan',
  'age-of-majority-notice',
  'part-c-transition',
  'progress-report',
  'procedural-safeguards-notice',
  'records-request',
  'meeting-notice',
  'mdr',
  'discipline-notice',
  'state-complaint',
  'due-process-resolution-meeting',
  'due-process-decision',
  'initial-services-consent',
  'summary-of-performance',
  'exit-notice',
  'exit-evaluation',
];

export const PROGRESS_REPORT_CITATION = '34 CFR 300.320(a)(3)(ii)';
export const CLOCK_ONLY_CITATIONS = {
  'progress-report': PROGRESS_REPORT_CITATION,
  'initial-services-consent': INITIAL_SERVICES_CONSENT_CITATION,
  'summary-of-performance': '34 CFR 300.305(e)(3)',
  'exit-notice': '34 CFR 300.503(a)',
  'exit-evaluation': '34 CFR 300.305(e)(1)',
} as const satisfies Record<Exclude<ClockRule, DeadlineRule>, string>;

/** The citation of any clock rule. */
export function clockCitation(rule: ClockRule, deadlineCitations: Record<DeadlineRule, string>): string {
  return rule in CLOCK_ONLY_CITATIONS
    ? CLOCK_ONLY_CITATIONS[rule as keyof typeof CLOCK_ONLY_CITATIONS]
    : deadlineCitations[rule as DeadlineRule];
}

export interface ClockStudent {
  id: string;
  dateOfBirth: IsoDate;
  spedStatus: string;
}

export interface ClockPlan {
  id: string;
  type: 'iep' | '504';
  status: PlanStatus;
  amendmentOf: string | null;
  meetingDate: IsoDate | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** The first day the plan was in effect (its start, or the day consent to initial services came when later); null if never. */
  inEffectFrom?: IsoDate | null;
  /** Transition content present (postsecondary goals, services, course of study): 300.320(b). */
  transitionComplete: boolean;
  /** The date the IEP records the student was told of the rights that transfer (300.320(c)), or null. */
  ageOfMajorityInformedOn: IsoDate | null;
  /** The IEP's statement of when progress reports go to the parents (free text, e.g. "each quarter"). */
  progressFrequency: string;
}

export interface ClockMeeting {
  id: string;
  date: IsoDate;
  purpose: string;
  status: 'scheduled' | 'held' | 'cancelled';
  noticeSentOn: IsoDate | null;
  /** The day the parent agreed to a shorter notice (300.322(a)(1)), or null/absent. */
  shorterNoticeAgreedOn?: IsoDate | null;
}

export type ClockAction =
  | { kind: 'record_event'; eventKind: CaseEventKind; details?: Record<string, unknown> }
  | { kind: 'open_plan'; planId: string; section?: 'progress' }
  | { kind: 'new_plan' }
  | { kind: 'open_meeting'; meetingId: string }
  | { kind: 'schedule_meeting'; purpose: string }
  /** A part of the student's page: consents, notices (prior written notice), exit (summary of performance). */
  | { kind: 'open_section'; section: 'consents' | 'notices' | 'exit' }
  | { kind: 'open_discipline' };

export interface CaseDeadline {
  /** Stable while the same clock runs: rule + what started it. */
  id: string;
  rule: ClockRule;
  due: IsoDate;
  status: DeadlineStatus;
  citation: string;
  basis: string;
  startedOn: IsoDate | null;
  metOn: IsoDate | null;
  /** Days from today to the due date (negative: late). */
  daysLeft: number;
  delay: { reason: string; allowed: boolean; citation: string; note: string } | null;
  /** What clears it. */
  action: ClockAction;
  /** The date counts school days the school's calendar does not cover (weekdays assumed): an estimate (deadlines.ts). */
  estimated: boolean;
}

/** A prior written notice, as the exit clocks read it. */
export interface ClockNotice {
  subject: string;
  status: 'draft' | 'issued';
  issuedOn: IsoDate | null;
}

export interface ClockInput {
  student: ClockStudent;
  events: readonly CaseEvent[];
  plans: readonly ClockPlan[];
  meetings: readonly ClockMeeting[];
  /** Prior written notices (issued ones count). */
  notices?: readonly ClockNotice[];
  /** Days on which a summary of performance was provided (300.305(e)(3)). */
  summariesProvidedOn?: readonly IsoDate[];
  profile: StateProfile;
  calendar: SchoolCalendar;
  today: IsoDate;
  dueSoonDays?: number;
}

/** A plan that was once in effect: finalized, and (since 300.300(b)) not one still waiting for, or refused, consent. */
const finalized = (p: ClockPlan) =>
  (p.status === 'active' || p.status === 'superseded' || p.status === 'ended') && p.inEffectFrom !== null;

const ANNUAL_BASE_PURPOSES = new Set(['initial', 'annual', 'reevaluation']);

/** One clock before its status: what the rule gives and what started and stopped it. */
interface Clock {
  id: string;
  rule: ClockRule;
  due: IsoDate;
  citation: string;
  basis: string;
  startedOn: IsoDate | null;
  metOn: IsoDate | null;
  action: ClockAction;
  /** A wait the law itself excuses (no delay event needed), e.g. the parent's consent to initial services. */
  excused?: { reason: string; citation: string };
  estimated?: boolean;
}

/** What every clock reads: the input, its active events, and the student's IEPs by status. */
interface ClockScope {
  input: ClockInput;
  events: readonly CaseEvent[];
  /** The first event of `kind` on or after `from` (that `pred` accepts). */
  after: (kind: CaseEventKind, from: IsoDate, pred?: (e: CaseEvent) => boolean) => CaseEvent | undefined;
  /** The last event of `kind` (that `pred` accepts). */
  latest: (kind: CaseEventKind, pred?: (e: CaseEvent) => boolean) => CaseEvent | undefined;
  activeIep: ClockPlan | undefined;
  awaitingIep: ClockPlan | undefined;
  draftIep: ClockPlan | undefined;
  /** What meets a meeting clock: the next scheduled meeting for `purpose`, else the draft IEP, else scheduling one. */
  planOrMeeting: (purpose: string) => ClockAction;
}

const detail = (e: CaseEvent, k: string) => e.details[k];

/** Every deadline running (or met in the current cycle) for one student. */
export function studentDeadlines(input: ClockInput): CaseDeadline[] {
  const s = clockScope(input);
  // A student who has left special education has no clocks running on the IEP; records requests and disputes go on.
  // Whether the case is open comes from the record (events and plans), whatever the status field says.
  const inIdea = ideaCaseOpen({ spedStatus: input.student.spedStatus, events: s.events, plans: input.plans });
  const clocks = [...(inIdea ? ideaClocks(s) : exitClocks(s)), ...recordsRequestClocks(s), ...disputeClocks(s)];
  return clocks.map((c) => deadlineOf(s, c)).sort(byUrgency);
}

function clockScope(input: ClockInput): ClockScope {
  const { plans, meetings } = input;
  const events = activeEvents(input.events);
  const draftIep = plans.find((p) => p.type === 'iep' && (p.status === 'draft' || p.status === 'proposed'));
  return {
    input,
    events,
    after: (kind, from, pred = () => true) => events.find((e) => e.kind === kind && e.occurredOn >= from && pred(e)),
    latest: (kind, pred = () => true) => [...events].reverse().find((e) => e.kind === kind && pred(e)),
    activeIep: plans.find((p) => p.type === 'iep' && p.status === 'active'),
    awaitingIep: plans.find((p) => p.type === 'iep' && p.status === 'awaiting_consent'),
    draftIep,
    planOrMeeting: (purpose) => {
      const [m] = meetings
        .filter((x) => x.status === 'scheduled' && x.purpose === purpose)
        .sort((a, b) => a.date.localeCompare(b.date));
      if (m) return { kind: 'open_meeting', meetingId: m.id };
      if (draftIep) return { kind: 'open_plan', planId: draftIep.id };
      return { kind: 'schedule_meeting', purpose };
    },
  };
}

/** A clock's status today, with the delay recorded against it (or the wait the law excuses). */
function deadlineOf(s: ClockScope, o: Clock): CaseDeadline {
  const { input } = s;
  const { excused, ...item } = o;
  // The recorded delay is kept once the clock is met too: a 300.301(d) delay still explains an evaluation finished
  // late, and SPP/APR indicator 11 leaves that child out (src/domain/indicators.ts).
  const delay = excused
    ? { reason: excused.reason, allowed: true, citation: excused.citation, note: '' }
    : recordedDelay(s.events, o.rule, o.startedOn, input.profile);
  const allowed = delay !== null && delay.allowed;
  const status = deadlineStatus({
    due: o.due,
    today: input.today,
    metOn: o.metOn,
    allowedDelay: allowed,
    dueSoonDays: input.dueSoonDays ?? 14,
  });
  return {
    ...item,
    estimated: o.estimated ?? false,
    status,
    daysLeft: daysBetween(input.today, o.due),
    delay: delay === null ? null : { reason: delay.reason, allowed, citation: delay.citation, note: delay.note },
  };
}

/** The clocks of a student in special education (or being found eligible), in the order they are listed. */
function ideaClocks(s: ClockScope): Clock[] {
  return [
    ...initialEvaluationClock(s),
    ...initialIepMeetingClock(s),
    ...(s.activeIep ? activeIepClocks(s, s.activeIep) : []),
    ...initialServicesConsentClock(s),
    ...partCTransitionClock(s),
    ...safeguardsNoticeClock(s),
    ...meetingNoticeClocks(s),
    ...disciplineClocks(s),
  ];
}

/** Initial evaluation: from parental consent to evaluate (300.301(c)); met when the evaluation is completed. */
function initialEvaluationClock(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  const consent = s.latest('consent_given', (e) => detail(e, 'consentType') === 'evaluation');
  const ie = consent ? initialEvaluation(s.events, consent, profile, calendar) : null;
  if (!consent || !ie || ie.revokedOn) return [];
  return [
    {
      id: `initial-evaluation:${consent.id}`,
      rule: 'initial-evaluation',
      due: ie.due,
      citation: ie.citation,
      basis: ie.basis,
      estimated: ie.estimated,
      startedOn: consent.occurredOn,
      metOn: ie.completedOn,
      action: { kind: 'record_event', eventKind: 'evaluation_completed', details: { reevaluation: false } },
    },
  ];
}

/** Initial IEP meeting: 30 days from the determination of eligibility (300.323(c)(1)). */
function initialIepMeetingClock(s: ClockScope): Clock[] {
  const { plans, profile, calendar } = s.input;
  const eligible = s.latest('eligibility', (e) => detail(e, 'eligible') === true);
  if (!eligible) return [];
  const d = calculateDeadline({ rule: 'initial-iep-meeting', from: eligible.occurredOn, profile, calendar });
  const meeting = s.after('iep_meeting', eligible.occurredOn);
  const planMeeting = plans
    .filter(
      (p) =>
        p.type === 'iep' &&
        finalized(p) &&
        !p.amendmentOf &&
        p.meetingDate !== null &&
        p.meetingDate >= eligible.occurredOn,
    )
    .flatMap((p) => p.meetingDate ?? [])
    .sort()[0];
  const metOn = [meeting?.occurredOn, planMeeting].filter((x): x is string => Boolean(x)).sort()[0] ?? null;
  return [
    {
      id: `initial-iep-meeting:${eligible.id}`,
      rule: 'initial-iep-meeting',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: eligible.occurredOn,
      metOn,
      action: s.planOrMeeting('initial'),
    },
  ];
}

/** The clocks an IEP in effect keeps running: its review, reevaluation, transition, majority and progress reports. */
function activeIepClocks(s: ClockScope, activeIep: ClockPlan): Clock[] {
  // Transition content and the majority notice fall in the IEP in effect (to its end, or a year from today).
  const coveredUntil = activeIep.endDate ?? addDays(s.input.today, 365);
  return [
    ...annualReviewClock(s),
    ...reevaluationClock(s),
    ...transitionPlanClock(s, activeIep, coveredUntil),
    ...ageOfMajorityNoticeClock(s, coveredUntil),
    ...progressReportClock(s, activeIep),
  ];
}

/** Annual review: within 12 months of the last IEP meeting that wrote the IEP (amendments do not restart it). */
function annualReviewClock(s: ClockScope): Clock[] {
  const { plans, profile, calendar, today } = s.input;
  const bases = [
    ...plans
      .filter((p) => p.type === 'iep' && finalized(p) && !p.amendmentOf && p.meetingDate)
      .flatMap((p) => p.meetingDate ?? []),
    ...s.events
      .filter((e) => e.kind === 'iep_meeting' && ANNUAL_BASE_PURPOSES.has(String(detail(e, 'purpose'))))
      .map((e) => e.occurredOn),
  ].filter((d) => d <= today);
  const base = bases.sort().at(-1);
  if (!base) return [];
  const d = calculateDeadline({ rule: 'annual-review', from: base, profile, calendar });
  return [
    {
      id: `annual-review:${base}`,
      rule: 'annual-review',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: base,
      metOn: null,
      action: s.planOrMeeting('annual'),
    },
  ];
}

/** Reevaluation: at least every three years from the last evaluation (300.303(b)(2)). */
function reevaluationClock(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  const lastEval = [...s.events]
    .reverse()
    .find((e) => e.kind === 'evaluation_completed' || (e.kind === 'eligibility' && detail(e, 'eligible') === true));
  if (!lastEval) return [];
  const d = calculateDeadline({ rule: 'reevaluation', from: lastEval.occurredOn, profile, calendar });
  return [
    {
      id: `reevaluation:${lastEval.id}`,
      rule: 'reevaluation',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: lastEval.occurredOn,
      metOn: null,
      action: { kind: 'record_event', eventKind: 'evaluation_completed', details: { reevaluation: true } },
    },
  ];
}

/** Transition content in the IEP in effect when the student turns the profile's age (300.320(b)). */
function transitionPlanClock(s: ClockScope, activeIep: ClockPlan, coveredUntil: IsoDate): Clock[] {
  const { student, plans, profile, calendar } = s.input;
  const turns = birthdayOf(student.dateOfBirth, profile.transitionAge);
  if (turns > coveredUntil) return [];
  const d = calculateDeadline({ rule: 'transition-plan', from: student.dateOfBirth, profile, calendar });
  const withTransition = plans
    .filter(
      (p) =>
        p.type === 'iep' &&
        finalized(p) &&
        p.transitionComplete &&
        (p.endDate === null || p.endDate >= turns) &&
        p.meetingDate,
    )
    .flatMap((p) => p.meetingDate ?? [])
    .sort()[0];
  return [
    {
      id: `transition-plan:${student.id}`,
      rule: 'transition-plan',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: null,
      metOn: withTransition ?? null,
      action: { kind: 'open_plan', planId: (s.draftIep ?? activeIep).id },
    },
  ];
}

/** The student is told of the rights that transfer, one year before the age of majority (300.320(c)). */
function ageOfMajorityNoticeClock(s: ClockScope, coveredUntil: IsoDate): Clock[] {
  const { student, plans, profile, calendar, today } = s.input;
  const aom = calculateDeadline({ rule: 'age-of-majority-notice', from: student.dateOfBirth, profile, calendar });
  if (aom.due > coveredUntil || today >= birthdayOf(student.dateOfBirth, profile.ageOfMajority)) return [];
  const told = [
    s.latest('age_of_majority_notice')?.occurredOn,
    ...plans.filter(finalized).map((p) => p.ageOfMajorityInformedOn),
  ]
    .filter((x): x is string => Boolean(x))
    .sort()[0];
  return [
    {
      id: `age-of-majority-notice:${student.id}`,
      rule: 'age-of-majority-notice',
      due: aom.due,
      citation: aom.citation,
      basis: aom.basis,
      startedOn: null,
      metOn: told ?? null,
      action: { kind: 'record_event', eventKind: 'age_of_majority_notice' },
    },
  ];
}

/** Progress reports to the parents on the IEP's own schedule (300.320(a)(3)(ii)). */
function progressReportClock(s: ClockScope, activeIep: ClockPlan): Clock[] {
  const months = progressIntervalMonths(activeIep.progressFrequency);
  const start = activeIep.startDate ?? activeIep.meetingDate;
  if (months === null || !start) return [];
  const last = s.latest('progress_report', (e) => e.occurredOn >= start);
  const from = last?.occurredOn ?? start;
  const due = addMonths(from, months);
  if (activeIep.endDate && due > activeIep.endDate) return [];
  return [
    {
      id: `progress-report:${activeIep.id}:${from}`,
      rule: 'progress-report',
      due,
      citation: PROGRESS_REPORT_CITATION,
      basis: `the IEP's schedule ("${activeIep.progressFrequency}"): every ${months} month${months === 1 ? '' : 's'} from ${last ? 'the last report' : 'the start of the IEP'}`,
      startedOn: from,
      metOn: null,
      action: { kind: 'open_plan', planId: activeIep.id, section: 'progress' },
    },
  ];
}

/**
 * The first IEP waits for the parent's written consent to the initial provision of services (300.300(b)(1)): the
 * wait shows until consent comes (the IEP is then in effect) or is refused (no IEP is in effect). Past the IEP's
 * planned start it is 'delayed', not overdue: the district is not in violation while the parent has not consented
 * (300.300(b)(3)(ii)).
 */
function initialServicesConsentClock(s: ClockScope): Clock[] {
  const { awaitingIep } = s;
  if (!awaitingIep) return [];
  const from = awaitingIep.meetingDate ?? awaitingIep.startDate ?? s.input.today;
  const due = awaitingIep.startDate && awaitingIep.startDate > from ? awaitingIep.startDate : from;
  return [
    {
      id: `initial-services-consent:${awaitingIep.id}`,
      rule: 'initial-services-consent',
      due,
      citation: CLOCK_ONLY_CITATIONS['initial-services-consent'],
      basis:
        "the IEP is not in effect until the parent's written consent to the initial provision of services is recorded; services were planned to start on this day",
      startedOn: from,
      metOn: null,
      action: { kind: 'open_section', section: 'consents' },
      excused: { reason: 'awaiting_parent_consent', citation: NOT_IN_VIOLATION_CITATION },
    },
  ];
}

/** An IEP by the third birthday of a child referred from Part C (300.124(b)). */
function partCTransitionClock(s: ClockScope): Clock[] {
  const { student, plans, profile, calendar } = s.input;
  const partC = s.latest('part_c_referral');
  if (!partC) return [];
  const d = calculateDeadline({ rule: 'part-c-transition', from: student.dateOfBirth, profile, calendar });
  // Met when the first IEP is in effect (its start date), or — when the plan predates OpenIEP — its initial meeting.
  const firstIep = firstIepOn(plans, s.events);
  return [
    {
      id: `part-c-transition:${partC.id}`,
      rule: 'part-c-transition',
      due: d.due,
      citation: d.citation,
      basis: d.basis,
      startedOn: partC.occurredOn,
      metOn: firstIep ?? null,
      action: s.draftIep ? { kind: 'open_plan', planId: s.draftIep.id } : { kind: 'new_plan' },
    },
  ];
}

/** Procedural safeguards: on referral, then once a school year (300.504(a)). */
function safeguardsNoticeClock(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  const notice = s.latest('safeguards_notice');
  if (notice) {
    const d = calculateDeadline({ rule: 'procedural-safeguards-notice', from: notice.occurredOn, profile, calendar });
    return [
      {
        id: `procedural-safeguards-notice:${notice.id}`,
        rule: 'procedural-safeguards-notice',
        due: d.due,
        citation: d.citation,
        basis: d.basis,
        startedOn: notice.occurredOn,
        metOn: null,
        action: { kind: 'record_event', eventKind: 'safeguards_notice' },
      },
    ];
  }
  const lastReferral = s.latest('referral');
  if (!lastReferral) return [];
  return [
    {
      id: `procedural-safeguards-notice:${lastReferral.id}`,
      rule: 'procedural-safeguards-notice',
      due: lastReferral.occurredOn,
      citation: '34 CFR 300.504(a)(1)',
      basis: 'a copy to the parents upon the initial referral or request for evaluation',
      startedOn: lastReferral.occurredOn,
      metOn: null,
      action: { kind: 'record_event', eventKind: 'safeguards_notice' },
    },
  ];
}

/**
 * Meeting notice: early enough, the profile's days before each scheduled meeting (300.322(a)(1)). A notice sent
 * later is met late; once the parent agreed to a shorter notice, it is due by the meeting day itself.
 */
function meetingNoticeClocks(s: ClockScope): Clock[] {
  const { meetings, profile, calendar } = s.input;
  return meetings
    .filter((x) => x.status === 'scheduled')
    .map((m) => {
      const d = calculateDeadline({ rule: 'meeting-notice', from: m.date, profile, calendar });
      const agreed = m.shorterNoticeAgreedOn ?? null;
      const [due, basis] = agreed
        ? [m.date, `the parent agreed to a shorter notice: before the meeting (otherwise ${d.basis})`]
        : [d.due, d.basis];
      return {
        id: `meeting-notice:${m.id}`,
        rule: 'meeting-notice',
        due,
        citation: d.citation,
        basis,
        estimated: agreed ? false : d.estimated,
        startedOn: null,
        metOn: m.noticeSentOn,
        action: { kind: 'open_meeting', meetingId: m.id },
      };
    });
}

/**
 * Discipline (src/domain/discipline.ts): only a decision to change placement starts clocks — the parents' notice with
 * the procedural safeguards that day (300.530(h)), and the MDR within 10 school days (300.530(e)).
 */
function disciplineClocks(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  const discipline = disciplineRecords(s.input.events, calendar);
  return changesOfPlacement(discipline, calendar).flatMap((c): Clock[] => {
    const notice = calculateDeadline({ rule: 'discipline-notice', from: c.decidedOn, profile, calendar });
    const d = calculateDeadline({ rule: 'mdr', from: c.decidedOn, profile, calendar });
    return [
      {
        id: `discipline-notice:${c.id}`,
        rule: 'discipline-notice',
        due: notice.due,
        citation: notice.citation,
        basis: notice.basis,
        estimated: notice.estimated,
        startedOn: c.decidedOn,
        metOn: noticeOf(c, discipline.notices)?.notifiedOn ?? null,
        action: { kind: 'open_discipline' },
      },
      {
        id: `mdr:${c.id}`,
        rule: 'mdr',
        due: d.due,
        citation: d.citation,
        basis: d.basis,
        estimated: d.estimated,
        startedOn: c.decidedOn,
        metOn: reviewOf(c, discipline.mdrs)?.heldOn ?? null,
        action: { kind: 'open_discipline' },
      },
    ];
  });
}

/**
 * What leaving needs (300.305(e), 300.102(a)(3)(iii), 300.503): the summary of performance, the prior written notice,
 * the evaluation before finding a child no longer eligible — each due by the exit date, met late when done after it.
 */
function exitClocks(s: ClockScope): Clock[] {
  const { input, events } = s;
  const lastExit = s.latest('exit');
  if (!lastExit || !(EXIT_REASONS as readonly string[]).includes(String(detail(lastExit, 'reason')))) return [];
  const reason = String(detail(lastExit, 'reason')) as ExitReason;
  const rule = exitRule(reason);
  const on = lastExit.occurredOn;
  // The first done on or before the exit (within the year before it), or else the first done after it.
  const firstFor = (days: readonly IsoDate[]) => {
    const sorted = [...days].sort();
    return sorted.filter((d) => d <= on && d > addDays(on, -366)).at(-1) ?? sorted.find((d) => d > on) ?? null;
  };
  const clocks: Clock[] = [];
  if (rule.requires.includes('summary_of_performance'))
    clocks.push({
      id: `summary-of-performance:${lastExit.id}`,
      rule: 'summary-of-performance',
      due: on,
      citation: CLOCK_ONLY_CITATIONS['summary-of-performance'],
      basis:
        'a summary of academic achievement and functional performance, with recommendations for the postsecondary goals, for a student who graduates with a regular diploma or exceeds the age of eligibility',
      startedOn: null,
      metOn: firstFor(input.summariesProvidedOn ?? []),
      action: { kind: 'open_section', section: 'exit' },
    });
  if (rule.requires.includes('prior_written_notice') && rule.noticeSubject) {
    const issued = (input.notices ?? [])
      .filter((n) => n.status === 'issued' && n.subject === rule.noticeSubject && n.issuedOn)
      .flatMap((n) => n.issuedOn ?? []);
    clocks.push({
      id: `exit-notice:${lastExit.id}`,
      rule: 'exit-notice',
      due: on,
      citation: rule.noticeCitation ?? CLOCK_ONLY_CITATIONS['exit-notice'],
      basis: `prior written notice before the change (${rule.noticeSubject.replace(/_/g, ' ')})`,
      startedOn: null,
      metOn: firstFor(issued),
      action: { kind: 'open_section', section: 'notices' },
    });
  }
  if (rule.requires.includes('evaluation')) {
    const lastEligible = [...events]
      .reverse()
      .find((e) => e.kind === 'eligibility' && detail(e, 'eligible') === true && e.occurredOn <= on);
    const evaluations = events
      .filter((e) => e.kind === 'evaluation_completed' && (!lastEligible || e.occurredOn > lastEligible.occurredOn))
      .map((e) => e.occurredOn);
    clocks.push({
      id: `exit-evaluation:${lastExit.id}`,
      rule: 'exit-evaluation',
      due: on,
      citation: CLOCK_ONLY_CITATIONS['exit-evaluation'],
      basis: 'an evaluation before determining that the child is no longer a child with a disability',
      startedOn: null,
      metOn: firstFor(evaluations),
      action: { kind: 'record_event', eventKind: 'evaluation_completed', details: { reevaluation: true } },
    });
  }
  return clocks;
}

const RECORDS_MEETING_WORDS = {
  iep_meeting: 'the IEP meeting',
  resolution_meeting: 'the resolution session',
  hearing: 'the due process hearing',
} as const;

/**
 * Records: within 45 days of the request, and before any IEP meeting, resolution session or hearing (300.613(a)).
 * Meetings held or scheduled count (not cancelled ones); of resolution sessions and hearings, the latest date set.
 */
function recordsRequestClocks(s: ClockScope): Clock[] {
  const { meetings, profile, calendar } = s.input;
  const lastScheduled = (kind: CaseEventKind) => {
    const e = s.latest(kind);
    return e && typeof detail(e, 'scheduledFor') === 'string' ? String(detail(e, 'scheduledFor')) : null;
  };
  const recordsMeetings: RecordsMeeting[] = [
    ...meetings.filter((m) => m.status !== 'cancelled').map((m) => ({ on: m.date, kind: 'iep_meeting' as const })),
    ...[lastScheduled('resolution_meeting_scheduled')]
      .filter((d): d is string => d !== null)
      .map((on) => ({ on, kind: 'resolution_meeting' as const })),
    ...[lastScheduled('hearing_scheduled')]
      .filter((d): d is string => d !== null)
      .map((on) => ({ on, kind: 'hearing' as const })),
  ];
  return s.events
    .filter((e) => e.kind === 'records_request')
    .map((r) => {
      const d = calculateDeadline({ rule: 'records-request', from: r.occurredOn, profile, calendar });
      const { due, before } = recordsRequestDue(r.occurredOn, recordsMeetings);
      const basis = before
        ? `before ${RECORDS_MEETING_WORDS[before.kind]} on ${before.on} (sooner than 45 days after the request)`
        : d.basis;
      const provided = s.after(
        'records_provided',
        r.occurredOn,
        (e) => detail(e, 'requestId') === undefined || detail(e, 'requestId') === r.id,
      );
      return {
        id: `records-request:${r.id}`,
        rule: 'records-request',
        due,
        citation: d.citation,
        basis,
        startedOn: r.occurredOn,
        metOn: provided?.occurredOn ?? null,
        action: { kind: 'record_event', eventKind: 'records_provided', details: { requestId: r.id } },
      };
    });
}

/** Disputes: a state complaint decided within 60 days; due process resolution meeting and decision. */
const DISPUTE_CLOCKS: [CaseEventKind, DeadlineRule, CaseEventKind][] = [
  ['state_complaint_filed', 'state-complaint', 'state_complaint_decided'],
  ['due_process_filed', 'due-process-resolution-meeting', 'resolution_meeting_held'],
  ['due_process_filed', 'due-process-decision', 'due_process_decided'],
];

function disputeClocks(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  return DISPUTE_CLOCKS.flatMap(([start, rule, stop]) =>
    s.events
      .filter((e) => e.kind === start)
      .map((f): Clock => {
        const d = calculateDeadline({ rule, from: f.occurredOn, profile, calendar });
        return {
          id: `${rule}:${f.id}`,
          rule,
          due: d.due,
          citation: d.citation,
          basis: d.basis,
          startedOn: f.occurredOn,
          metOn: s.after(stop, f.occurredOn)?.occurredOn ?? null,
          action: { kind: 'record_event', eventKind: stop },
        };
      }),
  );
}

const STATUS_ORDER: Record<DeadlineStatus, number> = {
  overdue: 0,
  due_soon: 1,
  delayed: 2,
  upcoming: 3,
  met_late: 4,
  met: 5,
};

/** Most urgent first: overdue (oldest first), due soon, delayed, upcoming (by date), then what is met. */
export function byUrgency(a: Pick<CaseDeadline, 'status' | 'due'>, b: Pick<CaseDeadline, 'status' | 'due'>): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.due.localeCompare(b.due);
}

export interface Counts {
  upcoming: number;
  due_soon: number;
  overdue: number;
  delayed: number;
  met: number;
  met_late: number;
}
export const zeroCounts = (): Counts => ({ upcoming: 0, due_soon: 0, overdue: 0, delayed: 0, met: 0, met_late: 0 });
