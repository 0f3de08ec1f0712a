/**
 * The child-level SPP/APR indicator CSVs: summary rows first (the numerator, the denominator and each count the
 * measurement asks for), then one row per child — counted, excluded (with the reason and its citation) or pending —
 * identified by the district's local student id only. Pure.
 *
 * Every file has the columns `row` ('summary' or 'child'), `item` (the summary's name, or the child's category) and
 * `value` (the summary's number or text); the child columns follow.
 */
import type { Indicator11, Indicator12, Ratio } from './indicators';
import type { Indicator5Row, CsvRow } from './reports';
import { indicator5 } from './reports';
import type { CountedChild } from './reports';

const pct = (r: Ratio) => (r.percent === null ? '' : r.percent);
const range = (d: { min: number; max: number } | null) => (d ? `${d.min}-${d.max}` : '');

export const INDICATOR11_COLUMNS = [
  'row',
  'item',
  'value',
  'local_student_id',
  'consent_received_on',
  'timeline_due_on',
  'evaluation_completed_on',
  'days_beyond_timeline',
  'reason',
  'citation',
] as const;

export function indicator11Csv(i: Indicator11, citation: string): CsvRow[] {
  const s = (item: string, value: string | number): CsvRow => ['summary', item, value, '', '', '', '', '', '', ''];
  return [
    s('reporting_period', `${i.window.start} to ${i.window.end}`),
    s('timeline', i.timeline),
    s('citation', citation),
    s('a_consent_received', i.denominator),
    s('b_within_timeline', i.numerator),
    s('percent', pct(i)),
    s('not_within_timeline', i.beyond.children),
    s('days_beyond_timeline_range', range(i.beyond.days)),
    ...i.beyond.reasons.map((r) => s(`not_within_timeline:${r.reason}`, r.children)),
    s(
      'excluded',
      i.excluded.reduce((n, e) => n + e.children, 0),
    ),
    ...i.excluded.map((e) => s(`excluded:${e.reason}`, e.children)),
    s('pending', i.pending),
    ...i.rows.map((r): CsvRow => [
      'child',
      r.category,
      '',
      r.localId,
      r.consentOn,
      r.due,
      r.completedOn,
      r.daysBeyond,
      r.reason,
      r.citation,
    ]),
  ];
}

export const INDICATOR12_COLUMNS = [
  'row',
  'item',
  'value',
  'local_student_id',
  'third_birthday',
  'part_c_eligible_on',
  'referred_to_part_b_on',
  'eligibility_determined_on',
  'eligible',
  'iep_in_effect_on',
  'days_beyond_third_birthday',
  'reason',
  'citation',
] as const;

export function indicator12Csv(i: Indicator12, citation: string): CsvRow[] {
  const s = (item: string, value: string | number): CsvRow => [
    'summary',
    item,
    value,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ];
  return [
    s('reporting_period', `${i.window.start} to ${i.window.end}`),
    s('citation', citation),
    s('a_referred_from_part_c', i.counts.a),
    s('b_not_eligible_before_third_birthday', i.counts.b),
    s('c_iep_by_third_birthday', i.counts.c),
    s('d_parent_refusal_or_300_301_d', i.counts.d),
    s('e_part_c_eligible_under_90_days', i.counts.e),
    s('f_part_c_past_third_birthday', i.counts.f),
    s('denominator_a_minus_b_d_e_f', i.denominator),
    s('percent', pct(i)),
    s('not_met', i.notMet.children),
    s('days_beyond_third_birthday_range', range(i.notMet.days)),
    ...i.notMet.reasons.map((r) => s(`not_met:${r.reason}`, r.children)),
    s('pending', i.counts.pending),
    ...i.rows.map((r): CsvRow => [
      'child',
      r.category,
      '',
      r.localId,
      r.thirdBirthday,
      r.partCEligibleOn,
      r.referredOn,
      r.determinedOn,
      r.eligible === null ? '' : r.eligible ? 'yes' : 'no',
      r.iepOn,
      r.daysBeyond,
      r.reason,
      r.citation,
    ]),
  ];
}

export const INDICATOR13_COLUMNS = [
  'row',
  'item',
  'value',
  'local_student_id',
  'age',
  'iep_start_date',
  'transition_content',
] as const;

export function indicator13Csv(
  i: Ratio & { rows: { localId: string; age: number; iepStartDate: string | null; meets: boolean }[] },
  asOf: string,
  citation: string,
): CsvRow[] {
  const s = (item: string, value: string | number): CsvRow => ['summary', item, value, '', '', '', ''];
  return [
    s('as_of', asOf),
    s('citation', citation),
    s('denominator_aged_16_and_above_with_iep', i.denominator),
    s('numerator_with_transition_content', i.numerator),
    s('percent', pct(i)),
    ...i.rows.map((r): CsvRow => [
      'child',
      r.meets ? 'meets' : 'does_not_meet',
      '',
      r.localId,
      r.age,
      r.iepStartDate,
      r.meets ? 'yes' : 'no',
    ]),
  ];
}

export const INDICATOR5_COLUMNS = [
  'row',
  'item',
  'value',
  'local_student_id',
  'age',
  'age_group',
  'environment_code',
] as const;

export function indicator5Csv(
  children: readonly CountedChild[],
  rows: readonly Indicator5Row[],
  countDate: string,
  citation: string,
): CsvRow[] {
  const i5 = indicator5(children);
  const s = (item: string, value: string | number): CsvRow => ['summary', item, value, '', '', '', ''];
  const excluded = rows.filter((r) => r.category === 'excluded_early_childhood').length;
  return [
    s('count_date', countDate),
    s('citation', citation),
    s('denominator_school_age', i5.a.denominator),
    s('5A_regular_class_80_percent_or_more', i5.a.numerator),
    s('5A_percent', pct(i5.a)),
    s('5B_regular_class_less_than_40_percent', i5.b.numerator),
    s('5B_percent', pct(i5.b)),
    s('5C_separate_school_residential_homebound_hospital', i5.c.numerator),
    s('5C_percent', pct(i5.c)),
    s('excluded:early_childhood_ages_3_to_5_not_in_kindergarten', excluded),
    ...rows.map((r): CsvRow => ['child', r.category, '', r.localId, r.age, r.ageGroup, r.environment]),
  ];
}
