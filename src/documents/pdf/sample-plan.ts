/**
 * A realistic, synthetic IEP (no real student) for the PDF benchmark, unit tests and previews. `size`
 * scales it: the default gives a document of about 12 pages (many goals with objectives, services,
 * accommodations and long present levels). The text mixes in the glyphs a Spanish-speaking team types
 * (á é í ó ú ü ñ ¿ ¡ « » “ ” – —).
 */
import type { IsoDate } from '../../domain/dates';
import { emptyIepContent, type Goal, type IepContent, type Service, SERVICE_KINDS } from '../../domain/plan';
import { IEP_SECTIONS } from '../../policy/plan';
import type { Locale } from '../messages';
import type { RenderPlanInput } from './plan-document';

const AREAS = [
  'Reading fluency',
  'Reading comprehension',
  'Written expression',
  'Math calculation',
  'Math problem solving',
  'Articulation',
  'Expressive language',
  'Self-regulation',
  'Organization',
  'Fine motor',
] as const;

const LONG =
  'On the fall benchmark (September 2026) Ana read 62 words correct per minute on grade-level passages, against a benchmark of 110; accuracy was 91%. ' +
  'She decodes closed syllables reliably but slows on multisyllabic words and vowel teams, and she rereads lines when the text is dense. ' +
  'Her teacher reports that she understands grade-level texts read aloud and contributes to discussions (“she has the best questions in class”). ' +
  'Su madre comentó: “¿Cómo puedo ayudarla en casa? ¡Quiere leer sola!” — la familia lee con ella en español cada noche. ';

/** The i-th item, going round a list that is never empty. */
function pick<T>(items: readonly [T, ...T[]], i: number): T {
  return items[i % items.length] ?? items[0];
}

export function sampleIep(size = 1): IepContent {
  const c = emptyIepContent();
  const para = (n: number) => Array.from({ length: n }, () => LONG).join('\n');
  c.presentLevels = {
    academic: para(4 * size),
    functional: para(2 * size),
    strengths:
      'Strong listening comprehension; persistent; enjoys graphic novels and drawing. Le encanta el fútbol y la música.',
    parentConcerns:
      'Homework takes a long time; the family would like more communication in Spanish (comunicación en español, por favor).',
    studentInput: '“I like reading when the books are about animals.”',
    impactOnGeneralCurriculum: para(2 * size),
  };
  for (const k of ['behavior', 'limitedEnglish', 'braille'] as const)
    c.specialFactors[k] = { needed: false, howAddressed: '' };
  c.specialFactors.communication = {
    needed: true,
    howAddressed: 'Speech-language therapy twice a week; visual supports in class.',
  };
  c.specialFactors.assistiveTechnology = {
    needed: true,
    howAddressed: 'Text-to-speech for content-area reading; a word-prediction keyboard for longer writing.',
  };
  c.goals = sampleGoals(size);
  c.services = sampleServices(size);
  c.accommodations = sampleAccommodations(size);
  c.assessments = [
    {
      id: 'x1',
      assessment: 'State English language arts assessment',
      participation: 'regular_with_accommodations',
      alternateReason: '',
    },
    {
      id: 'x2',
      assessment: 'State mathematics assessment',
      participation: 'regular_with_accommodations',
      alternateReason: '',
    },
    { id: 'x3', assessment: 'District reading benchmark', participation: 'regular', alternateReason: '' },
  ];
  c.placement = {
    setting: 'regular_school',
    regularClassMinutesPerWeek: 1500,
    schoolMinutesPerWeek: 1800,
    nonParticipationExplanation:
      'Ana is out of the regular class 300 minutes a week for specialized reading instruction and speech-language therapy; she takes part in all other classes with her peers.',
    extracurricular: 'All activities, including the after-school art club and field trips.',
  };
  c.esy = {
    determination: 'needed',
    services: 'Reading instruction, 2 hours a week in July, at the district summer program.',
  };
  c.transition = {
    ...c.transition,
    assessments: 'Interest inventory (2026).',
    educationTrainingGoal: 'After high school, Ana will attend a community college to study graphic design.',
    employmentGoal: 'Ana will work part-time in a design studio.',
    services: 'Career exploration unit; job shadow day.',
    courseOfStudy: 'General diploma with art electives.',
    agenciesInvited: 'State vocational rehabilitation agency.',
  };
  c.ageOfMajority = { informed: true, informedOn: '2026-09-10' };
  c.progressReporting = {
    frequency: 'Each quarter, with report cards',
    method: 'A written report in English and Spanish, and a phone call with the case manager.',
  };
  return c;
}

