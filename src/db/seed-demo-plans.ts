/**
 * Demo plans (Lincoln): the parent's child has an active IEP with no error findings; a transition-age IEP
 * (the student account); an IEP overdue for its annual review; an amendment with its history; a draft with
 * findings (parent2's child); a 504 plan. Deterministic: one function per kind of plan, and they go in through
 * createPlan (src/db/factories-records.ts).
 */
import { must } from './values';
import { emptyIepContent, empty504Content, type IepContent, type PlanDates } from '../domain/plan';
import type { Queryable } from './connect';
import { createPlan } from './factories-records';

interface SeedPlan {
  id: string;
  studentId: string;
  type: 'iep' | '504';
  status: 'draft' | 'active' | 'superseded';
  dates: PlanDates;
  content: unknown;
  amendmentOf?: string;
  amendmentMethod?: 'meeting' | 'written_agreement';
  sharedWithFamily?: boolean;
  finalizedAt?: string;
}

export function iep(area: string, goalText: string, slp: boolean, start: string, end: string): IepContent {
  const c = emptyIepContent();
  setProfile(c, area, slp);
  setGoalsAndServices(c, area, goalText, slp, start, end);
  setSupports(c);
  return c;
}

/** Present levels and special factors (communication when the student has speech-language services). */
function setProfile(c: IepContent, area: string, slp: boolean): void {
  c.presentLevels = {
    academic: `Curriculum-based measures and classroom work show needs in ${area.toLowerCase()}; other academic areas are near grade level.`,
    functional: 'Follows classroom routines with visual reminders; works well in small groups.',
    strengths: 'Curious, kind to classmates, strong visual memory.',
    parentConcerns: 'The family wants more practice at home and regular news of progress.',
    studentInput: 'Likes drawing and science experiments; wants help with reading out loud.',
    impactOnGeneralCurriculum: `Needs in ${area.toLowerCase()} limit access to grade-level work without specially designed instruction.`,
  };
  for (const k of ['behavior', 'limitedEnglish', 'braille', 'assistiveTechnology'] as const)
    c.specialFactors[k] = { needed: false, howAddressed: '' };
  c.specialFactors.communication = slp
    ? { needed: true, howAddressed: 'Speech-language services and visual supports in class.' }
    : { needed: false, howAddressed: '' };
}

/** The goal in `area` with specialized instruction; with `slp`, an articulation goal and speech-language therapy. */
function setGoalsAndServices(
  c: IepContent,
  area: string,
  goalText: string,
  slp: boolean,
  start: string,
  end: string,
): void {
  c.goals = [
    {
      id: 'g1',
      area,
      baseline: 'See present levels.',
      text: goalText,
      measurement: 'Weekly probes, charted and shared with the family',
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
      startDate: start,
      endDate: end,
      discipline: null,
    },
  ];
  if (slp) {
    c.goals.push({
      id: 'g2',
      area: 'Articulation',
      baseline: '/r/ correct in 40% of words',
      text: 'During structured activities, the student will produce /r/ correctly in words with 80% accuracy in 4 of 5 sessions by the annual review.',
      measurement: 'Therapy session data',
      objectives: [],
      discipline: 'slp',
    });
    c.services.push({
      id: 's2',
      kind: 'related_service',
      service: 'speech_language_therapy',
      providerRole: 'speech-language pathologist',
      minutesPerSession: 30,
      sessions: 2,
      per: 'week',
      location: 'special_education',
      locationDetail: '',
      startDate: start,
      endDate: end,
      discipline: 'slp',
    });
  }
}

/** Accommodations, assessments, placement, ESY and progress reporting: the same for every demo IEP. */
function setSupports(c: IepContent): void {
  c.accommodations = [
    {
      id: 'a1',
      kind: 'both',
      description: 'Extended time (1.5x) on tests and long assignments',
      settings: 'All classes and state assessments',
      responsibleStaff: '',
    },
    {
      id: 'a2',
      kind: 'classroom',
      description: 'Preferential seating near instruction',
      settings: 'All classes',
      responsibleStaff: '',
    },
  ];
  c.assessments = [
    {
      id: 'x1',
      assessment: 'State assessment (ELA and math)',
      participation: 'regular_with_accommodations',
      alternateReason: '',
    },
  ];
  c.placement = {
    setting: 'regular_school',
    regularClassMinutesPerWeek: 1500,
    schoolMinutesPerWeek: 1800,
    nonParticipationExplanation:
      'Out of the regular class for specialised instruction and related services, as listed in services.',
    extracurricular: 'Takes part in all extracurricular and nonacademic activities with peers.',
  };
  c.esy = { determination: 'not_needed', services: '' };
  c.progressReporting = {
    frequency: 'Each quarter, with report cards',
    method: 'Written progress report in the family’s language',
  };
}

