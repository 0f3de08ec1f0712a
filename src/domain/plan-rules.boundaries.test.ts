/**
 * Every findings rule, one mutation each from a complete IEP, with the boundary on both sides where the
 * rule has one. A row names the rule expected (or none) after the mutation.
 */
import { describe, expect, it } from 'vitest';
import { emptyIepContent, type IepContent, type PlanDates } from './plan';
import { SPECIAL_FACTORS } from './plan';
import { iepFindings, plan504Findings, PLAN_FINDING_RULES } from './plan-rules';
import { STATE_PROFILES, type StateProfile } from './state-profiles';

const DATES: PlanDates = {
  meetingDate: '2026-09-10',
  startDate: '2026-09-14',
  endDate: '2027-09-09',
  nextAnnualReview: '2027-09-09',
};
const STUDENT = {
  dateOfBirth: '2014-05-02',
  englishLearner: false,
  primaryDisability: 'specific_learning_disability',
  secondaryDisability: null,
};

function complete(): IepContent {
  const c = emptyIepContent();
  c.presentLevels = {
    academic: 'a',
    functional: 'f',
    strengths: 's',
    parentConcerns: 'p',
    studentInput: 'i',
    impactOnGeneralCurriculum: 'x',
  };
  for (const k of ['behavior', 'limitedEnglish', 'braille', 'communication', 'assistiveTechnology'] as const)
    c.specialFactors[k] = { needed: false, howAddressed: '' };
  c.goals = [
    {
      id: 'g1',
      area: 'reading',
      baseline: '62 wcpm',
      text: 'Given a grade-level passage, the student will read 100 words correct per minute in 3 of 4 probes by the annual review.',
      measurement: 'probes',
      objectives: [],
      discipline: null,
    },
  ];
  c.services = [
    {
      id: 's1',
      kind: 'special_education',
      service: 'sai',
      providerRole: 'teacher',
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
    { id: 'a1', kind: 'testing', description: 'Extended time', settings: 'tests', responsibleStaff: '' },
  ];
  c.assessments = [
    { id: 'x1', assessment: 'State ELA', participation: 'regular_with_accommodations', alternateReason: '' },
  ];
  c.placement = {
    setting: 'regular_school',
    regularClassMinutesPerWeek: 1620,
    schoolMinutesPerWeek: 1800,
    nonParticipationExplanation: 'Pull-out reading.',
    extracurricular: 'All activities.',
  };
  c.esy = { determination: 'not_needed', services: '' };
  c.progressReporting = { frequency: 'quarterly', method: 'report' };
  return c;
}

type Mutation = (c: IepContent, d: PlanDates, s: typeof STUDENT) => void;
const rows: [string, Mutation, string | string[] | null][] = [
  // dates
  ['no meeting date', (_c, d) => void (d.meetingDate = null), 'dates.meeting'],
  [
    'no start date',
    (c, d) => {
      d.startDate = null;
      c.services[0]!.startDate = '2026-09-14';
    },
    'dates.start',
  ],
  ['no end date', (_c, d) => void (d.endDate = null), 'dates.end'],
  [
    'end before start (the service then runs past it)',
    (_c, d) => void (d.endDate = '2026-09-13'),
    ['dates.order', 'services.after_plan'],
  ],
  ['end one year less a day after start (boundary, allowed)', (_c, d) => void (d.endDate = '2027-09-13'), null],
  [
    'end a year after start',
    (c, d) => {
      d.endDate = '2027-09-14';
      c.services[0]!.endDate = '2027-09-14';
    },
    'dates.one_year',
  ],
  [
    'services start on the meeting day (allowed)',
    (c, d) => {
      d.startDate = '2026-09-10';
      c.services[0]!.startDate = '2026-09-10';
    },
    null,
  ],
  [
    'services start the day before the meeting',
    (c, d) => {
      d.startDate = '2026-09-09';
      d.endDate = '2027-09-08';
      Object.assign(c.services[0]!, { startDate: '2026-09-09', endDate: '2027-09-08' });
    },
    'dates.start_after_meeting',
  ],
  [
    'next review a year less a day after the meeting (allowed)',
    (_c, d) => void (d.nextAnnualReview = '2027-09-09'),
    null,
  ],
  [
    'next review on the anniversary of the meeting (allowed)',
    (_c, d) => void (d.nextAnnualReview = '2027-09-10'),
    null,
  ],
  ['next review after the anniversary', (_c, d) => void (d.nextAnnualReview = '2027-09-11'), 'dates.annual_review'],
  ['no next review date', (_c, d) => void (d.nextAnnualReview = null), 'dates.annual_review_missing'],
  // present levels
  ['no academic present levels', (c) => void (c.presentLevels.academic = ' '), 'present_levels.academic'],
  ['no functional present levels', (c) => void (c.presentLevels.functional = ''), 'present_levels.functional'],
  ['no impact statement', (c) => void (c.presentLevels.impactOnGeneralCurriculum = ''), 'present_levels.impact'],
  ['no strengths', (c) => void (c.presentLevels.strengths = ''), 'present_levels.strengths'],
  ["no parents' concerns", (c) => void (c.presentLevels.parentConcerns = ''), 'present_levels.parent_concerns'],
  // special factors
  [
    'a factor not considered',
    (c) => void (c.specialFactors.braille.needed = null),
    'special_factors.braille.considered',
  ],
  [
    'a needed factor without how',
    (c) => void (c.specialFactors.behavior = { needed: true, howAddressed: '' }),
    'special_factors.behavior.how',
  ],
  [
    'an English learner with LEP marked not needed',
    (_c, _d, s) => void (s.englishLearner = true),
    'special_factors.limitedEnglish.expected',
  ],
  // goals
  ['no goals', (c) => void (c.goals = []), 'goals.none'],
  ['a goal without text', (c) => void (c.goals[0]!.text = ''), 'goals.text'],
  ['an unmeasurable goal', (c) => void (c.goals[0]!.text = 'Will understand reading.'), 'goals.measurable'],
  ['a goal without baseline', (c) => void (c.goals[0]!.baseline = ''), 'goals.baseline'],
  ['a goal without measurement', (c) => void (c.goals[0]!.measurement = ''), 'goals.measurement'],
  ['no progress reporting', (c) => void (c.progressReporting.frequency = ''), 'progress_reporting.frequency'],
  // services
  ['no special education service', (c) => void (c.services[0]!.kind = 'related_service'), 'services.special_education'],
  [
    'a service without minutes',
    (c) => void (c.services[0]!.minutesPerSession = 0),
    'services.frequency_location_duration',
  ],
  [
    'a service at "other" without saying where',
    (c) => void (c.services[0]!.location = 'other'),
    'services.frequency_location_duration',
  ],
  [
    'a service ending before it starts',
    (c) => {
      c.services[0]!.startDate = '2026-10-01';
      c.services[0]!.endDate = '2026-09-30';
    },
    'services.dates',
  ],
  ['a service starting the day the IEP starts (allowed)', (c) => void (c.services[0]!.startDate = '2026-09-14'), null],
  [
    'a service starting the day before the IEP',
    (c) => void (c.services[0]!.startDate = '2026-09-13'),
    'services.before_plan',
  ],
  [
    'a service ending the day after the IEP',
    (c) => void (c.services[0]!.endDate = '2027-09-10'),
    'services.after_plan',
  ],
  // assessments and accommodations
  [
    'an assessment without participation',
    (c) => void (c.assessments[0]!.participation = null),
    'assessments.participation',
  ],
  [
    'the alternate assessment without reasons',
    (c) => {
      c.assessments[0]!.participation = 'alternate';
      c.goals[0]!.objectives = [{ id: 'o', text: 'x' }];
    },
    'assessments.alternate_reason',
  ],
  [
    'testing with accommodations but only classroom ones listed',
    (c) => void (c.accommodations[0]!.kind = 'classroom'),
    'accommodations.testing',
  ],
  // placement
  [
    'all day in the regular class needs no explanation (boundary)',
    (c) => {
      c.placement.regularClassMinutesPerWeek = 1800;
      c.placement.nonParticipationExplanation = '';
    },
    null,
  ],
  [
    'one minute outside the regular class needs one',
    (c) => {
      c.placement.regularClassMinutesPerWeek = 1799;
      c.placement.nonParticipationExplanation = '';
    },
    'placement.non_participation',
  ],
  [
    'a separate school always needs one',
    (c) => {
      c.placement.setting = 'separate_school';
      c.placement.nonParticipationExplanation = '';
    },
    'placement.non_participation',
  ],
  [
    'more regular-class minutes than the school week',
    (c) => void (c.placement.regularClassMinutesPerWeek = 1801),
    'placement.minutes',
  ],
  ['no extracurricular statement', (c) => void (c.placement.extracurricular = ''), 'placement.extracurricular'],
  // ESY
  ['ESY not determined', (c) => void (c.esy.determination = null), 'esy.determination'],
  ['ESY needed without services', (c) => void (c.esy = { determination: 'needed', services: '' }), 'esy.services'],
];

describe('every findings rule, one mutation from a complete IEP', () => {
  it('the complete IEP has no findings at all', () => {
    expect(
      iepFindings({
        content: complete(),
        dates: { ...DATES },
        student: { ...STUDENT },
        profile: STATE_PROFILES.federal,
        today: '2026-11-30',
      }),
    ).toEqual([]);
  });

  it.each(rows)('%s → %s', (_name, mutate, rule) => {
    const c = complete();
    const d = { ...DATES };
    const s = { ...STUDENT };
    mutate(c, d, s);
    const found = iepFindings({
      content: c,
      dates: d,
      student: s,
      profile: STATE_PROFILES.federal,
      today: '2026-11-30',
    }).map((f) => f.rule);
    expect(found).toEqual(rule === null ? [] : Array.isArray(rule) ? rule : [rule]);
  });
});

describe('the finding codes (PLAN_FINDING_RULES, what the screens word in each language)', () => {
  /** Every rule the checks produce: each mutation above, each special factor in every state, the age rules, a 504 plan. */
  function producedRules(): Set<string> {
    const out = new Set<string>();
    const add = (fs: { rule: string; params: object }[]) => fs.forEach((f) => out.add(f.rule));
    const run = (c: IepContent, d: PlanDates, s: typeof STUDENT, held: string[] = []) =>
      add(
        iepFindings({
          content: c,
          dates: d,
          student: s,
          profile: STATE_PROFILES.federal,
          today: '2026-11-30',
          heldMeetingDates: held,
        }),
      );
    for (const [, mutate] of rows) {
      const c = complete();
      const d = { ...DATES };
      const s = { ...STUDENT };
      mutate(c, d, s);
      run(c, d, s);
    }
    for (const key of SPECIAL_FACTORS)
      for (const needed of [null, true, false])
        for (const s of [
          STUDENT,
          { ...STUDENT, englishLearner: true, primaryDisability: 'deaf_blindness' },
          { ...STUDENT, primaryDisability: 'visual_impairment' },
        ]) {
          const c = complete();
          c.specialFactors[key] = { needed, howAddressed: '' };
          run(c, { ...DATES }, s);
        }
    const alternate = complete();
    alternate.assessments[0]!.participation = 'alternate';
    run(alternate, { ...DATES }, STUDENT);
    run(complete(), { ...DATES }, { ...STUDENT, dateOfBirth: '2009-10-28' }); // transition and age of majority, nothing written
    run(complete(), { ...DATES }, STUDENT, ['2026-09-11']);
    run(complete(), { ...DATES }, { ...STUDENT, dateOfBirth: '2017-06-01', primaryDisability: 'developmental_delay' }); // turns 10 during the IEP
    add(
      plan504Findings(
        {
          impairment: '',
          majorLifeActivities: [],
          accommodations: [{ id: 'a', kind: 'classroom', description: '', settings: '', responsibleStaff: '' }],
          reviewDate: null,
        },
        { ...DATES, meetingDate: null },
      ),
    );
    add(
      plan504Findings(
        { impairment: 'x', majorLifeActivities: [], accommodations: [], reviewDate: null },
        { ...DATES },
        ['2026-09-11'],
      ),
    );
    return out;
  }

  it('lists exactly the rules the checks can produce (none missing, none stale), each once', () => {
    expect([...producedRules()].sort()).toEqual([...PLAN_FINDING_RULES].sort());
    expect(new Set(PLAN_FINDING_RULES).size).toBe(PLAN_FINDING_RULES.length);
  });

  it('every finding carries params, with days as ISO dates', () => {
    const c = complete();
    c.services[0]!.endDate = '2027-09-10';
    const f = iepFindings({
      content: c,
      dates: { ...DATES, nextAnnualReview: '2027-09-11' },
      student: { ...STUDENT, dateOfBirth: '2009-10-28' },
      profile: STATE_PROFILES.federal,
      today: '2026-11-30',
    });
    for (const x of f) expect(x.params, x.rule).toBeTypeOf('object');
    expect(f.find((x) => x.rule === 'services.after_plan')!.params).toEqual({
      endDate: '2027-09-10',
      planEnd: '2027-09-09',
    });
    expect(f.find((x) => x.rule === 'dates.annual_review')!.params).toEqual({
      meetingDate: '2026-09-10',
      latestReview: '2027-09-10',
    });
    const s = complete();
    Object.assign(s.services[0]!, { minutesPerSession: null, location: null, startDate: null });
    expect(
      iepFindings({
        content: s,
        dates: { ...DATES },
        student: { ...STUDENT },
        profile: STATE_PROFILES.federal,
        today: '2026-11-30',
      }).find((x) => x.rule === 'services.frequency_location_duration')!.params,
    ).toEqual({ missing: ['minutes', 'location', 'start_date'] });
  });
});

describe('developmental delay past the state’s ages (34 CFR 300.8(b), 300.111(b))', () => {
  const run = (
    dateOfBirth: string,
    profile: StateProfile = STATE_PROFILES.federal,
    primaryDisability = 'developmental_delay',
  ) =>
    iepFindings({
      content: complete(),
      dates: { ...DATES },
      student: { ...STUDENT, dateOfBirth, primaryDisability },
      profile,
      today: '2026-11-30',
    }).find((f) => f.rule === 'eligibility.developmental_delay_age');
  // The IEP ends 2027-09-09: a child who turns 10 on or before that day is past the federal range while it runs.
  it.each([
    ['turns 10 the day before the IEP ends', '2017-09-08', true],
    ['turns 10 on the day it ends', '2017-09-09', true],
    ['turns 10 the day after', '2017-09-10', false],
  ])('%s → %s', (_l, dob, found) => {
    expect(Boolean(run(dob))).toBe(found);
    if (found) expect(run(dob)).toMatchObject({ severity: 'warning', params: { uses: 'yes', age: 10, max: 9 } });
  });
  it('a state without the category warns for any age; another category is never limited', () => {
    expect(run('2021-01-01', { ...STATE_PROFILES.federal, name: 'No DD', developmentalDelayAges: null })).toMatchObject(
      { params: { uses: 'no', profile: 'No DD' } },
    );
    expect(run('2017-09-08', STATE_PROFILES.federal, 'autism')).toBeUndefined();
  });
});
