/**
 * Plans for the synthetic district (bench/synthetic.ts): the content of a realistic IEP for one student,
 * its dates, and the drafts the benchmark edits.
 *
 * An active IEP has 2–4 measurable goals chosen by the student's category and related-service needs, 2–3
 * services (specialized instruction plus the related services the student's providers deliver, or a
 * supplementary aid), 3–6 accommodations (always one for tests), the assessments of the student's grade
 * (the alternate one with short-term objectives for many students with intellectual or multiple
 * disabilities), placement minutes that match the pull-out services, ESY, transition content and the
 * transfer-of-rights statement when the student is old enough. Every active IEP passes the finalize rules
 * (no error findings; bench/synthetic.test.ts checks it): a draft could only have become active that way.
 * About 4–7 kB of JSON, like a real one.
 */
import type { Queryable } from '../src/db/connect';
import { nameUuid } from '../src/db/ids';
import { addDays, ageOn, type IsoDate } from '../src/domain/dates';
import type { DisabilityCategory } from '../src/domain/disability';
import {
  emptyIepContent,
  type Accommodation,
  type AssessmentParticipation,
  type Goal,
  type IepContent,
  type PlanDates,
  type Service,
} from '../src/domain/plan';
import { latestEndDate } from '../src/domain/plan-rules';
import { at as itemAt } from './at';

export interface PlanStudent {
  firstName: string;
  /** 0 = kindergarten … 12. */
  grade: number;
  dateOfBirth: IsoDate;
  englishLearner: boolean;
  homeLanguage: string;
  primary: DisabilityCategory;
  secondary: DisabilityCategory | null;
  /** Related services the student's providers deliver (bench/synthetic.ts assigns them by need). */
  needs: { slp: boolean; ot: boolean; pt: boolean; psychologist: boolean };
}

/** The dates of an IEP in effect in 2026-2027: a meeting in the last twelve months, services from a few days later, one year at most. */
export function activeIepDates(r: () => number): PlanDates {
  const meetingDate = addDays('2025-12-01', Math.floor(r() * 355)); // 2025-12-01 … 2026-11-20
  const startDate = addDays(meetingDate, 1 + Math.floor(r() * 10));
  const endDate = latestEndDate(meetingDate);
  return { meetingDate, startDate, endDate, nextAnnualReview: endDate };
}

/** An annual review is being drafted when it falls before this day (about one IEP in six). */
export const DRAFT_REVIEWS_BEFORE: IsoDate = '2027-02-01';

/** A draft for the annual review: the meeting is scheduled a few days before the review is due; the rest is decided there. */
export function reviewDraftDates(active: PlanDates, r: () => number): PlanDates {
  if (!active.nextAnnualReview) throw new RangeError("an annual review draft needs the active IEP's review date");
  return {
    meetingDate: addDays(active.nextAnnualReview, -(1 + Math.floor(r() * 10))),
    startDate: null,
    endDate: null,
    nextAnnualReview: null,
  };
}

// ---------------------------------------------------------------------------------------------------

type R = () => number;
const pick = <T>(r: R, a: readonly T[]): T => itemAt(a, Math.floor(r() * a.length), 'choice');
const between = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

interface GoalTemplate {
  area: string;
  discipline: 'slp' | 'ot' | 'pt' | 'psychologist' | null;
  baseline: (n: string, r: R) => string;
  text: (n: string, r: R) => string;
  measurement: string;
  objectives: (n: string) => string[];
}

