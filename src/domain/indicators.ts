/**
 * SPP/APR compliance indicators 11 and 12 measured as the OSEP Part B SPP/APR Indicator Measurement Table says,
 * child by child, from the case events and plans. Pure: the profile, the calendars, the reporting window and today
 * are arguments. Children are identified by the district's local student id only (never a name).
 *
 * The reporting window is the federal reporting year, July 1 – June 30 (the SPP/APR's Federal fiscal year):
 *  - Indicator 11 takes the children whose parental consent to evaluate was received in the window (the latest
 *    consent in the window when there are several); a child whose timeline has not ended by today and whose
 *    evaluation is not done is *pending*: listed, not counted.
 *  - Indicator 12 takes the children referred from Part C whose third birthday falls in the window; a child whose
 *    third birthday is after today and who is neither found not eligible nor served by an IEP yet is pending.
 *
 * Long file: SPP/APR indicators 11, 12 and 13, each measured as the measurement table says, sharing the reporting window and the counting of exclusions.
 */
import { firstIepOn, initialEvaluation, recordedDelay, type ClockPlan } from './case-clock';
import { activeEvents, type CaseEvent } from './case-events';
import { ageOn, birthdayOf, daysBetween, isIsoDate, type IsoDate } from './dates';
import type { SchoolCalendar } from './deadlines';
import type { StateProfile } from './state-profiles';

// ---- the reporting window ----

export interface ReportingWindow {
  /** "2025-2026" */
  schoolYear: string;
  start: IsoDate;
  end: IsoDate;
}

/** The reporting year July 1 – June 30 named "YYYY-YYYY" (the second year one after the first), or null when malformed. */
export function reportingWindow(schoolYear: string): ReportingWindow | null {
  const m = /^(\d{4})-(\d{4})$/.exec(schoolYear);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return { schoolYear, start: `${m[1]}-07-01`, end: `${m[2]}-06-30` };
}

/** The reporting year a date falls in: July 1 starts a new one. */
export function schoolYearOf(date: IsoDate): string {
  const y = Number(date.slice(0, 4));
  const first = date.slice(5) >= '07-01' ? y : y - 1;
  return `${first}-${first + 1}`;
}

export function schoolYearProblem(s: string): string | null {
  return reportingWindow(s) ? null : 'must be a school year as YYYY-YYYY (July 1 to June 30), e.g. 2025-2026';
}

const inWindow = (d: IsoDate, w: ReportingWindow) => d >= w.start && d <= w.end;

export interface Ratio {
  numerator: number;
  denominator: number;
  percent: number | null;
}
export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  percent: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10,
});

/** What the indicators need of one student: case events (any order; voided ones are ignored), plans, the school's calendar. */
export interface IndicatorStudent {
  localId: string;
  dateOfBirth: IsoDate;
  events: readonly CaseEvent[];
  plans: readonly (Pick<ClockPlan, 'type' | 'status' | 'amendmentOf' | 'startDate'> &
    Partial<Pick<ClockPlan, 'meetingDate' | 'inEffectFrom'>>)[];
  calendar: SchoolCalendar;
}

/** Excluded children counted by reason, in a stable order. */
export interface ExclusionCount {
  reason: string;
  citation: string;
  children: number;
}

function countBy(rows: readonly { reason: string | null; citation: string | null }[]): ExclusionCount[] {
  const m = new Map<string, ExclusionCount>();
  for (const r of rows) {
    const reason = r.reason ?? 'none_recorded';
    const c = m.get(reason) ?? { reason, citation: r.citation ?? '', children: 0 };
    c.children++;
    m.set(reason, c);
  }
  return [...m.values()].sort((a, b) => a.reason.localeCompare(b.reason));
}

function range(values: readonly number[]): { min: number; max: number } | null {
  return values.length ? { min: Math.min(...values), max: Math.max(...values) } : null;
}

// ---- Indicator 11: Child Find ----

export const INDICATOR11_CITATION = '20 U.S.C. 1416(a)(3)(B); 34 CFR 300.301(c)(1), (d)';

/**
 * Where a child stands in indicator 11:
 *  - within_timeline: evaluation completed within 60 days (or the state timeline) — in (a) and (b);
 *  - beyond_timeline: completed after it, or not completed and the timeline has passed — in (a), not (b);
 *  - excluded: the timeline did not apply (34 CFR 300.301(d): the parent repeatedly failed or refused to produce the
 *    child; the child enrolled in another district after the timeline began and before the determination) and the
 *    evaluation was not done within it — left out of (a) and (b) whether or not it was later completed; or consent
 *    to evaluate was revoked before the evaluation was completed (no evaluation to time);
 *  - pending: the timeline has not ended and the evaluation is not done: listed, not counted.
 * An evaluation completed within the timeline counts in (b) even when a delay was noted: the exception was not needed.
 */
