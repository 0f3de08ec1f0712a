/**
 * Resolving a consent or notice with its student and the facts the policy needs. A record in another district,
 * or of a student the actor may not see, or one the actor may not view, is NOT_FOUND (with a refused-attempt
 * audit row), exactly like a record that does not exist.
 */
import type { ViewedConsent } from '../../db/consents-repo';
import type { NoticeRow } from '../../db/notices-repo';
import type { Scope } from '../../db/handle';
import type { ScopedStudent } from '../../db/students-repo';
import { AppError } from '../../domain/errors';
import {
  noticeAbilities,
  studentConsentAbilities,
  type ConsentFacts,
  type NoticeAbilities,
  type StudentConsentAbilities,
} from '../../policy/consent';

export interface StudentContext {
  student: ScopedStudent;
  facts: ConsentFacts;
  abilities: StudentConsentAbilities;
}

/** The student (404 when out of scope) and the facts of src/policy/consent.ts. */
export async function studentContext(scope: Scope, studentId: string): Promise<StudentContext> {
  const student = await scope.students.get(studentId);
  const facts = await consentFacts(scope, student);
  return { student, facts, abilities: studentConsentAbilities(scope.actor, student.row, facts) };
}

/** The facts of src/policy/consent.ts about the actor and this student (a query for a guardian only). */
export async function consentFacts(scope: Scope, student: ScopedStudent): Promise<ConsentFacts> {
  return scope.consents.factsFor(student);
}

/** A student context the actor may view consents in, or NOT_FOUND (audited as `action`). */
export async function viewableStudentContext(
  scope: Scope,
  studentId: string,
  action: 'consent.read_denied' | 'notice.read_denied',
): Promise<StudentContext> {
  const ctx = await studentContext(scope, studentId);
  if (!ctx.abilities.view) throw new AppError('NOT_FOUND', 'No student with this id.', [], { action, studentId });
  return ctx;
}

export type ScopedConsent = ViewedConsent;

/** A consent the actor may view, with its student and abilities (src/db/consents-repo.ts applies the policy). */
export async function scopedConsent(
  scope: Scope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ScopedConsent> {
  return scope.consents.get(id, opts);
}

export interface ScopedNotice extends StudentContext {
  notice: NoticeRow;
  noticeAbilities: NoticeAbilities;
}

export async function scopedNotice(
  scope: Scope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ScopedNotice> {
  const notice = await scope.consents.getNotice(id, opts);
  if (!notice)
    throw new AppError('NOT_FOUND', 'No notice with this id.', [], {
      action: 'notice.read_denied',
      studentId: null,
      context: { noticeId: id },
    });
  const ctx = await studentContext(scope, notice.studentId);
  const abilities = noticeAbilities(scope.actor, ctx.student.row, notice, ctx.facts);
  if (!abilities.view)
    throw new AppError('NOT_FOUND', 'No notice with this id.', [], {
      action: 'notice.read_denied',
      studentId: notice.studentId,
      context: { noticeId: id },
    });
  return { ...ctx, notice, noticeAbilities: abilities };
}

/** The languages of the parents who hold educational rights (for 300.503(c) and the default language of forms and notices). */
export async function parentLanguages(scope: Scope, studentId: string): Promise<string[]> {
  // The language a parent chose for their portal account comes first; then the languages on the guardian records.
  const accounts = await scope.notifications.familyOf(studentId, { includeStudent: false });
  const guardians = await scope.students.guardians(studentId);
  return [
    ...new Set([
      ...accounts.map((a) => a.preferredLanguage),
      ...guardians.filter((g) => g.educationalRights).map((g) => g.preferredLanguage),
    ]),
  ];
}
