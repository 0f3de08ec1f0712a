/**
 * The synthetic district's structure (bench/synthetic.ts): its staff (an administrator, a principal per school,
 * teachers, case managers, related-service providers) and the rows of the district, schools, calendars, users and
 * sections, written before the students.
 */
import type { Database } from '../src/db/connect';
import { sampleSchoolYearDays } from '../src/db/sample-school-year';
import { at } from './at';
import { ColumnRows } from './column-rows';
import type { Layout, School } from './synthetic-layout';
import { FIRST_F, FIRST_M, LAST, LAST_ASIAN, LAST_HISPANIC } from './synthetic-names';
import { DISCIPLINES, GRADE_LABELS, SCHOOL_YEAR, SUBJECTS } from './synthetic-shape';

export interface Staff {
  id: string;
  email: string;
  role: 'district_admin' | 'principal' | 'case_manager' | 'teacher' | 'provider';
  discipline: string | null;
  first: string;
  last: string;
  schools: number[];
}

export const pick = <T>(r: () => number, a: readonly T[]): T => at(a, Math.floor(r() * a.length));

/** How a seed names its accounts and ids. */
export interface Naming {
  key: (name: string) => string;
  /** In every email: `s7`, `sm3` for seed −3. */
  tag: string;
  domain: string;
}

export interface StaffPlan {
  staff: Staff[];
  adminEmail: string;
  teacherIds: string[];
  caseManagerIds: string[];
  caseManagerEmails: string[];
  /** Per discipline, in provider order. */
  providerIds: string[][];
}

/** Every staff account, in a fixed order, with names drawn from `staffRnd`. */
export function planStaff(layout: Layout, staffRnd: () => number, { key, tag, domain }: Naming): StaffPlan {
  const person = (): { first: string; last: string } => {
    const f = staffRnd() < 0.76 ? FIRST_F : FIRST_M; // three quarters of US teachers are women
    const eth = staffRnd();
    const last = eth < 0.1 ? LAST_HISPANIC : eth < 0.13 ? LAST_ASIAN : LAST;
    return { first: pick(staffRnd, f), last: pick(staffRnd, last) };
  };
  const { schools } = layout;
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
    at(layout.providerSchools, d).forEach((set, k) => {
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
  return { staff, adminEmail, teacherIds, caseManagerIds, caseManagerEmails, providerIds };
}

/** The district and its schools, in one transaction. */
export async function writeDistrict(db: Database, districtId: string, districtName: string, schools: School[]) {
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
}

/** The sample school year's calendar for every school, 200 schools a transaction. */
export async function writeCalendars(db: Database, districtId: string, schools: School[]) {
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
}

/** The staff's accounts (with `hash` as every password, or none) and their schools, 20,000 a transaction. */
export async function writeStaff(
  db: Database,
  districtId: string,
  staff: Staff[],
  schools: School[],
  hash: string | null,
) {
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
}

/** The sections with their teachers, 50,000 a transaction; their ids by section index. */
export async function writeSections(
  db: Database,
  districtId: string,
  layout: Layout,
  teacherIds: string[],
  key: (name: string) => string,
): Promise<string[]> {
  const { sections, schools } = layout;
  const sectionIds: string[] = new Array<string>(sections.total);
  for (let k0 = 0; k0 < sections.total; k0 += 50_000) {
    const rows = new ColumnRows('sections', {
      id: 'uuid',
      district_id: 'uuid',
      school_id: 'uuid',
      name: 'text',
      course_code: 'text',
      school_year: 'text',
      teacher_id: 'uuid',
    });
    for (let k = k0; k < Math.min(sections.total, k0 + 50_000); k++) {
      const school = at(schools, at(sections.school, k));
      const g = at(sections.grade, k);
      const ord = at(sections.ordinal, k);
      const [subject, code] = at(SUBJECTS[school.level], at(sections.subject, k));
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
        teacher_id: at(teacherIds, at(sections.teacher, k)),
      });
    }
    await db.transaction((tx) => rows.insert(tx));
  }
  return sectionIds;
}