interface DemoPlanParams {
  districtId: string;
  id: (name: string) => string;
  studentIds: string[];
  caseManagerId: string;
  caseManagerName: string;
}

export async function seedDemoPlans(tx: Queryable, p: DemoPlanParams): Promise<void> {
  const s = (i: number) => must(p.studentIds[i], `student ${i}`);
  const plans = [...activeIeps(p, s), ...amendedIep(p, s), ...draftIep(p, s), ...plan504(p, s)];
  for (const plan of plans) {
    await createPlan(tx, {
      id: plan.id,
      districtId: p.districtId,
      studentId: plan.studentId,
      type: plan.type,
      status: plan.status,
      dates: plan.dates,
      content: plan.content,
      amendmentOf: plan.amendmentOf,
      amendmentMethod: plan.amendmentMethod,
      sharedWithFamily: plan.sharedWithFamily,
      authorId: p.caseManagerId,
      authorName: p.caseManagerName,
      finalizedAt: plan.finalizedAt,
    });
  }
}

/** The IEPs in effect: the parent's child's, the student account's (transition age), one overdue for review. */
function activeIeps(p: DemoPlanParams, s: (i: number) => string): SeedPlan[] {
  const plans: SeedPlan[] = [];
  // The parent's child: an active IEP with no error findings.
  plans.push({
    id: p.id('plan:child-iep'),
    studentId: s(0),
    type: 'iep',
    status: 'active',
    dates: {
      meetingDate: '2026-09-10',
      startDate: '2026-09-14',
      endDate: '2027-09-09',
      nextAnnualReview: '2027-09-09',
    },
    content: iep(
      'Reading fluency',
      'Given a grade-level passage, the student will read aloud 100 words correct per minute in 3 of 4 weekly probes by the annual review.',
      true,
      '2026-09-14',
      '2027-09-09',
    ),
    finalizedAt: '2026-09-10T17:00:00Z',
  });

  plans.push(transitionIep(p, s));

  // An IEP overdue for its annual review (the review was due 2026-10-01).
  plans.push({
    id: p.id('plan:overdue-iep'),
    studentId: s(11),
    type: 'iep',
    status: 'active',
    dates: {
      meetingDate: '2025-10-02',
      startDate: '2025-10-06',
      endDate: '2026-10-01',
      nextAnnualReview: '2026-10-01',
    },
    content: iep(
      'Task completion',
      'During independent work, the student will complete assigned tasks within the time given in 4 of 5 observations by the annual review.',
      false,
      '2025-10-06',
      '2026-10-01',
    ),
    finalizedAt: '2025-10-02T17:00:00Z',
  });
  return plans;
}

/** An IEP amended by written agreement: the original (superseded) and the amendment. */
function amendedIep(p: DemoPlanParams, s: (i: number) => string): SeedPlan[] {
  const plans: SeedPlan[] = [];
  // An amendment with history: the original IEP, superseded by an amendment made by written agreement.
  const original = iep(
    'Math calculation',
    'Given 20 two-digit multiplication problems, the student will solve them with 80% accuracy in 3 of 4 probes by the annual review.',
    false,
    '2026-08-24',
    '2027-08-20',
  );
  const amended = structuredClone(original);
  amended.esy = { determination: 'needed', services: 'Math instruction, 2 hours a week in July.' };
  plans.push({
    id: p.id('plan:amended-original'),
    studentId: s(10),
    type: 'iep',
    status: 'superseded',
    dates: {
      meetingDate: '2026-08-20',
      startDate: '2026-08-24',
      endDate: '2027-08-20',
      nextAnnualReview: '2027-08-20',
    },
    content: original,
    finalizedAt: '2026-08-20T17:00:00Z',
  });
  plans.push({
    id: p.id('plan:amendment'),
    studentId: s(10),
    type: 'iep',
    status: 'active',
    dates: {
      meetingDate: '2026-11-02',
      startDate: '2026-11-02',
      endDate: '2027-08-20',
      nextAnnualReview: '2027-08-20',
    },
    content: amended,
    amendmentOf: p.id('plan:amended-original'),
    amendmentMethod: 'written_agreement',
    finalizedAt: '2026-11-02T17:00:00Z',
  });
  return plans;
}

