/**
 * The demo districts (CONTRACT.md): Lincoln Unified (the one you sign in to) and Riverside (another
 * district, to show isolation). Deterministic: the same ids, names and dates on every run; the rows go in through
 * src/db/factories.ts.
 * Long file: it is data (the name lists, the table of cases, each account spelled out), one step per function.
 */
import { SAMPLE_FIRST_DAY, SAMPLE_SCHOOL_YEAR } from './sample-school-year';
import type { DisabilityCategory } from '../domain/disability';
import type { SpedStatus } from '../domain/sped-status';
import { hashPassword } from './passwords';
import type { Database, Queryable } from './connect';
import { nameUuid, prng } from './ids';
import { must } from './values';
import {
  addSampleCalendar,
  assignProviders,
  createSections,
  createDistrict,
  createGuardians,
  createSchools,
  createStudents,
  createUsers,
  type GuardianInput,
} from './factories';
import type { Role } from '../domain/roles';
import { seedDemoPlans } from './seed-demo-plans';
import { seedDemoCase } from './seed-demo-case';
import { seedDemoMeetings } from './seed-demo-meetings';
import { seedDemoConsents } from './seed-demo-consents';
import { seedDemoFamily } from './seed-demo-family';
import { seedDemoLifecycle } from './seed-demo-lifecycle';
import { INDICATOR_CASES, seedDemoIndicators } from './seed-demo-indicators';

const id = (name: string) => nameUuid(`demo:${name}`);
export const DEMO_IDS = {
  lincoln: id('district:lincoln'),
  riverside: id('district:riverside'),
};

const SCHOOL_YEAR = SAMPLE_SCHOOL_YEAR;

const FIRST = [
  'Aiden',
  'Sofia',
  'Liam',
  'Isabella',
  'Noah',
  'Mia',
  'Ethan',
  'Camila',
  'Lucas',
  'Ava',
  'Mateo',
  'Harper',
  'Elijah',
  'Luna',
  'James',
  'Aaliyah',
  'Benjamin',
  'Zoe',
  'Daniel',
  'Chloe',
  'Henry',
  'Layla',
  'Jackson',
  'Nora',
  'Sebastian',
  'Amara',
  'Owen',
  'Valentina',
  'Wyatt',
  'Leah',
  'Gabriel',
  'Maya',
  'Julian',
  'Ximena',
  'Levi',
  'Hana',
  'Isaac',
  'Priya',
  'Diego',
  'Grace',
  'Kai',
  'Fatima',
  'Ezra',
  'Naomi',
  'Omar',
  'Ruby',
  'Theo',
  'Lucia',
];
const LAST = [
  'Nguyen',
  'Garcia',
  'Johnson',
  'Martinez',
  'Smith',
  'Hernandez',
  'Brown',
  'Lopez',
  'Williams',
  'Gonzalez',
  'Davis',
  'Perez',
  'Miller',
  'Sanchez',
  'Wilson',
  'Ramirez',
  'Anderson',
  'Torres',
  'Thomas',
  'Flores',
  'Jackson',
  'Kim',
  'White',
  'Patel',
  'Harris',
  'Chen',
  'Clark',
  'Ali',
  'Lewis',
  'Okafor',
  'Young',
  'Reyes',
  'Walker',
  'Cruz',
  'Hall',
  'Morales',
  'Allen',
  'Ortiz',
  'King',
  'Gutierrez',
  'Wright',
  'Castillo',
  'Scott',
  'Jimenez',
  'Green',
  'Vargas',
  'Baker',
  'Romero',
];

/** The `n`th first name, going round the list. */
function firstName(n: number): string {
  const name = FIRST[n % FIRST.length];
  if (name === undefined) throw new Error('no first names');
  return name;
}

interface DemoStudent {
  key: string;
  first: string;
  last: string;
  dob: string;
  grade: string;
  /** 'early': Lincoln Early Learning Center, the preschool that has no calendar for the school year yet. */
  school: 'elem' | 'middle' | 'high' | 'early';
  status: SpedStatus;
  primary: DisabilityCategory | null;
  secondary: DisabilityCategory | null;
  sex: 'F' | 'M';
  language: string;
  el: boolean;
}

/** Facts a case fixes instead of drawing them (the draws are still made, so the students before it do not change). */
interface DemoOverride {
  first?: string;
  last?: string;
  dob?: string;
  grade?: string;
  school?: DemoStudent['school'];
  sex?: 'F' | 'M';
}

