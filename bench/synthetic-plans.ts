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
import { addDays, ageOn, type IsoDate } from '../src/domain/dates';
import type { DisabilityCategory } from '../src/domain/disability';
import {
  emptyIepContent,
  type AssessmentParticipation,
  type Goal,
  type IepContent,
  type PlanDates,
  type Service,
} from '../src/domain/plan';
import { latestEndDate } from '../src/domain/plan-rules';
import { at as itemAt } from './at';
import { ACCOMMODATIONS, AREAS, between, GOALS, NEED_TEXT, pick, type R } from './synthetic-plan-texts';

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

const GRADE_WORD = (g: number) => (g === 0 ? 'kindergarten' : `grade ${g}`);

/** What every section of a synthetic IEP reads: the stream, the student, the dates, the content being filled, and the facts drawn first. */
interface IepDraw {
  r: R;
  s: PlanStudent;
  dates: PlanDates;
  c: IepContent;
  n: string;
  spanish: boolean;
  needs: (typeof NEED_TEXT)[DisabilityCategory];
  young: boolean;
  start: PlanDates['startDate'];
  end: IsoDate;
  alternate: boolean;
  withObjectives: boolean;
  severe: boolean;
}

/** The goals' areas: 2–4, a goal for each related service the student receives first, the rest from the category's areas. */
function goalKeys(r: R, s: PlanStudent): string[] {
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
  return keys;
}

/** Goals from their templates, with short-term objectives when the student needs them. */
function drawGoals({ r, s, n, withObjectives }: IepDraw, keys: readonly string[]): Goal[] {
  return keys.map((k, i): Goal => {
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
}

/** Services: specially designed instruction, then related services (at most 3 in all), or a supplementary aid. */
function drawServices({ r, s, c, start, end, severe }: IepDraw): void {
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
}

/** Accommodations: 3–6, always one that applies to tests; the assessments of the grade. */
function drawAccommodationsAndAssessments({ r, s, c, n, alternate }: IepDraw): void {
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
}

/** Present levels: several sentences each, in the voice of a case manager. */
function drawPresentLevels({ r, s, c, n, spanish, needs, young }: IepDraw): void {
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
}

/** Special factors (300.324(a)(2)): each considered. */
function drawSpecialFactors({ r, s, c, spanish, severe }: IepDraw): void {
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
}

/** Placement: the school week, less the minutes of pull-out services; and extended school year. */
function drawPlacementAndEsy({ r, c, n, young, severe }: IepDraw): void {
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
}

/** Transition (300.320(b)) from the IEP in effect when the student turns 16, the transfer of rights one year before 18, and progress reporting. */
function drawTransitionAndProgress({ r, s, dates, c, n, spanish, young, end, alternate }: IepDraw): void {
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
}

/** The content of an active IEP for this student, drawn from `r`, section by section (in the order the stream is read). */
export function syntheticIep(r: R, s: PlanStudent, dates: PlanDates): IepContent {
  const c = emptyIepContent();
  const n = s.firstName;
  const spanish = s.homeLanguage === 'es';
  const needs = NEED_TEXT[s.primary];
  const young = s.grade <= 5;
  const start = dates.startDate;
  const end = dates.endDate;
  if (!end) throw new RangeError('an IEP in effect has an end date (the transition and majority checks read it)');

  const keys = goalKeys(r, s);
  // Assessments: the grade's tests; the alternate assessment for many students with significant cognitive disabilities.
  const alternate =
    (s.primary === 'intellectual_disability' && r() < 0.6) ||
    ((s.primary === 'multiple_disabilities' || s.primary === 'deaf_blindness') && r() < 0.7);
  const withObjectives = alternate || r() < 0.2;
  const severe = alternate || s.primary === 'autism' || s.primary === 'multiple_disabilities';
  const x: IepDraw = { r, s, dates, c, n, spanish, needs, young, start, end, alternate, withObjectives, severe };
  c.goals = drawGoals(x, keys);
  drawServices(x);
  drawAccommodationsAndAssessments(x);
  drawPresentLevels(x);
  drawSpecialFactors(x);
  drawPlacementAndEsy(x);
  drawTransitionAndProgress(x);
  return c;
}

export { ensureDrafts } from './synthetic-drafts';
