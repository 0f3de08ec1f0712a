/** Factories for plans: a complete IEP (no error findings for a student under 16) and its dates. */
import { emptyIepContent, type IepContent } from '../../src/domain/plan';

export const PLAN_DATES = {
  meetingDate: '2026-09-10',
  startDate: '2026-09-14',
  endDate: '2027-09-09',
  nextAnnualReview: '2027-09-09',
};

export function buildCompleteIep(overrides: Partial<IepContent> = {}): IepContent {
  const c = emptyIepContent();
  c.presentLevels = {
    academic: 'Reads 62 words correct per minute on grade-level passages (benchmark 110).',
    functional: 'Uses a checklist to organise materials; asks for help when prompted.',
    strengths: 'Strong listening comprehension.',
    parentConcerns: 'Homework takes a long time.',
    studentInput: 'Likes graphic novels.',
    impactOnGeneralCurriculum: 'Reading fluency limits access to grade-level texts in content classes.',
  };
  for (const k of ['behavior', 'limitedEnglish', 'braille', 'assistiveTechnology'] as const)
    c.specialFactors[k] = { needed: false, howAddressed: '' };
  c.specialFactors.communication = { needed: true, howAddressed: 'Speech-language therapy twice a week.' };
  c.goals = [
    {
      id: 'g-reading',
      area: 'Reading fluency',
      baseline: '62 wcpm',
      text: 'Given a grade-level passage, the student will read aloud 100 words correct per minute in 3 of 4 weekly probes by the annual review.',
      measurement: 'Weekly curriculum-based measurement probes',
      objectives: [],
      discipline: null,
    },
    {
      id: 'g-speech',
      area: 'Articulation',
      baseline: '/r/ correct in 40% of words',
      text: 'During structured activities, the student will produce /r/ correctly in words with 80% accuracy by the annual review.',
      measurement: 'Therapy session data',
      objectives: [],
      discipline: 'slp',
    },
  ];
  c.services = [
    {
      id: 's-sai',
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
    {
      id: 's-slp',
      kind: 'related_service',
      service: 'speech_language_therapy',
      providerRole: 'speech-language pathologist',
      minutesPerSession: 30,
      sessions: 2,
      per: 'week',
      location: 'special_education',
      locationDetail: '',
      startDate: '2026-09-14',
      endDate: '2027-09-09',
      discipline: 'slp',
    },
  ];
  c.accommodations = [
    {
      id: 'a-time',
      kind: 'both',
      description: 'Extended time (1.5x)',
      settings: 'all classes and state tests',
      responsibleStaff: '',
    },
  ];
  c.assessments = [
    {
      id: 'x-ela',
      assessment: 'State ELA assessment',
      participation: 'regular_with_accommodations',
      alternateReason: '',
    },
  ];
  c.placement = {
    setting: 'regular_school',
    regularClassMinutesPerWeek: 1500,
    schoolMinutesPerWeek: 1800,
    nonParticipationExplanation: 'Out of the regular class 300 minutes a week for reading and speech.',
    extracurricular: 'All activities.',
  };
  c.esy = { determination: 'not_needed', services: '' };
  c.progressReporting = { frequency: 'Each quarter, with report cards', method: 'Written report' };
  return { ...c, ...overrides };
}
