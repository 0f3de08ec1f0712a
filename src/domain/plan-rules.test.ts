import { describe, expect, it } from 'vitest';
import { emptyIepContent, empty504Content, type IepContent, type PlanDates } from './plan';
import {
  ageOfMajorityStatementRequired,
  iepFindings,
  latestEndDate,
  meetingDateFindings,
  plan504Findings,
  projectedPlanEnd,
  transitionRequired,
  type Finding,
} from './plan-rules';
import { STATE_PROFILES } from './state-profiles';

const federal = STATE_PROFILES.federal;
/** The tests' today (test/support/env.ts TEST_TODAY). */
const today = '2026-11-30';
const dates = {
  meetingDate: '2026-09-10',
  startDate: '2026-09-14',
  endDate: '2027-09-09',
  nextAnnualReview: '2027-09-09',
};
const student = {
  dateOfBirth: '2014-05-02',
  englishLearner: false,
  primaryDisability: 'specific_learning_disability',
  secondaryDisability: null,
};

/** A complete IEP for a 12-year-old with a specific learning disability: no error findings. */
function completeIep(): IepContent {
  const c = emptyIepContent();
  c.presentLevels = {
    academic: 'Reads 62 words correct per minute on grade-5 passages (benchmark 110).',
    functional: 'Organises materials with a checklist; asks for help when prompted.',
    strengths: 'Strong listening comprehension and oral vocabulary.',
    parentConcerns: 'Homework takes too long; wants more reading at home.',
    studentInput: 'Likes graphic novels.',
    impactOnGeneralCurriculum: 'Reading fluency limits access to grade-level texts in science and social studies.',
  };
  for (const k of ['behavior', 'limitedEnglish', 'braille', 'communication', 'assistiveTechnology'] as const)
    c.specialFactors[k] = { needed: false, howAddressed: '' };
  c.goals = [
    {
      id: 'g1',
      area: 'reading fluency',
      baseline: '62 wcpm',
      text: 'Given a grade-level passage, the student will read aloud 100 words correct per minute in 3 of 4 weekly probes by the annual review.',
      measurement: 'Weekly curriculum-based measurement probes',
      objectives: [],
      discipline: null,
    },
  ];
  c.services = [
    {
      id: 's1',
      kind: 'special_education',
      service: 'specialized_academic_instruction',
      providerRole: 'special education teacher',
      minutesPerSession: 45,
      sessions: 4,
      per: 'week',
      location: 'special_education',
      locationDetail: '',
      startDate: '2026-09-14',
      endDate: '2027-09-09',
      discipline: null,
    },
  ];
  c.accommodations = [
    {
      id: 'a1',
      kind: 'both',
      description: 'Extended time (1.5x)',
      settings: 'all classes and state tests',
      responsibleStaff: '',
    },
  ];
  c.assessments = [
    { id: 'x1', assessment: 'State ELA assessment', participation: 'regular_with_accommodations', alternateReason: '' },
  ];
  c.placement = {
    setting: 'regular_school',
    regularClassMinutesPerWeek: 1620,
    schoolMinutesPerWeek: 1800,
    nonParticipationExplanation: 'Pulled out 180 minutes a week for specialised reading instruction.',
    extracurricular: 'Takes part in all activities.',
  };
  c.esy = { determination: 'not_needed', services: '' };
  c.progressReporting = { frequency: 'Each quarter, with report cards', method: 'Written report' };
  return c;
}

const errors = (f: Finding[]) => f.filter((x) => x.severity === 'error');
const rules = (f: Finding[]) => f.map((x) => x.rule);

