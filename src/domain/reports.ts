/**
 * Federal reports built from IEP data — pure functions, no clock, no database.
 *
 * IDEA Section 618 (20 U.S.C. 1418(a); 34 CFR 300.640–300.646): each year the state reports the number of
 * children with disabilities receiving special education and related services under an IEP on the count date
 * (a date between October 1 and December 1; 300.641(a)), by disability category, age, race and ethnicity, sex
 * and English learner status (1418(a)(1)(A)), and by educational environment (1418(a)(1)(A)(iv)).
 *  - Children are counted if an IEP is in effect on the count date and they are aged 3 through 21 on that date
 *    (300.641(b): a child counted must be receiving services under an IEP on the count date).
 *  - The federal age split: early childhood = ages 3–5 not in kindergarten (EDFacts FS089); school age = ages 6–21
 *    and 5-year-olds enrolled in kindergarten or a higher grade (EDFacts FS002, since SY 2020–21).
 *  - Race and ethnicity use the seven federal categories (Hispanic/Latino of any race, then one race, then two or
 *    more), with the EDFacts codes.
 * SPP/APR indicator 5 (20 U.S.C. 1416(a)(3)(A); 34 CFR 300.114): of school-age children with IEPs (5 in kindergarten
 * through 21), the percent (A) inside the regular class 80 % or more of the day, (B) inside it less than 40 % of the day,
 * (C) in separate schools, residential facilities or homebound/hospital placements.
 * Indicators 11, 12 and 13 come from the compliance summary (the case clocks), not from here.
 *
 * Long file: the 618 child count, the environments and indicator 5 read the same counted children and the same code orders the CSV columns follow.
 */
import { DISABILITY_CATEGORIES, type DisabilityCategory } from './disability';
import { ageOn, isIsoDate, type IsoDate } from './dates';
import { RACES, SEXES } from './grades';
import { environmentCode, type EnvironmentCode, type Setting } from './placement';