function sampleGoals(size: number): Goal[] {
  return Array.from({ length: 12 * size }, (_, i): Goal => ({
    id: `g${i}`,
    area: pick(AREAS, i),
    baseline: `Baseline ${i + 1}: 62 words correct per minute with 91% accuracy on three grade-level probes (September 2026).`,
    text: `Goal ${i + 1}: Given a grade-level passage, Ana will read aloud 100 words correct per minute with 95% accuracy in 3 of 4 weekly probes by the annual review (año escolar 2026–2027).`,
    measurement: 'Weekly curriculum-based measurement probes, graphed and shared with the family each quarter.',
    objectives: Array.from({ length: 3 }, (_, j) => ({
      id: `g${i}o${j}`,
      text: `By ${['December', 'March', 'June'][j]}, Ana will read ${75 + j * 10} words correct per minute with ${92 + j}% accuracy in 3 of 4 weekly probes.`,
    })),
    discipline: i % 5 === 0 ? 'slp' : null,
  }));
}

function sampleServices(size: number): Service[] {
  return Array.from({ length: 10 * size }, (_, i): Service => ({
    id: `s${i}`,
    kind: pick(SERVICE_KINDS, i),
    service: pick(
      [
        'specialized_academic_instruction',
        'speech_language_therapy',
        'Text-to-speech software',
        'Modified grading in science',
        'Training on assistive technology for staff',
      ],
      i,
    ),
    providerRole: pick(
      [
        'Special education teacher',
        'Speech-language pathologist',
        'General education teacher',
        'Science teacher',
        'Assistive technology specialist',
      ],
      i,
    ),
    minutesPerSession: 30 + (i % 3) * 15,
    sessions: 1 + (i % 4),
    per: i % 4 === 3 ? 'month' : 'week',
    location: pick(['special_education', 'general_education', 'other'] as const, i),
    locationDetail: i % 3 === 2 ? 'Library, small-group room' : '',
    startDate: '2026-09-14',
    endDate: '2027-09-09',
    discipline: null,
  }));
}

function sampleAccommodations(size: number): IepContent['accommodations'] {
  return Array.from({ length: 12 * size }, (_, i) => ({
    id: `a${i}`,
    kind: pick(['classroom', 'testing', 'both'] as const, i),
    description: pick(
      [
        'Extended time (1.5×) on tests and assignments',
        'Text-to-speech for content-area reading',
        'Preferential seating near instruction',
        'Directions read aloud and repeated',
        'Reduced number of practice items',
        'Breaks as needed (señal acordada con la maestra)',
      ],
      i,
    ),
    settings: 'All classes and state tests',
    responsibleStaff: '',
  }));
}

export function samplePlanInput(
  lang: Locale = 'en',
  size = 1,
  generatedAt = new Date('2026-09-15T15:00:00Z'),
  printedOn: IsoDate = '2026-09-15',
): RenderPlanInput {
  return {
    plan: {
      id: '00000000-0000-4000-8000-0000000000aa',
      type: 'iep',
      status: 'draft',
      version: 7,
      amendmentMethod: null,
      dates: {
        meetingDate: '2026-09-10',
        startDate: '2026-09-14',
        endDate: '2027-09-09',
        nextAnnualReview: '2027-09-09',
      },
      sections: IEP_SECTIONS,
      content: sampleIep(size) as unknown as Record<string, unknown>,
    },
    student: {
      firstName: 'Ana Sofía',
      middleName: null,
      lastName: 'Núñez-Peña',
      dateOfBirth: '2016-03-04',
      grade: '05',
      schoolName: 'Lincoln Elementary School',
      localId: 'L-100234',
      primaryDisability: 'specific_learning_disability',
      secondaryDisability: 'speech_language_impairment',
      caseManagers: ['Casey Morgan'],
    },
    lang,
    generatedAt,
    printedOn,
  };
}