/** Status and category of each Lincoln student, in order; every state of a case is present. */
const LINCOLN_CASES: [SpedStatus, DisabilityCategory | null, DisabilityCategory | null, DemoOverride?][] = [
  ['eligible_iep', 'speech_language_impairment', null], // 0: the parent's child
  ['eligible_iep', 'specific_learning_disability', 'other_health_impairment'], // 1: the student account (transition age)
  ['referred', null, null],
  ['referred', null, null],
  ['referred', null, null],
  ['evaluating', null, null],
  ['evaluating', null, null],
  ['evaluating', null, null],
  ['evaluating', null, null],
  ['eligible_iep', 'autism', null],
  ['eligible_iep', 'specific_learning_disability', null],
  ['eligible_iep', 'other_health_impairment', null],
  ['eligible_iep', 'emotional_disturbance', null],
  ['eligible_iep', 'intellectual_disability', 'speech_language_impairment'],
  ['eligible_iep', 'specific_learning_disability', null],
  ['eligible_iep', 'speech_language_impairment', null],
  ['eligible_iep', 'hearing_impairment', null],
  // California does not use developmental delay (Cal. Ed. Code 56441.11; 5 CCR 3030): a first grader with an orthopedic impairment.
  ['eligible_iep', 'orthopedic_impairment', null, { grade: '01' }],
  ['eligible_iep', 'autism', 'speech_language_impairment'],
  ['eligible_iep', 'specific_learning_disability', null],
  ['eligible_iep', 'other_health_impairment', null],
  ['eligible_iep', 'orthopedic_impairment', null],
  ['eligible_iep', 'visual_impairment', null],
  ['eligible_iep', 'traumatic_brain_injury', null],
  ['eligible_iep', 'multiple_disabilities', 'intellectual_disability'],
  ['eligible_iep', 'specific_learning_disability', null],
  ['eligible_iep', 'speech_language_impairment', null],
  ['eligible_iep', 'deafness', null],
  ['plan_504', null, null],
  ['plan_504', null, null],
  ['plan_504', null, null],
  ['plan_504', null, null],
  ['exited', null, null],
  ['exited', null, null],
  ['none', null, null],
  ['none', null, null],
  ['none', null, null],
  ['none', null, null],
  ['none', null, null],
  ['none', null, null],
  ['none', null, null],
  ['none', null, null],
  ['eligible_iep', 'specific_learning_disability', null],
  ['eligible_iep', 'other_health_impairment', null],
  ['eligible_iep', 'autism', null],
  // 45–53: the SPP/APR indicators and the exiting report (src/db/seed-demo-indicators.ts says what happened to each).
  ...INDICATOR_CASES,
  // 54, 55: preschoolers at Lincoln Early Learning Center, which has no calendar for 2026-2027 (its school-day clocks are estimates).
  // Their own names: the drawn names repeat every 48 students.
  ['evaluating', null, null, { school: 'early', first: 'Mila', last: 'Novak', sex: 'F' }],
  ['referred', null, null, { school: 'early', first: 'Arjun', last: 'Rao', sex: 'M' }],
];

const GRADE_BY_SCHOOL = {
  elem: ['KG', '01', '02', '03', '04', '05'],
  middle: ['06', '07', '08'],
  high: ['09', '10', '11', '12'],
  early: ['PS'],
} as const;
const BIRTH_YEAR_FOR_GRADE: Record<string, number> = {
  PS: 2022,
  KG: 2021,
  '01': 2020,
  '02': 2019,
  '03': 2018,
  '04': 2017,
  '05': 2016,
  '06': 2015,
  '07': 2014,
  '08': 2013,
  '09': 2012,
  '10': 2011,
  '11': 2010,
  '12': 2009,
};

