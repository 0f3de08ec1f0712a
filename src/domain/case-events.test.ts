import { describe, expect, it } from 'vitest';
import { delayAllowed, validateCaseEvent } from './case-events';
import { STATE_PROFILES } from './state-profiles';

describe('part_c_referral: the date the child was found eligible for Part C (SPP/APR indicator 12 (e))', () => {
  const ctx = { today: '2026-11-30', dateOfBirth: '2023-02-15' };
  const check = (partCEligibleOn: string) => validateCaseEvent({ kind: 'part_c_referral', occurredOn: '2025-10-01', details: { partCEligibleOn } }, ctx);
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
    expect(delayAllowed('parent_chose_part_c_past_age_three', 'part-c-transition', { ...STATE_PROFILES.federal, partCServicesPastAgeThree: { offered: true, citation: '' } })).toBe(true);
    expect(delayAllowed('parent_did_not_produce_child', 'initial-evaluation')).toBe(true);
  });
  it('the federal, California and Texas profiles do not offer it', () => {
    for (const p of Object.values(STATE_PROFILES)) expect(p.partCServicesPastAgeThree.offered).toBe(false);
  });
});
