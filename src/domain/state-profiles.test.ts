import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PROFILES,
  districtProfile,
  effectiveProfile,
  FALLBACK_MEETING_NOTICE,
  meetingNoticeDefaultProblem,
  PROFILE_CITATION_KEYS,
  STATE_PROFILES,
  stateProfile,
  validateProfileDefinition,
  type StateProfileDefinition,
} from './state-profiles';

const { federal, CA, TX } = BUILT_IN_PROFILES;

describe('the built-in profiles, as the sources say (each number with its citation)', () => {
  it.each<[string, StateProfileDefinition, Partial<StateProfileDefinition>]>([
    [
      'federal',
      federal,
      {
        evaluationTimeline: { days: 60, counting: 'calendar' },
        meetingNotice: null,
        transitionAge: 16,
        ageOfMajority: 18,
        developmentalDelayAges: { min: 3, max: 9 },
      },
    ],
    [
      'California',
      CA,
      {
        evaluationTimeline: { days: 60, counting: 'calendar_excluding_breaks', excludeBreaksOverSchoolDays: 5 },
        meetingNotice: null,
        transitionAge: 16,
        ageOfMajority: 18,
        developmentalDelayAges: null,
      },
    ],
    [
      'Texas',
      TX,
      {
        evaluationTimeline: { days: 45, counting: 'school' },
        meetingNotice: { days: 5, counting: 'school' },
        transitionAge: 14,
        ageOfMajority: 18,
        developmentalDelayAges: { min: 3, max: 9 },
      },
    ],
  ])('%s', (_name, profile, expected) => {
    expect(profile).toMatchObject(expected);
    for (const k of PROFILE_CITATION_KEYS)
      expect(profile.citations[k], k).toMatch(/CFR|Cal\. Ed\. Code|Tex\. Educ\. Code|TAC|OpenIEP setting/);
    expect(validateProfileDefinition(profile)).toEqual({ ok: true, profile });
  });

  it('cites the rule each number comes from', () => {
    expect(CA.citations.meetingNotice).toMatch(/^Cal\. Ed\. Code 56341\.5\(b\)/);
    expect(CA.citations.evaluationTimeline).toMatch(/^Cal\. Ed\. Code 56043\(c\), 56344\(a\)/);
    expect(CA.citations.developmentalDelayAges).toMatch(/56441\.11/);
    expect(TX.citations.meetingNotice).toMatch(/^19 TAC 89\.1050/);
    expect(TX.citations.evaluationTimeline).toMatch(/^Tex\. Educ\. Code 29\.004\(a\)/);
    expect(TX.citations.transitionAge).toBe('Tex. Educ. Code 29.0111');
    expect(federal.citations.meetingNotice).toMatch(/^34 CFR 300\.322\(a\)\(1\)/);
  });

  it('stateProfile keeps working for code that asks by code (the federal floor for an unknown one)', () => {
    expect(stateProfile('ZZ')).toBe(STATE_PROFILES.federal);
    expect(stateProfile('TX').transitionAge).toBe(14);
    expect(stateProfile('federal').evaluationTimeline).toEqual({ days: 60, counting: 'calendar' });
  });
});

describe('the meeting notice lead time: the law’s number, or the district’s where the law says "early enough" (300.322(a)(1))', () => {
  it.each<[string, StateProfileDefinition, { days: number; counting: string }, string | null]>([
    ['TX: 4 school days is below the law’s 5', TX, { days: 4, counting: 'school' }, 'meetingNoticeDefault.days'],
    ['TX: 5 school days, the law’s own number', TX, { days: 5, counting: 'school' }, null],
    ['TX: 6 school days, more than the law', TX, { days: 6, counting: 'school' }, null],
    [
      'TX: 10 calendar days is not in the law’s counting',
      TX,
      { days: 10, counting: 'calendar' },
      'meetingNoticeDefault.counting',
    ],
    ['CA: 0 days', CA, { days: 0, counting: 'calendar' }, 'meetingNoticeDefault.days'],
    ['CA: 1 day', CA, { days: 1, counting: 'calendar' }, null],
    ['CA: 60 days', CA, { days: 60, counting: 'calendar' }, null],
    ['CA: 61 days', CA, { days: 61, counting: 'calendar' }, 'meetingNoticeDefault.days'],
    ['CA: 2.5 days', CA, { days: 2.5, counting: 'calendar' }, 'meetingNoticeDefault.days'],
    ['CA: school days are allowed where the law sets none', CA, { days: 5, counting: 'school' }, null],
    ['CA: an unknown counting', CA, { days: 5, counting: 'weeks' }, 'meetingNoticeDefault.counting'],
  ])('%s', (_label, def, value, path) => {
    expect(meetingNoticeDefaultProblem(def, value)?.path ?? null).toBe(path);
  });

  it('where the law sets none, the district’s lead time stands; OpenIEP’s 10 calendar days until it sets one', () => {
    expect(effectiveProfile(CA, null).meetingNotice).toEqual({
      ...FALLBACK_MEETING_NOTICE,
      source: 'district_default',
      citation: CA.citations.meetingNotice,
      lawMinimum: null,
      setByDistrict: false,
    });
    expect(effectiveProfile(CA, { days: 15, counting: 'calendar' }).meetingNotice).toMatchObject({
      days: 15,
      counting: 'calendar',
      source: 'district_default',
      setByDistrict: true,
    });
    expect(effectiveProfile(federal, { days: 7, counting: 'school' }).meetingNotice).toMatchObject({
      days: 7,
      counting: 'school',
      source: 'district_default',
    });
  });

  it('where the law sets a number, it stands unless the district gives more in the same counting; a stored default below it is ignored', () => {
    expect(effectiveProfile(TX, null).meetingNotice).toMatchObject({
      days: 5,
      counting: 'school',
      source: 'law',
      lawMinimum: { days: 5, counting: 'school' },
      setByDistrict: false,
    });
    expect(effectiveProfile(TX, { days: 5, counting: 'school' }).meetingNotice).toMatchObject({
      days: 5,
      source: 'law',
      setByDistrict: true,
    });
    expect(effectiveProfile(TX, { days: 7, counting: 'school' }).meetingNotice).toMatchObject({
      days: 7,
      counting: 'school',
      source: 'district_default',
      lawMinimum: { days: 5, counting: 'school' },
    });
    expect(effectiveProfile(TX, { days: 3, counting: 'school' }).meetingNotice).toMatchObject({
      days: 5,
      source: 'law',
      setByDistrict: false,
    });
    expect(effectiveProfile(TX, { days: 20, counting: 'calendar' }).meetingNotice).toMatchObject({
      days: 5,
      counting: 'school',
      source: 'law',
    });
  });
});