export type Indicator11Category = 'within_timeline' | 'beyond_timeline' | 'excluded' | 'pending';

export interface Indicator11Row {
  localId: string;
  consentOn: IsoDate;
  due: IsoDate;
  completedOn: IsoDate | null;
  category: Indicator11Category;
  /** Days past the timeline: to completion, or to today while still not completed. Null when not beyond it. */
  daysBeyond: number | null;
  /** The recorded delay reason (a DELAY_REASONS code) or 'consent_revoked'; null when none was recorded. */
  reason: string | null;
  citation: string | null;
}

export interface Indicator11 extends Ratio {
  window: ReportingWindow;
  /** How the timeline is counted (the profile's), in words. */
  timeline: string;
  rows: Indicator11Row[];
  excluded: ExclusionCount[];
  /** Children in (a) but not in (b): the range of days beyond the timeline, and the reasons for the delays. */
  beyond: { children: number; days: { min: number; max: number } | null; reasons: ExclusionCount[] };
  pending: number;
}

export function indicator11(
  students: readonly IndicatorStudent[],
  o: { profile: StateProfile; window: ReportingWindow; today: IsoDate },
): Indicator11 {
  const rows: Indicator11Row[] = [];
  let timeline = '';
  for (const s of students) {
    const events = activeEvents(s.events);
    const consents = events.filter((e) => e.kind === 'consent_given' && e.details.consentType === 'evaluation');
    const consent = [...consents].reverse().find((e) => inWindow(e.occurredOn, o.window));
    if (!consent) continue;
    const next = consents.find((e) => e.occurredOn > consent.occurredOn);
    const ie = initialEvaluation(events, consent, o.profile, s.calendar);
    timeline ||= ie.basis;
    const delay = recordedDelay(events, 'initial-evaluation', consent.occurredOn, o.profile, next?.occurredOn);
    const base = { localId: s.localId, consentOn: consent.occurredOn, due: ie.due, completedOn: ie.completedOn };
    const timelinePassed = ie.completedOn !== null ? ie.completedOn > ie.due : o.today > ie.due;
    if (ie.revokedOn)
      rows.push({
        ...base,
        category: 'excluded',
        daysBeyond: null,
        reason: 'consent_revoked',
        citation: '34 CFR 300.9(c)(1)',
      });
    else if (ie.completedOn !== null && ie.completedOn <= ie.due)
      rows.push({ ...base, category: 'within_timeline', daysBeyond: null, reason: null, citation: null });
    else if (timelinePassed && delay?.allowed)
      rows.push({
        ...base,
        category: 'excluded',
        daysBeyond: daysBetween(ie.due, ie.completedOn ?? o.today),
        reason: delay.reason,
        citation: delay.citation,
      });
    else if (timelinePassed)
      rows.push({
        ...base,
        category: 'beyond_timeline',
        daysBeyond: daysBetween(ie.due, ie.completedOn ?? o.today),
        reason: delay?.reason ?? null,
        citation: null,
      });
    else rows.push({ ...base, category: 'pending', daysBeyond: null, reason: null, citation: null });
  }
  rows.sort((a, b) => a.consentOn.localeCompare(b.consentOn) || a.localId.localeCompare(b.localId));
  const within = rows.filter((r) => r.category === 'within_timeline').length;
  const beyondRows = rows.filter((r) => r.category === 'beyond_timeline');
  return {
    ...ratio(within, within + beyondRows.length),
    window: o.window,
    timeline:
      timeline ||
      `${o.profile.evaluationTimeline.days} ${o.profile.evaluationTimeline.counting === 'school' ? 'school' : 'calendar'} days from parental consent (${o.profile.name})`,
    rows,
    excluded: countBy(rows.filter((r) => r.category === 'excluded')),
    beyond: {
      children: beyondRows.length,
      days: range(beyondRows.flatMap((r) => r.daysBeyond ?? [])),
      reasons: countBy(beyondRows),
    },
    pending: rows.filter((r) => r.category === 'pending').length,
  };
}

// ---- Indicator 12: Early Childhood Transition ----

export const INDICATOR12_CITATION = '20 U.S.C. 1416(a)(3)(B); 34 CFR 300.124(b)';

/**
 * The measurement's categories, each child in exactly one, decided in this order:
 *  b  referred and determined NOT eligible, the determination before ("prior to") the third birthday;
 *  c  found eligible, with an IEP developed and implemented by the third birthday (in effect on or before it);
 *  d  parent refusal to provide consent caused delays in evaluation or initial services, or 34 CFR 300.301(d)
 *     exceptions applied (a recorded delay with that reason);
 *  e  determined eligible for Part C fewer than 90 days before the third birthday (from the recorded date);
 *  f  parents chose to continue early intervention past the third birthday under 34 CFR 303.211 or a similar state
 *     option — only where the state profile offers it;
 *  not_met  none of these: counted in the denominator, not the numerator;
 *  pending  the third birthday is after today and neither (b) nor (c) has happened yet: listed, not counted.
 * A child served on time is (c) whatever else applies: the exclusions explain a miss, they do not remove a success.
 * Percent = c / (a − b − d − e − f), a being every child counted (pending left out).
 */
