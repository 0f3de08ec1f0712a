/**
 * The IDEA Part B exiting report (IDEA Section 618, 20 U.S.C. 1418(a)(1)(A)(ii); EDFacts file specification FS009
 * "Children with Disabilities (IDEA) Exiting Special Education"): the unduplicated number of children with
 * disabilities aged 14 through 21 who exited special education during the reporting period, July 1 – June 30, by
 * basis of exit, crossed with disability category and age, race/ethnicity, sex and English learner status.
 * Pure: no clock, no database.
 *
 * Decisions (see README, "Federal reports"):
 *  - Basis of exit uses the FS009 permitted values: GHS (graduated with a regular high school diploma), GRADALTDPL
 *    (graduated with an alternate diploma), RC (received a certificate), RMA (reached maximum age), D (died),
 *    DROPOUT (dropped out), TRAN (transferred to regular education), MKC (moved, known to be continuing).
 *  - "No longer eligible" and a parent's revocation of consent (300.300(b)(4)) are reported as TRAN: the student no
 *    longer has an IEP and receives all educational services from the regular education program (TRAN's definition).
 *  - An exit recorded as "other" is reported as DROPOUT, whose definition takes in the exiters no other basis
 *    describes (status unknown, moved and not known to be continuing, other exiters).
 *  - Age is the age on the child count date of the reporting period (the day 618 counts are taken), so that a student
 *    who reaches the maximum age during the year is reported at 21, not 22.
 *  - A student who exited more than once in the period is counted once, at the last exit (the basis that stands at
 *    the end of the period). Voided exits never count.
 *  - Disability at exit: the exit event's details.primaryDisability, else the student's primary disability, else the
 *    first category of the last eligibility determination before the exit, else NOT_RECORDED.
 */
import { activeEvents, type CaseEvent } from './case-events';
import { ageOn, type IsoDate } from './dates';
import type { ReportingWindow } from './indicators';
import {
  disabilityCode,
  DISABILITY_CODE_ORDER,
  RACE_ETHNICITY_ORDER,
  raceEthnicityCode,
  SEX_ORDER,
  type CsvRow,
} from './reports';

/** FS009 basis of exit, in the file specification's order. */
export const BASIS_OF_EXIT = ['GHS', 'GRADALTDPL', 'RC', 'RMA', 'D', 'MKC', 'DROPOUT', 'TRAN'] as const;
export type BasisOfExit = (typeof BASIS_OF_EXIT)[number];

/** Each recorded exit reason (EXIT_REASONS) to its FS009 basis of exit. */
export const BASIS_FOR_REASON: Record<string, BasisOfExit> = {
  graduated_regular_diploma: 'GHS',
  alternate_diploma: 'GRADALTDPL',
  certificate: 'RC',
  reached_maximum_age: 'RMA',
  deceased: 'D',
  moved_known_to_continue: 'MKC',
  dropped_out: 'DROPOUT',
  no_longer_eligible: 'TRAN',
  parent_revoked_consent: 'TRAN',
  other: 'DROPOUT',
};

export function basisOfExit(reason: unknown): BasisOfExit {
  return (typeof reason === 'string' && BASIS_FOR_REASON[reason]) || 'DROPOUT';
}

export const EXITING_MIN_AGE = 14;
export const EXITING_MAX_AGE = 21;

export interface ExitingStudent {
  dateOfBirth: IsoDate;
  primaryDisability: string | null;
  hispanicLatino: boolean;
  races: readonly string[];
  sex: string;
  englishLearner: boolean;
  events: readonly CaseEvent[];
}

export interface Exiter {
  exitedOn: IsoDate;
  age: number;
  basis: BasisOfExit;
  disabilityCode: string;
  raceEthnicity: string;
  sex: string;
  englishLearner: 'LEP' | 'NLEP';
}

