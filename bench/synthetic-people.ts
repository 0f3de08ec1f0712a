/**
 * Who a synthetic student and their family are (bench/synthetic-students.ts): ethnicity and race, the home language,
 * names, and the guardians' relations, in the national proportions. Each draws from the `detail` stream in a fixed
 * order; the caller calls them in the order the rows have always been generated.
 */
import {
  FIRST_F,
  FIRST_F_ASIAN,
  FIRST_F_HISPANIC,
  FIRST_M,
  FIRST_M_ASIAN,
  FIRST_M_HISPANIC,
  LAST,
  LAST_ASIAN,
  LAST_HISPANIC,
  OTHER_LANGUAGES,
  OTHER_LANGUAGES_ASIAN,
} from './synthetic-names';
import { pick } from './synthetic-structure';

/** Ethnicity and race (NCES: 28 % Hispanic; of the rest 61 % white, 21 % Black, 8 % Asian, 7 % two or more). */
export function ethnicity(detail: () => number): { hispanic: boolean; races: string[] } {
  const hispanic = detail() < 0.28;
  const rr = detail();
  let races: string[];
  if (hispanic) {
    races =
      rr < 0.78
        ? ['white']
        : rr < 0.88
          ? ['white', 'american_indian_alaska_native']
          : rr < 0.93
            ? ['american_indian_alaska_native']
            : rr < 0.97
              ? ['black_african_american']
              : ['asian'];
  } else {
    races =
      rr < 0.61
        ? ['white']
        : rr < 0.82
          ? ['black_african_american']
          : rr < 0.896
            ? ['asian']
            : rr < 0.963
              ? detail() < 0.6
                ? ['black_african_american', 'white']
                : ['asian', 'white']
              : rr < 0.98
                ? ['american_indian_alaska_native']
                : rr < 0.99
                  ? ['native_hawaiian_pacific_islander']
                  : ['white'];
  }
  return { hispanic, races };
}

/** The language of the home and whether the student is an English learner. */
export function language(detail: () => number, hispanic: boolean, asian: boolean): { home: string; el: boolean } {
  let home = 'en';
  const rl = detail();
  if (hispanic && rl < 0.88) home = 'es';
  else if (asian && rl < 0.4) home = pick(detail, OTHER_LANGUAGES_ASIAN);
  else if (!hispanic && !asian && rl < 0.02) home = pick(detail, OTHER_LANGUAGES);
  const el = home !== 'en' && detail() < (home === 'es' ? 0.35 : 0.4);
  return { home, el };
}

/** First, last and middle names, from lists that follow the student's sex and background. */
export function names(detail: () => number, sx: number, hispanic: boolean, asian: boolean) {
  const firstList =
    sx === 1
      ? hispanic && detail() < 0.7
        ? FIRST_M_HISPANIC
        : asian && detail() < 0.6
          ? FIRST_M_ASIAN
          : FIRST_M
      : hispanic && detail() < 0.7
        ? FIRST_F_HISPANIC
        : asian && detail() < 0.6
          ? FIRST_F_ASIAN
          : FIRST_F;
  const lastList = hispanic
    ? detail() < 0.9
      ? LAST_HISPANIC
      : LAST
    : asian
      ? detail() < 0.85
        ? LAST_ASIAN
        : LAST
      : LAST;
  const first = pick(detail, firstList);
  const last = pick(detail, lastList);
  const middle = detail() < 0.7 ? pick(detail, sx === 1 ? FIRST_M : FIRST_F) : null;
  return { first, last, middle };
}

/** The first adult's relation to the student. */
export function firstRelation(detail: () => number): string {
  const rel = detail();
  return rel < 0.7
    ? 'mother'
    : rel < 0.9
      ? 'father'
      : rel < 0.95
        ? 'grandparent'
        : rel < 0.98
          ? 'legal_guardian'
          : 'foster_parent';
}

/** The second adult's relation, given the first's. */
export function secondRelation(detail: () => number, g1Rel: string): string {
  return g1Rel === 'mother'
    ? detail() < 0.9
      ? 'father'
      : 'mother'
    : g1Rel === 'father'
      ? 'mother'
      : detail() < 0.5
        ? 'grandparent'
        : 'mother';
}

/** A guardian's first name, from the list that fits the relation and the family. */
export function guardianFirstName(detail: () => number, relation: string, hispanic: boolean): string {
  return pick(
    detail,
    relation === 'father'
      ? hispanic
        ? FIRST_M_HISPANIC
        : FIRST_M
      : relation === 'mother'
        ? hispanic
          ? FIRST_F_HISPANIC
          : FIRST_F
        : detail() < 0.5
          ? FIRST_M
          : FIRST_F,
  );
}
