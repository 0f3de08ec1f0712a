/**
 * The shape of the synthetic district (bench/synthetic.ts): the school year, grades, the national proportions of
 * special-education statuses and IDEA categories, who needs which related service, school and section sizes, and
 * the subjects taught at each level.
 */
import { SAMPLE_SCHOOL_YEAR } from '../src/db/sample-school-year';
import type { DisabilityCategory } from '../src/domain/disability';
import type { SpedStatus } from '../src/domain/sped-status';

export const SCHOOL_YEAR = SAMPLE_SCHOOL_YEAR;

export const GRADE_LABELS = ['KG', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;
/** A student in grade g (KG = 0) in 2026-2027, on time, was born Sept 1 (2020 − g) … Aug 31 (2021 − g). */
export const COHORT_START_YEAR = 2020;

// Proportions (sources: NCES Digest of Education Statistics tables 204.30, 203.50, 204.20; OSEP 618 data).

/** Share of students with an IEP, by sex (boys are about two thirds of students served under IDEA): overall ≈ 15 %. */
export const P_IEP_BY_SEX = [0.103, 0.195, 0.15] as const; // F, M, X
/** Other statuses, the same for every student. */
export const P_504 = 0.02;
export const P_REFERRED = 0.01;
export const P_EVALUATING = 0.01;
export const P_EXITED = 0.01;

/** Statuses by index in the plan arrays. */
export const STATUS: readonly SpedStatus[] = ['none', 'eligible_iep', 'plan_504', 'referred', 'evaluating', 'exited'];
export const ST_NONE = 0;
export const ST_IEP = 1;
export const ST_504 = 2;
export const ST_REFERRED = 3;
export const ST_EVALUATING = 4;
export const ST_EXITED = 5;

export const CATEGORIES: readonly DisabilityCategory[] = [
  'specific_learning_disability', // 0
  'speech_language_impairment', // 1
  'other_health_impairment', // 2
  'autism', // 3
  'developmental_delay', // 4
  'intellectual_disability', // 5
  'emotional_disturbance', // 6
  'multiple_disabilities', // 7
  'hearing_impairment', // 8
  'orthopedic_impairment', // 9
  'traumatic_brain_injury', // 10
  'visual_impairment', // 11
  'deafness', // 12
  'deaf_blindness', // 13
];
export const C = Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<DisabilityCategory, number>;

/** The low-incidence rest (≈ 4 % of IEPs), the same in every band. */
export const REST = [0.017, 0.01, 0.004, 0.004, 0.003, 0.0015, 0.0005]; // MD, HI, OI, TBI, VI, deafness, deaf-blindness
/**
 * Primary category weights by age band, in CATEGORIES order. Speech-language is mostly young children,
 * learning disabilities rise with age, developmental delay only in KG–03 (ages 5–9; 300.8(b) allows 3–9).
 * With equal grade sizes (4, 5 and 4 grades) the overall mix is SLD 32 %, SLI 19 %, OHI 15 %, autism 12 %,
 * DD 7 %, ID 6 %, ED 5 %, rest 4 % — the national distribution of students 3–21 served under IDEA.
 */
export const MIX = {
  young: [0.1, 0.35, 0.1, 0.13, 0.2275, 0.035, 0.0175, ...REST],
  mid: [0.41, 0.16, 0.165, 0.11, 0, 0.06, 0.055, ...REST],
  high: [0.44, 0.06, 0.19, 0.12, 0, 0.08, 0.07, ...REST],
};
/** The same young mix without developmental delay (students held back a year, who may be 10). */
export const MIX_YOUNG_NO_DD = MIX.young.map((w, i) => (i === C.developmental_delay ? 0 : w));

/** [category, secondary, probability]: a common second category. */
export const SECONDARY: [number, number, number][] = [
  [C.autism, C.speech_language_impairment, 0.25],
  [C.intellectual_disability, C.speech_language_impairment, 0.3],
  [C.developmental_delay, C.speech_language_impairment, 0.2],
  [C.specific_learning_disability, C.other_health_impairment, 0.12],
  [C.emotional_disturbance, C.other_health_impairment, 0.2],
  [C.other_health_impairment, C.specific_learning_disability, 0.1],
];

/** Related services (34 CFR 300.34): who needs them, by primary category, and a provider's typical caseload. */
export const DISCIPLINES = ['slp', 'ot', 'pt', 'psychologist'] as const;
export const CASELOAD_TARGET = [45, 40, 25, 40];
export const NEEDS: Partial<Record<DisabilityCategory, [number, number, number, number]>> = {
  speech_language_impairment: [1, 0, 0, 0],
  autism: [0.8, 0.4, 0, 0.1],
  developmental_delay: [0.6, 0.4, 0.1, 0],
  intellectual_disability: [0.5, 0.25, 0.05, 0.05],
  multiple_disabilities: [0.6, 0.6, 0.5, 0],
  orthopedic_impairment: [0.1, 0.7, 0.8, 0],
  hearing_impairment: [0.5, 0, 0, 0],
  deafness: [0.5, 0, 0, 0],
  traumatic_brain_injury: [0.3, 0.4, 0.3, 0.3],
  visual_impairment: [0, 0.2, 0.05, 0],
  emotional_disturbance: [0, 0, 0, 0.7],
  other_health_impairment: [0.05, 0.1, 0, 0.1],
  specific_learning_disability: [0.05, 0.03, 0, 0.03],
  deaf_blindness: [0.5, 0.5, 0.3, 0],
};

/** Students per school by level (elementary schools are smaller): ≈ 1 school per 500 students. */
export const SCHOOL_SIZE = { elem: 450, middle: 600, high: 750 };
export const LEVEL_OF_GRADE = (g: number): Level => (g <= 5 ? 'elem' : g <= 8 ? 'middle' : 'high');
export type Level = 'elem' | 'middle' | 'high';
export const LEVELS: Level[] = ['elem', 'middle', 'high'];
export const STUDENTS_PER_TEACHER = 20;
export const STUDENTS_PER_SECTION = 25;
export const CASELOAD_PER_CASE_MANAGER = 18;

export const SUBJECTS: Record<Level, [string, string][]> = {
  elem: [
    ['Homeroom', 'HR'],
    ['Reading', 'READ'],
    ['Math', 'MATH'],
    ['Science', 'SCI'],
    ['Art', 'ART'],
    ['Music', 'MUS'],
    ['Physical Education', 'PE'],
    ['Library', 'LIB'],
  ],
  middle: [
    ['English', 'ENG'],
    ['Math', 'MATH'],
    ['Science', 'SCI'],
    ['Social Studies', 'SS'],
    ['Physical Education', 'PE'],
    ['Art', 'ART'],
    ['Band', 'BAND'],
    ['Spanish', 'SPAN'],
    ['Technology', 'TECH'],
  ],
  high: [
    ['English', 'ENG'],
    ['Mathematics', 'MATH'],
    ['Biology', 'BIO'],
    ['US History', 'HIST'],
    ['Physical Education', 'PE'],
    ['Spanish', 'SPAN'],
    ['Chemistry', 'CHEM'],
    ['Studio Art', 'ART'],
    ['Economics', 'ECON'],
    ['Computer Science', 'CS'],
  ],
};
