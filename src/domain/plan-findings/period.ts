/**
 * The plan's period and the ages that fall in it: when transition content (300.320(b)) and the transfer-of-rights
 * statement (300.320(c)) are required, the one-year limit of an IEP (300.324(b)(1)(i)), the end projected for a
 * draft without dates, and the English words for why an age rule applies.
 */
import { addDays, ageOn, longDateEn, type IsoDate } from '../dates';
import type { PlanDates } from '../plan';
import type { StateProfile } from '../state-profiles';

/**
 * Transition content is required in the IEP in effect when the student turns the profile's transition age
 * (16 federally, 300.320(b)): that is, when the student reaches that age on or before the plan's end date.
 */
export function transitionRequired(
  dateOfBirth: IsoDate,
  planEnd: IsoDate,
  profile: Pick<StateProfile, 'transitionAge'>,
): boolean {
  return ageOn(dateOfBirth, planEnd) >= profile.transitionAge;
}

/**
 * The statement that the student has been told of the transfer of rights is required beginning not later than
 * one year before the age of majority (300.320(c)): when the student is (age of majority − 1) by the plan's end.
 */
export function ageOfMajorityStatementRequired(
  dateOfBirth: IsoDate,
  planEnd: IsoDate,
  profile: Pick<StateProfile, 'ageOfMajority'>,
): boolean {
  return ageOn(dateOfBirth, planEnd) >= profile.ageOfMajority - 1;
}

/** An IEP runs for at most one year: its end is no later than the day before the anniversary of its start (300.324(b)(1)(i)). */
export function latestEndDate(start: IsoDate): IsoDate {
  const [y, m, d] = [Number(start.slice(0, 4)), start.slice(5, 7), start.slice(8, 10)];
  const anniversary = m === '02' && d === '29' ? `${y + 1}-03-01` : `${y + 1}-${m}-${d}`;
  return addDays(anniversary, -1);
}

export const PLAN_END_BASES = ['end_date', 'start_date', 'meeting_date', 'today'] as const;
export type PlanEndBasis = (typeof PLAN_END_BASES)[number];
export interface ProjectedPlanEnd {
  end: IsoDate;
  basis: PlanEndBasis;
}

/**
 * The last day the plan will be in effect, for the age rules (300.320(b), (c)) before its dates are all entered: its
 * end date when set; else one year less a day from its start date, else from its meeting date (an IEP runs at most a
 * year, 300.324(b)(1)(i)); else one year less a day from today (a new draft). So a draft for a 16-year-old shows the
 * transition findings at once, and they follow the dates as they are typed.
 */
export function projectedPlanEnd(
  dates: Pick<PlanDates, 'meetingDate' | 'startDate' | 'endDate'>,
  today: IsoDate,
): ProjectedPlanEnd {
  if (dates.endDate) return { end: dates.endDate, basis: 'end_date' };
  if (dates.startDate) return { end: latestEndDate(dates.startDate), basis: 'start_date' };
  if (dates.meetingDate) return { end: latestEndDate(dates.meetingDate), basis: 'meeting_date' };
  return { end: latestEndDate(today), basis: 'today' };
}

/**
 * Why an age rule applies, in English: "The student turned 16 on October 28, 2025." (a day before today) or "The
 * student turns 16 on March 3, 2027, before this IEP ends (March 1, 2027)." The params carry the same as data.
 */
export function turnsWhy(age: number, turnsOn: IsoDate, period: ProjectedPlanEnd, today: IsoDate): string {
  if (turnsOn < today) return `The student turned ${age} on ${longDateEn(turnsOn)}.`;
  const end =
    period.basis === 'end_date'
      ? longDateEn(period.end)
      : `about ${longDateEn(period.end)}, a year from its ${period.basis === 'today' ? 'writing' : period.basis === 'start_date' ? 'start' : 'meeting'}: no end date yet`;
  return `The student turns ${age} on ${longDateEn(turnsOn)}, before this IEP ends (${end}).`;
}
