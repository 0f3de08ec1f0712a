/**
 * The synthetic district generator (`openiep seed --synthetic --students N --seed S`, and the benchmark).
 *
 * One new district (state profile 'federal') with a realistic shape: schools by level, a principal per
 * school, teachers and their sections, case managers with caseloads of about 15–25, related-service
 * providers (SLP, OT, PT, school psychologist), 1–2 guardians per student, and students in US national
 * proportions (about 15 % with an IEP and the national mix of IDEA categories, 2 % Section 504, some in
 * referral and evaluation), and plans: an active IEP for every IEP-eligible student (kept in plan_versions
 * too) and drafts for the annual reviews that are near (bench/synthetic-plans.ts). Everything is fictional.
 *
 * Deterministic: ids are `nameUuid('synthetic:<seed>:…')`, values come from `prng(seed)` streams that are
 * consumed in student order, so the same seed and N give the same rows whatever the batch size. Emails
 * carry the seed (`cm17.s42@synthetic.example`), so several seeds can live in one database next to the demo.
 *
 * Fast: the plan (grade, school, status, category, caseload, sections of every student) is made first in
 * typed arrays; then students are written in batches, each table with one
 * `INSERT … SELECT … FROM unnest($1::uuid[], $2::text[], …)` (one array parameter per column), one
 * transaction per batch. On PostgreSQL two batches are written at once (two connections) while the next
 * is generated.
 *
 * Reference date: the 2026-2027 school year (grade cohorts by the September 1 cut-off), like the demo.
 */
import { SAMPLE_SCHOOL_YEAR, sampleSchoolYearDays } from '../src/db/sample-school-year';
import type { DisabilityCategory } from '../src/domain/disability';
import type { PlanDates } from '../src/domain/plan';
import type { SpedStatus } from '../src/domain/sped-status';
import type { Database, Queryable } from '../src/db/connect';
import { nameUuid, prng } from '../src/db/ids';
import { hashPassword } from '../src/db/passwords';
import { activeIepDates, DRAFT_REVIEWS_BEFORE, reviewDraftDates, syntheticIep } from './synthetic-plans';
import { at, firstRow } from './at';

export interface SyntheticOptions {
  students: number;
  seed: number;
  log: (m: string) => void;
  districtName?: string;
  /** When given, every staff account (case managers included) gets this password (hashed once). Otherwise staff have no password. */
  password?: string;
  /** Students per batch (default 10,000; the output does not depend on it). */
  batchSize?: number;
  /** PostgreSQL: batches written at once, on separate connections (default 2). PGlite: always 1. */
  parallel?: number;
  /**
   * Plans (default true): an active IEP for every IEP-eligible student, with its row in plan_versions, and a
   * draft for the annual review when it falls before February 2027 (bench/synthetic-plans.ts).
   */
  plans?: boolean;
}

export interface SyntheticResult {
  districtId: string;
  /** In case-manager order: cm1.s<seed>@…, cm2.s<seed>@… */
  caseManagerEmails: string[];
  adminEmail: string;
  counts: Record<string, number>;
  seconds: number;
}

export const SCHOOL_YEAR = SAMPLE_SCHOOL_YEAR;