export type Indicator12Category = 'b' | 'c' | 'd' | 'e' | 'f' | 'not_met' | 'pending';

export interface Indicator12Row {
  localId: string;
  thirdBirthday: IsoDate;
  /** Found eligible for Part C early intervention (details.partCEligibleOn of the referral), when recorded. */
  partCEligibleOn: IsoDate | null;
  /** Referred by Part C to Part B (the part_c_referral event's date). */
  referredOn: IsoDate;
  /** The first Part B eligibility determination on or after the referral, and its outcome. */
  determinedOn: IsoDate | null;
  eligible: boolean | null;
  /** The first IEP in effect. */
  iepOn: IsoDate | null;
  category: Indicator12Category;
  /** For not_met: days from the third birthday to the IEP in effect (or the not-eligible determination, or today). */
  daysBeyond: number | null;
  reason: string | null;
  citation: string | null;
}

export interface Indicator12 extends Ratio {
  window: ReportingWindow;
  rows: Indicator12Row[];
  counts: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'not_met' | 'pending', number>;
  excluded: ExclusionCount[];
  notMet: { children: number; days: { min: number; max: number } | null; reasons: ExclusionCount[] };
}

const PART_C_DAYS = 90;
const CITE_12 = {
  b: 'SPP/APR indicator 12 (b)',
  d: 'SPP/APR indicator 12 (d); 34 CFR 300.301(d)',
  e: 'SPP/APR indicator 12 (e)',
  f: 'SPP/APR indicator 12 (f); 34 CFR 303.211',
} as const;

/** Whether a child found eligible for Part C on `eligibleOn` was so fewer than 90 days before the third birthday. */
export function partCEligibleTooLate(eligibleOn: IsoDate, thirdBirthday: IsoDate): boolean {
  return daysBetween(eligibleOn, thirdBirthday) < PART_C_DAYS;
}

/**
 * An IEP written by the third birthday that was waiting for (or refused) the parent's consent to services then, or took
 * effect only after it (300.300(b)(1)): the wait was the parent's, not the district's.
 */
function waitedForConsentToServices(plans: IndicatorStudent['plans'], thirdBirthday: IsoDate): boolean {
  return plans.some(
    (p) =>
      p.type === 'iep' &&
      !p.amendmentOf &&
      p.meetingDate != null &&
      p.meetingDate <= thirdBirthday &&
      (p.status === 'awaiting_consent' ||
        p.status === 'consent_refused' ||
        (p.status === 'superseded' && p.inEffectFrom === null) ||
        (p.inEffectFrom != null &&
          p.inEffectFrom > thirdBirthday &&
          p.startDate != null &&
          p.startDate <= thirdBirthday)),
  );
}