/** The students who exited in the window, aged 14–21 on `ageDate`: one each, at their last exit in the window. */
export function exiters(students: readonly ExitingStudent[], window: ReportingWindow, ageDate: IsoDate): Exiter[] {
  const out: Exiter[] = [];
  for (const s of students) {
    const events = activeEvents(s.events);
    const exit = [...events]
      .reverse()
      .find((e) => e.kind === 'exit' && e.occurredOn >= window.start && e.occurredOn <= window.end);
    if (!exit) continue;
    const age = ageOn(s.dateOfBirth, ageDate);
    if (age < EXITING_MIN_AGE || age > EXITING_MAX_AGE) continue;
    const atExit = typeof exit.details.primaryDisability === 'string' ? exit.details.primaryDisability : null;
    const lastEligibility = [...events]
      .reverse()
      .find((e) => e.kind === 'eligibility' && e.details.eligible === true && e.occurredOn <= exit.occurredOn);
    const fromEligibility =
      Array.isArray(lastEligibility?.details.categories) && typeof lastEligibility.details.categories[0] === 'string'
        ? lastEligibility.details.categories[0]
        : null;
    out.push({
      exitedOn: exit.occurredOn,
      age,
      basis: basisOfExit(exit.details.reason),
      disabilityCode: disabilityCode(atExit ?? s.primaryDisability ?? fromEligibility),
      raceEthnicity: raceEthnicityCode(s.hispanicLatino, s.races),
      sex: s.sex,
      englishLearner: s.englishLearner ? 'LEP' : 'NLEP',
    });
  }
  return out;
}

export const EXITING_COLUMNS = [
  'school_year',
  'category_set',
  'basis_of_exit',
  'disability_code',
  'age',
  'race_ethnicity',
  'sex',
  'english_learner',
  'students',
] as const;

const rank = (list: readonly string[], v: string) => (list.indexOf(v) === -1 ? list.length : list.indexOf(v));

/**
 * The FS009 cells, non-zero only: category set A (disability × age × basis), B (race/ethnicity × basis), C (sex ×
 * basis), D (English learner status × basis), then the total by basis of exit.
 */
export function exitingRows(list: readonly Exiter[], schoolYear: string): CsvRow[] {
  const cells = new Map<
    string,
    { set: string; basis: BasisOfExit; dis: string; age: string; race: string; sex: string; el: string; n: number }
  >();
  const add = (
    set: string,
    basis: BasisOfExit,
    k: Partial<{ dis: string; age: string; race: string; sex: string; el: string }>,
  ) => {
    const c = { set, basis, dis: '', age: '', race: '', sex: '', el: '', ...k, n: 0 };
    const key = [c.set, c.basis, c.dis, c.age, c.race, c.sex, c.el].join('|');
    const cell = cells.get(key) ?? c;
    cell.n++;
    cells.set(key, cell);
  };
  for (const x of list) {
    add('A', x.basis, { dis: x.disabilityCode, age: String(x.age) });
    add('B', x.basis, { race: x.raceEthnicity });
    add('C', x.basis, { sex: x.sex });
    add('D', x.basis, { el: x.englishLearner });
    add('total', x.basis, {});
  }
  const setOrder = ['A', 'B', 'C', 'D', 'total'];
  return [...cells.values()]
    .sort(
      (a, b) =>
        rank(setOrder, a.set) - rank(setOrder, b.set) ||
        rank(BASIS_OF_EXIT, a.basis) - rank(BASIS_OF_EXIT, b.basis) ||
        rank(DISABILITY_CODE_ORDER, a.dis) - rank(DISABILITY_CODE_ORDER, b.dis) ||
        Number(a.age || 0) - Number(b.age || 0) ||
        rank(RACE_ETHNICITY_ORDER, a.race) - rank(RACE_ETHNICITY_ORDER, b.race) ||
        rank(SEX_ORDER, a.sex) - rank(SEX_ORDER, b.sex) ||
        a.el.localeCompare(b.el),
    )
    .map((c) => [schoolYear, c.set, c.basis, c.dis, c.age === '' ? '' : Number(c.age), c.race, c.sex, c.el, c.n]);
}
