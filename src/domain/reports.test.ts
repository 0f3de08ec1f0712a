import { describe, expect, it } from 'vitest';
import {
  ageGroup,
  childCountRows,
  countedChildren,
  defaultCountDate,
  environmentRows,
  firstThursdayOfOctober,
  iepInEffect,
  indicator5,
  raceEthnicityCode,
  type ReportPlan,
  type ReportStudent,
} from './reports';

const COUNT = '2025-10-02'; // first Thursday of October 2025

const iep = (over: Partial<ReportPlan> = {}): ReportPlan => ({
  type: 'iep',
  status: 'active',
  startDate: '2025-03-01',
  endDate: '2026-02-28',
  placement: { setting: 'regular_school', regularClassMinutesPerWeek: 1800, schoolMinutesPerWeek: 1800 },
  ...over,
});

const child = (over: Partial<ReportStudent> = {}): ReportStudent => ({
  dateOfBirth: '2015-05-05',
  grade: '05',
  primaryDisability: 'specific_learning_disability',
  hispanicLatino: false,
  races: ['white'],
  sex: 'F',
  englishLearner: false,
  plans: [iep()],
  ...over,
});

describe('count date', () => {
  it('is the first Thursday of October', () => {
    expect(firstThursdayOfOctober(2025)).toBe('2025-10-02');
    expect(firstThursdayOfOctober(2026)).toBe('2026-10-01'); // 1 October 2026 is a Thursday
    expect(firstThursdayOfOctober(2027)).toBe('2027-10-07');
  });
  it("defaults to this school year's count date, last year's before it", () => {
    expect(defaultCountDate('2026-11-30')).toBe('2026-10-01');
    expect(defaultCountDate('2026-10-01')).toBe('2026-10-01');
    expect(defaultCountDate('2026-09-30')).toBe('2025-10-02');
  });
});

describe('the IEP in effect on the count date (34 CFR 300.641(b))', () => {
  it('a plan ending the day before the count date is not counted; ending on it is', () => {
    expect(iepInEffect([iep({ endDate: '2025-10-01' })], COUNT)).toBeNull();
    expect(iepInEffect([iep({ endDate: '2025-10-02' })], COUNT)).not.toBeNull();
  });
  it('a plan starting the day after is not counted; starting on it is', () => {
    expect(iepInEffect([iep({ startDate: '2025-10-03' })], COUNT)).toBeNull();
    expect(iepInEffect([iep({ startDate: '2025-10-02' })], COUNT)).not.toBeNull();
  });
  it('drafts, proposals and 504 plans are not IEPs in effect', () => {
    expect(
      iepInEffect([iep({ status: 'draft' }), iep({ status: 'proposed' }), iep({ type: '504' })], COUNT),
    ).toBeNull();
  });
  it('a superseded plan counts for the dates it was in effect; the latest started wins', () => {
    const old = iep({
      status: 'superseded',
      startDate: '2025-01-10',
      endDate: '2026-01-09',
      placement: { setting: 'separate_school', regularClassMinutesPerWeek: null, schoolMinutesPerWeek: null },
    });
    const amended = iep({ startDate: '2025-11-01', endDate: '2026-10-31' });
    expect(iepInEffect([old, amended], COUNT)).toBe(old);
    expect(iepInEffect([old, amended], '2025-12-01')).toBe(amended);
  });
});

describe('ages 3 through 21 and the federal age groups', () => {
  it.each([
    ['2022-10-02', '03', 'PS', 'EC'], // 3rd birthday on the count date: counted
    ['2022-10-03', null, 'PS', null], // 3rd birthday the day after: still 2
    ['2019-10-02', '06', '01', 'SA'], // 6th birthday on the count date: school age
    ['2019-10-03', '05', 'PS', 'EC'], // 5 the day before the 6th birthday, not in kindergarten
    ['2019-10-03', '05', 'KG', 'SA'], // 5 in kindergarten: school age
    ['2003-10-03', '21', '12', 'SA'], // 22nd birthday the day after: 21, counted
    ['2003-10-02', null, '12', null], // 22nd birthday on the count date: not counted
  ])('born %s → age %s on the count date, group %s/%s', (dob, age, grade, group) => {
    const counted = countedChildren([child({ dateOfBirth: dob, grade })], COUNT);
    if (group === null) expect(counted).toEqual([]);
    else {
      expect(counted).toHaveLength(1);
      expect(counted[0]!.age).toBe(Number(age));
      expect(counted[0]!.ageGroup).toBe(group);
    }
  });
  it('ageGroup boundaries', () => {
    expect(ageGroup(2, 'PS')).toBeNull();
    expect(ageGroup(4, 'KG')).toBe('EC'); // only 5-year-olds in kindergarten move to school age
    expect(ageGroup(5, 'KG')).toBe('SA');
    expect(ageGroup(5, 'PS')).toBe('EC');
    expect(ageGroup(21, '12')).toBe('SA');
    expect(ageGroup(22, 'UG')).toBeNull();
  });
});