const GOALS: Record<string, GoalTemplate> = {
  fluency: {
    area: 'Reading fluency',
    discipline: null,
    baseline: (_n, r) =>
      `${between(r, 35, 80)} words correct per minute with ${between(r, 85, 93)}% accuracy on three grade-level probes (fall benchmark).`,
    text: (n, r) =>
      `Given a grade-level passage, ${n} will read aloud ${between(r, 90, 130)} words correct per minute with 95% accuracy in 3 of 4 weekly probes by the annual review.`,
    measurement: 'Weekly curriculum-based measurement probes, graphed and shared with the family each quarter',
    objectives: (n) => [
      `By December, ${n} will read 70 words correct per minute in 3 of 4 weekly probes.`,
      `By March, ${n} will read 85 words correct per minute in 3 of 4 weekly probes.`,
    ],
  },
  comprehension: {
    area: 'Reading comprehension',
    discipline: null,
    baseline: (_n, r) =>
      `Answers ${between(r, 1, 2)} of 5 literal and inferential questions correctly after reading a grade-level text.`,
    text: (n) =>
      `Given a grade-level text and five comprehension questions, ${n} will answer at least 4 of 5 questions correctly in 4 of 5 trials by the annual review.`,
    measurement: 'Teacher-made comprehension checks, twice a month',
    objectives: (n) => [
      `By December, ${n} will answer 2 of 5 questions correctly in 4 of 5 trials.`,
      `By March, ${n} will answer 3 of 5 questions correctly in 4 of 5 trials.`,
    ],
  },
  writing: {
    area: 'Written expression',
    discipline: null,
    baseline: (_n, r) =>
      `Writes ${between(r, 1, 3)} related sentences on a prompt; scores 1 of 4 on the district rubric.`,
    text: (n, r) =>
      `Given a writing prompt and a graphic organizer, ${n} will write a paragraph of at least ${between(r, 4, 6)} sentences with a rubric score of 3 in 3 of 4 samples by the annual review.`,
    measurement: 'Writing samples scored on the district rubric each month',
    objectives: (n) => [
      `By December, ${n} will write 3 related sentences with a graphic organizer in 3 of 4 samples.`,
      `By March, ${n} will write 4 related sentences with a rubric score of 2 in 3 of 4 samples.`,
    ],
  },
  calculation: {
    area: 'Math calculation',
    discipline: null,
    baseline: (_n, r) => `Solves ${between(r, 30, 55)}% of grade-level computation problems correctly.`,
    text: (n) =>
      `Given 20 grade-level computation problems, ${n} will solve them with 80% accuracy in 3 of 4 probes by the annual review.`,
    measurement: 'Biweekly computation probes',
    objectives: (n) => [
      `By December, ${n} will solve 20 problems with 55% accuracy in 3 of 4 probes.`,
      `By March, ${n} will solve 20 problems with 70% accuracy in 3 of 4 probes.`,
    ],
  },
  problemSolving: {
    area: 'Math problem solving',
    discipline: null,
    baseline: () => 'Solves one-step word problems read aloud; does not yet plan two-step problems.',
    text: (n) =>
      `Given a two-step word problem, ${n} will solve it and explain the steps with 80% accuracy in 4 of 5 trials by the annual review.`,
    measurement: 'Problem-solving rubric on classroom tasks, twice a month',
    objectives: (n) => [
      `By December, ${n} will solve one-step problems with 80% accuracy in 4 of 5 trials.`,
      `By March, ${n} will solve two-step problems with 60% accuracy in 4 of 5 trials.`,
    ],
  },
  articulation: {
    area: 'Articulation',
    discipline: 'slp',
    baseline: (_n, r) =>
      `/${pick(r, ['r', 's', 'l', 'th', 'ch'])}/ correct in ${between(r, 20, 50)}% of words in structured tasks.`,
    text: (n, r) =>
      `During structured activities, ${n} will produce /${pick(r, ['r', 's', 'l', 'th', 'ch'])}/ correctly in words with 80% accuracy in 4 of 5 sessions by the annual review.`,
    measurement: 'Therapy session data, charted weekly',
    objectives: (n) => [
      `By December, ${n} will produce the sound in isolation with 80% accuracy in 4 of 5 sessions.`,
      `By March, ${n} will produce the sound in syllables with 80% accuracy in 4 of 5 sessions.`,
    ],
  },
  expressive: {
    area: 'Expressive language',
    discipline: 'slp',
    baseline: () => 'Retells a short story with 2 of 5 story elements, mostly in phrases.',
    text: (n) =>
      `Given a picture sequence or a short story, ${n} will retell it in complete sentences including 4 of 5 story elements in 4 of 5 trials by the annual review.`,
    measurement: 'Language samples and therapy data, every two weeks',
    objectives: (n) => [
      `By December, ${n} will retell 3 of 5 story elements in 4 of 5 trials.`,
      `By March, ${n} will retell 4 of 5 story elements in phrases in 4 of 5 trials.`,
    ],
  },
  receptive: {
    area: 'Receptive language',
    discipline: 'slp',
    baseline: () => 'Follows one-step oral directions; follows two-step directions in 40% of opportunities.',
    text: (n) =>
      `Given two-step oral directions in class, ${n} will follow them with 80% accuracy in 4 of 5 opportunities by the annual review.`,
    measurement: 'Therapy data and teacher observation checklists',
    objectives: (n) => [
      `By December, ${n} will follow two-step directions with visual cues with 80% accuracy.`,
      `By March, ${n} will follow two-step directions with one repetition with 80% accuracy.`,
    ],
  },
  social: {
    area: 'Social communication',
    discipline: 'slp',
    baseline: () => 'Responds to peers when prompted; starts a conversation in 1 of 5 observed opportunities.',
    text: (n) =>
      `During small-group activities, ${n} will initiate and maintain a conversation for 3 exchanges in 4 of 5 observed opportunities by the annual review.`,
    measurement: 'Observation checklist in class and at lunch, weekly',
    objectives: (n) => [
      `By December, ${n} will greet a peer and ask one question in 4 of 5 opportunities.`,
      `By March, ${n} will keep a conversation going for 2 exchanges in 4 of 5 opportunities.`,
    ],
  },
  selfRegulation: {
    area: 'Self-regulation',
    discipline: 'psychologist',
    baseline: () =>
      'Leaves the task or the room in about half of frustrating situations; uses a break card when an adult prompts.',
    text: (n) =>
      `When frustrated, ${n} will use a calming strategy from a visual menu and return to the task within 3 minutes in 4 of 5 observed incidents by the annual review.`,
    measurement: 'Daily behavior tracking sheet, reviewed weekly',
    objectives: (n) => [
      `By December, ${n} will choose a strategy with one prompt in 3 of 5 incidents.`,
      `By March, ${n} will choose a strategy independently in 4 of 5 incidents.`,
    ],
  },
  onTask: {
    area: 'Attention and work completion',
    discipline: null,
    baseline: (_n, r) => `Completes ${between(r, 30, 60)}% of independent work in the time given.`,
    text: (n) =>
      `During independent work, ${n} will complete assigned tasks within the time given in 4 of 5 observations by the annual review.`,
    measurement: 'Work-completion log kept by the teachers, weekly',
    objectives: (n) => [
      `By December, ${n} will complete tasks with a checklist in 3 of 5 observations.`,
      `By March, ${n} will complete tasks with one reminder in 4 of 5 observations.`,
    ],
  },
  organization: {
    area: 'Organization',
    discipline: null,
    baseline: () => 'Records assignments in a planner on about half of school days; often misses due dates.',
    text: (n) =>
      `Using a planner and a checklist, ${n} will record every assignment and submit work on time in 4 of 5 weeks by the annual review.`,
    measurement: 'Planner checks and the teachers’ grade books, weekly',
    objectives: (n) => [
      `By December, ${n} will record assignments with a reminder in 4 of 5 days.`,
      `By March, ${n} will record assignments independently in 4 of 5 days.`,
    ],
  },
  behavior: {
    area: 'Classroom behavior',
    discipline: null,
    baseline: () => 'Stays on task for about 5 minutes; needs several redirections in a 15-minute activity.',
    text: (n) =>
      `During class, ${n} will remain on task for 15 minutes with no more than 1 prompt in 4 of 5 observed sessions by the annual review.`,
    measurement: 'Interval recording by the teacher, twice a week',
    objectives: (n) => [
      `By December, ${n} will remain on task for 8 minutes with 1 prompt in 4 of 5 sessions.`,
      `By March, ${n} will remain on task for 12 minutes with 1 prompt in 4 of 5 sessions.`,
    ],
  },
  fineMotor: {
    area: 'Fine motor',
    discipline: 'ot',
    baseline: () => 'Forms about half of letters correctly; grip tires after a few lines.',
    text: (n) =>
      `Given lined paper and a model, ${n} will copy a 3-sentence passage with correctly formed letters with 90% accuracy in 4 of 5 samples by the annual review.`,
    measurement: 'Handwriting samples scored by the occupational therapist, monthly',
    objectives: (n) => [
      `By December, ${n} will copy one sentence with 80% correctly formed letters.`,
      `By March, ${n} will copy two sentences with 85% correctly formed letters.`,
    ],
  },
  grossMotor: {
    area: 'Gross motor',
    discipline: 'pt',
    baseline: () => 'Climbs stairs one step at a time holding both rails; tires on the playground.',
    text: (n) =>
      `During the school day, ${n} will climb a flight of 12 stairs alternating feet with no more than 1 hand on the rail in 4 of 5 trials by the annual review.`,
    measurement: 'Physical therapy data, every two weeks',
    objectives: (n) => [
      `By December, ${n} will climb 12 stairs with one rail, a step at a time, in 4 of 5 trials.`,
      `By March, ${n} will climb 6 stairs alternating feet in 4 of 5 trials.`,
    ],
  },
  dailyLiving: {
    area: 'Daily living skills',
    discipline: null,
    baseline: () => 'Completes 2 of 5 steps of the arrival routine without help.',
    text: (n) =>
      `Given a visual schedule, ${n} will complete a 5-step daily routine independently in 4 of 5 days by the annual review.`,
    measurement: 'Task-analysis data sheet, daily',
    objectives: (n) => [
      `By December, ${n} will complete 3 of 5 steps with picture cues in 4 of 5 days.`,
      `By March, ${n} will complete 4 of 5 steps with picture cues in 4 of 5 days.`,
    ],
  },
  functionalMath: {
    area: 'Functional math',
    discipline: null,
    baseline: () => 'Identifies coins; counts sets of up to 10 objects.',
    text: (n) =>
      `Given coins and bills, ${n} will count out the amount for a purchase up to $5 with 80% accuracy in 4 of 5 trials by the annual review.`,
    measurement: 'Classroom and community-based instruction data, weekly',
    objectives: (n) => [
      `By December, ${n} will count out amounts up to $1 with 80% accuracy.`,
      `By March, ${n} will count out amounts up to $3 with 80% accuracy.`,
    ],
  },
};

