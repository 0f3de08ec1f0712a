/**
 * The synthetic district's layout (bench/synthetic.ts), made before any row is written, in typed arrays indexed by
 * student: each student's grade, sex, status and categories, their school, sections, case manager and related-service
 * providers. Drawn from one random stream (`core`) in a fixed order — students, schools, school of each student,
 * service needs — so the same seed and N give the same district.
 */
import { at } from './at';
import { SCHOOL_A, SCHOOL_B } from './synthetic-names';
import {
  C,
  CASELOAD_PER_CASE_MANAGER,
  CASELOAD_TARGET,
  CATEGORIES,
  DISCIPLINES,
  LEVEL_OF_GRADE,
  LEVELS,
  MIX,
  MIX_YOUNG_NO_DD,
  NEEDS,
  P_504,
  P_EVALUATING,
  P_EXITED,
  P_IEP_BY_SEX,
  P_REFERRED,
  SCHOOL_SIZE,
  SECONDARY,
  ST_504,
  ST_EVALUATING,
  ST_EXITED,
  ST_IEP,
  ST_NONE,
  ST_REFERRED,
  STUDENTS_PER_SECTION,
  STUDENTS_PER_TEACHER,
  SUBJECTS,
  type Level,
} from './synthetic-shape';

export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) out[i] = s += at(weights, i);
  for (let i = 0; i < out.length; i++) out[i] = at(out, i) / s;
  return out;
}