export function indicator12Row(
  s: IndicatorStudent,
  o: { profile: StateProfile; today: IsoDate },
): Indicator12Row | null {
  const events = activeEvents(s.events);
  const referral = [...events].reverse().find((e) => e.kind === 'part_c_referral');
  if (!referral) return null;
  const thirdBirthday = birthdayOf(s.dateOfBirth, 3);
  const eligibleOnRaw = referral.details.partCEligibleOn;
  const partCEligibleOn = typeof eligibleOnRaw === 'string' && isIsoDate(eligibleOnRaw) ? eligibleOnRaw : null;
  const determination = events.find((e) => e.kind === 'eligibility' && e.occurredOn >= referral.occurredOn);
  const iepOn = firstIepOn(s.plans, events);
  // The day the child was found not eligible (null: eligible, or not yet determined).
  const ineligibleOn = determination && determination.details.eligible !== true ? determination.occurredOn : null;
  const base = {
    localId: s.localId,
    thirdBirthday,
    partCEligibleOn,
    referredOn: referral.occurredOn,
    determinedOn: determination?.occurredOn ?? null,
    eligible: determination ? determination.details.eligible === true : null,
    iepOn,
  };
  const row = (
    category: Indicator12Category,
    reason: string | null = null,
    citation: string | null = null,
    daysBeyond: number | null = null,
  ): Indicator12Row => ({ ...base, category, daysBeyond, reason, citation });

  if (ineligibleOn !== null && ineligibleOn < thirdBirthday)
    return row('b', 'not_eligible_before_third_birthday', CITE_12.b);
  if (iepOn !== null && iepOn <= thirdBirthday) return row('c');
  if (o.today < thirdBirthday) return row('pending');

  const since = (kind: 'part-c-transition' | 'initial-evaluation') =>
    recordedDelay(events, kind, referral.occurredOn, o.profile);
  const partCDelay = since('part-c-transition');
  const evalDelay = since('initial-evaluation');
  if (partCDelay?.reason === 'parent_refused_consent_delayed_part_c') return row('d', partCDelay.reason, CITE_12.d);
  if (evalDelay?.allowed) return row('d', evalDelay.reason, CITE_12.d);
  // (d) read from the record too: the parent refused consent to evaluate or to initial services between the referral and
  // the third birthday; or the IEP was written by the birthday but took effect only when the parent consented to
  // services after it (300.300(b)(1)): the wait was the parent's, not the district's.
  const refused = events.find(
    (e) =>
      e.kind === 'consent_refused' &&
      (e.details.consentType === 'evaluation' || e.details.consentType === 'initial_services') &&
      e.occurredOn >= referral.occurredOn &&
      e.occurredOn <= thirdBirthday,
  );
  if (refused) return row('d', `parent_refused_consent_${String(refused.details.consentType)}`, CITE_12.d);
  if (waitedForConsentToServices(s.plans, thirdBirthday))
    return row('d', 'parent_consent_to_services_after_third_birthday', CITE_12.d);
  if (
    partCEligibleOn !== null
      ? partCEligibleTooLate(partCEligibleOn, thirdBirthday)
      : partCDelay?.reason === 'part_c_referred_less_than_90_days'
  )
    return row('e', 'part_c_eligible_less_than_90_days', CITE_12.e);
  if (partCDelay?.reason === 'parent_chose_part_c_past_age_three' && partCDelay.allowed)
    return row('f', partCDelay.reason, CITE_12.f);

  const end = iepOn ?? ineligibleOn ?? o.today;
  const reason =
    base.eligible === false
      ? 'not_eligible_on_or_after_third_birthday'
      : (partCDelay?.reason ?? evalDelay?.reason ?? null);
  return row('not_met', reason, null, daysBetween(thirdBirthday, end));
}

export function indicator12(
  students: readonly IndicatorStudent[],
  o: { profile: StateProfile; window: ReportingWindow; today: IsoDate },
): Indicator12 {
  const rows = students
    .map((s) => indicator12Row(s, o))
    .filter((r): r is Indicator12Row => r !== null && inWindow(r.thirdBirthday, o.window))
    .sort((a, b) => a.thirdBirthday.localeCompare(b.thirdBirthday) || a.localId.localeCompare(b.localId));
  const n = (c: Indicator12Category) => rows.filter((r) => r.category === c).length;
  const counts = {
    a: rows.length - n('pending'),
    b: n('b'),
    c: n('c'),
    d: n('d'),
    e: n('e'),
    f: n('f'),
    not_met: n('not_met'),
    pending: n('pending'),
  };
  const notMet = rows.filter((r) => r.category === 'not_met');
  return {
    ...ratio(counts.c, counts.a - counts.b - counts.d - counts.e - counts.f),
    window: o.window,
    rows,
    counts,
    excluded: countBy(
      rows.filter((r) => r.category === 'b' || r.category === 'd' || r.category === 'e' || r.category === 'f'),
    ),
    notMet: {
      children: notMet.length,
      days: range(notMet.flatMap((r) => r.daysBeyond ?? [])),
      reasons: countBy(notMet),
    },
  };
}

// ---- Indicator 13: Secondary Transition ----

export const INDICATOR13_CITATION = '20 U.S.C. 1416(a)(3)(B); 34 CFR 300.320(b)';

export interface Indicator13Student {
  localId: string;
  dateOfBirth: IsoDate;
  /** The IEP in effect today, or null. */
  iep: { startDate: IsoDate | null; transitionComplete: boolean } | null;
}

export interface Indicator13Row {
  localId: string;
  age: number;
  iepStartDate: IsoDate | null;
  meets: boolean;
}

/** Youth aged 16 and above with an IEP in effect (the denominator), and those whose IEP has the 300.320(b) content (the numerator). */
export function indicator13(
  students: readonly Indicator13Student[],
  today: IsoDate,
): Ratio & { rows: Indicator13Row[] } {
  const rows = students
    .flatMap((s) =>
      s.iep !== null && ageOn(s.dateOfBirth, today) >= 16
        ? [
            {
              localId: s.localId,
              age: ageOn(s.dateOfBirth, today),
              iepStartDate: s.iep.startDate,
              meets: s.iep.transitionComplete,
            },
          ]
        : [],
    )
    .sort((a, b) => a.localId.localeCompare(b.localId));
  return { ...ratio(rows.filter((r) => r.meets).length, rows.length), rows };
}