/** Goal areas by primary category, most typical first. */
const AREAS: Record<DisabilityCategory, string[]> = {
  specific_learning_disability: ['fluency', 'comprehension', 'writing', 'calculation', 'problemSolving'],
  speech_language_impairment: ['articulation', 'expressive', 'receptive', 'comprehension'],
  other_health_impairment: ['onTask', 'organization', 'comprehension', 'calculation', 'writing'],
  autism: ['social', 'selfRegulation', 'expressive', 'onTask', 'dailyLiving'],
  developmental_delay: ['expressive', 'receptive', 'dailyLiving', 'fineMotor', 'social'],
  intellectual_disability: ['dailyLiving', 'functionalMath', 'comprehension', 'expressive'],
  emotional_disturbance: ['behavior', 'selfRegulation', 'writing', 'onTask'],
  multiple_disabilities: ['dailyLiving', 'expressive', 'functionalMath', 'grossMotor'],
  hearing_impairment: ['receptive', 'expressive', 'comprehension', 'writing'],
  orthopedic_impairment: ['grossMotor', 'writing', 'organization', 'calculation'],
  traumatic_brain_injury: ['organization', 'comprehension', 'selfRegulation', 'calculation'],
  visual_impairment: ['comprehension', 'organization', 'writing', 'calculation'],
  deafness: ['receptive', 'expressive', 'comprehension', 'writing'],
  deaf_blindness: ['receptive', 'dailyLiving', 'grossMotor', 'expressive'],
};