describe('a profile given as JSON is validated, every problem named by its path', () => {
  const ny = (over: Record<string, unknown> = {}) =>
    ({ ...JSON.parse(JSON.stringify(federal)), code: 'NY', name: 'New York', ...over }) as Record<string, unknown>;
  const problems = (input: unknown) => {
    const r = validateProfileDefinition(input);
    return r.ok ? [] : r.problems.map((p) => p.path);
  };

  it('accepts a complete definition and returns it typed', () => {
    const r = validateProfileDefinition(ny());
    expect(r.ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['transition age 16 (the federal latest)', { transitionAge: 16 }, []],
    ['transition age 17 (later than 300.320(b) allows)', { transitionAge: 17 }, ['transitionAge']],
    ['developmental delay 3–9', { developmentalDelayAges: { min: 3, max: 9 } }, []],
    ['developmental delay from 2', { developmentalDelayAges: { min: 2, max: 9 } }, ['developmentalDelayAges.min']],
    ['developmental delay to 10', { developmentalDelayAges: { min: 3, max: 10 } }, ['developmentalDelayAges.max']],
    ['developmental delay min above max', { developmentalDelayAges: { min: 6, max: 5 } }, ['developmentalDelayAges']],
    ['developmental delay not used', { developmentalDelayAges: null }, []],
    ['age of majority 17', { ageOfMajority: 17 }, ['ageOfMajority']],
    ['age of majority 18', { ageOfMajority: 18 }, []],
    ['age of majority 21', { ageOfMajority: 21 }, []],
    ['age of majority 22', { ageOfMajority: 22 }, ['ageOfMajority']],
    ['a meeting notice the law sets', { meetingNotice: { days: 5, counting: 'calendar' } }, []],
    ['a meeting notice of 0 days', { meetingNotice: { days: 0, counting: 'calendar' } }, ['meetingNotice.days']],
    [
      'breaks counting without its length',
      { evaluationTimeline: { days: 60, counting: 'calendar_excluding_breaks' } },
      ['evaluationTimeline.excludeBreaksOverSchoolDays'],
    ],
    [
      'a break length with calendar counting',
      { evaluationTimeline: { days: 60, counting: 'calendar', excludeBreaksOverSchoolDays: 5 } },
      ['evaluationTimeline.excludeBreaksOverSchoolDays'],
    ],
    [
      'an unknown counting',
      { evaluationTimeline: { days: 60, counting: 'weekdays' } },
      ['evaluationTimeline.counting'],
    ],
    ['a misspelt field', { transitonAge: 14 }, ['transitonAge']],
    ['a code with a space', { code: 'New York' }, ['code']],
    ['a portal age above the age of majority', { studentPortalAge: 19 }, ['studentPortalAge']],
  ])('%s', (_label, over, paths) => {
    expect(problems(ny(over))).toEqual(paths);
  });

  it('every number needs its citation', () => {
    const c = { ...federal.citations } as Record<string, string>;
    delete c.transitionAge;
    c.ageOfMajority = ' ';
    expect(problems(ny({ citations: c }))).toEqual(['citations.transitionAge', 'citations.ageOfMajority']);
  });

  it('refuses what is not an object', () => {
    expect(problems([])).toEqual(['(profile)']);
    expect(problems('TX')).toEqual(['(profile)']);
  });
});

describe('a district’s profile from what the database holds', () => {
  const ny = { ...JSON.parse(JSON.stringify(TX)), code: 'NY', name: 'New York', meetingNotice: null } as Record<
    string,
    unknown
  >;
  it('a built-in code, an added profile, or the federal floor for a code that names none', () => {
    expect(
      districtProfile({ code: 'TX', addedDefinition: null, meetingNoticeDefault: null }).meetingNotice,
    ).toMatchObject({ days: 5, source: 'law' });
    expect(
      districtProfile({ code: 'NY', addedDefinition: ny, meetingNoticeDefault: { days: 8, counting: 'calendar' } }),
    ).toMatchObject({ code: 'NY', transitionAge: 14, meetingNotice: { days: 8, source: 'district_default' } });
    expect(districtProfile({ code: 'NY', addedDefinition: null, meetingNoticeDefault: null }).code).toBe('federal');
    expect(
      districtProfile({ code: 'NY', addedDefinition: { ...ny, transitionAge: 30 }, meetingNoticeDefault: null }).code,
    ).toBe('federal');
    expect(
      districtProfile({ code: 'NY', addedDefinition: { ...ny, code: 'NJ' }, meetingNoticeDefault: null }).code,
    ).toBe('federal');
  });
});
