import { describe, expect, it } from 'vitest';
import { DISABILITY_CATEGORIES, DISABILITY_CATEGORY_CODES, developmentalDelayAllowed } from './disability';
import { disabilityFindings, SPED_STATUSES, statusAfterEvent, statusCarriesDisability } from './sped-status';
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
    [
      { spedStatus: 'eligible_iep', primaryDisability: 'autism', secondaryDisability: 'autism' },
      ['secondaryDisability'],
    ],
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

describe('status follows the recorded events (statusAfterEvent)', () => {
  const at = (spedStatus: (typeof SPED_STATUSES)[number], primaryDisability: string | null = null) => ({
    spedStatus,
    primaryDisability,
    secondaryDisability: null,
  });
  const no504 = { plan504InEffect: false };
  it.each([
    ['none', 'referral', {}, 'referred'],
    ['exited', 'referral', {}, 'referred'],
    ['plan_504', 'referral', {}, 'referred'],
    ['none', 'part_c_referral', {}, 'referred'],
    ['none', 'consent_given', { consentType: 'evaluation' }, 'evaluating'],
    ['referred', 'consent_given', { consentType: 'evaluation' }, 'evaluating'],
    ['referred', 'evaluation_planned', {}, 'evaluating'],
    [
      'evaluating',
      'eligibility',
      { eligible: true, categories: ['autism', 'speech_language_impairment'] },
      'eligible_iep',
    ],
    ['evaluating', 'eligibility', { eligible: false, categories: [] }, 'none'],
    ['eligible_iep', 'exit', { reason: 'moved_known_to_continue' }, 'exited'],
  ] as const)('%s + %s %o → %s', (from, kind, details, to) => {
    expect(statusAfterEvent(at(from), { kind, details }, no504)?.spedStatus).toBe(to);
  });
  it.each([
    ['referred', 'referral', {}],
    ['eligible_iep', 'referral', {}],
    ['eligible_iep', 'consent_given', { consentType: 'evaluation' }],
    ['evaluating', 'consent_given', { consentType: 'initial_services' }],
    ['eligible_iep', 'eligibility', { eligible: false, categories: [] }], // a reevaluation: the exit ends it
    ['eligible_iep', 'iep_meeting', { purpose: 'annual' }],
  ] as const)('%s + %s %o changes nothing', (from, kind, details) => {
    expect(statusAfterEvent(at(from, from === 'eligible_iep' ? 'autism' : null), { kind, details }, no504)).toBeNull();
  });
  it('eligibility sets the categories found (first primary); an exit clears them', () => {
    expect(
      statusAfterEvent(
        at('evaluating'),
        { kind: 'eligibility', details: { eligible: true, categories: ['autism', 'speech_language_impairment'] } },
        no504,
      ),
    ).toEqual({
      spedStatus: 'eligible_iep',
      primaryDisability: 'autism',
      secondaryDisability: 'speech_language_impairment',
    });
    expect(
      statusAfterEvent(
        at('eligible_iep', 'autism'),
        { kind: 'exit', details: { reason: 'graduated_regular_diploma' } },
        no504,
      ),
    ).toEqual({ spedStatus: 'exited', primaryDisability: null, secondaryDisability: null });
  });
  it('a 504 plan in effect stays the status when IDEA ends or eligibility is not found', () => {
    expect(
      statusAfterEvent(
        at('eligible_iep', 'autism'),
        { kind: 'exit', details: { reason: 'no_longer_eligible' } },
        { plan504InEffect: true },
      )?.spedStatus,
    ).toBe('plan_504');
    expect(
      statusAfterEvent(
        at('evaluating'),
        { kind: 'eligibility', details: { eligible: false } },
        { plan504InEffect: true },
      )?.spedStatus,
    ).toBe('plan_504');
  });
  it('every status it leaves agrees with the disability rule', () => {
    for (const from of SPED_STATUSES)
      for (const kind of ['referral', 'consent_given', 'evaluation_planned', 'eligibility', 'exit'])
        for (const eligible of [true, false]) {
          const next = statusAfterEvent(
            at(from, from === 'eligible_iep' ? 'autism' : null),
            { kind, details: { consentType: 'evaluation', eligible, categories: eligible ? ['autism'] : [] } },
            no504,
          );
          if (next) expect(disabilityFindings(next)).toEqual([]);
        }
  });
});

describe('a category set by hand: developmental delay only within the state’s ages (300.8(b))', () => {
  const row = {
    spedStatus: 'eligible_iep' as const,
    primaryDisability: 'developmental_delay',
    secondaryDisability: null,
  };
  it.each([
    [2, ['primaryDisability']],
    [3, []],
    [9, []],
    [10, ['primaryDisability']],
  ])('age %i → %o', (years, paths) => {
    expect(
      disabilityFindings(row, { years, developmentalDelayAges: { min: 3, max: 9 }, profileName: 'Federal' }).map(
        (p) => p.path,
      ),
    ).toEqual(paths);
  });
  it('without the age (a record read back, not a change) nothing is checked', () => {
    expect(disabilityFindings(row)).toEqual([]);
  });
});