describe('iepFindings (34 CFR 300.320, 300.324)', () => {
  it('finds no errors in a complete IEP', () => {
    expect(errors(iepFindings({ content: completeIep(), dates, student, profile: federal, today }))).toEqual([]);
  });

  it('an empty draft lists the errors a team must fix, each with its citation and path', () => {
    const f = iepFindings({ content: emptyIepContent(), dates, student, profile: federal, today });
    expect(rules(errors(f))).toEqual(
      expect.arrayContaining([
        'present_levels.academic',
        'present_levels.functional',
        'present_levels.impact',
        'goals.none',
        'services.special_education',
        'progress_reporting.frequency',
        'special_factors.behavior.considered',
        'placement.minutes',
      ]),
    );
    for (const x of f) {
      expect(x.citation).toMatch(/^34 CFR 300\.\d+/);
      expect(x.path).not.toBe('');
    }
  });

  it('a service without frequency, location or duration cites 300.320(a)(7)', () => {
    const c = completeIep();
    c.services[0] = { ...c.services[0]!, sessions: null, location: null, endDate: null };
    const f = errors(iepFindings({ content: c, dates, student, profile: federal, today }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ citation: '34 CFR 300.320(a)(7)', path: 'services[0]' });
    expect(f[0]!.message).toMatch(/frequency.*location.*duration/);
  });

  it('an unmeasurable goal is an error naming what is missing', () => {
    const c = completeIep();
    c.goals[0]!.text = 'The student will improve reading.';
    const f = errors(iepFindings({ content: c, dates, student, profile: federal, today }));
    expect(f.map((x) => [x.rule, x.path])).toEqual([['goals.measurable', 'goals[0].text']]);
    expect(f[0]!.message).toMatch(/criterion/);
  });

  it('the alternate assessment needs reasons and short-term objectives on every goal', () => {
    const c = completeIep();
    c.assessments = [{ id: 'x1', assessment: 'State ELA', participation: 'alternate', alternateReason: '' }];
    const f = rules(errors(iepFindings({ content: c, dates, student, profile: federal, today })));
    expect(f).toEqual(expect.arrayContaining(['assessments.alternate_reason', 'goals.objectives']));
    c.assessments[0]!.alternateReason =
      'Significant cognitive disability; instruction on alternate achievement standards.';
    c.goals[0]!.objectives = [{ id: 'o1', text: '80 wcpm by January' }];
    expect(errors(iepFindings({ content: c, dates, student, profile: federal, today }))).toEqual([]);
  });

  it('time outside the regular class needs the explanation of non-participation (300.320(a)(5))', () => {
    const c = completeIep();
    c.placement.nonParticipationExplanation = '';
    expect(rules(errors(iepFindings({ content: c, dates, student, profile: federal, today })))).toEqual([
      'placement.non_participation',
    ]);
    c.placement.regularClassMinutesPerWeek = 1800;
    expect(errors(iepFindings({ content: c, dates, student, profile: federal, today }))).toEqual([]);
  });

  it('a factor found needed must say how it is addressed', () => {
    const c = completeIep();
    c.specialFactors.assistiveTechnology = { needed: true, howAddressed: ' ' };
    expect(rules(errors(iepFindings({ content: c, dates, student, profile: federal, today })))).toEqual([
      'special_factors.assistiveTechnology.how',
    ]);
  });

  it.each([
    ['2027-09-09', 'IEP end date'],
    ['2027-09-10', 'the day after'],
  ])('an IEP may end one year less a day after it starts (%s: %s)', (endDate) => {
    const f = rules(
      errors(
        iepFindings({
          content: completeIep(),
          dates: { ...dates, startDate: '2026-09-10', endDate },
          student,
          profile: federal,
          today,
        }),
      ),
    );
    expect(f.includes('dates.one_year')).toBe(endDate > '2027-09-09');
  });
});