export const REPORT_KINDS = [
  'child-count',
  'environments',
  'spp',
  'indicator-5',
  'indicator-11',
  'indicator-12',
  'indicator-13',
  'exiting',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
/** Reports made for a reporting year (July 1 – June 30, `schoolYear`) rather than on a count date. */
export const YEAR_REPORT_KINDS: readonly ReportKind[] = ['indicator-11', 'indicator-12', 'exiting'];
export const isReportKind = (s: string): s is ReportKind => (REPORT_KINDS as readonly string[]).includes(s);

/** What a report needs of one plan (any status; the builder picks the IEP in effect on the count date). */
export interface ReportPlan {
  type: string;
  status: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  placement: {
    setting: Setting;
    regularClassMinutesPerWeek: number | null;
    schoolMinutesPerWeek: number | null;
  } | null;
}

/** What a report needs of one student (never a name). */
export interface ReportStudent {
  /** The district's local student id (for the child-level indicator CSVs; never a name). */
  localId?: string;
  dateOfBirth: IsoDate;
  grade: string;
  primaryDisability: string | null;
  hispanicLatino: boolean;
  races: readonly string[];
  sex: string;
  englishLearner: boolean;
  plans: readonly ReportPlan[];
}

export type AgeGroup = 'EC' | 'SA';
/** Environments a child can be reported in; NOT_RECORDED when the IEP does not say enough to tell. */
export type ReportEnvironment = EnvironmentCode | 'NOT_RECORDED';

export interface CountedChild {
  localId: string;
  age: number;
  ageGroup: AgeGroup;
  disabilityCode: string;
  raceEthnicity: string;
  sex: string;
  englishLearner: 'LEP' | 'NLEP';
  environment: ReportEnvironment;
}

/** Statuses of a plan that was once in effect (a draft or proposed plan never was). */
const FINALIZED = new Set(['active', 'superseded', 'ended']);

/** The IEP in effect on `date`: finalized, started on or before it, not ended before it; the latest started wins. */
export function iepInEffect(plans: readonly ReportPlan[], date: IsoDate): ReportPlan | null {
  let best: ReportPlan | null = null;
  for (const p of plans) {
    if (p.type !== 'iep' || !FINALIZED.has(p.status) || !p.startDate || p.startDate > date) continue;
    if (p.endDate ? p.endDate < date : p.status !== 'active') continue;
    if (!best || p.startDate > (best.startDate ?? '')) best = p;
  }
  return best;
}

const SCHOOL_GRADES = new Set(['KG', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);

/** The federal age group on the count date, or null when not counted (under 3, or 22 and older). */
export function ageGroup(age: number, grade: string): AgeGroup | null {
  if (age < 3 || age > 21) return null;
  if (age >= 6) return 'SA';
  if (age === 5 && SCHOOL_GRADES.has(grade)) return 'SA';
  return 'EC';
}

/** Each federal race category (src/domain/grades.ts RACES) and its EDFacts code. */
const RACE_CODES: Record<string, string> = {
  american_indian_alaska_native: 'AM7',
  asian: 'AS7',
  black_african_american: 'BL7',
  native_hawaiian_pacific_islander: 'PI7',
  white: 'WH7',
} satisfies Record<(typeof RACES)[number], string>;
export const RACE_ETHNICITY_ORDER = ['AM7', 'AS7', 'BL7', 'HI7', 'PI7', 'WH7', 'MU7', 'NOT_RECORDED'] as const;

/** The seven federal race/ethnicity categories (EDFacts codes): Hispanic/Latino first, then one race, then two or more. */
export function raceEthnicityCode(hispanicLatino: boolean, races: readonly string[]): string {
  if (hispanicLatino) return 'HI7';
  const known = [...new Set(races.filter((r) => r in RACE_CODES))];
  const [only, ...more] = known;
  if (more.length > 0) return 'MU7';
  if (only !== undefined) return RACE_CODES[only] ?? 'NOT_RECORDED';
  return 'NOT_RECORDED';
}

/** The federal disability codes in report order (deafness is reported with HI), then NOT_RECORDED. */
export const DISABILITY_CODE_ORDER = [
  ...new Set(Object.values(DISABILITY_CATEGORIES).map((c) => c.federalCode)),
  'NOT_RECORDED',
] as readonly string[];

export function disabilityCode(category: string | null): string {
  return category && category in DISABILITY_CATEGORIES
    ? DISABILITY_CATEGORIES[category as DisabilityCategory].federalCode
    : 'NOT_RECORDED';
}

export const SCHOOL_AGE_ENVIRONMENTS = [
  'RC80',
  'RC79TO40',
  'RC39',
  'SS',
  'RF',
  'HH',
  'CF',
  'PPPS',
  'NOT_RECORDED',
] as const;
/**
 * Early childhood: the IEP's placement tells a separate school or a residential facility; whether a child attends a
 * regular early childhood program (and for how many hours) is not recorded, so those children are NOT_RECORDED.
 */
export const EARLY_CHILDHOOD_ENVIRONMENTS = ['SS', 'RF', 'NOT_RECORDED'] as const;

function environmentOf(group: AgeGroup, placement: ReportPlan['placement']): ReportEnvironment {
  if (!placement) return 'NOT_RECORDED';
  if (group === 'EC')
    return placement.setting === 'separate_school'
      ? 'SS'
      : placement.setting === 'residential_facility'
        ? 'RF'
        : 'NOT_RECORDED';
  const minutes = placement.regularClassMinutesPerWeek ?? -1;
  const day = placement.schoolMinutesPerWeek ?? 0;
  return environmentCode(placement.setting, minutes, day) ?? 'NOT_RECORDED';
}

/** The children counted on `countDate`: an IEP in effect that day, aged 3 through 21 that day. */
export function countedChildren(students: readonly ReportStudent[], countDate: IsoDate): CountedChild[] {
  const out: CountedChild[] = [];
  for (const s of students) {
    const plan = iepInEffect(s.plans, countDate);
    if (!plan) continue;
    const age = ageOn(s.dateOfBirth, countDate);
    const group = ageGroup(age, s.grade);
    if (!group) continue;
    out.push({
      localId: s.localId ?? '',
      age,
      ageGroup: group,
      disabilityCode: disabilityCode(s.primaryDisability),
      raceEthnicity: raceEthnicityCode(s.hispanicLatino, s.races),
      sex: s.sex,
      englishLearner: s.englishLearner ? 'LEP' : 'NLEP',
      environment: environmentOf(group, plan.placement),
    });
  }
  return out;
}

/** The first Thursday of October of `year`: the usual 618 count date. */
export function firstThursdayOfOctober(year: number): IsoDate {
  const dow = new Date(Date.UTC(year, 9, 1)).getUTCDay(); // 0 = Sunday
  const day = 1 + ((4 - dow + 7) % 7);
  return `${year}-10-${String(day).padStart(2, '0')}`;
}

/** The default count date for `today`: this school year's first Thursday of October (last year's before October). */
export function defaultCountDate(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const thisYear = firstThursdayOfOctober(year);
  return today >= thisYear ? thisYear : firstThursdayOfOctober(year - 1);
}

export const CHILD_COUNT_COLUMNS = [
  'count_date',
  'age_group',
  'disability_code',
  'dimension',
  'value',
  'students',
] as const;
export const ENVIRONMENT_COLUMNS = [
  'count_date',
  'age_group',
  'environment_code',
  'disability_code',
  'students',
] as const;
export const SPP_COLUMNS = [
  'indicator',
  'description',
  'numerator',
  'denominator',
  'percent',
  'as_of',
  'citation',
] as const;

/** One row of a report, cell by cell; written as CSV by src/documents/csv.ts (numbers stay numbers there). */
export type CsvRow = readonly (string | number | null)[];

const DIMENSIONS = ['total', 'age', 'race_ethnicity', 'sex', 'english_learner'] as const;
export const SEX_ORDER: readonly string[] = SEXES;
const orderIn = (list: readonly string[], v: string) => {
  const i = list.indexOf(v);
  return i === -1 ? list.length : i;
};

function valueRank(dimension: string, value: string): number {
  switch (dimension) {
    case 'age':
      return Number(value);
    case 'race_ethnicity':
      return orderIn(RACE_ETHNICITY_ORDER, value);
    case 'sex':
      return orderIn(SEX_ORDER, value);
    case 'english_learner':
      return value === 'LEP' ? 0 : 1;
    default:
      return 0;
  }
}

/**
 * The child count: for each age group and disability code, the total, then the counts by age (single years), by
 * race/ethnicity, by sex and by English learner status. Only non-zero cells are written; rows in a stable order.
 */
export function childCountRows(children: readonly CountedChild[], countDate: IsoDate): CsvRow[] {
  const cells = new Map<string, { group: AgeGroup; code: string; dimension: string; value: string; n: number }>();
  const add = (group: AgeGroup, code: string, dimension: string, value: string) => {
    const k = [group, code, dimension, value].join('|');
    const c = cells.get(k) ?? { group, code, dimension, value, n: 0 };
    c.n++;
    cells.set(k, c);
  };
  for (const c of children) {
    add(c.ageGroup, c.disabilityCode, 'total', 'ALL');
    add(c.ageGroup, c.disabilityCode, 'age', String(c.age));
    add(c.ageGroup, c.disabilityCode, 'race_ethnicity', c.raceEthnicity);
    add(c.ageGroup, c.disabilityCode, 'sex', c.sex);
    add(c.ageGroup, c.disabilityCode, 'english_learner', c.englishLearner);
  }
  return [...cells.values()]
    .sort(
      (a, b) =>
        a.group.localeCompare(b.group) ||
        orderIn(DISABILITY_CODE_ORDER, a.code) - orderIn(DISABILITY_CODE_ORDER, b.code) ||
        orderIn(DIMENSIONS, a.dimension) - orderIn(DIMENSIONS, b.dimension) ||
        valueRank(a.dimension, a.value) - valueRank(b.dimension, b.value) ||
        a.value.localeCompare(b.value),
    )
    .map((c) => [countDate, c.group, c.code, c.dimension, c.value, c.n]);
}

/** Educational environments: school-age children by environment × disability; early childhood where recorded. Non-zero cells only. */
export function environmentRows(children: readonly CountedChild[], countDate: IsoDate): CsvRow[] {
  const cells = new Map<string, { group: AgeGroup; env: string; code: string; n: number }>();
  for (const c of children) {
    const k = [c.ageGroup, c.environment, c.disabilityCode].join('|');
    const cell = cells.get(k) ?? { group: c.ageGroup, env: c.environment, code: c.disabilityCode, n: 0 };
    cell.n++;
    cells.set(k, cell);
  }
  const envOrder = (g: AgeGroup): readonly string[] =>
    g === 'SA' ? SCHOOL_AGE_ENVIRONMENTS : EARLY_CHILDHOOD_ENVIRONMENTS;
  return [...cells.values()]
    .sort(
      (a, b) =>
        a.group.localeCompare(b.group) ||
        orderIn(envOrder(a.group), a.env) - orderIn(envOrder(b.group), b.env) ||
        orderIn(DISABILITY_CODE_ORDER, a.code) - orderIn(DISABILITY_CODE_ORDER, b.code),
    )
    .map((c) => [countDate, c.group, c.env, c.code, c.n]);
}

export interface Ratio {
  numerator: number;
  denominator: number;
  percent: number | null;
}
const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  percent: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10,
});