function buildStudents(prefix: string, cases: typeof LINCOLN_CASES, seed: number): DemoStudent[] {
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]) => must(a[Math.floor(rnd() * a.length)], 'a draw from a non-empty list');
  return cases.map(([status, primary, secondary, override], i) => {
    // A case that fixes its school or grade does so before the draws it shapes (one draw is made either way, so the
    // students after it do not change).
    let school: DemoStudent['school'] = override?.school ?? (i % 3 === 0 ? 'middle' : i % 3 === 1 ? 'high' : 'elem');
    if (status === 'eligible_iep' && primary === 'developmental_delay') school = 'elem';
    let grade: string = pick(GRADE_BY_SCHOOL[school]);
    if (primary === 'developmental_delay') grade = '01';
    if (override?.grade) grade = override.grade;
    if (i === 0) {
      school = 'middle';
      grade = '07';
    }
    if (i === 1) {
      school = 'high';
      grade = '11';
    }
    const year = must(BIRTH_YEAR_FOR_GRADE[grade], `a birth year for grade ${grade}`);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    // Born Sept–Dec of the year before the grade cohort's main birth year are young for grade; keep it simple.
    const dob = `${year - (month >= 9 ? 1 : 0)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const spanish = rnd() < 0.3;
    const nameIndex = (i * 7 + seed) % FIRST.length;
    return {
      key: `${prefix}:student:${i}`,
      first: override?.first ?? must(FIRST[nameIndex], 'a first name'),
      // FIRST alternates boys' and girls' names (Aiden, Sofia, Liam, Isabella …): the sex on record agrees with the name.
      sex: override?.sex ?? (nameIndex % 2 === 0 ? 'M' : 'F'),
      last: override?.last ?? must(LAST[(i * 11 + seed) % LAST.length], 'a last name'),
      dob: override?.dob ?? dob,
      grade,
      school,
      status,
      primary,
      secondary,
      language: spanish ? 'es' : 'en',
      el: spanish && rnd() < 0.6,
    };
  });
}

export interface DemoSeedResult {
  password: string;
  generated: boolean;
}

export async function isEmpty(db: Queryable): Promise<boolean> {
  const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM districts');
  return (r[0]?.n ?? 0) === 0;
}

export async function seedDemo(db: Database, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await seedLincoln(tx, hash);
    await seedRiverside(tx, hash);
    // Each open plan starts from the plan of its type current when it was written (migration 0021 does the same for
    // plans that existed before the rule).
    await tx.query(
      `UPDATE plans d SET based_on = COALESCE(d.amendment_of, (
           SELECT c.id FROM plans c WHERE c.student_id = d.student_id AND c.type = d.type AND c.status IN ('active', 'awaiting_consent')
            ORDER BY c.status = 'awaiting_consent' DESC LIMIT 1))
        WHERE d.status IN ('draft', 'proposed')`,
    );
  });
}

interface Staff {
  key: string;
  email: string;
  role: Role;
  first: string;
  last: string;
  discipline?: string;
  schools: string[];
}

async function insertStaff(tx: Queryable, districtId: string, hash: string, staff: Staff[]) {
  await createUsers(
    tx,
    districtId,
    staff.map((s) => ({
      id: id(s.key),
      email: s.email,
      passwordHash: hash,
      role: s.role,
      discipline: s.discipline ?? null,
      firstName: s.first,
      lastName: s.last,
      schools: s.schools,
    })),
  );
}

/** The students, each on the caseload `caseManagerOf` names (if any), with one or two guardians each. */
async function insertStudents(
  tx: Queryable,
  districtId: string,
  schools: Record<DemoStudent['school'], string>,
  list: DemoStudent[],
  prefix: string,
  caseManagerOf: (s: DemoStudent) => string | undefined,
) {
  await createStudents(
    tx,
    districtId,
    list.map((s, i) => ({
      id: id(s.key),
      schoolId: schools[s.school],
      localId: `${prefix}${String(1001 + i)}`,
      stateId: `${prefix === 'L' ? 'CA' : 'TX'}${String(700000 + i * 37)}`,
      firstName: s.first,
      lastName: s.last,
      dateOfBirth: s.dob,
      grade: s.grade,
      primaryLanguage: s.language,
      homeLanguage: s.language,
      englishLearner: s.el,
      hispanicLatino: s.language === 'es',
      races:
        i % 5 === 0
          ? ['white', 'black_african_american']
          : [
              must(
                ['white', 'asian', 'black_african_american', 'white', 'american_indian_alaska_native'][i % 5],
                'a race',
              ),
            ],
      sex: s.sex,
      spedStatus: s.status,
      primaryDisability: s.primary,
      secondaryDisability: s.secondary,
      caseManagerId: caseManagerOf(s),
      caseManagerSince: SAMPLE_FIRST_DAY,
    })),
  );
  // One or two guardians each; Spanish-speaking families get Spanish as their preferred language.
  const guardians: GuardianInput[] = [];
  list.forEach((s, i) => {
    guardians.push({
      id: id(`${s.key}:guardian:1`),
      studentId: id(s.key),
      firstName: firstName(i * 5 + 3),
      lastName: s.last,
      email: `family.${s.last.toLowerCase()}${i}@example.org`,
      phone: `555-01${String(10 + (i % 90)).padStart(2, '0')}`,
      preferredLanguage: s.language,
      relationship: i % 4 === 0 ? 'father' : 'mother',
      educationalRights: true,
    });
    if (i % 3 === 0) {
      guardians.push({
        id: id(`${s.key}:guardian:2`),
        studentId: id(s.key),
        firstName: firstName(i * 13 + 1),
        lastName: s.last,
        email: null,
        phone: `555-02${String(10 + (i % 90)).padStart(2, '0')}`,
        preferredLanguage: s.language,
        relationship: i % 6 === 0 ? 'grandparent' : 'father',
        educationalRights: i % 6 !== 0,
      });
    }
  });
  await createGuardians(tx, districtId, guardians);
}

async function seedLincoln(tx: Queryable, hash: string) {
  const d = DEMO_IDS.lincoln;
  const schools = await lincolnDistrict(tx, d);
  await lincolnStaff(tx, d, hash, schools);
  const students = await lincolnStudents(tx, d, schools);
  await lincolnSections(tx, d, schools, students);
  await lincolnFamilyAccounts(tx, d, hash, students);
  await lincolnRecords(tx, d, students);
}

type LincolnSchools = Record<'elem' | 'middle' | 'high' | 'early', string>;

/** The district and its four schools, three with the sample school year's calendar. */
async function lincolnDistrict(tx: Queryable, d: string): Promise<LincolnSchools> {
  // California law sets no meeting notice period ("early enough", Cal. Ed. Code 56341.5(b)): Lincoln gives 10 calendar days.
  await createDistrict(tx, {
    id: d,
    name: 'Lincoln Unified School District',
    stateProfile: 'CA',
    ncesId: '0600001',
    meetingNoticeDays: 10,
    meetingNoticeCounting: 'calendar',
  });
  const schools = {
    elem: id('school:lincoln-elem'),
    middle: id('school:lincoln-middle'),
    high: id('school:lincoln-high'),
    early: id('school:lincoln-early'),
  };
  await createSchools(tx, d, [
    { id: schools.elem, name: 'Lincoln Elementary School', gradeLow: 'KG', gradeHigh: '05' },
    { id: schools.middle, name: 'Lincoln Middle School', gradeLow: '06', gradeHigh: '08' },
    { id: schools.high, name: 'Lincoln High School', gradeLow: '09', gradeHigh: '12' },
    { id: schools.early, name: 'Lincoln Early Learning Center', gradeLow: 'PS', gradeHigh: 'PS' },
  ]);
  // The Early Learning Center has no calendar for 2026-2027 yet (the settings screen and its students' case clocks say so).
  await addSampleCalendar(tx, d, [schools.elem, schools.middle, schools.high]);
  return schools;
}

/** The staff accounts (CONTRACT.md) and the schools they work at. */
async function lincolnStaff(tx: Queryable, d: string, hash: string, schools: LincolnSchools): Promise<void> {
  await insertStaff(tx, d, hash, [
    {
      key: 'lincoln:admin',
      email: 'admin@lincoln.demo',
      role: 'district_admin',
      first: 'Dana',
      last: 'Whitfield',
      schools: [],
    },
    {
      key: 'lincoln:principal',
      email: 'principal@lincoln.demo',
      role: 'principal',
      first: 'Robert',
      last: 'Okonkwo',
      schools: [schools.elem],
    },
    {
      key: 'lincoln:cm',
      email: 'casemanager@lincoln.demo',
      role: 'case_manager',
      first: 'Maria',
      last: 'Alvarez',
      schools: [schools.middle, schools.high],
    },
    {
      key: 'lincoln:cm2',
      email: 'casemanager2@lincoln.demo',
      role: 'case_manager',
      first: 'Jordan',
      last: 'Lee',
      schools: [schools.elem, schools.early],
    },
    {
      key: 'lincoln:teacher',
      email: 'teacher@lincoln.demo',
      role: 'teacher',
      first: 'Sam',
      last: 'Carter',
      schools: [schools.middle],
    },
    {
      key: 'lincoln:teacher2',
      email: 'teacher2@lincoln.demo',
      role: 'teacher',
      first: 'Alex',
      last: 'Morgan',
      schools: [schools.high],
    },
    {
      key: 'lincoln:provider',
      email: 'provider@lincoln.demo',
      role: 'provider',
      first: 'Priya',
      last: 'Natarajan',
      discipline: 'slp',
      schools: [schools.middle, schools.high, schools.elem],
    },
    {
      key: 'lincoln:provider2',
      email: 'provider2@lincoln.demo',
      role: 'provider',
      first: 'Chris',
      last: 'Bauer',
      discipline: 'ot',
      schools: [schools.elem],
    },
  ]);
}

/** The students, their case managers and the providers who serve them. */
async function lincolnStudents(tx: Queryable, d: string, schools: LincolnSchools): Promise<DemoStudent[]> {
  const students = buildStudents('lincoln', LINCOLN_CASES, 7);
  // Case managers: Maria has the middle and high school caseload (referrals onward); Jordan the elementary and preschool one.
  await insertStudents(tx, d, schools, students, 'L', (s) =>
    s.status === 'none' ? undefined : id(s.school === 'elem' || s.school === 'early' ? 'lincoln:cm2' : 'lincoln:cm'),
  );
  // The SLP serves students with speech or language needs; the OT some elementary students.
  const slp = students.filter(
    (s) =>
      s.primary === 'speech_language_impairment' ||
      s.secondary === 'speech_language_impairment' ||
      s.primary === 'autism',
  );
  const ot = students.filter(
    (s) =>
      s.school === 'elem' &&
      (s.primary === 'developmental_delay' ||
        s.primary === 'orthopedic_impairment' ||
        s.primary === 'multiple_disabilities'),
  );
  await assignProviders(tx, d, [
    ...slp.map((s) => ({ studentId: id(s.key), providerId: id('lincoln:provider'), discipline: 'slp' })),
    ...ot.map((s) => ({ studentId: id(s.key), providerId: id('lincoln:provider2'), discipline: 'ot' })),
  ]);
  return students;
}

async function lincolnSections(
  tx: Queryable,
  d: string,
  schools: LincolnSchools,
  students: DemoStudent[],
): Promise<void> {
  // Sections: Sam Carter teaches two middle-school classes; Alex Morgan one high-school class.
  const middle = students.filter((s) => s.school === 'middle');
  const high = students.filter((s) => s.school === 'high');
  const sections = [
    {
      key: 'lincoln:section:math7',
      name: 'Math 7, period 2',
      code: 'MATH7',
      school: schools.middle,
      teacher: 'lincoln:teacher',
      members: middle.filter((_, i) => i % 2 === 0),
    },
    {
      key: 'lincoln:section:sci7',
      name: 'Science 7, period 4',
      code: 'SCI7',
      school: schools.middle,
      teacher: 'lincoln:teacher',
      members: middle.filter((_, i) => i % 3 !== 2),
    },
    {
      key: 'lincoln:section:eng11',
      name: 'English 11, period 1',
      code: 'ENG11',
      school: schools.high,
      teacher: 'lincoln:teacher2',
      members: high,
    },
  ];
  await createSections(
    tx,
    d,
    sections.map((s) => ({
      id: id(s.key),
      schoolId: s.school,
      teacherId: id(s.teacher),
      name: s.name,
      courseCode: s.code,
      schoolYear: SCHOOL_YEAR,
      studentIds: s.members.map((m) => id(m.key)),
    })),
  );
}

async function lincolnFamilyAccounts(tx: Queryable, d: string, hash: string, students: DemoStudent[]): Promise<void> {
  // Family accounts: parent@ is the first guardian of student 0 only; parent2@ of another student; student@ is student 1.
  const parentChild = must(students[0], 'Lincoln student 0');
  const otherChild = must(students[9], 'Lincoln student 9');
  const benjamin = must(students[15], 'Lincoln student 15');
  const studentUser = must(students[1], 'Lincoln student 1');
  await createUsers(tx, d, [
    {
      id: id('lincoln:parent'),
      email: 'parent@lincoln.demo',
      passwordHash: hash,
      role: 'guardian',
      firstName: 'Elena',
      lastName: parentChild.last,
      guardianId: id(`${parentChild.key}:guardian:1`),
      preferredLanguage: 'es',
    },
    {
      id: id('lincoln:parent2'),
      email: 'parent2@lincoln.demo',
      passwordHash: hash,
      role: 'guardian',
      firstName: 'Marcus',
      lastName: otherChild.last,
      guardianId: id(`${otherChild.key}:guardian:1`),
      preferredLanguage: 'en',
    },
    // parent3@ is Benjamin's mother (L1016): his first IEP waits for her consent to start services (300.300(b)).
    {
      id: id('lincoln:parent3'),
      email: 'parent3@lincoln.demo',
      passwordHash: hash,
      role: 'guardian',
      firstName: 'Grace',
      lastName: benjamin.last,
      guardianId: id(`${benjamin.key}:guardian:1`),
      preferredLanguage: benjamin.language,
    },
    {
      id: id('lincoln:student'),
      email: 'student@lincoln.demo',
      passwordHash: hash,
      role: 'student',
      firstName: studentUser.first,
      lastName: studentUser.last,
      studentId: id(studentUser.key),
      preferredLanguage: 'en',
    },
  ]);
  // Elena is Camila's mother and speaks Spanish at home (her account's language and her guardian record agree).
  await tx.query(`UPDATE guardians SET first_name = 'Elena', preferred_language = 'es' WHERE id = $1`, [
    id(`${parentChild.key}:guardian:1`),
  ]);
  await tx.query(`UPDATE student_guardians SET relationship = 'mother' WHERE guardian_id = $1`, [
    id(`${parentChild.key}:guardian:1`),
  ]);
  await tx.query(`UPDATE guardians SET first_name = 'Grace' WHERE id = $1`, [id(`${benjamin.key}:guardian:1`)]);
  await tx.query(`UPDATE student_guardians SET relationship = 'mother' WHERE guardian_id = $1`, [
    id(`${benjamin.key}:guardian:1`),
  ]);
}

/** Plans, the case clock, meetings, consents, exits, the family portal and the indicators' cases. */
async function lincolnRecords(tx: Queryable, d: string, students: DemoStudent[]): Promise<void> {
  const demo = {
    districtId: d,
    id,
    studentIds: students.map((st) => id(st.key)),
    caseManagerId: id('lincoln:cm'),
    caseManagerName: 'Maria Alvarez',
  };
  await seedDemoPlans(tx, demo);
  await seedDemoCase(tx, demo);
  await seedDemoMeetings(tx, demo);
  await seedDemoConsents(tx, demo);
  await seedDemoLifecycle(tx, demo, {
    graduateIndex: LINCOLN_CASES.indexOf(must(INDICATOR_CASES[4], 'indicator case 4')),
  });
  await seedDemoFamily(tx, demo);
  await seedDemoIndicators(tx, {
    ...demo,
    firstIndex: LINCOLN_CASES.indexOf(must(INDICATOR_CASES[0], 'indicator case 0')),
  });
}

async function seedRiverside(tx: Queryable, hash: string) {
  const d = DEMO_IDS.riverside;
  await createDistrict(tx, {
    id: d,
    name: 'Riverside Independent School District',
    stateProfile: 'TX',
    ncesId: '4800001',
  });
  const school = id('school:riverside-k12');
  await createSchools(tx, d, [{ id: school, name: 'Riverside Academy', gradeLow: 'KG', gradeHigh: '12' }]);
  await addSampleCalendar(tx, d, [school]);
  await insertStaff(tx, d, hash, [
    {
      key: 'riverside:admin',
      email: 'admin@riverside.demo',
      role: 'district_admin',
      first: 'Terry',
      last: 'Holloway',
      schools: [],
    },
    {
      key: 'riverside:cm',
      email: 'casemanager@riverside.demo',
      role: 'case_manager',
      first: 'Pat',
      last: 'Quinn',
      schools: [school],
    },
    {
      key: 'riverside:teacher',
      email: 'teacher@riverside.demo',
      role: 'teacher',
      first: 'Lee',
      last: 'Sandoval',
      schools: [school],
    },
  ]);
  const cases = LINCOLN_CASES.slice(0, 12);
  const students = buildStudents('riverside', cases, 3);
  await insertStudents(tx, d, { elem: school, middle: school, high: school, early: school }, students, 'R', (s) =>
    s.status === 'none' ? undefined : id('riverside:cm'),
  );
  await createSections(tx, d, [
    {
      id: id('riverside:section:1'),
      schoolId: school,
      teacherId: id('riverside:teacher'),
      name: 'Algebra I, period 3',
      courseCode: 'ALG1',
      schoolYear: SCHOOL_YEAR,
      studentIds: students.slice(0, 6).map((s) => id(s.key)),
    },
  ]);
  const riversideChild = must(students[0], 'Riverside student 0');
  await createUsers(tx, d, [
    {
      id: id('riverside:parent'),
      email: 'parent@riverside.demo',
      passwordHash: hash,
      role: 'guardian',
      firstName: 'Jamie',
      lastName: riversideChild.last,
      guardianId: id(`${riversideChild.key}:guardian:1`),
      preferredLanguage: 'en',
    },
  ]);
}
