import { describe, expect, it } from 'vitest';
import { DISABILITY_CATEGORIES, DISABILITY_CATEGORY_CODES, developmentalDelayAllowed } from './disability';
import { disabilityFindings, SPED_STATUSES, statusCarriesDisability } from './sped-status';
import { STATE_PROFILES, stateProfile } from './state-profiles';

describe('disability categories (34 CFR 300.8)', () => {
  it('lists the 13 IDEA categories plus developmental delay, each with its citation', () => {
    expect(DISABILITY_CATEGORY_CODES).toHaveLength(14);
    for (const c of DISABILITY_CATEGORY_CODES) expect(DISABILITY_CATEGORIES[c].citation).toMatch(/^34 CFR 300\.8\(/);
  });
  it('reports deafness with hearing impairment under the federal 618 codes (13 distinct codes)', () => {
    expect(DISABILITY_CATEGORIES.deafness.federalCode).toBe('HI');
    expect(new Set(DISABILITY_CATEGORY_CODES.map((c) => DISABILITY_CATEGORIES[c].federalCode)).size).toBe(13);
  });
  it.each([
    [2, false],
    [3, true],
    [9, true],
    [10, false],
  ])('developmental delay at age %i under the federal 3–9 range → %s', (age, ok) => {
    expect(developmentalDelayAllowed(age, STATE_PROFILES.federal.developmentalDelayAges)).toBe(ok);
  });
  it('a state that does not use developmental delay (California) allows it at no age; Texas uses 3 through 9', () => {
    expect(developmentalDelayAllowed(4, STATE_PROFILES.CA.developmentalDelayAges)).toBe(false);
    expect(developmentalDelayAllowed(9, STATE_PROFILES.TX.developmentalDelayAges)).toBe(true);
    expect(developmentalDelayAllowed(10, STATE_PROFILES.TX.developmentalDelayAges)).toBe(false);
  });
});

describe('status and categories agree', () => {
  it('only eligible_iep carries a category', () => {
    expect(SPED_STATUSES.filter(statusCarriesDisability)).toEqual(['eligible_iep']);
  });
  it.each([
    [{ spedStatus: 'eligible_iep', primaryDisability: 'autism', secondaryDisability: null }, []],
    [{ spedStatus: 'eligible_iep', primaryDisability: null, secondaryDisability: null }, ['primaryDisability']],
    [{ spedStatus: 'plan_504', primaryDisability: 'autism', secondaryDisability: null }, ['primaryDisability']],
    [{ spedStatus: 'eligible_iep', primaryDisability: 'autism', secondaryDisability: 'autism' }, ['secondaryDisability']],
    [{ spedStatus: 'none', primaryDisability: null, secondaryDisability: null }, []],
  ] as const)('%o → errors at %o', (input, paths) => {
    expect(disabilityFindings(input).map((f) => f.path)).toEqual(paths);
  });
});

describe('state profiles', () => {
  it('falls back to the federal floor for an unknown code', () => {
    expect(stateProfile('ZZ')).toBe(STATE_PROFILES.federal);
    expect(stateProfile('TX').transitionAge).toBe(14);
    expect(stateProfile('federal').evaluationTimeline).toEqual({ days: 60, counting: 'calendar' });
  });
});
