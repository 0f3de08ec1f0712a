import { describe, expect, it } from 'vitest';
import { delayAllowed, validateCaseEvent } from './case-events';
import { STATE_PROFILES, type StateProfile } from './state-profiles';

describe('part_c_referral: the date the child was found eligible for Part C (SPP/APR indicator 12 (e))', () => {
  const ctx = { today: '2026-11-30', dateOfBirth: '2023-02-15' };
  const check = (partCEligibleOn: string) =>
    validateCaseEvent({ kind: 'part_c_referral', occurredOn: '2025-10-01', details: { partCEligibleOn } }, ctx);
  it.each([
    ['the day before the referral', '2025-09-30', []],
    ['the day of the referral', '2025-10-01', []],
    ['the day after the referral', '2025-10-02', ['details.partCEligibleOn']],
    ['before the child was born', '2023-02-14', ['details.partCEligibleOn']],
  ])('%s', (_l, on, paths) => expect(check(on).map((p) => p.path)).toEqual(paths));
});

describe('delay reasons that depend on a state option', () => {
  it('parent_chose_part_c_past_age_three excuses the Part C transition only where the profile offers 34 CFR 303.211', () => {
    expect(delayAllowed('parent_chose_part_c_past_age_three', 'part-c-transition')).toBe(false);
    expect(delayAllowed('parent_chose_part_c_past_age_three', 'part-c-transition', STATE_PROFILES.federal)).toBe(false);
    expect(
      delayAllowed('parent_chose_part_c_past_age_three', 'part-c-transition', {
        ...STATE_PROFILES.federal,
        partCServicesPastAgeThree: { offered: true, citation: '' },
      }),
    ).toBe(true);
    expect(delayAllowed('parent_did_not_produce_child', 'initial-evaluation')).toBe(true);
  });
  it('the federal, California and Texas profiles do not offer it', () => {
    for (const p of Object.values(STATE_PROFILES)) expect(p.partCServicesPastAgeThree.offered).toBe(false);
  });
});

describe('developmental delay only within the state’s age range (34 CFR 300.8(b), 300.111(b))', () => {
  // Born 2018-03-10: turns 3 on 2021-03-10, turns 10 on 2028-03-10 (federal range 3 through 9).
  const ctx = (profile: StateProfile = STATE_PROFILES.federal) => ({
    today: '2030-01-01',
    dateOfBirth: '2018-03-10',
    profile,
  });
  const eligible = (on: string, categories = ['developmental_delay']) => ({
    kind: 'eligibility' as const,
    occurredOn: on,
    details: { eligible: true, categories },
  });
  it.each([
    ['the day before the third birthday', '2021-03-09', ['details.categories']],
    ['on the third birthday', '2021-03-10', []],
    ['the day before the tenth birthday (still 9)', '2028-03-09', []],
    ['on the tenth birthday', '2028-03-10', ['details.categories']],
  ])('found eligible %s → %o', (_l, on, paths) =>
    expect(validateCaseEvent(eligible(on), ctx()).map((p) => p.path)).toEqual(paths),
  );
  it('a narrower state range, or a state without the category, is the rule; other categories are not limited', () => {
    const narrow = { ...STATE_PROFILES.federal, name: 'Narrow', developmentalDelayAges: { min: 3, max: 5 } };
    expect(validateCaseEvent(eligible('2024-03-09'), ctx(narrow))).toEqual([]);
    expect(validateCaseEvent(eligible('2024-03-10'), ctx(narrow)).map((p) => p.path)).toEqual(['details.categories']);
    const none = { ...STATE_PROFILES.federal, name: 'No DD', developmentalDelayAges: null };
    expect(validateCaseEvent(eligible('2022-01-01'), ctx(none))[0]!.message).toContain(
      'does not use developmental delay',
    );
    expect(validateCaseEvent(eligible('2028-03-10', ['autism']), ctx())).toEqual([]);
    expect(
      validateCaseEvent(
        { kind: 'eligibility', occurredOn: '2028-03-10', details: { eligible: false, categories: [] } },
        ctx(),
      ),
    ).toEqual([]);
  });
});
