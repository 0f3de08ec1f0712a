/**
 * The deadline engine: when each legal clock runs out, from the date that starts it. Pure: the state
 * profile and the school calendar are arguments. Edge semantics, for every rule: the starting date is day 0
 * and is never counted; "within N days" is due on day N (met on day N is on time, day N+1 is late).
 * School days are the district's instructional days; when the calendar does not reach far enough, weekdays
 * stand in for the missing dates and the result says so in `basis`.
 *
 * Long file: the deadline engine, one function per kind of rule, with the school-day counting they all use and the edge semantics above that apply to all of them.
 */
import { addDays, birthdayOf, type IsoDate } from './dates';
import { isoWeekday } from './calendar';
import type { StateProfile } from './state-profiles';

export const DEADLINE_RULES = [
  'initial-evaluation',
  'initial-iep-meeting',
  'annual-review',
  'reevaluation',
  'transition-plan',
  'age-of-majority-notice',
  'part-c-transition',
  'records-request',
  'state-complaint',
  'due-process-resolution-meeting',
  'due-process-decision',
  'mdr',
  'discipline-notice',
  'procedural-safeguards-notice',
  'meeting-notice',
] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

/** Which instructional days the district's calendar knows: `covers` says whether a date is inside it. */
export interface SchoolCalendar {
  isInstructional(day: IsoDate): boolean;
  covers(day: IsoDate): boolean;
}

/** A calendar of weekdays only, for when the district has none. */
export const WEEKDAY_CALENDAR: SchoolCalendar = { isInstructional: (d) => isoWeekday(d) <= 5, covers: () => false };

export function calendarFromDays(days: readonly { day: IsoDate; instructional: boolean }[]): SchoolCalendar {
  const map = new Map(days.map((d) => [d.day, d.instructional]));
  return { isInstructional: (d) => map.get(d) ?? isoWeekday(d) <= 5, covers: (d) => map.has(d) };
}

export interface Deadline {
  rule: DeadlineRule;
  due: IsoDate;
  citation: string;
  /** How the date was reached, in words. */
  basis: string;
  /** For the reevaluation: not before this date unless parent and district agree (300.303(b)(1)). */
  earliest?: IsoDate;
  /**
   * True when the date counts school days (or breaks) over dates the school's calendar does not cover, so that
   * weekdays stood in for them: the date is an estimate until the school's calendar for that year is entered.
   */
  estimated: boolean;
}

export const CITATIONS: Record<DeadlineRule, string> = {
  'initial-evaluation': '34 CFR 300.301(c)(1)',
  'initial-iep-meeting': '34 CFR 300.323(c)(1)',
  'annual-review': '34 CFR 300.324(b)(1)(i)',
  reevaluation: '34 CFR 300.303(b)(2)',
  'transition-plan': '34 CFR 300.320(b)',
  'age-of-majority-notice': '34 CFR 300.320(c)',
  'part-c-transition': '34 CFR 300.124(b)',
  'records-request': '34 CFR 300.613(a)',
  'state-complaint': '34 CFR 300.152(a)',
  'due-process-resolution-meeting': '34 CFR 300.510(a)(1)',
  'due-process-decision': '34 CFR 300.515(a)',
  mdr: '34 CFR 300.530(e)',
  'discipline-notice': '34 CFR 300.530(h)',
  'procedural-safeguards-notice': '34 CFR 300.504(a)',
  'meeting-notice': '34 CFR 300.322(a)(1)',
};

/** The Nth school day after `from` (from itself not counted). */
export function addSchoolDays(from: IsoDate, n: number, cal: SchoolCalendar): { due: IsoDate; estimated: boolean } {
  let d = from;
  let counted = 0;
  let estimated = false;
  while (counted < n) {
    d = addDays(d, 1);
    if (!cal.covers(d)) estimated = true;
    if (cal.isInstructional(d)) counted++;
  }
  return { due: d, estimated };
}

