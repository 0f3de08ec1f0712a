/**
 * The IDEA Section 618 child count date. 34 CFR 300.641(a): the State counts the children receiving special
 * education "on any date between October 1 and December 1 of each year". A district sets the day its State chose as
 * a month and day ('MM-DD', both ends allowed: 10-01 … 12-01); without a setting, OpenIEP uses the first Thursday of
 * October (a common choice, not a rule). Pure: `today` is an argument.
 */
import { isIsoDate, type IsoDate } from './dates';
import { firstThursdayOfOctober } from './reports';

export const COUNT_DATE_CITATION = '34 CFR 300.641(a)';
/** The first and last month-day a count date may fall on (both allowed). */
export const COUNT_DATE_FIRST = '10-01';
export const COUNT_DATE_LAST = '12-01';

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** Why a count-date setting ('MM-DD') is not acceptable, or null when it is: a real day from October 1 to December 1. */
export function countDateSettingProblem(monthDay: string): string | null {
  const m = MONTH_DAY.exec(monthDay);
  // 2001 is a common year: 29 February is not a count date anyway.
  if (!m || !isIsoDate(`2001-${monthDay}`)) return 'must be a month and day as MM-DD, e.g. 12-01';
  if (monthDay < COUNT_DATE_FIRST || monthDay > COUNT_DATE_LAST)
    return `must be between October 1 and December 1 (${COUNT_DATE_CITATION})`;
  return null;
}

/** The count date of the given calendar year: the district's month and day, or the first Thursday of October. */
export function countDateIn(year: number, setting: string | null): IsoDate {
  return setting ? `${year}-${setting}` : firstThursdayOfOctober(year);
}

/**
 * The count date reports use by default on `today`: the most recent count date on or before today (this year's once
 * it has come, else last year's), so a report made in September still describes the last count taken.
 */
export function currentCountDate(today: IsoDate, setting: string | null): IsoDate {
  const year = Number(today.slice(0, 4));
  const thisYear = countDateIn(year, setting);
  return today >= thisYear ? thisYear : countDateIn(year - 1, setting);
}