const NEED_TEXT: Record<DisabilityCategory, string> = {
  specific_learning_disability: 'reading and written language',
  speech_language_impairment: 'speech and language',
  other_health_impairment: 'attention, organization and work completion',
  autism: 'social communication and flexibility',
  developmental_delay: 'language, motor and adaptive skills',
  intellectual_disability: 'academic and adaptive skills',
  emotional_disturbance: 'emotional regulation and classroom behavior',
  multiple_disabilities: 'communication, mobility and daily living',
  hearing_impairment: 'access to spoken language',
  orthopedic_impairment: 'mobility and handwriting',
  traumatic_brain_injury: 'memory, attention and organization',
  visual_impairment: 'access to printed material',
  deafness: 'access to spoken language',
  deaf_blindness: 'communication and access to the environment',
};

const ACCOMMODATIONS: Omit<Accommodation, 'id' | 'responsibleStaff'>[] = [
  {
    kind: 'both',
    description: 'Extended time (1.5x) on tests and long assignments',
    settings: 'All classes and state assessments',
  },
  {
    kind: 'testing',
    description: 'Tests in a small group in a separate, quiet room',
    settings: 'Classroom tests and state assessments',
  },
  {
    kind: 'both',
    description: 'Directions read aloud and repeated; check for understanding',
    settings: 'All classes and assessments (not reading passages)',
  },
  {
    kind: 'classroom',
    description: 'Preferential seating near instruction and away from distractions',
    settings: 'All classes',
  },
  {
    kind: 'classroom',
    description: 'Copies of notes and a graphic organizer for longer tasks',
    settings: 'Core academic classes',
  },
  { kind: 'classroom', description: 'Breaks on request with a break card (up to 5 minutes)', settings: 'All classes' },
  {
    kind: 'both',
    description: 'Text-to-speech for content-area reading',
    settings: 'Science, social studies and assessments that allow it',
  },
  {
    kind: 'classroom',
    description: 'Reduced number of practice items when mastery is shown',
    settings: 'Math and homework',
  },
  {
    kind: 'classroom',
    description: 'Visual schedule and advance notice of changes in routine',
    settings: 'All settings',
  },
  {
    kind: 'testing',
    description: 'Calculator for computation not being assessed',
    settings: 'Math tests and state assessments that allow it',
  },
  {
    kind: 'classroom',
    description: 'Check-ins with the case manager at the start and end of the day',
    settings: 'School day',
  },
];