describe('federal race/ethnicity', () => {
  it('Hispanic/Latino of any race, then one race, then two or more', () => {
    expect(raceEthnicityCode(true, ['white', 'asian'])).toBe('HI7');
    expect(raceEthnicityCode(false, ['asian'])).toBe('AS7');
    expect(raceEthnicityCode(false, ['asian', 'white'])).toBe('MU7');
    expect(raceEthnicityCode(false, [])).toBe('NOT_RECORDED');
  });
});

describe('child count rows', () => {
  const students = [
    child(), // SLD, 10, WH7, F, NLEP, RC80
    child({
      dateOfBirth: '2012-01-01',
      grade: '08',
      sex: 'M',
      englishLearner: true,
      hispanicLatino: true,
      plans: [
        iep({ placement: { setting: 'regular_school', regularClassMinutesPerWeek: 500, schoolMinutesPerWeek: 1800 } }),
      ],
    }), // SLD 13 RC39
    child({
      primaryDisability: 'deafness',
      dateOfBirth: '2021-06-01',
      grade: 'PS',
      plans: [
        iep({
          placement: { setting: 'separate_school', regularClassMinutesPerWeek: null, schoolMinutesPerWeek: null },
        }),
      ],
    }), // HI 4 EC SS
    child({
      primaryDisability: 'hearing_impairment',
      dateOfBirth: '2018-02-02',
      grade: '02',
      races: ['black_african_american'],
    }), // HI 7 SA RC80
    child({
      primaryDisability: null,
      plans: [
        iep({
          placement: { setting: 'homebound_hospital', regularClassMinutesPerWeek: null, schoolMinutesPerWeek: null },
        }),
      ],
    }), // NOT_RECORDED HH
    child({ plans: [iep({ endDate: '2025-10-01' })] }), // not counted
  ];
  const counted = countedChildren(students, COUNT);

  it('counts by disability × age, race/ethnicity, sex and English learner status; deafness reported as HI', () => {
    const rows = childCountRows(counted, COUNT);
    const get = (g: string, code: string, dim: string, v: string) =>
      rows.find((r) => r[1] === g && r[2] === code && r[3] === dim && r[4] === v)?.[5];
    expect(get('SA', 'SLD', 'total', 'ALL')).toBe(2);
    expect(get('SA', 'SLD', 'age', '10')).toBe(1);
    expect(get('SA', 'SLD', 'age', '13')).toBe(1);
    expect(get('SA', 'SLD', 'race_ethnicity', 'HI7')).toBe(1);
    expect(get('SA', 'SLD', 'english_learner', 'LEP')).toBe(1);
    expect(get('SA', 'SLD', 'sex', 'M')).toBe(1);
    expect(get('EC', 'HI', 'total', 'ALL')).toBe(1);
    expect(get('SA', 'HI', 'race_ethnicity', 'BL7')).toBe(1);
    expect(get('SA', 'NOT_RECORDED', 'total', 'ALL')).toBe(1);
    const totals = rows.filter((r) => r[3] === 'total').reduce((s, r) => s + (r[5] as number), 0);
    expect(totals).toBe(5);
    // Stable order: early childhood first, then school age, each in the federal disability order (HI before SLD).
    expect(rows[0]!.slice(1, 5)).toEqual(['EC', 'HI', 'total', 'ALL']);
    const saCodes = [...new Set(rows.filter((r) => r[1] === 'SA').map((r) => r[2]))];
    expect(saCodes).toEqual(['HI', 'SLD', 'NOT_RECORDED']);
  });

  it('environments by code × disability, and indicator 5 from them', () => {
    const rows = environmentRows(counted, COUNT);
    expect(rows).toEqual([
      [COUNT, 'EC', 'SS', 'HI', 1],
      [COUNT, 'SA', 'RC80', 'HI', 1],
      [COUNT, 'SA', 'RC80', 'SLD', 1],
      [COUNT, 'SA', 'RC39', 'SLD', 1],
      [COUNT, 'SA', 'HH', 'NOT_RECORDED', 1],
    ]);
    const i5 = indicator5(counted);
    expect(i5.a).toEqual({ numerator: 2, denominator: 4, percent: 50 });
    expect(i5.b).toEqual({ numerator: 1, denominator: 4, percent: 25 });
    expect(i5.c).toEqual({ numerator: 1, denominator: 4, percent: 25 });
  });

  it('exactly 80 % of the day is RC80; missing minutes are NOT_RECORDED and stay in the indicator 5 denominator', () => {
    const c = countedChildren(
      [
        child({
          plans: [
            iep({
              placement: { setting: 'regular_school', regularClassMinutesPerWeek: 1440, schoolMinutesPerWeek: 1800 },
            }),
          ],
        }),
        child({
          plans: [
            iep({
              placement: { setting: 'regular_school', regularClassMinutesPerWeek: null, schoolMinutesPerWeek: null },
            }),
          ],
        }),
      ],
      COUNT,
    );
    expect(c.map((x) => x.environment)).toEqual(['RC80', 'NOT_RECORDED']);
    expect(indicator5(c).a).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(indicator5([]).a.percent).toBeNull();
  });
});