export const GRADE_LABELS = ['KG', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;
/** A student in grade g (KG = 0) in 2026-2027, on time, was born Sept 1 (2020 − g) … Aug 31 (2021 − g). */
const COHORT_START_YEAR = 2020;

// ---------------------------------------------------------------------------------------------------
// Proportions (sources: NCES Digest of Education Statistics tables 204.30, 203.50, 204.20; OSEP 618 data).

/** Share of students with an IEP, by sex (boys are about two thirds of students served under IDEA): overall ≈ 15 %. */
const P_IEP_BY_SEX = [0.103, 0.195, 0.15] as const; // F, M, X
/** Other statuses, the same for every student. */
const P_504 = 0.02;
const P_REFERRED = 0.01;
const P_EVALUATING = 0.01;
const P_EXITED = 0.01;

/** Statuses by index in the plan arrays. */
const STATUS: readonly SpedStatus[] = ['none', 'eligible_iep', 'plan_504', 'referred', 'evaluating', 'exited'];
const ST_NONE = 0;
const ST_IEP = 1;
const ST_504 = 2;
const ST_REFERRED = 3;
const ST_EVALUATING = 4;
const ST_EXITED = 5;

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
const C = Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<DisabilityCategory, number>;

/** The low-incidence rest (≈ 4 % of IEPs), the same in every band. */
const REST = [0.017, 0.01, 0.004, 0.004, 0.003, 0.0015, 0.0005]; // MD, HI, OI, TBI, VI, deafness, deaf-blindness
/**
 * Primary category weights by age band, in CATEGORIES order. Speech-language is mostly young children,
 * learning disabilities rise with age, developmental delay only in KG–03 (ages 5–9; 300.8(b) allows 3–9).
 * With equal grade sizes (4, 5 and 4 grades) the overall mix is SLD 32 %, SLI 19 %, OHI 15 %, autism 12 %,
 * DD 7 %, ID 6 %, ED 5 %, rest 4 % — the national distribution of students 3–21 served under IDEA.
 */
const MIX = {
  young: [0.1, 0.35, 0.1, 0.13, 0.2275, 0.035, 0.0175, ...REST],
  mid: [0.41, 0.16, 0.165, 0.11, 0, 0.06, 0.055, ...REST],
  high: [0.44, 0.06, 0.19, 0.12, 0, 0.08, 0.07, ...REST],
};
/** The same young mix without developmental delay (students held back a year, who may be 10). */
const MIX_YOUNG_NO_DD = MIX.young.map((w, i) => (i === C.developmental_delay ? 0 : w));

/** [category, secondary, probability]: a common second category. */
const SECONDARY: [number, number, number][] = [
  [C.autism, C.speech_language_impairment, 0.25],
  [C.intellectual_disability, C.speech_language_impairment, 0.3],
  [C.developmental_delay, C.speech_language_impairment, 0.2],
  [C.specific_learning_disability, C.other_health_impairment, 0.12],
  [C.emotional_disturbance, C.other_health_impairment, 0.2],
  [C.other_health_impairment, C.specific_learning_disability, 0.1],
];

/** Related services (34 CFR 300.34): who needs them, by primary category, and a provider's typical caseload. */
export const DISCIPLINES = ['slp', 'ot', 'pt', 'psychologist'] as const;
const CASELOAD_TARGET = [45, 40, 25, 40];
const NEEDS: Partial<Record<DisabilityCategory, [number, number, number, number]>> = {
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
const SCHOOL_SIZE = { elem: 450, middle: 600, high: 750 };
const LEVEL_OF_GRADE = (g: number): Level => (g <= 5 ? 'elem' : g <= 8 ? 'middle' : 'high');
type Level = 'elem' | 'middle' | 'high';
const LEVELS: Level[] = ['elem', 'middle', 'high'];
const STUDENTS_PER_TEACHER = 20;
const STUDENTS_PER_SECTION = 25;
const CASELOAD_PER_CASE_MANAGER = 18;

// ---------------------------------------------------------------------------------------------------
// Names (fictional combinations; ASCII so that emails stay simple).

const FIRST_F = [
  'Olivia',
  'Emma',
  'Charlotte',
  'Amelia',
  'Sophia',
  'Mia',
  'Isabella',
  'Ava',
  'Evelyn',
  'Luna',
  'Harper',
  'Sofia',
  'Camila',
  'Eleanor',
  'Elizabeth',
  'Violet',
  'Scarlett',
  'Emily',
  'Hazel',
  'Lily',
  'Gianna',
  'Aurora',
  'Penelope',
  'Aria',
  'Nora',
  'Chloe',
  'Ellie',
  'Mila',
  'Avery',
  'Layla',
  'Abigail',
  'Ella',
  'Isla',
  'Eliana',
  'Nova',
  'Madison',
  'Zoe',
  'Ivy',
  'Grace',
  'Lucy',
  'Willow',
  'Emilia',
  'Riley',
  'Naomi',
  'Victoria',
  'Stella',
  'Elena',
  'Hannah',
  'Valentina',
  'Maya',
  'Zoey',
  'Delilah',
  'Leah',
  'Lainey',
  'Lillian',
  'Paisley',
  'Genesis',
  'Madelyn',
  'Sadie',
  'Sophie',
  'Leilani',
  'Addison',
  'Natalie',
  'Josephine',
  'Alice',
  'Ruby',
  'Claire',
  'Kinsley',
  'Everly',
  'Emery',
  'Adeline',
  'Kennedy',
  'Maeve',
  'Audrey',
  'Autumn',
  'Athena',
  'Eden',
  'Iris',
  'Anna',
  'Eloise',
  'Jade',
  'Maria',
  'Caroline',
  'Brooklyn',
  'Quinn',
  'Aaliyah',
  'Vivian',
  'Liliana',
  'Gabriella',
  'Hailey',
  'Sarah',
  'Savannah',
  'Cora',
  'Madeline',
  'Jasmine',
  'Keira',
  'Amara',
  'Imani',
  'Nia',
  'Destiny',
];
const FIRST_M = [
  'Liam',
  'Noah',
  'Oliver',
  'James',
  'Elijah',
  'Mateo',
  'Theodore',
  'Henry',
  'Lucas',
  'William',
  'Benjamin',
  'Levi',
  'Sebastian',
  'Jack',
  'Ezra',
  'Michael',
  'Daniel',
  'Leo',
  'Owen',
  'Samuel',
  'Hudson',
  'Alexander',
  'Asher',
  'Luca',
  'Ethan',
  'John',
  'David',
  'Jackson',
  'Joseph',
  'Mason',
  'Luke',
  'Matthew',
  'Julian',
  'Dylan',
  'Elias',
  'Jacob',
  'Maverick',
  'Gabriel',
  'Logan',
  'Aiden',
  'Thomas',
  'Isaac',
  'Miles',
  'Grayson',
  'Santiago',
  'Anthony',
  'Wyatt',
  'Carter',
  'Jayden',
  'Ezekiel',
  'Caleb',
  'Cooper',
  'Josiah',
  'Charles',
  'Christopher',
  'Isaiah',
  'Nolan',
  'Cameron',
  'Nathan',
  'Joshua',
  'Kai',
  'Waylon',
  'Angel',
  'Lincoln',
  'Andrew',
  'Roman',
  'Adrian',
  'Aaron',
  'Wesley',
  'Ian',
  'Thiago',
  'Axel',
  'Brooks',
  'Bennett',
  'Weston',
  'Rowan',
  'Christian',
  'Theo',
  'Beau',
  'Eli',
  'Silas',
  'Jonathan',
  'Ryan',
  'Leonardo',
  'Walker',
  'Jaxon',
  'Micah',
  'Everett',
  'Robert',
  'Enzo',
  'Parker',
  'Jeremiah',
  'Jose',
  'Colton',
  'Luka',
  'Easton',
  'Landon',
  'Jordan',
  'Amir',
  'Malik',
];
const FIRST_F_HISPANIC = [
  'Sofia',
  'Camila',
  'Valentina',
  'Isabella',
  'Lucia',
  'Ximena',
  'Mariana',
  'Daniela',
  'Gabriela',
  'Victoria',
  'Natalia',
  'Valeria',
  'Regina',
  'Renata',
  'Andrea',
  'Fernanda',
  'Maria',
  'Paula',
  'Elena',
  'Julieta',
  'Catalina',
  'Emilia',
  'Antonella',
  'Alejandra',
  'Adriana',
  'Guadalupe',
  'Esmeralda',
  'Jimena',
  'Abril',
  'Luciana',
];
const FIRST_M_HISPANIC = [
  'Mateo',
  'Santiago',
  'Sebastian',
  'Matias',
  'Diego',
  'Nicolas',
  'Alejandro',
  'Samuel',
  'Daniel',
  'Leonardo',
  'Emiliano',
  'Gabriel',
  'Lucas',
  'Angel',
  'Jose',
  'Juan',
  'Carlos',
  'Luis',
  'Miguel',
  'Adrian',
  'Eduardo',
  'Javier',
  'Rafael',
  'Andres',
  'Fernando',
  'Julian',
  'Ricardo',
  'Tomas',
  'Joaquin',
  'Emilio',
];
const FIRST_F_ASIAN = [
  'Mei',
  'Hana',
  'Yuna',
  'Priya',
  'Ananya',
  'Linh',
  'Mai',
  'Ji-woo',
  'Seo-yeon',
  'Aiko',
  'Sakura',
  'Isha',
  'Diya',
  'Anh',
  'Thao',
  'Jia',
  'Xin',
  'Min-ji',
  'Kavya',
  'Riya',
];
const FIRST_M_ASIAN = [
  'Wei',
  'Hiro',
  'Kenji',
  'Arjun',
  'Rohan',
  'Minh',
  'Duc',
  'Min-jun',
  'Ji-ho',
  'Haruto',
  'Ren',
  'Aarav',
  'Vivaan',
  'Bao',
  'Khoa',
  'Jun',
  'Hao',
  'Seo-jun',
  'Dev',
  'Kabir',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Hill',
  'Green',
  'Adams',
  'Baker',
  'Nelson',
  'Carter',
  'Mitchell',
  'Roberts',
  'Turner',
  'Phillips',
  'Campbell',
  'Parker',
  'Evans',
  'Edwards',
  'Collins',
  'Stewart',
  'Morris',
  'Murphy',
  'Cook',
  'Rogers',
  'Morgan',
  'Peterson',
  'Cooper',
  'Reed',
  'Bailey',
  'Bell',
  'Kelly',
  'Howard',
  'Ward',
  'Cox',
  'Richardson',
  'Wood',
  'Watson',
  'Brooks',
  'Bennett',
  'Gray',
  'James',
  'Hughes',
  'Price',
  'Sanders',
  'Myers',
  'Long',
  'Ross',
  'Foster',
  'Powell',
  'Jenkins',
  'Perry',
  'Russell',
  'Sullivan',
  'Butler',
  'Barnes',
  'Fisher',
  'Henderson',
  'Coleman',
  'Simmons',
  'Patterson',
  'Jordan',
  'Reynolds',
  'Hamilton',
  'Graham',
  'Wallace',
  'Woods',
  'Cole',
  'West',
  'Owens',
  'Marshall',
  'Washington',
  'Freeman',
  'Okafor',
  'Mensah',
  'Haddad',
  'Ali',
  'Abdi',
];
const LAST_HISPANIC = [
  'Garcia',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Perez',
  'Sanchez',
  'Ramirez',
  'Torres',
  'Flores',
  'Rivera',
  'Gomez',
  'Diaz',
  'Reyes',
  'Cruz',
  'Morales',
  'Ortiz',
  'Gutierrez',
  'Chavez',
  'Ramos',
  'Ruiz',
  'Alvarez',
  'Mendoza',
  'Vasquez',
  'Castillo',
  'Jimenez',
  'Moreno',
  'Romero',
  'Herrera',
  'Medina',
  'Aguilar',
  'Vargas',
  'Castro',
  'Guzman',
  'Fernandez',
  'Juarez',
  'Salazar',
  'Soto',
  'Delgado',
];
const LAST_ASIAN = [
  'Nguyen',
  'Kim',
  'Patel',
  'Chen',
  'Wang',
  'Li',
  'Tran',
  'Le',
  'Park',
  'Zhang',
  'Liu',
  'Lin',
  'Pham',
  'Huang',
  'Yang',
  'Shah',
  'Singh',
  'Choi',
  'Wu',
  'Tanaka',
  'Sato',
  'Kumar',
  'Huynh',
  'Vo',
  'Cho',
];
const SCHOOL_A = [
  'Lincoln',
  'Washington',
  'Jefferson',
  'Roosevelt',
  'Franklin',
  'Madison',
  'Maple',
  'Oak',
  'Cedar',
  'Willow',
  'Pine',
  'Aspen',
  'Birch',
  'Sycamore',
  'Riverside',
  'Lakeview',
  'Hillcrest',
  'Fairview',
  'Sunnyside',
  'Meadow',
  'Eastwood',
  'Westfield',
  'Northgate',
  'Southridge',
  'Brookside',
  'Highland',
  'Valley',
  'Prairie',
  'Canyon',
  'Harbor',
];
const SCHOOL_B = [
  '',
  'Park',
  'Grove',
  'Hills',
  'Creek',
  'Heights',
  'Springs',
  'Ridge',
  'Point',
  'Trail',
  'Crossing',
  'Glen',
  'Falls',
  'Meadows',
  'Landing',
];
const STREETS = [
  'Main',
  'Oak',
  'Maple',
  'Cedar',
  'Elm',
  'Washington',
  'Lake',
  'Hill',
  'Park',
  'Pine',
  'Walnut',
  'Sunset',
  'Highland',
  'Church',
  'Mill',
  'River',
  'Spring',
  'Ridge',
  'Meadow',
  'Forest',
];
const STREET_KIND = ['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Ct', 'Way', 'Blvd'];
const CITIES = [
  'Springfield',
  'Riverton',
  'Fairview',
  'Greenville',
  'Franklin',
  'Clinton',
  'Georgetown',
  'Salem',
  'Madison',
  'Arlington',
];
const AREA_CODES = ['206', '312', '415', '512', '617', '702', '919', '303', '404', '503'];
const OTHER_LANGUAGES_ASIAN = ['vi', 'zh', 'ko', 'tl', 'hi', 'ja'];
const OTHER_LANGUAGES = ['ar', 'so', 'ru', 'ht', 'pt', 'uk', 'fr', 'am'];
const SUBJECTS: Record<Level, [string, string][]> = {
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

// ---------------------------------------------------------------------------------------------------
// Column-array inserts.

type PgType = 'uuid' | 'text' | 'date' | 'bool' | 'int4' | 'text[]' | 'jsonb' | 'timestamptz';

/** Rows kept as one array per column, written with INSERT … SELECT … FROM unnest(one array per column). */
export class ColumnRows<K extends string> {
  private readonly names: K[];
  private readonly cols: unknown[][];
  constructor(
    readonly table: string,
    private readonly types: Record<K, PgType>,
  ) {
    this.names = Object.keys(types) as K[];
    this.cols = this.names.map(() => []);
  }

  get length(): number {
    return this.cols[0]?.length ?? 0;
  }

  /** A jsonb value is given as JSON text (JSON.stringify), never null. */
  add(row: Record<K, unknown>): void {
    for (let j = 0; j < this.names.length; j++) {
      const name = at(this.names, j);
      const v = row[name];
      if (this.types[name] === 'jsonb' && typeof v !== 'string')
        throw new Error(`${this.table}.${name}: a jsonb value is JSON text, not ${String(v)}`);
      // A text[] column travels as an array of array literals ('{white,asian}'), cast per row.
      at(this.cols, j).push(this.types[name] === 'text[]' ? `{${(v as string[]).join(',')}}` : v);
    }
  }

  async insert(q: Queryable, chunk = 25_000): Promise<void> {
    const n = this.length;
    const list = this.names.join(', ');
    const select = this.names
      .map((_, j) => (this.types[at(this.names, j)] === 'text[]' ? `c${j}::text[]` : `c${j}`))
      .join(', ');
    // A jsonb column travels as one JSON array (half the time of a jsonb[] literal, whose every quote is escaped).
    const arrays = this.names
      .map((name, j) =>
        this.types[name] === 'jsonb'
          ? `ARRAY(SELECT e FROM jsonb_array_elements($${j + 1}::jsonb) WITH ORDINALITY AS t(e, i) ORDER BY i)`
          : `$${j + 1}::${this.types[name] === 'text[]' ? 'text' : this.types[name]}[]`,
      )
      .join(', ');
    const alias = this.names.map((_, j) => `c${j}`).join(', ');
    const sql = `INSERT INTO ${this.table} (${list}) SELECT ${select} FROM unnest(${arrays}) AS u(${alias})`;
    for (let i = 0; i < n; i += chunk) {
      const cols = i === 0 && n <= chunk ? this.cols : this.cols.map((c) => c.slice(i, i + chunk));
      await q.query(
        sql,
        cols.map((c, j) => (this.types[at(this.names, j)] === 'jsonb' ? `[${c.join(',')}]` : c)),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) out[i] = s += at(weights, i);
  for (let i = 0; i < out.length; i++) out[i] = at(out, i) / s;
  return out;
}

function pickCumulative(cum: Float64Array, r: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r < at(cum, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dateColumns = (d: PlanDates) => ({
  meeting_date: d.meetingDate,
  start_date: d.startDate,
  end_date: d.endDate,
  next_annual_review: d.nextAnnualReview,
});
const DAY_MS = 86_400_000;
const ascii = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

interface School {
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

interface Staff {
  id: string;
  email: string;
  role: 'district_admin' | 'principal' | 'case_manager' | 'teacher' | 'provider';
  discipline: string | null;
  first: string;
  last: string;
  schools: number[];
}

export async function seedSynthetic(db: Database, opts: SyntheticOptions): Promise<SyntheticResult> {
  const started = Date.now();
  const N = opts.students;
  const seed = opts.seed;
  if (!Number.isInteger(N) || N < 1) throw new Error('students must be a positive whole number');
  if (!Number.isInteger(seed)) throw new Error('seed must be a whole number');
  const log = opts.log;
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)}s`;
  const key = (name: string) => nameUuid(`synthetic:${seed}:${name}`);
  const tag = `s${seed}`.replace('-', 'm');
  const domain = 'synthetic.example';
  const districtId = key('district');

  const existing = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM districts WHERE id = $1::uuid', [
    districtId,
  ]);
  if ((existing[0]?.n ?? 0) > 0)
    throw new Error(
      `The synthetic district of seed ${seed} is already in this database (${districtId}); use another --seed.`,
    );

  // ---- Plan: every student's grade, sex, status, category, school, case manager and providers. ----
  const core = prng(seed);
  const grade = new Uint8Array(N);
  const retained = new Uint8Array(N);
  const sex = new Uint8Array(N); // 0 F, 1 M, 2 X
  const status = new Uint8Array(N);
  const primary = new Int8Array(N).fill(-1);
  const secondary = new Int8Array(N).fill(-1);
  const schoolOf = new Int32Array(N);
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

  // Schools: per level, sized so a school has about SCHOOL_SIZE students, some larger than others.
  const schools: School[] = [];
  const schoolCum: Record<Level, { first: number; cum: Float64Array }> = {} as Record<
    Level,
    { first: number; cum: Float64Array }
  >;
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
  {
    const fill = schoolStart.slice(0, schools.length);
    for (let i = 0; i < N; i++) {
      const s = at(schoolOf, i);
      const pos = at(fill, s);
      fill[s] = pos + 1;
      bySchool[pos] = i;
    }
  }

  // Sections of about 25 students per grade and subject; every student takes the first subject (homeroom or
  // English) and 3–5 others. Teachers: 1 per 20 students.
  let sectionTotal = 0;
  let teacherTotal = 0;
  const sectionSchool: number[] = [];
  const sectionGrade: number[] = [];
  const sectionSubject: number[] = [];
  const sectionOrdinal: number[] = [];
  const sectionTeacher: number[] = [];
  for (const school of schools) {
    const firstSection = sectionTotal;
    const subjects = SUBJECTS[school.level].length;
    for (const g of school.grades) {
      const cg = at(perSchoolGrade, school.index * 13 + g);
      school.sectionStart[g] = sectionTotal;
      if (cg === 0) continue;
      const first = Math.max(1, Math.round(cg / STUDENTS_PER_SECTION));
      const other = Math.max(1, Math.round((cg * 4) / (subjects - 1) / STUDENTS_PER_SECTION));
      school.firstSubjectSections[g] = first;
      school.otherSubjectSections[g] = other;
      for (let subj = 0; subj < subjects; subj++) {
        for (let k = 0; k < (subj === 0 ? first : other); k++) {
          sectionSchool.push(school.index);
          sectionGrade.push(g);
          sectionSubject.push(subj);
          sectionOrdinal.push(k);
          sectionTotal++;
        }
      }
    }
    const sections = sectionTotal - firstSection;
    school.firstTeacher = teacherTotal;
    school.teachers =
      sections === 0 ? 0 : Math.min(sections, Math.max(1, Math.round(school.students / STUDENTS_PER_TEACHER)));
    teacherTotal += school.teachers;
    // Each teacher takes a contiguous run of the school's sections (one or two grades).
    for (let k = 0; k < sections; k++)
      sectionTeacher.push(school.firstTeacher + Math.floor((k * school.teachers) / sections));
  }

  // Case managers: school-based, caseloads of about 18 (students with an IEP or 504 plan, or in referral or evaluation).
  const caseManagerOf = new Int32Array(N).fill(-1);
  let caseManagerTotal = 0;
  for (const school of schools) {
    let inCase = 0;
    for (let p = at(schoolStart, school.index); p < at(schoolStart, school.index + 1); p++) {
      const st = at(status, at(bySchool, p));
      if (st === ST_IEP || st === ST_504 || st === ST_REFERRED || st === ST_EVALUATING) inCase++;
    }
    school.firstCaseManager = caseManagerTotal;
    school.caseManagers = inCase === 0 ? 0 : Math.max(1, Math.round(inCase / CASELOAD_PER_CASE_MANAGER));
    caseManagerTotal += school.caseManagers;
    let k = 0;
    for (let p = at(schoolStart, school.index); p < at(schoolStart, school.index + 1); p++) {
      const i = at(bySchool, p);
      const st = at(status, i);
      if (st === ST_IEP || st === ST_504 || st === ST_REFERRED || st === ST_EVALUATING) {
        caseManagerOf[i] = school.firstCaseManager + (k++ % school.caseManagers);
      }
    }
  }

  // Related-service providers: each serves neighbouring schools until a typical caseload is full.
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

  // ---- Staff ----
  const staffRnd = prng((seed ^ 0x2545f491) >>> 0);
  const pick = <T>(r: () => number, a: readonly T[]): T => at(a, Math.floor(r() * a.length));
  const person = (): { first: string; last: string } => {
    const f = staffRnd() < 0.76 ? FIRST_F : FIRST_M; // three quarters of US teachers are women
    const eth = staffRnd();
    const last = eth < 0.1 ? LAST_HISPANIC : eth < 0.13 ? LAST_ASIAN : LAST;
    return { first: pick(staffRnd, f), last: pick(staffRnd, last) };
  };
  const staff: Staff[] = [];
  const adminEmail = `admin.${tag}@${domain}`;
  staff.push({
    id: key('user:admin'),
    email: adminEmail,
    role: 'district_admin',
    discipline: null,
    ...person(),
    schools: [],
  });
  for (const school of schools) {
    staff.push({
      id: key(`user:principal:${school.index}`),
      email: `principal${school.index + 1}.${tag}@${domain}`,
      role: 'principal',
      discipline: null,
      ...person(),
      schools: [school.index],
    });
  }
  const teacherIds: string[] = [];
  for (const school of schools) {
    for (let t = 0; t < school.teachers; t++) {
      const k = school.firstTeacher + t;
      const id = key(`user:teacher:${k}`);
      teacherIds.push(id);
      staff.push({
        id,
        email: `teacher${k + 1}.${tag}@${domain}`,
        role: 'teacher',
        discipline: null,
        ...person(),
        schools: [school.index],
      });
    }
  }
  const caseManagerIds: string[] = [];
  const caseManagerEmails: string[] = [];
  for (const school of schools) {
    for (let t = 0; t < school.caseManagers; t++) {
      const k = school.firstCaseManager + t;
      const id = key(`user:cm:${k}`);
      const email = `cm${k + 1}.${tag}@${domain}`;
      caseManagerIds.push(id);
      caseManagerEmails.push(email);
      staff.push({ id, email, role: 'case_manager', discipline: null, ...person(), schools: [school.index] });
    }
  }
  const providerIds: string[][] = DISCIPLINES.map(() => []);
  DISCIPLINES.forEach((disc, d) => {
    at(providerSchools, d).forEach((set, k) => {
      const id = key(`user:${disc}:${k}`);
      at(providerIds, d).push(id);
      staff.push({
        id,
        email: `${disc}${k + 1}.${tag}@${domain}`,
        role: 'provider',
        discipline: disc,
        ...person(),
        schools: [...set],
      });
    });
  });

  const counts: Record<string, number> = {
    schools: schools.length,
    sections: sectionTotal,
    teachers: teacherTotal,
    caseManagers: caseManagerTotal,
    providers: providerIds.reduce((s, a) => s + a.length, 0),
    staff: staff.length,
    students: N,
  };
  log(
    `synthetic: seed ${seed}, ${N} students, ${schools.length} schools, ${teacherTotal} teachers, ${sectionTotal} sections, ` +
      `${caseManagerTotal} case managers, ${counts.providers} providers (planned in ${elapsed()})`,
  );

  // ---- Structure: district, schools, calendar, staff, sections ----
  const hash = opts.password ? await hashPassword(opts.password) : null;
  const city = pick(staffRnd, CITIES);
  const areaCode = pick(staffRnd, AREA_CODES);
  const districtName = opts.districtName ?? `${city} Synthetic School District (seed ${seed})`;
  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO districts (id, name, state_profile, nces_id) VALUES ($1::uuid, $2, 'federal', NULL)`, [
      districtId,
      districtName,
    ]);
    const rows = new ColumnRows('schools', {
      id: 'uuid',
      district_id: 'uuid',
      name: 'text',
      grade_low: 'text',
      grade_high: 'text',
    });
    for (const s of schools)
      rows.add({
        id: s.id,
        district_id: districtId,
        name: s.name,
        grade_low: GRADE_LABELS[at(s.grades, 0)],
        grade_high: GRADE_LABELS[at(s.grades, s.grades.length - 1)],
      });
    await rows.insert(tx);
  });
  const days = sampleSchoolYearDays();
  for (let s0 = 0; s0 < schools.length; s0 += 200) {
    const rows = new ColumnRows('school_calendar_days', {
      district_id: 'uuid',
      school_id: 'uuid',
      school_year: 'text',
      day: 'date',
      instructional: 'bool',
      note: 'text',
    });
    const years = new ColumnRows('school_calendars', {
      district_id: 'uuid',
      school_id: 'uuid',
      school_year: 'text',
      source: 'text',
    });
    for (const s of schools.slice(s0, s0 + 200)) {
      for (const d of days)
        rows.add({
          district_id: districtId,
          school_id: s.id,
          school_year: SCHOOL_YEAR,
          day: d.day,
          instructional: d.instructional,
          note: d.note,
        });
      years.add({ district_id: districtId, school_id: s.id, school_year: SCHOOL_YEAR, source: 'seed' });
    }
    await db.transaction(async (tx) => {
      await rows.insert(tx);
      await years.insert(tx);
    });
  }
  for (let s0 = 0; s0 < staff.length; s0 += 20_000) {
    const users = new ColumnRows('users', {
      id: 'uuid',
      district_id: 'uuid',
      email: 'text',
      password_hash: 'text',
      role: 'text',
      discipline: 'text',
      first_name: 'text',
      last_name: 'text',
    });
    const links = new ColumnRows('staff_schools', { district_id: 'uuid', user_id: 'uuid', school_id: 'uuid' });
    for (const u of staff.slice(s0, s0 + 20_000)) {
      users.add({
        id: u.id,
        district_id: districtId,
        email: u.email,
        password_hash: hash,
        role: u.role,
        discipline: u.discipline,
        first_name: u.first,
        last_name: u.last,
      });
      for (const s of u.schools) links.add({ district_id: districtId, user_id: u.id, school_id: at(schools, s).id });
    }
    await db.transaction(async (tx) => {
      await users.insert(tx);
      await links.insert(tx);
    });
  }
  const sectionIds: string[] = new Array<string>(sectionTotal);
  for (let k0 = 0; k0 < sectionTotal; k0 += 50_000) {
    const rows = new ColumnRows('sections', {
      id: 'uuid',
      district_id: 'uuid',
      school_id: 'uuid',
      name: 'text',
      course_code: 'text',
      school_year: 'text',
      teacher_id: 'uuid',
    });
    for (let k = k0; k < Math.min(sectionTotal, k0 + 50_000); k++) {
      const school = at(schools, at(sectionSchool, k));
      const g = at(sectionGrade, k);
      const ord = at(sectionOrdinal, k);
      const [subject, code] = at(SUBJECTS[school.level], at(sectionSubject, k));
      const gl = g === 0 ? 'K' : String(g);
      const id = key(`section:${k}`);
      sectionIds[k] = id;
      rows.add({
        id,
        district_id: districtId,
        school_id: school.id,
        name:
          school.level === 'elem'
            ? `${subject}, grade ${gl}, class ${ord + 1}`
            : `${subject} ${gl}, section ${ord + 1}`,
        course_code: `${code}${gl}`,
        school_year: SCHOOL_YEAR,
        teacher_id: at(teacherIds, at(sectionTeacher, k)),
      });
    }
    await db.transaction((tx) => rows.insert(tx));
  }
  log(
    `synthetic: district ${districtId}: schools, calendars, ${staff.length} staff and ${sectionTotal} sections written (${elapsed()})`,
  );

  // ---- Students, in batches ----
  const detail = prng((seed ^ 0x5bd1e995) >>> 0);
  const sinceEarliest = Date.UTC(2023, 7, 15);
  const sinceSpan = Date.UTC(2026, 9, 30) - sinceEarliest;
  const recentEarliest = Date.UTC(2026, 8, 1);
  const recentSpan = Date.UTC(2026, 10, 20) - recentEarliest;
  const picked = [0, 0, 0, 0, 0, 0];
  let guardianCount = 0;
  let enrollmentCount = 0;
  // Plans draw from their own stream (in student order), so the students and the rest are the same with or without them.
  const withPlans = opts.plans ?? true;
  const planRnd = prng((seed ^ 0x68e31da4) >>> 0);
  let activePlanCount = 0;
  let draftCount = 0;

  const makeBatch = (from: number, to: number) => {
    const students = new ColumnRows('students', {
      id: 'uuid',
      district_id: 'uuid',
      school_id: 'uuid',
      local_id: 'text',
      state_id: 'text',
      first_name: 'text',
      middle_name: 'text',
      last_name: 'text',
      date_of_birth: 'date',
      grade: 'text',
      primary_language: 'text',
      home_language: 'text',
      english_learner: 'bool',
      hispanic_latino: 'bool',
      races: 'text[]',
      sex: 'text',
      sped_status: 'text',
      primary_disability: 'text',
      secondary_disability: 'text',
    });
    const guardians = new ColumnRows('guardians', {
      id: 'uuid',
      district_id: 'uuid',
      first_name: 'text',
      last_name: 'text',
      email: 'text',
      phone: 'text',
      preferred_language: 'text',
      address: 'text',
    });
    const links = new ColumnRows('student_guardians', {
      district_id: 'uuid',
      student_id: 'uuid',
      guardian_id: 'uuid',
      relationship: 'text',
      educational_rights: 'bool',
      lives_with: 'bool',
    });
    const enrollments = new ColumnRows('section_enrollments', {
      district_id: 'uuid',
      section_id: 'uuid',
      student_id: 'uuid',
    });
    const cma = new ColumnRows('case_manager_assignments', {
      district_id: 'uuid',
      student_id: 'uuid',
      user_id: 'uuid',
      since: 'date',
    });
    const pa = new ColumnRows('provider_assignments', {
      district_id: 'uuid',
      student_id: 'uuid',
      user_id: 'uuid',
      discipline: 'text',
      since: 'date',
    });
    const plans = new ColumnRows('plans', {
      id: 'uuid',
      district_id: 'uuid',
      student_id: 'uuid',
      type: 'text',
      status: 'text',
      meeting_date: 'date',
      start_date: 'date',
      end_date: 'date',
      next_annual_review: 'date',
      content: 'jsonb',
      created_by: 'uuid',
      finalized_at: 'timestamptz',
      finalized_by: 'uuid',
      in_effect_from: 'date',
      based_on: 'uuid',
    });
    const activePlanIds: string[] = [];

    for (let i = from; i < to; i++) {
      const id = key(`student:${i}`);
      const g = at(grade, i);
      const sx = at(sex, i);
      const school = at(schools, at(schoolOf, i));
      // Ethnicity and race (NCES: 28 % Hispanic; of the rest 61 % white, 21 % Black, 8 % Asian, 7 % two or more).
      const hispanic = detail() < 0.28;
      const rr = detail();
      let races: string[];
      if (hispanic) {
        races =
          rr < 0.78
            ? ['white']
            : rr < 0.88
              ? ['white', 'american_indian_alaska_native']
              : rr < 0.93
                ? ['american_indian_alaska_native']
                : rr < 0.97
                  ? ['black_african_american']
                  : ['asian'];
      } else {
        races =
          rr < 0.61
            ? ['white']
            : rr < 0.82
              ? ['black_african_american']
              : rr < 0.896
                ? ['asian']
                : rr < 0.963
                  ? detail() < 0.6
                    ? ['black_african_american', 'white']
                    : ['asian', 'white']
                  : rr < 0.98
                    ? ['american_indian_alaska_native']
                    : rr < 0.99
                      ? ['native_hawaiian_pacific_islander']
                      : ['white'];
      }
      const asian = !hispanic && races[0] === 'asian';
      let home = 'en';
      const rl = detail();
      if (hispanic && rl < 0.88) home = 'es';
      else if (asian && rl < 0.4) home = pick(detail, OTHER_LANGUAGES_ASIAN);
      else if (!hispanic && !asian && rl < 0.02) home = pick(detail, OTHER_LANGUAGES);
      const el = home !== 'en' && detail() < (home === 'es' ? 0.35 : 0.4);
      const firstList =
        sx === 1
          ? hispanic && detail() < 0.7
            ? FIRST_M_HISPANIC
            : asian && detail() < 0.6
              ? FIRST_M_ASIAN
              : FIRST_M
          : hispanic && detail() < 0.7
            ? FIRST_F_HISPANIC
            : asian && detail() < 0.6
              ? FIRST_F_ASIAN
              : FIRST_F;
      const lastList = hispanic
        ? detail() < 0.9
          ? LAST_HISPANIC
          : LAST
        : asian
          ? detail() < 0.85
            ? LAST_ASIAN
            : LAST
          : LAST;
      const first = pick(detail, firstList);
      const last = pick(detail, lastList);
      const middle = detail() < 0.7 ? pick(detail, sx === 1 ? FIRST_M : FIRST_F) : null;
      const dob = isoDate(
        Date.UTC(COHORT_START_YEAR - g - at(retained, i), 8, 1) + Math.floor(detail() * 365) * DAY_MS,
      );
      const st = at(status, i);
      const p = at(primary, i);
      const sec = at(secondary, i);
      students.add({
        id,
        district_id: districtId,
        school_id: school.id,
        local_id: String(100000 + i),
        state_id: `${tag.toUpperCase()}-${String(i + 1).padStart(8, '0')}`,
        first_name: first,
        middle_name: middle,
        last_name: last,
        date_of_birth: dob,
        grade: GRADE_LABELS[g],
        primary_language: el ? home : 'en',
        home_language: home,
        english_learner: el,
        hispanic_latino: hispanic,
        races,
        sex: sx === 0 ? 'F' : sx === 1 ? 'M' : 'X',
        sped_status: STATUS[st],
        primary_disability: p >= 0 ? CATEGORIES[p] : null,
        secondary_disability: sec >= 0 ? CATEGORIES[sec] : null,
      });

      // Guardians: one or two; most share the student's last name; the family's language is the home language.
      const two = detail() < 0.55;
      const rel = detail();
      const g1Rel =
        rel < 0.7
          ? 'mother'
          : rel < 0.9
            ? 'father'
            : rel < 0.95
              ? 'grandparent'
              : rel < 0.98
                ? 'legal_guardian'
                : 'foster_parent';
      const lang = home;
      const street = `${1 + Math.floor(detail() * 9899)} ${pick(detail, STREETS)} ${pick(detail, STREET_KIND)}, ${city}`;
      const relations = two
        ? [
            g1Rel,
            g1Rel === 'mother'
              ? detail() < 0.9
                ? 'father'
                : 'mother'
              : g1Rel === 'father'
                ? 'mother'
                : detail() < 0.5
                  ? 'grandparent'
                  : 'mother',
          ]
        : [g1Rel];
      for (let j = 0; j < relations.length; j++) {
        const relation = at(relations, j);
        const gid = key(`guardian:${i}:${j}`);
        const gFirst = pick(
          detail,
          relation === 'father'
            ? hispanic
              ? FIRST_M_HISPANIC
              : FIRST_M
            : relation === 'mother'
              ? hispanic
                ? FIRST_F_HISPANIC
                : FIRST_F
              : detail() < 0.5
                ? FIRST_M
                : FIRST_F,
        );
        const gLast = detail() < 0.85 ? last : pick(detail, hispanic ? LAST_HISPANIC : LAST);
        const hasEmail = detail() < 0.8;
        const livesWith = j === 0 || detail() < 0.8;
        guardians.add({
          id: gid,
          district_id: districtId,
          first_name: gFirst,
          last_name: gLast,
          email: hasEmail ? `${ascii(gFirst)}.${ascii(gLast)}.${i}${j ? 'b' : ''}.${tag}@${domain}` : null,
          phone: `(${areaCode}) 555-01${String(Math.floor(detail() * 100)).padStart(2, '0')}`,
          preferred_language: lang,
          address: livesWith
            ? street
            : `${1 + Math.floor(detail() * 9899)} ${pick(detail, STREETS)} ${pick(detail, STREET_KIND)}, ${city}`,
        });
        // A grandparent who is the second adult usually does not hold educational rights (34 CFR 300.30).
        links.add({
          district_id: districtId,
          student_id: id,
          guardian_id: gid,
          relationship: relation,
          educational_rights: !(relation === 'grandparent' && j > 0),
          lives_with: livesWith,
        });
        guardianCount++;
      }

      // Sections: the first subject (homeroom or English) and 3–5 other subjects, one section of each.
      const start = at(school.sectionStart, g);
      const firstCount = at(school.firstSubjectSections, g);
      const other = at(school.otherSubjectSections, g);
      const subjects = SUBJECTS[school.level].length;
      const k = 4 + Math.floor(detail() * 3);
      enrollments.add({
        district_id: districtId,
        section_id: at(sectionIds, start + Math.floor(detail() * firstCount)),
        student_id: id,
      });
      let n = 1;
      while (n < k) {
        const subj = 1 + Math.floor(detail() * (subjects - 1));
        let dup = false;
        for (let m = 1; m < n; m++) if (picked[m] === subj) dup = true;
        if (dup) continue;
        picked[n++] = subj;
        enrollments.add({
          district_id: districtId,
          section_id: at(sectionIds, start + firstCount + (subj - 1) * other + Math.floor(detail() * other)),
          student_id: id,
        });
      }
      enrollmentCount += k;

      const recent = st === ST_REFERRED || st === ST_EVALUATING;
      const since = isoDate(
        recent
          ? recentEarliest + Math.floor(detail() * (recentSpan / DAY_MS)) * DAY_MS
          : sinceEarliest + Math.floor(detail() * (sinceSpan / DAY_MS)) * DAY_MS,
      );
      const cm = at(caseManagerOf, i);
      if (cm >= 0) cma.add({ district_id: districtId, student_id: id, user_id: at(caseManagerIds, cm), since });
      for (let d = 0; d < DISCIPLINES.length; d++) {
        const pr = at(at(providerOf, d), i);
        if (pr >= 0)
          pa.add({
            district_id: districtId,
            student_id: id,
            user_id: at(at(providerIds, d), pr),
            discipline: DISCIPLINES[d],
            since,
          });
      }

      // The IEP in effect, written and finalized by the case manager; a draft when the annual review is near.
      if (withPlans && st === ST_IEP) {
        const by = at(caseManagerIds, cm);
        const dates = activeIepDates(planRnd);
        const bits = at(needs, i);
        const content = JSON.stringify(
          syntheticIep(
            planRnd,
            {
              firstName: first,
              grade: g,
              dateOfBirth: dob,
              englishLearner: el,
              homeLanguage: home,
              primary: at(CATEGORIES, p),
              secondary: sec >= 0 ? at(CATEGORIES, sec) : null,
              needs: {
                slp: (bits & 1) !== 0,
                ot: (bits & 2) !== 0,
                pt: (bits & 4) !== 0,
                psychologist: (bits & 8) !== 0,
              },
            },
            dates,
          ),
        );
        const planId = key(`plan:${i}`);
        activePlanIds.push(planId);
        const row = { district_id: districtId, student_id: id, type: 'iep', created_by: by, content };
        plans.add({
          ...row,
          id: planId,
          status: 'active',
          ...dateColumns(dates),
          finalized_at: `${dates.meetingDate}T17:00:00Z`,
          finalized_by: by,
          in_effect_from: dates.startDate,
          based_on: null,
        });
        activePlanCount++;
        if (dates.nextAnnualReview !== null && dates.nextAnnualReview < DRAFT_REVIEWS_BEFORE) {
          plans.add({
            ...row,
            id: key(`plan:${i}:review`),
            status: 'draft',
            ...dateColumns(reviewDraftDates(dates, planRnd)),
            finalized_at: null,
            finalized_by: null,
            in_effect_from: null,
            based_on: planId,
          });
          draftCount++;
        }
      }
    }
    return { tables: [students, guardians, links, enrollments, cma, pa, plans] as const, activePlanIds };
  };

  const batchSize = opts.batchSize ?? 10_000;
  const batches = Math.ceil(N / batchSize);
  const logEvery = Math.max(1, Math.floor(batches / 20));
  let written = 0;
  let batchNo = 0;
  const writeBatch = async ({ tables, activePlanIds }: ReturnType<typeof makeBatch>, size: number) => {
    await db.transaction(async (tx) => {
      for (const t of tables) if (t.length) await t.insert(tx);
      // Each version that left draft is kept in plan_versions (as PlansRepo.activate does), copied on the server.
      if (activePlanIds.length) {
        await tx.query(
          `INSERT INTO plan_versions (plan_id, version, district_id, status, meeting_date, start_date, end_date, next_annual_review, content, saved_at, saved_by, saved_by_name)
           SELECT p.id, p.version, p.district_id, p.status, p.meeting_date, p.start_date, p.end_date, p.next_annual_review, p.content, p.finalized_at, p.finalized_by,
                  u.first_name || ' ' || u.last_name
             FROM plans p JOIN users u ON u.id = p.finalized_by WHERE p.id = ANY($1::uuid[])`,
          [activePlanIds],
        );
      }
    });
    written += size;
    batchNo++;
    if (batchNo % logEvery === 0 || written === N)
      log(`students ${written}/${N} (${Math.floor((written * 100) / N)}%) ${elapsed()}`);
  };
  // PostgreSQL: up to two batches in flight (two connections) while the next one is generated.
  const inFlightMax = db.kind === 'postgres' ? Math.max(1, opts.parallel ?? 2) : 1;
  const inFlight = new Set<Promise<void>>();
  // The batches' errors, first first (an array: the writes fail inside callbacks, which narrowing does not follow).
  const failures: Error[] = [];
  for (let from = 0; from < N; from += batchSize) {
    const to = Math.min(N, from + batchSize);
    const batch = makeBatch(from, to);
    while (inFlight.size >= inFlightMax) await Promise.race(inFlight);
    if (failures.length > 0) break;
    const p: Promise<void> = writeBatch(batch, to - from)
      .catch((e: unknown) => {
        failures.push(e instanceof Error ? e : new Error(String(e)));
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    // Let the pool send what is queued before the next batch is generated.
    await new Promise<void>((r) => setImmediate(r));
  }
  await Promise.all(inFlight);
  const [failure] = failures;
  if (failure) throw failure;

  if (withPlans) counts.caseEvents = await addCaseEvents(db, districtId);
  counts.guardians = guardianCount;
  counts.enrollments = enrollmentCount;
  counts.activePlans = activePlanCount;
  counts.draftPlans = draftCount;
  const seconds = (Date.now() - started) / 1000;
  log(
    `synthetic: ${N} students, ${guardianCount} guardians, ${enrollmentCount} enrollments` +
      `${withPlans ? `, ${activePlanCount} active IEPs and ${draftCount} drafts` : ''} written in ${seconds.toFixed(1)}s`,
  );
  return { districtId, caseManagerEmails, adminEmail, counts, seconds };
}

/**
 * A year of casework on the case clock, written on the server from what is already there (deterministic ids and
 * dates from md5 of the student id): a safeguards notice at each IEP meeting and the last evaluation one to three
 * years before it; a referral (with its notice) for students referred or in evaluation, and consent to evaluate for
 * those in evaluation. Returns how many events were written.
 */
async function addCaseEvents(db: Database, districtId: string): Promise<number> {
  const h = (expr: string, salt: string) => `('x' || substr(md5(${expr} || '${salt}'), 1, 7))::bit(28)::int`;
  const id = (salt: string) => `md5(s.student_id::text || '${salt}')::uuid`;
  const insert = `INSERT INTO case_events (id, district_id, student_id, kind, occurred_on, details, recorded_by_name, recorded_at)`;
  await db.transaction(async (tx) => {
    await tx.query(
      `${insert} SELECT ${id('safeguards')}, s.district_id, s.student_id, 'safeguards_notice', s.meeting_date, '{}', 'synthetic', s.meeting_date::timestamp
         FROM plans s WHERE s.district_id = $1::uuid AND s.status = 'active' AND s.meeting_date IS NOT NULL`,
      [districtId],
    );
    await tx.query(
      `${insert} SELECT ${id('evaluation')}, s.district_id, s.student_id, 'evaluation_completed', s.meeting_date - (365 + ${h('s.student_id::text', 'e')} % 730),
              '{"reevaluation":true}', 'synthetic', (s.meeting_date - (365 + ${h('s.student_id::text', 'e')} % 730))::timestamp
         FROM plans s WHERE s.district_id = $1::uuid AND s.status = 'active' AND s.meeting_date IS NOT NULL`,
      [districtId],
    );
    for (const [kind, salt, details, base, spread, statuses] of [
      ['referral', 'referral', '{"source":"teacher"}', '2026-09-01', 60, "'referred','evaluating'"],
      ['safeguards_notice', 'referral', '{}', '2026-09-01', 60, "'referred','evaluating'"],
      ['consent_given', 'consent', '{"consentType":"evaluation"}', '2026-09-15', 60, "'evaluating'"],
    ] as const) {
      await tx.query(
        `${insert} SELECT md5(s.id::text || '${kind}')::uuid, s.district_id, s.id, '${kind}', DATE '${base}' + ${h('s.id::text', salt)} % ${spread}, '${details}', 'synthetic',
                (DATE '${base}' + ${h('s.id::text', salt)} % ${spread})::timestamp
           FROM students s WHERE s.district_id = $1::uuid AND s.sped_status IN (${statuses})`,
        [districtId],
      );
    }
  });
  return firstRow(
    await db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events WHERE district_id = $1::uuid', [
      districtId,
    ]),
  ).n;
}