const GRADE_WORD = (g: number) => (g === 0 ? 'kindergarten' : `grade ${g}`);

/** The content of an active IEP for this student, drawn from `r`. */
export function syntheticIep(r: R, s: PlanStudent, dates: PlanDates): IepContent {
  const c = emptyIepContent();
  const n = s.firstName;
  const spanish = s.homeLanguage === 'es';
  const needs = NEED_TEXT[s.primary];
  const young = s.grade <= 5;
  const start = dates.startDate;
  const end = dates.endDate;
  if (!end) throw new RangeError('an IEP in effect has an end date (the transition and majority checks read it)');

  // Goals: 2–4, a goal for each related service the student receives first, the rest from the category's areas.
  const count = 2 + Math.floor(r() * 3);
  const keys: string[] = [];
  if (s.needs.slp) keys.push(pick(r, ['articulation', 'expressive', 'receptive', 'social']));
  if (s.needs.ot) keys.push('fineMotor');
  if (s.needs.pt) keys.push('grossMotor');
  if (s.needs.psychologist) keys.push('selfRegulation');
  keys.length = Math.min(keys.length, count - 1);
  const areas = AREAS[s.primary];
  let a = 0;
  while (keys.length < count && a < areas.length) {
    const k = itemAt(areas, a++, 'area');
    if (!keys.includes(k) && !(a > 1 && r() < 0.3)) keys.push(k);
  }
  for (const k of areas) if (keys.length < count && !keys.includes(k)) keys.push(k);

  // Assessments: the grade's tests; the alternate assessment for many students with significant cognitive disabilities.
  const alternate =
    (s.primary === 'intellectual_disability' && r() < 0.6) ||
    ((s.primary === 'multiple_disabilities' || s.primary === 'deaf_blindness') && r() < 0.7);
  const withObjectives = alternate || r() < 0.2;
  c.goals = keys.map((k, i): Goal => {
    const t = GOALS[k];
    if (!t) throw new Error(`no goal template for ${k}`);
    const discipline = t.discipline === 'psychologist' && !s.needs.psychologist ? null : t.discipline;
    return {
      id: `g${i + 1}`,
      area: t.area,
      baseline: t.baseline(n, r),
      text: t.text(n, r),
      measurement: t.measurement,
      objectives: withObjectives ? t.objectives(n).map((text, j) => ({ id: `g${i + 1}o${j + 1}`, text })) : [],
      discipline,
    };
  });

  // Services: specially designed instruction, then related services (at most 3 in all), or a supplementary aid.
  const severe = alternate || s.primary === 'autism' || s.primary === 'multiple_disabilities';
  const sai: Service = {
    id: 's1',
    kind: 'special_education',
    service: 'specialized_academic_instruction',
    providerRole: 'special education teacher',
    minutesPerSession: severe ? 60 : pick(r, [30, 45, 45, 60]),
    sessions: severe ? 5 : between(r, 2, 5),
    per: 'week',
    location: severe || r() < 0.7 ? 'special_education' : 'general_education',
    locationDetail: '',
    startDate: start,
    endDate: end,
    discipline: null,
  };
  const related: Service[] = [];
  const rel = (
    service: string,
    providerRole: string,
    discipline: string,
    minutes: number,
    sessions: number,
  ): Service => ({
    id: `s${related.length + 2}`,
    kind: 'related_service',
    service,
    providerRole,
    minutesPerSession: minutes,
    sessions,
    per: 'week',
    location: 'special_education',
    locationDetail: '',
    startDate: start,
    endDate: end,
    discipline,
  });
  if (s.needs.slp)
    related.push(
      rel('speech_language_therapy', 'speech-language pathologist', 'slp', pick(r, [20, 30]), between(r, 1, 2)),
    );
  if (s.needs.ot && related.length < 2)
    related.push(rel('occupational_therapy', 'occupational therapist', 'ot', 30, 1));
  if (s.needs.pt && related.length < 2) related.push(rel('physical_therapy', 'physical therapist', 'pt', 30, 1));
  if (s.needs.psychologist && related.length < 2)
    related.push(rel('counseling_services', 'school psychologist', 'psychologist', 30, 1));
  if (related.length === 0) {
    related.push(
      r() < 0.5
        ? {
            id: 's2',
            kind: 'supplementary_aid',
            service: 'paraprofessional_support',
            providerRole: 'paraprofessional',
            minutesPerSession: 45,
            sessions: between(r, 2, 5),
            per: 'week',
            location: 'general_education',
            locationDetail: '',
            startDate: start,
            endDate: end,
            discipline: null,
          }
        : {
            id: 's2',
            kind: 'program_modification',
            service: 'consultation_with_general_education',
            providerRole: 'special education teacher',
            minutesPerSession: 30,
            sessions: 2,
            per: 'month',
            location: 'general_education',
            locationDetail: '',
            startDate: start,
            endDate: end,
            discipline: null,
          },
    );
  }
  c.services = [sai, ...related];

  // Accommodations: 3–6, always one that applies to tests.
  const acc = new Set<number>([pick(r, [0, 0, 1, 2])]);
  const accCount = between(r, 3, 6);
  while (acc.size < accCount) acc.add(Math.floor(r() * ACCOMMODATIONS.length));
  c.accommodations = [...acc].map((k, i) => ({
    id: `a${i + 1}`,
    ...itemAt(ACCOMMODATIONS, k, 'accommodation'),
    responsibleStaff: '',
  }));

  const tests =
    s.grade <= 2
      ? 'District benchmark assessments (reading and mathematics)'
      : s.grade <= 8
        ? 'State assessments in English language arts and mathematics'
        : 'State high school assessments (ELA, mathematics, science)';
  const assessments: AssessmentParticipation[] = [
    {
      id: 'x1',
      assessment: tests,
      participation: alternate ? 'alternate' : r() < 0.85 ? 'regular_with_accommodations' : 'regular',
      alternateReason: alternate
        ? `${n} has a significant cognitive disability and works on alternate achievement standards in every subject; the regular assessment, even with accommodations, would not show what ${n} knows and can do.`
        : '',
    },
  ];
  if (s.englishLearner)
    assessments.push({
      id: 'x2',
      assessment: 'English language proficiency assessment',
      participation: 'regular_with_accommodations',
      alternateReason: '',
    });
  c.assessments = assessments;

  // Present levels: several sentences each, in the voice of a case manager.
  c.presentLevels = {
    academic:
      `${n} is in ${GRADE_WORD(s.grade)}. Classroom work, curriculum-based measures and the most recent evaluation show needs in ${needs}. ` +
      c.goals.map((g) => `${g.area}: ${g.baseline}`).join(' ') +
      ` In other subjects ${n} works close to grade level when directions are clear and tasks are broken into steps.`,
    functional:
      `${n} follows classroom routines with ${young ? 'visual reminders and adult check-ins' : 'a planner and occasional reminders'}. ` +
      (s.needs.ot || s.needs.pt
        ? 'Motor needs affect handwriting and moving between classes; therapists consult with the teachers. '
        : '') +
      (s.primary === 'emotional_disturbance' || s.primary === 'autism'
        ? 'Changes in routine and unstructured times are hard; a predictable schedule and a quiet space help. '
        : '') +
      `${n} gets along with classmates and asks for help more often than last year.`,
    strengths: pick(r, [
      `${n} is curious, kind to classmates and has a strong visual memory.`,
      `${n} is persistent, enjoys hands-on science and helps others in group work.`,
      `${n} has strong listening comprehension, a good sense of humour and loves drawing.`,
      `${n} is organised in routines, good with numbers and takes pride in finished work.`,
    ]),
    parentConcerns: spanish
      ? 'La familia quiere más práctica en casa y noticias frecuentes del progreso. (The family would like more practice at home and frequent news of progress, in Spanish.)'
      : pick(r, [
          'The family would like more practice at home and regular news of progress.',
          'Homework takes a long time; the family asks for shorter assignments and a weekly update.',
          'The family is worried about the move to the next school and wants a transition plan.',
        ]),
    studentInput: young
      ? `${n} likes recess and art, and wants help with reading out loud.`
      : `${n} says that breaks and clear instructions help, and wants to take part in the same classes as friends.`,
    impactOnGeneralCurriculum: `Needs in ${needs} limit ${n}'s access to grade-level work without specially designed instruction and the accommodations in this IEP; with them, ${n} takes part in the general education curriculum for most of the day.`,
  };

  // Special factors (300.324(a)(2)): each considered.
  const sf = c.specialFactors;
  const behavior = s.primary === 'emotional_disturbance' || (s.primary === 'autism' && r() < 0.5);
  sf.behavior = behavior
    ? {
        needed: true,
        howAddressed: 'Positive behavior intervention plan with a daily check-in/check-out and a visual break menu.',
      }
    : { needed: false, howAddressed: '' };
  sf.limitedEnglish = s.englishLearner
    ? {
        needed: true,
        howAddressed: `English language development 30 minutes a day; instructions in ${spanish ? 'Spanish' : 'the home language'} when needed.`,
      }
    : { needed: false, howAddressed: '' };
  const blind =
    s.primary === 'visual_impairment' || s.secondary === 'visual_impairment' || s.primary === 'deaf_blindness';
  sf.braille = blind
    ? {
        needed: true,
        howAddressed:
          'Braille instruction by the teacher of the visually impaired, 3 times a week; materials in braille and large print.',
      }
    : { needed: false, howAddressed: '' };
  const communication =
    ['deafness', 'hearing_impairment', 'deaf_blindness', 'speech_language_impairment'].includes(s.primary) ||
    s.needs.slp;
  sf.communication = communication
    ? {
        needed: true,
        howAddressed:
          'Speech-language services and visual supports in class; the team checks the student’s communication mode each year.',
      }
    : { needed: false, howAddressed: '' };
  const at = severe || s.needs.ot || r() < 0.1;
  sf.assistiveTechnology = at
    ? {
        needed: true,
        howAddressed:
          'Text-to-speech and word prediction on a school laptop; a picture-based communication board where needed.',
      }
    : { needed: false, howAddressed: '' };

  // Placement: the school week, less the minutes of pull-out services.
  const week = young ? 1800 : 1950;
  const out = c.services
    .filter((v) => v.location === 'special_education')
    .reduce((sum, v) => sum + ((v.minutesPerSession ?? 0) * (v.sessions ?? 0)) / (v.per === 'month' ? 4 : 1), 0);
  const regular = Math.max(0, Math.round(week - out));
  c.placement = {
    setting: 'regular_school',
    regularClassMinutesPerWeek: regular,
    schoolMinutesPerWeek: week,
    nonParticipationExplanation:
      regular < week
        ? `${n} is out of the regular class ${week - regular} minutes a week for specially designed instruction and related services, as listed in the services; ${n} takes part in all other classes with peers.`
        : '',
    extracurricular: pick(r, [
      'Takes part in all extracurricular and nonacademic activities with peers.',
      'All activities, including clubs, assemblies and field trips, with the accommodations above.',
    ]),
  };
  const esy = severe && r() < 0.4;
  c.esy = esy
    ? {
        determination: 'needed',
        services:
          'Specialized instruction 2 hours a day, 3 days a week, for 4 weeks in July, to keep the skills of the goals above.',
      }
    : { determination: 'not_needed', services: '' };

  // Transition (300.320(b)) from the IEP in effect when the student turns 16, and the transfer of rights one year before 18.
  const ageAtEnd = ageOn(s.dateOfBirth, end);
  if (ageAtEnd >= 16) {
    c.transition = {
      assessments:
        'Career interest inventory and adaptive-skills checklist this year; interviews with the student and the family.',
      educationTrainingGoal: alternate
        ? `Within one year of leaving school, ${n} will take part in a supported training program at the community college.`
        : `Within one year of graduating, ${n} will enrol in ${pick(r, ['a community college program', 'a four-year college', 'a technical training program'])}.`,
      employmentGoal: `Within one year of leaving school, ${n} will work ${alternate ? 'with job coaching' : 'part-time'} in ${pick(r, ['retail', 'an office', 'a restaurant kitchen', 'a garden centre', 'a print shop'])}.`,
      independentLivingGoal: alternate
        ? `After leaving school, ${n} will use public transport and prepare simple meals with support.`
        : '',
      independentLivingNotAppropriate: !alternate,
      services:
        'Job shadowing, instruction in self-advocacy and a visit to the community college; a referral to vocational rehabilitation in the final year.',
      courseOfStudy: alternate
        ? 'Alternate course of study leading to a certificate of completion.'
        : 'Standard diploma with electives related to the postsecondary goals.',
      agenciesInvited: 'State vocational rehabilitation agency, with the family’s consent.',
    };
  }
  if (ageAtEnd >= 17) c.ageOfMajority = { informed: true, informedOn: dates.meetingDate };
  c.progressReporting = {
    frequency: young ? 'Each trimester, with report cards' : 'Each quarter, with report cards',
    method: spanish
      ? 'A written progress report in English and Spanish, and a call with the case manager'
      : 'A written progress report, and a call with the case manager on request',
  };
  return c;
}

