/**
 * Test factories: the records a test needs, built with the same code as the demo seed (src/db/factories.ts,
 * src/db/factories-records.ts), so that a test does not depend on which demo student happens to be in which state.
 * Accounts get TEST_PASSWORD unless told otherwise, and come back with their email to sign in with.
 *
 *   const w = await createCaseload(t.db);                  // a district, a school, a case manager, a student, a parent
 *   const cm = await t.signIn(w.caseManager.email);
 *   const teacher = await createAccount(t.db, w.districtId, { role: 'teacher', schools: [w.schoolId] });
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../src/db/connect';
import { createDistrict, createGuardian, createSchool, createStudent, createUser } from '../../src/db/factories';
import type { DistrictInput, StudentInput, UserInput } from '../../src/db/factories';
import { TEST_PASSWORD } from './env';

export * from '../../src/db/factories';
export * from '../../src/db/factories-records';

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
    caseManager?: Omit<UserInput, 'role' | 'schools'>;
    student?: Omit<StudentInput, 'schoolId' | 'caseManagerId'>;
  } = {},
): Promise<Caseload> {
  const districtId = await createDistrict(q, opts.district);
  const schoolId = await createSchool(q, districtId, { calendar: true });
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