describe('transition content (300.320(b)): the IEP in effect when the student turns 16', () => {
  // Born 2010-11-15: turns 16 on 2026-11-15.
  it.each([
    ['2026-11-14', false], // plan ends the day before the 16th birthday
    ['2026-11-15', true], // ends on the birthday
    ['2026-11-16', true],
  ])('plan ending %s → required: %s', (end, required) => {
    expect(transitionRequired('2010-11-15', end, federal)).toBe(required);
    const f = rules(
      iepFindings({
        content: completeIep(),
        dates: { ...dates, startDate: '2025-11-17', meetingDate: '2025-11-17', endDate: end },
        student: { ...student, dateOfBirth: '2010-11-15' },
        profile: federal,
        today,
      }),
    );
    expect(f.includes('transition.employment_goal')).toBe(required);
  });

  it("follows the state profile's younger age (Texas: 14)", () => {
    expect(transitionRequired('2012-11-15', '2026-11-14', STATE_PROFILES.TX)).toBe(false);
    expect(transitionRequired('2012-11-15', '2026-11-15', STATE_PROFILES.TX)).toBe(true);
    expect(transitionRequired('2012-11-15', '2026-11-15', federal)).toBe(false);
  });

  it('independent living is a warning that the team can settle as not appropriate', () => {
    const c = completeIep();
    Object.assign(c.transition, {
      assessments: 'Career interest inventory',
      educationTrainingGoal: 'After graduation, will enrol in a community college welding program.',
      employmentGoal: 'Within one year of graduation, will work part-time in welding.',
      services: 'Job shadowing',
      courseOfStudy: 'CTE welding pathway',
      agenciesInvited: 'State vocational rehabilitation',
    });
    const input = { content: c, dates, student: { ...student, dateOfBirth: '2009-01-01' }, profile: federal, today };
    c.ageOfMajority = { informed: true, informedOn: '2026-09-10' };
    expect(errors(iepFindings(input))).toEqual([]);
    expect(rules(iepFindings(input))).toContain('transition.independent_living');
    c.transition.independentLivingNotAppropriate = true;
    expect(rules(iepFindings(input))).not.toContain('transition.independent_living');
  });
});

describe('transfer of rights at the age of majority (300.320(c))', () => {
  // Born 2009-11-15: turns 17 on 2026-11-15 (one year before 18).
  it.each([
    ['2026-11-14', false],
    ['2026-11-15', true],
  ])('plan ending %s → statement required: %s', (end, required) => {
    expect(ageOfMajorityStatementRequired('2009-11-15', end, federal)).toBe(required);
  });
});

describe('latestEndDate', () => {
  it.each([
    ['2026-09-10', '2027-09-09'],
    ['2027-03-01', '2028-02-29'], // leap year
    ['2028-02-29', '2029-02-28'],
  ])('an IEP starting %s ends at the latest %s', (start, end) => {
    expect(latestEndDate(start)).toBe(end);
  });
});

describe('plan504Findings (34 CFR 104)', () => {
  it('requires the impairment, limited activities and accommodations', () => {
    expect(rules(errors(plan504Findings(empty504Content(), dates)))).toEqual([
      '504.impairment',
      '504.major_life_activities',
      '504.accommodations',
    ]);
    const ok = {
      impairment: 'Type 1 diabetes',
      majorLifeActivities: ['endocrine function', 'concentrating'],
      accommodations: [
        {
          id: 'a',
          kind: 'classroom' as const,
          description: 'Snacks and water in class',
          settings: 'all classes',
          responsibleStaff: 'classroom teachers',
        },
      ],
      reviewDate: '2027-09-01',
    };
    expect(plan504Findings(ok, dates)).toEqual([]);
  });
});