/** The school day N school days before `to` (to itself not counted). */
export function subtractSchoolDays(to: IsoDate, n: number, cal: SchoolCalendar): { due: IsoDate; estimated: boolean } {
  let d = to;
  let counted = 0;
  let estimated = false;
  while (counted < n) {
    d = addDays(d, -1);
    if (!cal.covers(d)) estimated = true;
    if (cal.isInstructional(d)) counted++;
  }
  return { due: d, estimated };
}

/**
 * N calendar days after `from`, not counting the days of any break (a run of non-instructional weekdays,
 * with the weekends around and inside it) longer than `maxBreakSchoolDays` school days (California's rule).
 */
export function addCalendarDaysExcludingBreaks(
  from: IsoDate,
  n: number,
  cal: SchoolCalendar,
  maxBreakSchoolDays: number,
): { due: IsoDate; estimated: boolean; skipped: number } {
  let d = from;
  let counted = 0;
  let skipped = 0;
  let estimated = false;
  while (counted < n) {
    d = addDays(d, 1);
    if (!cal.covers(d)) estimated = true;
    const breakLength = breakAround(d, cal);
    if (breakLength > maxBreakSchoolDays) {
      skipped++;
      continue;
    }
    counted++;
  }
  return { due: d, estimated, skipped };
}

/** How many weekdays without school the break containing `d` has (0 when `d` is in session or an ordinary weekend). */
function breakAround(d: IsoDate, cal: SchoolCalendar): number {
  const closedWeekday = (x: IsoDate) => isoWeekday(x) <= 5 && !cal.isInstructional(x);
  const closed = (x: IsoDate) => isoWeekday(x) >= 6 || closedWeekday(x);
  if (cal.isInstructional(d) && isoWeekday(d) <= 5) return 0;
  let count = 0;
  let any = false;
  for (let x = d; closed(x); x = addDays(x, -1)) {
    if (closedWeekday(x)) {
      count++;
      any = true;
    }
    if (count > 400) break;
  }
  for (let x = addDays(d, 1); closed(x); x = addDays(x, 1)) {
    if (closedWeekday(x)) {
      count++;
      any = true;
    }
    if (count > 400) break;
  }
  return any ? count : 0;
}

/** The day before the anniversary of `from` (29 February → 28 February next year): "at least once every 12 months". */
function dayBeforeAnniversary(from: IsoDate, years: number): IsoDate {
  return addDays(birthdayOf(from, years), -1);
}

export interface CalculateInput {
  rule: DeadlineRule;
  /** The date that starts the clock (for the birthday rules: the date of birth; for meeting-notice: the meeting date). */
  from: IsoDate;
  profile: StateProfile;
  calendar?: SchoolCalendar;
}

/** The federal citation, followed by the state's where the profile's number comes from state law. */
function withState(federal: string, state: string): string {
  return state.startsWith('34 CFR') ? federal : `${federal}; ${state.replace(/ \(.*$/, '')}`;
}

const est = (e: boolean) => (e ? ' (beyond the district calendar: weekdays assumed)' : '');
const exact = { estimated: false };

type CycleRule = Extract<
  DeadlineRule,
  | 'initial-iep-meeting'
  | 'annual-review'
  | 'reevaluation'
  | 'transition-plan'
  | 'age-of-majority-notice'
  | 'part-c-transition'
>;
type ProceduralRule = Extract<
  DeadlineRule,
  | 'records-request'
  | 'state-complaint'
  | 'due-process-resolution-meeting'
  | 'due-process-decision'
  | 'discipline-notice'
  | 'procedural-safeguards-notice'
>;