/**
 * SPP/APR indicator 5 from the school-age environments. The denominator is every school-age child counted (a child
 * whose placement is not recorded is in the denominator and in no numerator, as the federal measurement requires).
 */
export function indicator5(children: readonly CountedChild[]): { a: Ratio; b: Ratio; c: Ratio } {
  const sa = children.filter((c) => c.ageGroup === 'SA');
  const n = (codes: readonly string[]) => sa.filter((c) => codes.includes(c.environment)).length;
  return {
    a: ratio(n(['RC80']), sa.length),
    b: ratio(n(['RC39']), sa.length),
    c: ratio(n(['SS', 'RF', 'HH']), sa.length),
  };
}

/** Where one child counted on the count date stands in indicator 5 (school age), or why the child is left out. */
export type Indicator5Category =
  '5A' | '5B' | '5C' | 'other_environment' | 'environment_not_recorded' | 'excluded_early_childhood';

export interface Indicator5Row {
  localId: string;
  age: number;
  ageGroup: AgeGroup;
  environment: ReportEnvironment;
  category: Indicator5Category;
}

/**
 * Every child with an IEP in effect on the count date, aged 3 through 21: school-age children (5 in kindergarten
 * through 21) are the denominator, in 5A (RC80), 5B (RC39), 5C (SS, RF, HH) or neither; early childhood children
 * (3–5 not in kindergarten: indicator 6, not 5) are listed as excluded.
 */