describe('the projected period of a plan without all its dates (for the age rules, 300.320(b), (c))', () => {
  it.each<[string, { meetingDate: string | null; startDate: string | null; endDate: string | null }, string, string]>([
    [
      'the end date, when set',
      { meetingDate: '2026-09-10', startDate: '2026-09-14', endDate: '2027-06-30' },
      '2027-06-30',
      'end_date',
    ],
    [
      'a year less a day from the start date',
      { meetingDate: '2026-09-10', startDate: '2026-09-14', endDate: null },
      '2027-09-13',
      'start_date',
    ],
    [
      'a year less a day from the meeting date',
      { meetingDate: '2026-09-10', startDate: null, endDate: null },
      '2027-09-09',
      'meeting_date',
    ],
    [
      'a year less a day from today, for a new draft',
      { meetingDate: null, startDate: null, endDate: null },
      '2027-11-29',
      'today',
    ],
    [
      'from a start on 29 February: to 28 February',
      { meetingDate: null, startDate: '2028-02-29', endDate: null },
      '2029-02-28',
      'start_date',
    ],
  ])('%s', (_label, d, end, basis) => {
    expect(projectedPlanEnd(d, today)).toEqual({ end, basis });
  });
});

describe('transition and age-of-majority findings from the birth date, before the plan’s dates are entered', () => {
  const none: PlanDates = { meetingDate: null, startDate: null, endDate: null, nextAnnualReview: null };
  const found = (dateOfBirth: string, d: PlanDates = none, asOf = today) =>
    iepFindings({
      content: completeIep(),
      dates: d,
      student: { ...student, dateOfBirth },
      profile: federal,
      today: asOf,
    });
  const has = (f: Finding[], rule: string) => f.some((x) => x.rule === rule);

  // A new draft on 2026-11-30 runs, at the latest, to 2027-11-29: the student turns 16 the day before / on / after it.
  it.each([
    ['2011-11-28', true], // turns 16 on 2027-11-28, the day before the projected end
    ['2011-11-29', true], // on it
    ['2011-11-30', false], // the day after: the next IEP's business
  ])('a new draft, born %s → transition required: %s', (dob, required) => {
    const f = found(dob);
    expect(has(f, 'transition.employment_goal')).toBe(required);
    expect(has(f, 'transition.assessments')).toBe(required);
  });

  it.each([
    ['2010-11-28', true], // turns 17 on 2027-11-28
    ['2010-11-29', true],
    ['2010-11-30', false],
  ])('a new draft, born %s → age-of-majority statement required (17, one year before 18): %s', (dob, required) => {
    expect(has(found(dob), 'age_of_majority.informed')).toBe(required);
  });

  it.each<[string, PlanDates, string, boolean]>([
    [
      'only a start date (2027-01-10 → 2028-01-09): turns 16 on 2028-01-09',
      { ...none, startDate: '2027-01-10' },
      '2012-01-09',
      true,
    ],
    [
      'only a start date: turns 16 on 2028-01-10, the day after',
      { ...none, startDate: '2027-01-10' },
      '2012-01-10',
      false,
    ],
    [
      'only a meeting date (2026-12-08 → 2027-12-07): turns 16 on 2027-12-07',
      { ...none, meetingDate: '2026-12-08' },
      '2011-12-07',
      true,
    ],
    [
      'only a meeting date: turns 16 on 2027-12-08, the day after',
      { ...none, meetingDate: '2026-12-08' },
      '2011-12-08',
      false,
    ],
    [
      'an end date wins over the start: ends 2027-06-30, turns 16 on 2027-07-01',
      { ...none, startDate: '2026-12-01', endDate: '2027-06-30' },
      '2011-07-01',
      false,
    ],
  ])('%s', (_label, d, dob, required) => {
    expect(has(found(dob, d), 'transition.employment_goal')).toBe(required);
  });

  it('carries the age, the day and the projected end as params, and says it in the right tense', () => {
    // Born 2009-10-28: turned 16 on 2025-10-28, turned 17 on 2026-10-28 (both before today).
    const f = found('2009-10-28');
    const t = f.find((x) => x.rule === 'transition.employment_goal')!;
    expect(t.params).toEqual({ age: 16, turnsOn: '2025-10-28', planEnd: '2027-11-29', endBasis: 'today' });
    expect(t.message).toBe(
      'The student turned 16 on October 28, 2025. Write a measurable postsecondary goal for employment.',
    );
    const aom = f.find((x) => x.rule === 'age_of_majority.informed')!;
    expect(aom.params).toEqual({
      age: 17,
      turnsOn: '2026-10-28',
      ageOfMajority: 18,
      planEnd: '2027-11-29',
      endBasis: 'today',
    });
    expect(aom.message).toContain('The student turned 17 on October 28, 2026.');
    // Born 2011-03-03: turns 16 on 2027-03-03, after today and before the projected end.
    const future = found('2011-03-03').find((x) => x.rule === 'transition.course_of_study')!;
    expect(future.message).toBe(
      'The student turns 16 on March 3, 2027, before this IEP ends (about November 29, 2027, a year from its writing: no end date yet). Describe the course of study.',
    );
    // The birthday is today: "turns" (today is not past).
    expect(found('2010-11-30').find((x) => x.rule === 'transition.services')!.message).toMatch(
      /^The student turns 16 on November 30, 2026, before this IEP ends/,
    );
    expect(found('2010-11-29').find((x) => x.rule === 'transition.services')!.message).toMatch(
      /^The student turned 16 on November 29, 2026\./,
    );
  });

  it('a plan with its end date names it', () => {
    const f = found('2011-03-03', {
      meetingDate: '2026-12-01',
      startDate: '2026-12-02',
      endDate: '2027-12-01',
      nextAnnualReview: '2027-12-01',
    });
    expect(f.find((x) => x.rule === 'transition.services')!.message).toContain(
      'before this IEP ends (December 1, 2027)',
    );
  });
});

