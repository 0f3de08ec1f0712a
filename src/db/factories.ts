/**
 * Record factories, part 1: a district, its schools (with the sample school calendar), staff and family accounts,
 * students on a caseload and their guardians. Plans, meetings and consents are in factories-records.ts.
 *
 * One way to make these records for both the demo seed (src/db/seed-demo.ts, which gives every id and fact) and the
 * tests (test/support/factories.ts, which give only what the test is about): every field has a default, ids are
 * random unless given, and the plural forms insert a whole list in one statement per table (the demo's rows go in in
 * the same order as the list). Plain SQL, inside whatever transaction the caller holds; nothing is audited (these
 * are set-up, not someone's work).
 */
import crypto from 'node:crypto';
import type { DisabilityCategory } from '../domain/disability';
import type { Role } from '../domain/roles';
import type { SpedStatus } from '../domain/sped-status';
import { insertMany } from './bulk';
import type { Queryable } from './connect';
import { hashPassword } from './passwords';
import { SAMPLE_FIRST_DAY, SAMPLE_SCHOOL_YEAR, sampleSchoolYearDays } from './sample-school-year';

/** A new random id (the demo gives its own deterministic ones). */
export const newId = (): string => crypto.randomUUID();
/** A short random tag that keeps default emails and local ids unique within a database. */
const tag = (): string => crypto.randomBytes(4).toString('hex');

export interface DistrictInput {
  id?: string;
  name?: string;
  /** A state profile code (src/domain/state-profiles.ts); 'federal' by default. */
  stateProfile?: string;
  ncesId?: string | null;
  meetingNoticeDays?: number | null;
  meetingNoticeCounting?: 'calendar' | 'school' | null;
}

