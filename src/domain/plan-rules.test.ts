import { describe, expect, it } from 'vitest';
import { emptyIepContent, empty504Content, type IepContent } from './plan';
import { ageOfMajorityStatementRequired, iepFindings, latestEndDate, plan504Findings, transitionRequired, type Finding } from './plan-rules';
import { STATE_PROFILES } from './state-profiles';

const federal = STATE_PROFILES.federal;
const dates = { meetingDate: '2026-09-10', startDate: '2026-09-14', endDate: '2027-09-09', nextAnnualReview: '2027-09-09' };
const student = { dateOfBirth: '2014-05-02', englishLearner: false, primaryDisability: 'specific_learning_disability', secondaryDisability: null };

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
  for (const k of ['behavior', 'limitedEnglish', 'braille', 'communication', 'assistiveTechnology'] as const) c.specialFactors[k] = { needed: false, howAddressed: '' };
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
    { id: 's1', kind: 'special_education', service: 'specialized_academic_instruction', providerRole: 'special education teacher', minutesPerSession: 45, sessions: 4, per: 'week', location: 'special_education', locationDetail: '', startDate: '2026-09-14', endDate: '2027-09-09', discipline: null },
  ];
  c.accommodations = [{ id: 'a1', kind: 'both', description: 'Extended time (1.5x)', settings: 'all classes and state tests', responsibleStaff: '' }];
  c.assessments = [{ id: 'x1', assessment: 'State ELA assessment', participation: 'regular_with_accommodations', alternateReason: '' }];
  c.placement = { setting: 'regular_school', regularClassMinutesPerWeek: 1620, schoolMinutesPerWeek: 1800, nonParticipationExplanation: 'Pulled out 180 minutes a week for specialised reading instruction.', extracurricular: 'Takes part in all activities.' };
  c.esy = { determination: 'not_needed', services: '' };
  c.progressReporting = { frequency: 'Each quarter, with report cards', method: 'Written report' };
  return c;
}

const errors = (f: Finding[]) => f.filter((x) => x.severity === 'error');
const rules = (f: Finding[]) => f.map((x) => x.rule);

describe('iepFindings (34 CFR 300.320, 300.324)', () => {
  it('finds no errors in a complete IEP', () => {
    expect(errors(iepFindings({ content: completeIep(), dates, student, profile: federal }))).toEqual([]);
  });

  it('an empty draft lists the errors a team must fix, each with its citation and path', () => {
    const f = iepFindings({ content: emptyIepContent(), dates, student, profile: federal });
    expect(rules(errors(f))).toEqual(
      expect.arrayContaining(['present_levels.academic', 'present_levels.functional', 'present_levels.impact', 'goals.none', 'services.special_education', 'progress_reporting.frequency', 'special_factors.behavior.considered', 'placement.minutes']),
    );
    for (const x of f) {
      expect(x.citation).toMatch(/^34 CFR 300\.\d+/);
      expect(x.path).not.toBe('');
    }
  });

  it('a service without frequency, location or duration cites 300.320(a)(7)', () => {
    const c = completeIep();
    c.services[0] = { ...c.services[0]!, sessions: null, location: null, endDate: null };
    const f = errors(iepFindings({ content: c, dates, student, profile: federal }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ citation: '34 CFR 300.320(a)(7)', path: 'services[0]' });
    expect(f[0]!.message).toMatch(/frequency.*location.*duration/);
  });

  it('an unmeasurable goal is an error naming what is missing', () => {
    const c = completeIep();
    c.goals[0]!.text = 'The student will improve reading.';
    const f = errors(iepFindings({ content: c, dates, student, profile: federal }));
    expect(f.map((x) => [x.rule, x.path])).toEqual([['goals.measurable', 'goals[0].text']]);
    expect(f[0]!.message).toMatch(/criterion/);
  });

  it('the alternate assessment needs reasons and short-term objectives on every goal', () => {
    const c = completeIep();
    c.assessments = [{ id: 'x1', assessment: 'State ELA', participation: 'alternate', alternateReason: '' }];
    const f = rules(errors(iepFindings({ content: c, dates, student, profile: federal })));
    expect(f).toEqual(expect.arrayContaining(['assessments.alternate_reason', 'goals.objectives']));
    c.assessments[0]!.alternateReason = 'Significant cognitive disability; instruction on alternate achievement standards.';
    c.goals[0]!.objectives = [{ id: 'o1', text: '80 wcpm by January' }];
    expect(errors(iepFindings({ content: c, dates, student, profile: federal }))).toEqual([]);
  });

  it('time outside the regular class needs the explanation of non-participation (300.320(a)(5))', () => {
    const c = completeIep();
    c.placement.nonParticipationExplanation = '';
    expect(rules(errors(iepFindings({ content: c, dates, student, profile: federal })))).toEqual(['placement.non_participation']);
    c.placement.regularClassMinutesPerWeek = 1800;
    expect(errors(iepFindings({ content: c, dates, student, profile: federal }))).toEqual([]);
  });

  it('a factor found needed must say how it is addressed', () => {
    const c = completeIep();
    c.specialFactors.assistiveTechnology = { needed: true, howAddressed: ' ' };
    expect(rules(errors(iepFindings({ content: c, dates, student, profile: federal })))).toEqual(['special_factors.assistiveTechnology.how']);
  });

  it.each([
    ['2027-09-09', 'IEP end date'],
    ['2027-09-10', 'the day after'],
  ])('an IEP may end one year less a day after it starts (%s: %s)', (endDate) => {
    const f = rules(errors(iepFindings({ content: completeIep(), dates: { ...dates, startDate: '2026-09-10', endDate }, student, profile: federal })));
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
    const f = rules(iepFindings({ content: completeIep(), dates: { ...dates, startDate: '2025-11-17', meetingDate: '2025-11-17', endDate: end }, student: { ...student, dateOfBirth: '2010-11-15' }, profile: federal }));
    expect(f.includes('transition.employment_goal')).toBe(required);
  });

  it("follows the state profile's younger age (Texas: 14)", () => {
    expect(transitionRequired('2012-11-15', '2026-11-14', STATE_PROFILES.TX)).toBe(false);
    expect(transitionRequired('2012-11-15', '2026-11-15', STATE_PROFILES.TX)).toBe(true);
    expect(transitionRequired('2012-11-15', '2026-11-15', federal)).toBe(false);
  });

  it('independent living is a warning that the team can settle as not appropriate', () => {
    const c = completeIep();
    Object.assign(c.transition, { assessments: 'Career interest inventory', educationTrainingGoal: 'After graduation, will enrol in a community college welding program.', employmentGoal: 'Within one year of graduation, will work part-time in welding.', services: 'Job shadowing', courseOfStudy: 'CTE welding pathway', agenciesInvited: 'State vocational rehabilitation' });
    const input = { content: c, dates, student: { ...student, dateOfBirth: '2009-01-01' }, profile: federal };
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
    expect(rules(errors(plan504Findings(empty504Content(), dates)))).toEqual(['504.impairment', '504.major_life_activities', '504.accommodations']);
    const ok = { impairment: 'Type 1 diabetes', majorLifeActivities: ['endocrine function', 'concentrating'], accommodations: [{ id: 'a', kind: 'classroom' as const, description: 'Snacks and water in class', settings: 'all classes', responsibleStaff: 'classroom teachers' }], reviewDate: '2027-09-01' };
    expect(plan504Findings(ok, dates)).toEqual([]);
  });
});