export function calculateDeadline({ rule, from, profile, calendar = WEEKDAY_CALENDAR }: CalculateInput): Deadline {
  const citation = CITATIONS[rule];
  switch (rule) {
    case 'initial-evaluation':
      return initialEvaluationDeadline(from, profile, calendar, citation);
    case 'meeting-notice':
      return meetingNoticeDeadline(from, profile, calendar, citation);
    case 'mdr':
      return mdrDeadline(from, calendar, citation);
    case 'initial-iep-meeting':
    case 'annual-review':
    case 'reevaluation':
    case 'transition-plan':
    case 'age-of-majority-notice':
    case 'part-c-transition':
      return cycleDeadline(rule, from, profile, citation);
    default:
      return proceduralDeadline(rule, from, citation);
  }
}

/** The initial evaluation: the profile's timeline from parental consent, counted as its law counts. */
function initialEvaluationDeadline(
  from: IsoDate,
  profile: StateProfile,
  calendar: SchoolCalendar,
  citation: string,
): Deadline {
  const rule = 'initial-evaluation';
  const t = profile.evaluationTimeline;
  const cite = withState(citation, profile.citations.evaluationTimeline);
  if (t.counting === 'school') {
    const r = addSchoolDays(from, t.days, calendar);
    return {
      rule,
      due: r.due,
      citation: cite,
      basis: `${t.days} school days from parental consent (${profile.name})${est(r.estimated)}`,
      estimated: r.estimated,
    };
  }
  if (t.counting === 'calendar_excluding_breaks') {
    const r = addCalendarDaysExcludingBreaks(from, t.days, calendar, t.excludeBreaksOverSchoolDays ?? 5);
    return {
      rule,
      due: r.due,
      citation: cite,
      basis: `${t.days} days from parental consent, not counting ${r.skipped} days of breaks over ${t.excludeBreaksOverSchoolDays ?? 5} school days (${profile.name})${est(r.estimated)}`,
      estimated: r.estimated,
    };
  }
  return {
    rule,
    due: addDays(from, t.days),
    citation: cite,
    basis: `${t.days} calendar days from parental consent (${profile.name})`,
    ...exact,
  };
}

/** The IEP's own cycle: the first meeting, the reviews, and the birthdays that bring content due. */
function cycleDeadline(rule: CycleRule, from: IsoDate, profile: StateProfile, citation: string): Deadline {
  switch (rule) {
    case 'initial-iep-meeting':
      return {
        rule,
        due: addDays(from, 30),
        citation,
        basis: '30 calendar days from the eligibility determination',
        ...exact,
      };
    case 'annual-review':
      return {
        rule,
        due: dayBeforeAnniversary(from, 1),
        citation,
        basis: 'at least once every 12 months: by the day before the anniversary of the last IEP meeting',
        ...exact,
      };
    case 'reevaluation':
      return {
        rule,
        due: dayBeforeAnniversary(from, 3),
        earliest: birthdayOf(from, 1),
        citation,
        basis:
          'at least once every 3 years from the last evaluation, and not more than once a year unless parent and district agree',
        ...exact,
      };
    case 'transition-plan':
      return {
        rule,
        due: birthdayOf(from, profile.transitionAge),
        citation: withState(citation, profile.citations.transitionAge),
        basis: `the IEP in effect when the student turns ${profile.transitionAge} (${profile.name}) includes transition content`,
        ...exact,
      };
    case 'age-of-majority-notice':
      return {
        rule,
        due: birthdayOf(from, profile.ageOfMajority - 1),
        citation: withState(citation, profile.citations.ageOfMajority),
        basis: `one year before the age of majority (${profile.ageOfMajority}, ${profile.name}): the student is told of the rights that transfer`,
        ...exact,
      };
    case 'part-c-transition':
      return {
        rule,
        due: birthdayOf(from, 3),
        citation,
        basis: 'an IEP in effect by the third birthday of a child served under Part C',
        ...exact,
      };
  }
}