export async function createDistrict(q: Queryable, input: DistrictInput = {}): Promise<string> {
  const id = input.id ?? newId();
  await q.query(
    `INSERT INTO districts (id, name, state_profile, nces_id, meeting_notice_days, meeting_notice_counting) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      id,
      input.name ?? `Test District ${tag()}`,
      input.stateProfile ?? 'federal',
      input.ncesId ?? null,
      input.meetingNoticeDays ?? null,
      input.meetingNoticeCounting ?? null,
    ],
  );
  return id;
}

export interface SchoolInput {
  id?: string;
  name?: string;
  gradeLow?: string;
  gradeHigh?: string;
}

export async function createSchools(q: Queryable, districtId: string, schools: SchoolInput[]): Promise<string[]> {
  const rows = schools.map((s) => ({
    id: s.id ?? newId(),
    district_id: districtId,
    name: s.name ?? `Test School ${tag()}`,
    grade_low: s.gradeLow ?? 'KG',
    grade_high: s.gradeHigh ?? '12',
  }));
  await insertMany(q, 'schools', rows);
  return rows.map((r) => r.id);
}

/** A school; with `calendar`, the sample school year's calendar too (src/db/sample-school-year.ts). */
export async function createSchool(
  q: Queryable,
  districtId: string,
  input: SchoolInput & { calendar?: boolean } = {},
): Promise<string> {
  const [id] = await createSchools(q, districtId, [input]);
  if (!id) throw new Error('no school was created');
  if (input.calendar) await addSampleCalendar(q, districtId, [id]);
  return id;
}

/** The sample school year's days (2026-2027), classified, for each school. */
export async function addSampleCalendar(q: Queryable, districtId: string, schoolIds: string[]): Promise<void> {
  const days = sampleSchoolYearDays();
  for (const schoolId of schoolIds) {
    await insertMany(
      q,
      'school_calendar_days',
      days.map((d) => ({
        district_id: districtId,
        school_id: schoolId,
        school_year: SAMPLE_SCHOOL_YEAR,
        day: d.day,
        instructional: d.instructional,
        note: d.note,
      })),
    );
    await insertMany(q, 'school_calendars', [
      { district_id: districtId, school_id: schoolId, school_year: SAMPLE_SCHOOL_YEAR, source: 'seed' },
    ]);
  }
}

export interface UserInput {
  id?: string;
  role: Role;
  email?: string;
  /** The stored hash; else `password` is hashed; else the account has no password (it signs in after an invitation). */
  passwordHash?: string;
  password?: string;
  firstName?: string;
  lastName?: string;
  /** A provider's discipline ('slp' by default for a provider). */
  discipline?: string | null;
  /** A guardian account's guardian record; a student account's student record. */
  guardianId?: string;
  studentId?: string;
  preferredLanguage?: string;
  /** The schools a staff member works at. */
  schools?: string[];
}

const hashes = new Map<string, Promise<string>>();
/** One hash per password for the life of the process: argon2 is slow on purpose, and a salt per account is not what a test is about. */
function hashOf(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
}

/** Accounts (staff, guardians, students) and the schools the staff work at. */
export async function createUsers(q: Queryable, districtId: string, users: UserInput[]): Promise<string[]> {
  const withIds = users.map((u) => ({ ...u, id: u.id ?? newId() }));
  const rows: Record<string, unknown>[] = [];
  for (const u of withIds) {
    const t = tag();
    rows.push({
      id: u.id,
      district_id: districtId,
      email: u.email ?? `${u.role.replace('_', '-')}.${t}@example.test`,
      password_hash: u.passwordHash ?? (u.password === undefined ? null : await hashOf(u.password)),
      role: u.role,
      discipline: u.discipline ?? (u.role === 'provider' ? 'slp' : null),
      first_name: u.firstName ?? 'Test',
      last_name: u.lastName ?? `${u.role.replace('_', ' ')} ${t}`,
      guardian_id: u.guardianId ?? null,
      student_id: u.studentId ?? null,
      preferred_language: u.preferredLanguage ?? 'en',
    });
  }
  await insertMany(q, 'users', rows);
  await insertMany(
    q,
    'staff_schools',
    withIds.flatMap((u) =>
      (u.schools ?? []).map((school) => ({ district_id: districtId, user_id: u.id, school_id: school })),
    ),
  );
  return withIds.map((u) => u.id);
}

export async function createUser(q: Queryable, districtId: string, input: UserInput): Promise<string> {
  const [id] = await createUsers(q, districtId, [input]);
  if (!id) throw new Error('no account was created');
  return id;
}

export interface StudentInput {
  id?: string;
  schoolId: string;
  localId?: string;
  stateId?: string | null;
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  grade?: string;
  primaryLanguage?: string;
  homeLanguage?: string;
  englishLearner?: boolean;
  hispanicLatino?: boolean;
  races?: string[];
  sex?: 'F' | 'M' | 'X';
  spedStatus?: SpedStatus;
  primaryDisability?: DisabilityCategory | null;
  secondaryDisability?: DisabilityCategory | null;
  /** Puts the student on this case manager's caseload, since `caseManagerSince` (the sample year's first day). */
  caseManagerId?: string;
  caseManagerSince?: string;
}

/** Students, and the caseload assignments of those given a case manager (after all the students, in list order). */
export async function createStudents(q: Queryable, districtId: string, students: StudentInput[]): Promise<string[]> {
  const withIds = students.map((s) => ({ ...s, id: s.id ?? newId() }));
  const rows = withIds.map((s) => {
    const status = s.spedStatus ?? 'eligible_iep';
    // An eligible student without a category given gets one (the case rules expect one); anyone else, none.
    const primary =
      s.primaryDisability !== undefined
        ? s.primaryDisability
        : status === 'eligible_iep'
          ? 'specific_learning_disability'
          : null;
    return {
      id: s.id,
      district_id: districtId,
      school_id: s.schoolId,
      local_id: s.localId ?? `T${tag()}`,
      state_id: s.stateId ?? null,
      first_name: s.firstName ?? 'Test',
      last_name: s.lastName ?? `Student ${tag()}`,
      date_of_birth: s.dateOfBirth ?? '2015-03-14',
      grade: s.grade ?? '06',
      primary_language: s.primaryLanguage ?? 'en',
      home_language: s.homeLanguage ?? s.primaryLanguage ?? 'en',
      english_learner: s.englishLearner ?? false,
      hispanic_latino: s.hispanicLatino ?? false,
      races: s.races ?? ['white'],
      sex: s.sex ?? 'F',
      sped_status: status,
      primary_disability: primary,
      secondary_disability: s.secondaryDisability ?? null,
    };
  });
  await insertMany(q, 'students', rows);
  await insertMany(
    q,
    'case_manager_assignments',
    withIds.flatMap((s) =>
      s.caseManagerId
        ? [
            {
              district_id: districtId,
              student_id: s.id,
              user_id: s.caseManagerId,
              since: s.caseManagerSince ?? SAMPLE_FIRST_DAY,
            },
          ]
        : [],
    ),
  );
  return rows.map((r) => r.id);
}

export async function createStudent(q: Queryable, districtId: string, input: StudentInput): Promise<string> {
  const [id] = await createStudents(q, districtId, [input]);
  if (!id) throw new Error('no student was created');
  return id;
}

export interface GuardianInput {
  id?: string;
  /** The child this guardian is linked to. */
  studentId: string;
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  preferredLanguage?: string;
  relationship?: string;
  educationalRights?: boolean;
}

/** Guardian records and their links to the children (one statement each, in list order). */
export async function createGuardians(q: Queryable, districtId: string, guardians: GuardianInput[]): Promise<string[]> {
  const withIds = guardians.map((g) => ({ ...g, id: g.id ?? newId() }));
  const rows = withIds.map((g) => {
    const t = tag();
    return {
      id: g.id,
      district_id: districtId,
      first_name: g.firstName ?? 'Test',
      last_name: g.lastName ?? `Guardian ${t}`,
      email: g.email === undefined ? `guardian.${t}@example.org` : g.email,
      phone: g.phone ?? null,
      preferred_language: g.preferredLanguage ?? 'en',
    };
  });
  await insertMany(q, 'guardians', rows);
  await insertMany(
    q,
    'student_guardians',
    withIds.map((g) => ({
      district_id: districtId,
      student_id: g.studentId,
      guardian_id: g.id,
      relationship: g.relationship ?? 'mother',
      educational_rights: g.educationalRights ?? true,
    })),
  );
  return rows.map((r) => r.id);
}

export async function createGuardian(q: Queryable, districtId: string, input: GuardianInput): Promise<string> {
  const [id] = await createGuardians(q, districtId, [input]);
  if (!id) throw new Error('no guardian was created');
  return id;
}

export interface ProviderAssignmentInput {
  studentId: string;
  providerId: string;
  /** The service they give the student ('slp' by default). */
  discipline?: string;
  since?: string;
}

/** Providers serving students (one statement, in list order). */
export async function assignProviders(
  q: Queryable,
  districtId: string,
  assignments: ProviderAssignmentInput[],
): Promise<void> {
  await insertMany(
    q,
    'provider_assignments',
    assignments.map((a) => ({
      district_id: districtId,
      student_id: a.studentId,
      user_id: a.providerId,
      discipline: a.discipline ?? 'slp',
      since: a.since ?? SAMPLE_FIRST_DAY,
    })),
  );
}

export interface SectionInput {
  id?: string;
  schoolId: string;
  teacherId: string;
  name?: string;
  courseCode?: string | null;
  schoolYear?: string;
  /** The students enrolled in it. */
  studentIds?: string[];
}

/** Class sections and their enrolments (the sections in one statement, then all the enrolments in another). */
export async function createSections(q: Queryable, districtId: string, sections: SectionInput[]): Promise<string[]> {
  const withIds = sections.map((s) => ({ ...s, id: s.id ?? newId() }));
  await insertMany(
    q,
    'sections',
    withIds.map((s) => ({
      id: s.id,
      district_id: districtId,
      school_id: s.schoolId,
      name: s.name ?? `Section ${tag()}`,
      course_code: s.courseCode ?? null,
      school_year: s.schoolYear ?? SAMPLE_SCHOOL_YEAR,
      teacher_id: s.teacherId,
    })),
  );
  await insertMany(
    q,
    'section_enrollments',
    withIds.flatMap((s) =>
      (s.studentIds ?? []).map((studentId) => ({ district_id: districtId, section_id: s.id, student_id: studentId })),
    ),
  );
  return withIds.map((s) => s.id);
}
