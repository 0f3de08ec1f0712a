/**
 * The words of a synthetic IEP (bench/synthetic-plans.ts): goal templates by area (with baselines, measures and
 * objectives), the areas of each IDEA category, what each category needs, and the accommodations to choose from.
 * Everything is fictional.
 */
import type { DisabilityCategory } from '../src/domain/disability';
import type { Accommodation } from '../src/domain/plan';
import { at as itemAt } from './at';

export type R = () => number;
export const between = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: R, a: readonly T[]): T => itemAt(a, Math.floor(r() * a.length), 'choice');

export interface GoalTemplate {
  area: string;
  discipline: 'slp' | 'ot' | 'pt' | 'psychologist' | null;
  baseline: (n: string, r: R) => string;
  text: (n: string, r: R) => string;
  measurement: string;
  objectives: (n: string) => string[];
}

export const GOALS: Record<string, GoalTemplate> = {
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
export const AREAS: Record<DisabilityCategory, string[]> = {
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

export const NEED_TEXT: Record<DisabilityCategory, string> = {
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

export const ACCOMMODATIONS: Omit<Accommodation, 'id' | 'responsibleStaff'>[] = [
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