/** Records and disputes, discipline's notice and the safeguards notice: fixed days from what started them. */
function proceduralDeadline(rule: ProceduralRule, from: IsoDate, citation: string): Deadline {
  switch (rule) {
    case 'records-request':
      return {
        rule,
        due: addDays(from, 45),
        citation,
        basis: 'no later than 45 days after the request (and before any IEP meeting or hearing)',
        ...exact,
      };
    case 'state-complaint':
      return {
        rule,
        due: addDays(from, 60),
        citation,
        basis: 'a written decision 60 days after the complaint is filed',
        ...exact,
      };
    case 'due-process-resolution-meeting':
      return {
        rule,
        due: addDays(from, 15),
        citation,
        basis: 'the resolution meeting within 15 days of receiving the due process complaint',
        ...exact,
      };
    case 'due-process-decision':
      return {
        rule,
        due: addDays(from, 75),
        citation,
        basis: 'the 30-day resolution period (300.510(b)), then a final decision within 45 days (300.515(a))',
        ...exact,
      };
    case 'discipline-notice':
      return {
        rule,
        due: from,
        citation,
        basis:
          'on the day of the decision to change placement: the parents are notified and given the procedural safeguards notice',
        ...exact,
      };
    case 'procedural-safeguards-notice':
      return {
        rule,
        due: dayBeforeAnniversary(from, 1),
        citation,
        basis: 'a copy to the parents once a school year: within 12 months of the last one given',
        ...exact,
      };
  }
}

/** The manifestation determination review. */
function mdrDeadline(from: IsoDate, calendar: SchoolCalendar, citation: string): Deadline {
  const rule = 'mdr';
  const r = addSchoolDays(from, 10, calendar);
  return {
    rule,
    due: r.due,
    citation,
    basis: `within 10 school days of the decision to change placement${est(r.estimated)}`,
    estimated: r.estimated,
  };
}

/** The meeting notice: the state's (or the district's) days before the meeting. */
function meetingNoticeDeadline(
  from: IsoDate,
  profile: StateProfile,
  calendar: SchoolCalendar,
  citation: string,
): Deadline {
  const rule = 'meeting-notice';
  // 300.322(a)(1) says "early enough"; the number is the state's law or, where it sets none, the district's.
  const n = profile.meetingNotice;
  const law = `${profile.code === 'federal' ? 'federal' : profile.name} law`;
  const whose =
    n.source === 'law'
      ? law
      : n.setByDistrict
        ? `the district's lead time; ${law}: "early enough"`
        : `OpenIEP's default until the district sets one; ${law}: "early enough"`;
  const cite = withState(citation, n.citation);
  if (n.counting === 'school') {
    const r = subtractSchoolDays(from, n.days, calendar);
    return {
      rule,
      due: r.due,
      citation: cite,
      basis: `notice at least ${n.days} school days before the meeting (${whose})${est(r.estimated)}`,
      estimated: r.estimated,
    };
  }
  return {
    rule,
    due: addDays(from, -n.days),
    citation: cite,
    basis: `notice at least ${n.days} days before the meeting (${whose})`,
    ...exact,
  };
}

export type DeadlineStatus = 'upcoming' | 'due_soon' | 'overdue' | 'delayed' | 'met' | 'met_late';

/**
 * Where a deadline stands on `today`. Met on or before the due date is met; after it, met late. Unmet and past
 * due is overdue — unless an allowed delay reason is recorded (e.g. 300.301(d)): then 'delayed', still shown.
 * Due within `dueSoonDays` days (today included) is due soon.
 */
export function deadlineStatus(input: {
  due: IsoDate;
  today: IsoDate;
  metOn?: IsoDate | null;
  allowedDelay?: boolean;
  dueSoonDays?: number;
}): DeadlineStatus {
  const { due, today, metOn, allowedDelay = false, dueSoonDays = 14 } = input;
  if (metOn) return metOn <= due ? 'met' : 'met_late';
  if (today > due) return allowedDelay ? 'delayed' : 'overdue';
  if (addDays(today, dueSoonDays) >= due) return 'due_soon';
  return 'upcoming';
}
