/**
 * Test factories: the records a test needs, built with the same code as the demo seed (src/db/factories.ts,
 * src/db/factories-records.ts), so that a test does not depend on which demo student happens to be in which state.
 * Accounts get TEST_PASSWORD unless told otherwise, and come back with their email to sign in with.
 *
 *   const w = await createCaseload(t.db);                  // a district, a school, a case manager, a student, a parent
 *   const cm = await t.signIn(w.caseManager.email);
 *   const teacher = await createAccount(t.db, w.districtId, { role: 'teacher', schools: [w.schoolId] });
 *   const world = await createWorld(t.db);                 // that, and every outsider the unauthorized suites try
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../src/db/connect';
import {
  assignProviders,
  createDistrict,
  createGuardian,
  createSchool,
  createSections,
  createStudent,
  createUser,
} from '../../src/db/factories';
import type { DistrictInput, SchoolInput, StudentInput, UserInput } from '../../src/db/factories';
import { TEST_PASSWORD } from './env';

export * from '../../src/db/factories';
export * from '../../src/db/factories-records';
export * from '../../src/db/factories-case';

export interface Account {
  id: string;
  email: string;
}

/** An account (staff, guardian or student) with TEST_PASSWORD by default; its id and email. */
export async function createAccount(q: Queryable, districtId: string, input: UserInput): Promise<Account> {
  const email = input.email ?? `${input.role.replace('_', '-')}.${crypto.randomUUID().slice(0, 8)}@example.test`;
  const id = await createUser(q, districtId, { password: TEST_PASSWORD, ...input, email });
  return { id, email };
}

export interface Caseload {
  districtId: string;
  /** A school with the sample 2026-2027 calendar. */
  schoolId: string;
  caseManager: Account;
  /** A student on the case manager's caseload (eligible, with an IEP category, unless `student` says otherwise). */
  studentId: string;
  /** The student's guardian (educational rights) and their portal account. */
  guardianId: string;
  parent: Account;
}

/** A district of its own with one school, a case manager, a student on their caseload and that student's parent. */
export async function createCaseload(
  q: Queryable,
  opts: {
    district?: DistrictInput;
    school?: SchoolInput;
    caseManager?: Omit<UserInput, 'role' | 'schools'>;
    student?: Omit<StudentInput, 'schoolId' | 'caseManagerId'>;
  } = {},
): Promise<Caseload> {
  const districtId = await createDistrict(q, opts.district);
  const schoolId = await createSchool(q, districtId, { ...opts.school, calendar: true });
  const caseManager = await createAccount(q, districtId, {
    ...opts.caseManager,
    role: 'case_manager',
    schools: [schoolId],
  });
  const studentId = await createStudent(q, districtId, { ...opts.student, schoolId, caseManagerId: caseManager.id });
  const guardianId = await createGuardian(q, districtId, { studentId });
  const parent = await createAccount(q, districtId, { role: 'guardian', guardianId });
  return { districtId, schoolId, caseManager, studentId, guardianId, parent };
}

export interface World extends Caseload {
  schoolName: string;
  /** The district's administrator. */
  admin: Account;
  /** The teacher of the child's class, and the teacher of only the peer's class. */
  teacher: Account;
  teacher2: Account;
  /** The provider who serves the child ('slp'), and one who serves no one. */
  provider: Account;
  provider2: Account;
  /** A second student on the same caseload, sixteen, with their own account (`student`) and parent (`parent2`). */
  peerId: string;
  student: Account;
  parent2: Account;
  /** Another school of the district: its principal, and a case manager there (another caseload). */
  otherSchoolId: string;
  principal: Account;
  caseManager2: Account;
  /** Another district: its administrator, a case manager, and the parent of a student there. */
  other: { districtId: string; studentId: string; admin: Account; caseManager: Account; parent: Account };
}

/**
 * A caseload (createCaseload) and everyone the unauthorized suites ask about: for the child, their parent, the teacher
 * of their class and the provider who serves them; and each kind of outsider (another caseload, the parent of another
 * child, a teacher of another class, a provider not assigned, a student, another district).
 */
export async function createWorld(q: Queryable, opts: Parameters<typeof createCaseload>[1] = {}): Promise<World> {
  const schoolName = `Test Middle School ${crypto.randomUUID().slice(0, 8)}`;
  const w = await createCaseload(q, { ...opts, school: { name: schoolName } });
  const d = w.districtId;
  const staff = (role: UserInput['role'], schools = [w.schoolId]) => createAccount(q, d, { role, schools });
  const [admin, teacher, teacher2, provider, provider2] = [
    await createAccount(q, d, { role: 'district_admin' }),
    await staff('teacher'),
    await staff('teacher'),
    await staff('provider'),
    await staff('provider'),
  ];
  const peerId = await createStudent(q, d, {
    schoolId: w.schoolId,
    caseManagerId: w.caseManager.id,
    grade: '11',
    dateOfBirth: '2010-04-20',
  });
  const student = await createAccount(q, d, { role: 'student', studentId: peerId });
  const parent2 = await createAccount(q, d, {
    role: 'guardian',
    guardianId: await createGuardian(q, d, { studentId: peerId }),
  });
  await createSections(q, d, [
    { schoolId: w.schoolId, teacherId: teacher.id, studentIds: [w.studentId] },
    { schoolId: w.schoolId, teacherId: teacher2.id, studentIds: [peerId] },
  ]);
  await assignProviders(q, d, [{ studentId: w.studentId, providerId: provider.id }]);
  const otherSchoolId = await createSchool(q, d, { calendar: true });
  const caseManager2 = await staff('case_manager', [otherSchoolId]);
  await createStudent(q, d, { schoolId: otherSchoolId, caseManagerId: caseManager2.id });
  const principal = await staff('principal', [otherSchoolId]);
  return {
    ...w,
    schoolName,
    admin,
    teacher,
    teacher2,
    provider,
    provider2,
    peerId,
    student,
    parent2,
    otherSchoolId,
    principal,
    caseManager2,
    other: await createOtherDistrict(q),
  };
}

/** Another district with a caseload of its own and its administrator. */
async function createOtherDistrict(q: Queryable): Promise<World['other']> {
  const o = await createCaseload(q);
  const admin = await createAccount(q, o.districtId, { role: 'district_admin' });
  return { districtId: o.districtId, studentId: o.studentId, admin, caseManager: o.caseManager, parent: o.parent };
}
