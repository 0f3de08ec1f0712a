/** Listing, reading and requesting consents. */
import type { ConsentRow } from '../../db/consents-repo';
import type { DataHandle, Scope } from '../../db/handle';
import type { ConsentType } from '../../domain/consent';
import { requestDateProblems, requestProblems } from '../../domain/consent';
import { AppError } from '../../domain/errors';
import { isLocale } from '../../documents/messages';
import { heldBy, resolvedIdOf, type ScopedStudent } from '../../db/students-repo';
import { consentAbilities, studentConsentAbilities } from '../../policy/consent';
import { parentLanguages, scopedConsent, viewableStudentContext } from './context';
import { presentConsent } from './presenter';
import { must } from '../../db/values';

/** The student's consents, newest first, with what the caller may do. */
export async function listConsents(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const ctx = await viewableStudentContext(scope, opts.studentId, 'consent.read_denied');
    const rows = await scope.consents.listForStudent(opts.studentId);
    await scope.audit({ action: 'consent.list', studentId: opts.studentId, context: { consents: rows.length } });
    return {
      data: rows.map((c) =>
        presentConsent(c, consentAbilities(scope.actor, ctx.student.row, c, ctx.facts), {
          staff: ctx.abilities.request,
        }),
      ),
      abilities: { request: ctx.abilities.request },
      asOf: scope.today,
    };
  });
}

export async function getConsent(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const s = await scopedConsent(scope, opts.id);
    await scope.audit({
      action: 'consent.read',
      studentId: s.consent.studentId,
      context: { consentId: s.consent.id, type: s.consent.type },
    });
    return presentConsent(s.consent, s.consentAbilities, { staff: s.abilities.request });
  });
}

export interface RequestConsentOptions {
  studentId: string;
  type: ConsentType;
  description: string;
  recordsToRelease?: string | null | undefined;
  releaseTo?: string | null | undefined;
  language?: string | undefined;
  /** The day the parents were asked (a paper request recorded afterwards); today when not given. */
  requestedOn?: string | undefined;
}

/**
 * Staff ask the parents for consent: the request is recorded (case event `consent_requested`) with the day it was
 * made (today, or an earlier day for a paper request recorded afterwards), the family's rights holders are notified in
 * the portal, and the request is audited — all in one transaction.
 */
export async function requestConsent(handle: DataHandle, opts: RequestConsentOptions) {
  return handle.run(async (scope) => {
    const ctx = await viewableStudentContext(scope, opts.studentId, 'consent.read_denied');
    if (!ctx.abilities.request)
      throw new AppError('FORBIDDEN', 'Only the case manager or an administrator asks the parents for consent.');
    const consent = await createConsentRequest(scope, ctx.student, opts);
    return presentConsent(consent, consentAbilities(scope.actor, ctx.student.row, consent, ctx.facts), { staff: true });
  });
}

/**
 * Inside the caller's transaction: the request with its case event, the family's rights holders notified, audited.
 * Also used when a first IEP is finalized and waits for consent to services. It checks itself that the student was
 * resolved for this actor and that the actor may ask (studentConsentAbilities.request: staff who manage the record,
 * for whom the family facts play no part), so no caller can reach it around the policy.
 */
export async function createConsentRequest(
  scope: Scope,
  scoped: ScopedStudent,
  opts: RequestConsentOptions,
): Promise<ConsentRow> {
  const held = heldBy(scope.actor, scoped);
  if (held === null || held !== opts.studentId)
    throw new AppError('NOT_FOUND', 'No student with this id.', [], {
      action: 'consent.read_denied',
      studentId: resolvedIdOf(scoped),
    });
  if (
    !studentConsentAbilities(scope.actor, scoped.row, { holdsEducationalRights: false, studentOfPortalAge: false })
      .request
  ) {
    throw new AppError('FORBIDDEN', 'Only the case manager or an administrator asks the parents for consent.');
  }
  const student = scoped.row;
  const problems = requestProblems({
    type: opts.type,
    description: opts.description,
    recordsToRelease: opts.recordsToRelease ?? null,
    releaseTo: opts.releaseTo ?? null,
  });
  if (problems.length)
    throw new AppError(
      'VALIDATION_FAILED',
      'The request does not say what the parents are asked to consent to.',
      problems,
    );
  // The day the parents were asked: a request handed over on paper and entered later keeps its real day.
  const requestedOn = opts.requestedOn ?? scope.today;
  const dateProblems = requestDateProblems(requestedOn, scope.today, student.dateOfBirth);
  if (dateProblems.length)
    throw new AppError('VALIDATION_FAILED', must(dateProblems[0], 'a problem').message, dateProblems);
  const languages = await parentLanguages(scope, opts.studentId);
  const language = opts.language ?? languages.find(isLocale) ?? 'en';
  const release = opts.type === 'release_of_information';
  const consent = await scope.consents.create({
    studentId: opts.studentId,
    type: opts.type,
    description: opts.description.trim(),
    recordsToRelease: release ? (opts.recordsToRelease ?? '').trim() : null,
    releaseTo: release ? (opts.releaseTo ?? '').trim() : null,
    language,
    requestedOn,
  });
  await scope.caseEvents.record({
    studentId: opts.studentId,
    kind: 'consent_requested',
    occurredOn: requestedOn,
    details: { consentType: opts.type, consentId: consent.id },
    sourceType: 'consent',
    sourceId: consent.id,
  });
  // The student cannot sign: only the guardians who hold educational rights are asked.
  const family = await scope.notifications.familyOf(opts.studentId, { includeStudent: false });
  await scope.notifications.notify({
    userIds: family.map((f) => f.userId),
    studentId: opts.studentId,
    kind: 'consent_request',
    message: 'notify.consent.requested',
    params: { student: student.firstName, type: opts.type },
    link: `/students/${opts.studentId}#consents`,
    dedupeKey: `consent:${consent.id}:requested`,
  });
  await scope.audit({
    action: 'consent.request',
    studentId: opts.studentId,
    context: { consentId: consent.id, type: opts.type, language, requestedOn, notified: family.length },
  });
  return consent;
}