export function indicator5Children(children: readonly CountedChild[]): Indicator5Row[] {
  const category = (c: CountedChild): Indicator5Category => {
    if (c.ageGroup === 'EC') return 'excluded_early_childhood';
    if (c.environment === 'RC80') return '5A';
    if (c.environment === 'RC39') return '5B';
    if (c.environment === 'SS' || c.environment === 'RF' || c.environment === 'HH') return '5C';
    return c.environment === 'NOT_RECORDED' ? 'environment_not_recorded' : 'other_environment';
  };
  return children
    .map((c) => ({
      localId: c.localId,
      age: c.age,
      ageGroup: c.ageGroup,
      environment: c.environment,
      category: category(c),
    }))
    .sort((a, b) => a.localId.localeCompare(b.localId));
}

export interface SppIndicator extends Ratio {
  id: string;
  description: string;
  asOf: IsoDate;
  citation: string;
}

export const INDICATOR5_CITATION = '34 CFR 300.114; 20 U.S.C. 1416(a)(3)(A)';

export function indicator5Rows(children: readonly CountedChild[], countDate: IsoDate): SppIndicator[] {
  const i5 = indicator5(children);
  return [
    {
      id: '5A',
      description: 'Inside the regular class 80% or more of the day (ages 5 in kindergarten through 21)',
      ...i5.a,
      asOf: countDate,
      citation: INDICATOR5_CITATION,
    },
    {
      id: '5B',
      description: 'Inside the regular class less than 40% of the day (ages 5 in kindergarten through 21)',
      ...i5.b,
      asOf: countDate,
      citation: INDICATOR5_CITATION,
    },
    {
      id: '5C',
      description:
        'In separate schools, residential facilities, or homebound/hospital placements (ages 5 in kindergarten through 21)',
      ...i5.c,
      asOf: countDate,
      citation: INDICATOR5_CITATION,
    },
  ];
}

export function sppRows(indicators: readonly SppIndicator[]): CsvRow[] {
  return indicators.map((i) => [i.id, i.description, i.numerator, i.denominator, i.percent, i.asOf, i.citation]);
}

/** Validates a count date given as text; null when valid. */
export function countDateProblem(date: string): string | null {
  return isIsoDate(date) ? null : 'must be a date as YYYY-MM-DD';
}