// ---------------------------------------------------------------------------------------------------

/**
 * Drafts for one case manager (the benchmark edits one per connection): the annual-review drafts the
 * generator made for their students, topped up to `count` with more drafts copied from their students'
 * IEPs in effect (a student may then have more than one draft, which the app allows). Ids are
 * `nameUuid('synthetic:<seed>:plan:extra-draft:<case manager>:<k>')`, so a second call adds nothing.
 * Returns the ids of the case manager's drafts, sorted.
 */
export async function ensureDrafts(
  db: Queryable,
  opts: { seed: number; caseManagerId: string; count: number },
): Promise<string[]> {
  const mine = async () =>
    (
      await db.query<{ id: string }>(
        `SELECT p.id::text AS id FROM plans p JOIN case_manager_assignments c ON c.student_id = p.student_id
          WHERE c.user_id = $1::uuid AND p.status = 'draft' AND p.type = 'iep' ORDER BY p.id`,
        [opts.caseManagerId],
      )
    ).map((r) => r.id);
  const have = await mine();
  if (have.length >= opts.count) return have;
  // One open plan per type per student (migration 0021): draft only for students who have none yet.
  const actives = (
    await db.query<{ id: string }>(
      `SELECT p.id::text AS id FROM plans p JOIN case_manager_assignments c ON c.student_id = p.student_id
        WHERE c.user_id = $1::uuid AND p.status = 'active' AND p.type = 'iep'
          AND NOT EXISTS (SELECT 1 FROM plans o WHERE o.student_id = p.student_id AND o.type = 'iep' AND o.status IN ('draft', 'proposed'))
        ORDER BY p.student_id`,
      [opts.caseManagerId],
    )
  ).map((r) => r.id);
  const need = opts.count - have.length;
  if (actives.length < need)
    throw new Error(
      `case manager ${opts.caseManagerId} has ${actives.length} students with an IEP in effect and no draft; ${need} needed`,
    );
  const ids: string[] = [];
  const from: string[] = [];
  const existing = new Set(have);
  for (let k = 0; ids.length < need; k++) {
    const id = nameUuid(`synthetic:${opts.seed}:plan:extra-draft:${opts.caseManagerId}:${k}`);
    if (existing.has(id)) continue;
    ids.push(id);
    from.push(itemAt(actives, ids.length - 1, 'active IEP'));
  }
  await db.query(
    `INSERT INTO plans (id, district_id, student_id, type, status, meeting_date, content, created_by, based_on)
     SELECT u.id, p.district_id, p.student_id, 'iep', 'draft', p.next_annual_review - 3, p.content, $3::uuid, p.id
       FROM unnest($1::uuid[], $2::uuid[]) AS u(id, src) JOIN plans p ON p.id = u.src
     ON CONFLICT (id) DO NOTHING`,
    [ids, from, opts.caseManagerId],
  );
  return mine();
}