/** A draft with findings (parent2's child). */
function draftIep(p: DemoPlanParams, s: (i: number) => string): SeedPlan[] {
  const plans: SeedPlan[] = [];
  // A draft with findings (parent2's child): present levels begun, a vague goal, a service without minutes.
  const draft = emptyIepContent();
  draft.presentLevels.academic = 'Reads at a second-grade level; strong in math facts.';
  draft.goals = [
    {
      id: 'g1',
      area: 'Social communication',
      baseline: '',
      text: 'Will improve social skills.',
      measurement: '',
      objectives: [],
      discipline: null,
    },
  ];
  draft.services = [
    {
      id: 's1',
      kind: 'related_service',
      service: 'speech_language_therapy',
      providerRole: 'speech-language pathologist',
      minutesPerSession: null,
      sessions: null,
      per: null,
      location: null,
      locationDetail: '',
      startDate: null,
      endDate: null,
      discipline: 'slp',
    },
  ];
  plans.push({
    id: p.id('plan:draft-iep'),
    studentId: s(9),
    type: 'iep',
    status: 'draft',
    dates: { meetingDate: '2026-12-08', startDate: null, endDate: null, nextAnnualReview: null },
    content: draft,
    sharedWithFamily: true,
  });
  return plans;
}

/** A 504 plan in effect. */
function plan504(p: DemoPlanParams, s: (i: number) => string): SeedPlan[] {
  const plans: SeedPlan[] = [];
  // A 504 plan.
  const plan504 = empty504Content();
  plan504.impairment = 'Type 1 diabetes';
  plan504.majorLifeActivities = ['endocrine function', 'concentrating'];
  plan504.accommodations = [
    {
      id: 'a1',
      kind: 'classroom',
      description: 'Snacks, water and blood-glucose checks in class whenever needed',
      settings: 'All classes and field trips',
      responsibleStaff: 'Classroom teachers; school nurse',
    },
    {
      id: 'a2',
      kind: 'testing',
      description: 'Breaks to check blood glucose during tests, with the time restored',
      settings: 'Classroom and state tests',
      responsibleStaff: 'Test administrators',
    },
  ];
  plan504.reviewDate = '2027-09-01';
  plans.push({
    id: p.id('plan:504'),
    studentId: s(28),
    type: '504',
    status: 'active',
    dates: { meetingDate: '2026-09-01', startDate: '2026-09-02', endDate: null, nextAnnualReview: null },
    content: plan504,
    finalizedAt: '2026-09-01T17:00:00Z',
  });
  return plans;
}

/** The student account's IEP: transition age, with postsecondary goals and the transfer-of-rights statement. */
function transitionIep(p: DemoPlanParams, s: (i: number) => string): SeedPlan {
  const t = iep(
    'Written expression',
    'Given a writing prompt, the student will write a five-paragraph essay scoring 3 of 4 on the district rubric in 3 of 4 samples by the annual review.',
    false,
    '2026-10-05',
    '2027-10-01',
  );
  t.transition = {
    assessments: 'Career interest inventory (October 2026); student and family interviews.',
    educationTrainingGoal:
      'Within one year of graduating, the student will enrol in a community college program in graphic design.',
    employmentGoal: 'Within one year of graduating, the student will work part-time in a print or design shop.',
    independentLivingGoal: '',
    independentLivingNotAppropriate: true,
    services: 'Job shadowing at a local print shop; instruction in self-advocacy; visit to the community college.',
    courseOfStudy: 'College-preparatory diploma with a visual-arts pathway.',
    agenciesInvited: 'State vocational rehabilitation agency (with the family’s consent).',
  };
  t.ageOfMajority = { informed: true, informedOn: '2026-10-01' };
  return {
    id: p.id('plan:transition-iep'),
    studentId: s(1),
    type: 'iep',
    status: 'active',
    dates: {
      meetingDate: '2026-10-01',
      startDate: '2026-10-05',
      endDate: '2027-10-01',
      nextAnnualReview: '2027-10-01',
    },
    content: t,
    finalizedAt: '2026-10-01T17:00:00Z',
  };
}