describe('the plan’s meeting date is the day of the held meeting that produced it (300.324(a))', () => {
  it.each<[string, string | null, string[], boolean]>([
    ['no held meeting produced it', '2026-09-10', [], false],
    ['the held meeting’s day', '2026-12-08', ['2026-12-08'], false],
    ['one of two held meetings (a meeting continued)', '2026-12-01', ['2026-12-01', '2026-12-08'], false],
    ['the day before the held meeting', '2026-12-07', ['2026-12-08'], true],
    ['the day after', '2026-12-09', ['2026-12-08'], true],
    ['no date at all (dates.meeting says so)', null, ['2026-12-08'], false],
  ])('%s → flagged: %s', (_label, meetingDate, heldOn, flagged) => {
    const f = meetingDateFindings(meetingDate, heldOn, '34 CFR 300.324(a)');
    expect(f.map((x) => x.rule)).toEqual(flagged ? ['dates.meeting_held'] : []);
    if (flagged)
      expect(f[0]).toMatchObject({
        severity: 'error',
        path: 'dates.meetingDate',
        params: { meetingDate, heldOn: heldOn.at(-1) },
      });
  });

  it('IEP and 504 findings apply it with their own citation', () => {
    const iep = iepFindings({
      content: completeIep(),
      dates,
      student,
      profile: federal,
      today,
      heldMeetingDates: ['2026-09-11'],
    });
    expect(iep.filter((x) => x.rule === 'dates.meeting_held').map((x) => x.citation)).toEqual(['34 CFR 300.324(a)']);
    expect(
      iepFindings({
        content: completeIep(),
        dates,
        student,
        profile: federal,
        today,
        heldMeetingDates: ['2026-09-10'],
      }).some((x) => x.rule === 'dates.meeting_held'),
    ).toBe(false);
    const ok504 = {
      impairment: 'Type 1 diabetes',
      majorLifeActivities: ['endocrine function'],
      accommodations: [
        { id: 'a', kind: 'classroom' as const, description: 'Snacks', settings: 'all', responsibleStaff: 'teachers' },
      ],
      reviewDate: '2027-09-01',
    };
    expect(plan504Findings(ok504, dates, ['2026-09-11']).map((x) => [x.rule, x.citation])).toEqual([
      ['dates.meeting_held', '34 CFR 104.35(c)'],
    ]);
  });
});