export function pickCumulative(cum: Float64Array, r: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r < at(cum, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface School {
  index: number;
  id: string;
  level: Level;
  name: string;
  grades: number[];
  students: number;
  /** Per grade (0–12): the first section, and the sections per subject (the first subject, each other one). */
  sectionStart: Int32Array;
  firstSubjectSections: Int32Array;
  otherSubjectSections: Int32Array;
  firstTeacher: number;
  teachers: number;
  firstCaseManager: number;
  caseManagers: number;
}

/** Every student's grade, whether held back, sex (0 F, 1 M, 2 X), status and categories (-1: none). */
export interface StudentFacts {
  grade: Uint8Array;
  retained: Uint8Array;
  sex: Uint8Array;
  status: Uint8Array;
  primary: Int8Array;
  secondary: Int8Array;
}

/** The sections, by index: school, grade, subject, ordinal within the subject, and teacher. */
export interface Sections {
  total: number;
  school: number[];
  grade: number[];
  subject: number[];
  ordinal: number[];
  teacher: number[];
}

export interface Layout extends StudentFacts {
  schools: School[];
  schoolOf: Int32Array;
  sections: Sections;
  teacherTotal: number;
  caseManagerOf: Int32Array;
  caseManagerTotal: number;
  /** Per discipline: each student's provider (-1: none), and the schools each provider serves. */
  providerOf: Int32Array[];
  providerSchools: Set<number>[][];
  /** Per student, bit d: needs discipline d. */
  needs: Uint8Array;
}

/** Each student's grade, sex, status (in the national proportions) and IDEA categories by age band. */
function planStudents(core: () => number, N: number): { facts: StudentFacts; perLevel: Record<Level, number> } {
  const facts: StudentFacts = {
    grade: new Uint8Array(N),
    retained: new Uint8Array(N),
    sex: new Uint8Array(N),
    status: new Uint8Array(N),
    primary: new Int8Array(N).fill(-1),
    secondary: new Int8Array(N).fill(-1),
  };
  const { grade, retained, sex, status, primary, secondary } = facts;
  const cum = {
    young: cumulative(MIX.young),
    youngNoDd: cumulative(MIX_YOUNG_NO_DD),
    mid: cumulative(MIX.mid),
    high: cumulative(MIX.high),
  };
  const perLevel: Record<Level, number> = { elem: 0, middle: 0, high: 0 };
  for (let i = 0; i < N; i++) {
    const g = Math.floor(core() * 13);
    grade[i] = g;
    retained[i] = g > 0 && core() < 0.03 ? 1 : 0;
    const rs = core();
    const sx = rs < 0.485 ? 0 : rs < 0.998 ? 1 : 2;
    sex[i] = sx;
    perLevel[LEVEL_OF_GRADE(g)]++;
    let u = core();
    const pIep = P_IEP_BY_SEX[sx];
    let st = ST_NONE;
    if (u < pIep) st = ST_IEP;
    else if ((u -= pIep) < P_504) st = ST_504;
    else if ((u -= P_504) < P_REFERRED) st = ST_REFERRED;
    else if ((u -= P_REFERRED) < P_EVALUATING) st = ST_EVALUATING;
    else if (u - P_EVALUATING < P_EXITED) st = ST_EXITED;
    status[i] = st;
    if (st === ST_IEP) {
      const table = g <= 3 ? (retained[i] ? cum.youngNoDd : cum.young) : g <= 8 ? cum.mid : cum.high;
      const p = pickCumulative(table, core());
      primary[i] = p;
      const sec = SECONDARY.find(([c]) => c === p);
      if (sec && core() < sec[2]) secondary[i] = sec[1];
    }
  }
  return { facts, perLevel };
}

type SchoolPick = Record<Level, { first: number; cum: Float64Array }>;

/** Schools per level, sized so a school has about SCHOOL_SIZE students, some larger than others. */
function planSchools(
  core: () => number,
  perLevel: Record<Level, number>,
  key: (name: string) => string,
): { schools: School[]; schoolCum: SchoolPick } {
  const schools: School[] = [];
  const schoolCum = {} as SchoolPick;
  const counters: Record<Level, number> = { elem: 0, middle: 0, high: 0 };
  for (const level of LEVELS) {
    const count = perLevel[level] === 0 ? 0 : Math.max(1, Math.round(perLevel[level] / SCHOOL_SIZE[level]));
    const weights: number[] = [];
    const first = schools.length;
    for (let k = 0; k < count; k++) {
      const idx = schools.length;
      const n = ++counters[level];
      const a = at(SCHOOL_A, (n - 1) % SCHOOL_A.length);
      const b = at(SCHOOL_B, Math.floor((n - 1) / SCHOOL_A.length) % SCHOOL_B.length);
      const round = Math.floor((n - 1) / (SCHOOL_A.length * SCHOOL_B.length));
      const base = `${a}${b ? ` ${b}` : ''}${round ? ` ${round + 1}` : ''}`;
      const suffix = level === 'elem' ? 'Elementary School' : level === 'middle' ? 'Middle School' : 'High School';
      schools.push({
        index: idx,
        id: key(`school:${idx}`),
        level,
        name: `${base} ${suffix}`,
        grades: level === 'elem' ? [0, 1, 2, 3, 4, 5] : level === 'middle' ? [6, 7, 8] : [9, 10, 11, 12],
        students: 0,
        sectionStart: new Int32Array(13),
        firstSubjectSections: new Int32Array(13),
        otherSubjectSections: new Int32Array(13),
        firstTeacher: 0,
        teachers: 0,
        firstCaseManager: 0,
        caseManagers: 0,
      });
      weights.push(0.6 + 0.8 * core());
    }
    schoolCum[level] = { first, cum: cumulative(weights) };
  }
  return { schools, schoolCum };
}

/** Each student's school (by level), the students per school and grade, and the students of each school in order. */
function assignSchools(core: () => number, grade: Uint8Array, schools: School[], schoolCum: SchoolPick) {
  const N = grade.length;
  const schoolOf = new Int32Array(N);
  const perSchoolGrade = new Int32Array(schools.length * 13);
  for (let i = 0; i < N; i++) {
    const sc = schoolCum[LEVEL_OF_GRADE(at(grade, i))];
    const s = sc.first + pickCumulative(sc.cum, core());
    schoolOf[i] = s;
    at(schools, s).students++;
    const k = s * 13 + at(grade, i);
    perSchoolGrade[k] = at(perSchoolGrade, k) + 1;
  }
  // Students of each school, in student order (a counting sort).
  const schoolStart = new Int32Array(schools.length + 1);
  for (let s = 0; s < schools.length; s++) schoolStart[s + 1] = at(schoolStart, s) + at(schools, s).students;
  const bySchool = new Int32Array(N);
  const fill = schoolStart.slice(0, schools.length);
  for (let i = 0; i < N; i++) {
    const s = at(schoolOf, i);
    const pos = at(fill, s);
    fill[s] = pos + 1;
    bySchool[pos] = i;
  }
  return { schoolOf, perSchoolGrade, schoolStart, bySchool };
}

/**
 * Sections of about 25 students per grade and subject; every student takes the first subject (homeroom or English)
 * and 3–5 others. Teachers: 1 per 20 students, each with a contiguous run of the school's sections.
 */
function planSections(schools: School[], perSchoolGrade: Int32Array): { sections: Sections; teacherTotal: number } {
  const sections: Sections = { total: 0, school: [], grade: [], subject: [], ordinal: [], teacher: [] };
  let teacherTotal = 0;
  for (const school of schools) {
    const firstSection = sections.total;
    const subjects = SUBJECTS[school.level].length;
    for (const g of school.grades) {
      const cg = at(perSchoolGrade, school.index * 13 + g);
      school.sectionStart[g] = sections.total;
      if (cg === 0) continue;
      const first = Math.max(1, Math.round(cg / STUDENTS_PER_SECTION));
      const other = Math.max(1, Math.round((cg * 4) / (subjects - 1) / STUDENTS_PER_SECTION));
      school.firstSubjectSections[g] = first;
      school.otherSubjectSections[g] = other;
      for (let subj = 0; subj < subjects; subj++) {
        for (let k = 0; k < (subj === 0 ? first : other); k++) {
          sections.school.push(school.index);
          sections.grade.push(g);
          sections.subject.push(subj);
          sections.ordinal.push(k);
          sections.total++;
        }
      }
    }
    const count = sections.total - firstSection;
    school.firstTeacher = teacherTotal;
    school.teachers =
      count === 0 ? 0 : Math.min(count, Math.max(1, Math.round(school.students / STUDENTS_PER_TEACHER)));
    teacherTotal += school.teachers;
    for (let k = 0; k < count; k++)
      sections.teacher.push(school.firstTeacher + Math.floor((k * school.teachers) / count));
  }
  return { sections, teacherTotal };
}

const inCaseload = (st: number) => st === ST_IEP || st === ST_504 || st === ST_REFERRED || st === ST_EVALUATING;

/** Case managers: school-based, caseloads of about 18 (students with an IEP or 504 plan, or in referral or evaluation). */
function planCaseManagers(schools: School[], status: Uint8Array, schoolStart: Int32Array, bySchool: Int32Array) {
  const caseManagerOf = new Int32Array(status.length).fill(-1);
  let caseManagerTotal = 0;
  for (const school of schools) {
    let inCase = 0;
    for (let p = at(schoolStart, school.index); p < at(schoolStart, school.index + 1); p++) {
      if (inCaseload(at(status, at(bySchool, p)))) inCase++;
    }
    school.firstCaseManager = caseManagerTotal;
    school.caseManagers = inCase === 0 ? 0 : Math.max(1, Math.round(inCase / CASELOAD_PER_CASE_MANAGER));
    caseManagerTotal += school.caseManagers;
    let k = 0;
    for (let p = at(schoolStart, school.index); p < at(schoolStart, school.index + 1); p++) {
      const i = at(bySchool, p);
      if (inCaseload(at(status, i))) caseManagerOf[i] = school.firstCaseManager + (k++ % school.caseManagers);
    }
  }
  return { caseManagerOf, caseManagerTotal };
}

/** Related-service providers: who needs which (34 CFR 300.34); each provider serves neighbouring schools until a typical caseload is full. */
function planProviders(core: () => number, facts: StudentFacts, bySchool: Int32Array, schoolOf: Int32Array) {
  const { status, primary, secondary } = facts;
  const N = status.length;
  const providerOf = DISCIPLINES.map(() => new Int32Array(N).fill(-1));
  const providerSchools: Set<number>[][] = DISCIPLINES.map(() => []);
  const needs = new Uint8Array(N); // bit d: needs discipline d
  for (let i = 0; i < N; i++) {
    let bits = 0;
    if (status[i] === ST_IEP) {
      const need = NEEDS[at(CATEGORIES, at(primary, i))];
      if (need) for (let d = 0; d < 4; d++) if (at(need, d) > 0 && core() < at(need, d)) bits |= 1 << d;
      if (secondary[i] === C.speech_language_impairment) bits |= 1;
    } else if (status[i] === ST_EVALUATING) {
      bits |= 1 << 3; // the school psychologist conducts the evaluation
    }
    needs[i] = bits;
  }
  for (let d = 0; d < DISCIPLINES.length; d++) {
    let current = -1;
    let load = at(CASELOAD_TARGET, d);
    for (let p = 0; p < N; p++) {
      const i = at(bySchool, p);
      if (!(at(needs, i) & (1 << d))) continue;
      if (load >= at(CASELOAD_TARGET, d)) {
        current++;
        load = 0;
        at(providerSchools, d).push(new Set());
      }
      at(providerOf, d)[i] = current;
      at(at(providerSchools, d), current).add(at(schoolOf, i));
      load++;
    }
  }
  return { providerOf, providerSchools, needs };
}

/** The whole layout, from the core random stream (consumed in this order) and the ids' key. */
export function planDistrict(core: () => number, N: number, key: (name: string) => string): Layout {
  const { facts, perLevel } = planStudents(core, N);
  const { schools, schoolCum } = planSchools(core, perLevel, key);
  const { schoolOf, perSchoolGrade, schoolStart, bySchool } = assignSchools(core, facts.grade, schools, schoolCum);
  const { sections, teacherTotal } = planSections(schools, perSchoolGrade);
  const { caseManagerOf, caseManagerTotal } = planCaseManagers(schools, facts.status, schoolStart, bySchool);
  const providers = planProviders(core, facts, bySchool, schoolOf);
  return { ...facts, schools, schoolOf, sections, teacherTotal, caseManagerOf, caseManagerTotal, ...providers };
}
