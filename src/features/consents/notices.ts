/**
 * Prior written notices (34 CFR 300.503): staff start a draft, edit it (If-Match / version), and issue it once the
 * seven elements of 300.503(b) are all there and it is in the parent's language (300.503(c)); 422 lists what is
 * missing, each with its citation. The family sees issued notices only.
 */
import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import {
  canIssue,
  noticeFindings,
  PWN_ELEMENT_KEYS,
  type NoticeAction,
  type NoticeSubject,
  type PwnElements,
} from '../../domain/prior-written-notice';
import { isLocale, LOCALES, type Locale } from '../../documents/messages';
import { documentText } from '../../documents/pdf/i18n';
import { noticeAbilities } from '../../policy/consent';
import { assertCurrent, expectedVersion, optionalExpectedVersion, type VersionClaim } from '../../server/etag';
import { parentLanguages, scopedNotice, viewableStudentContext } from './context';
import { presentNotice } from './presenter';

export async function listNotices(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const ctx = await viewableStudentContext(scope, opts.studentId, 'notice.read_denied');
    const rows = await scope.consents.listNotices(opts.studentId, { includeDrafts: ctx.abilities.viewDraftNotices });
    const languages = await parentLanguages(scope, opts.studentId);
    await scope.audit({ action: 'consent.list', studentId: opts.studentId, context: { notices: rows.length } });
    return {
      data: rows
        .map((n) => ({ n, a: noticeAbilities(scope.actor, ctx.student.row, n, ctx.facts) }))
        .filter((x) => x.a.view)
        .map((x) => presentNotice(x.n, x.a, languages)),
      abilities: { create: ctx.abilities.writeNotices },
    };
  });
}

export async function getNotice(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const s = await scopedNotice(scope, opts.id);
    await scope.audit({
      action: 'notice.read',
      studentId: s.notice.studentId,
      context: { noticeId: s.notice.id, status: s.notice.status },
    });
    return presentNotice(s.notice, s.noticeAbilities, await parentLanguages(scope, s.notice.studentId));
  });
}

export interface CreateNoticeOptions {
  studentId: string;
  action: NoticeAction;
  subject: NoticeSubject;
  language?: Locale | undefined;
  elements?: Partial<PwnElements> | undefined;
  consentId?: string | undefined;
}

export async function createNotice(handle: DataHandle, opts: CreateNoticeOptions) {
  return handle.run(async (scope) => {
    const ctx = await viewableStudentContext(scope, opts.studentId, 'notice.read_denied');
    if (!ctx.abilities.writeNotices)
      throw new AppError('FORBIDDEN', 'Only the case manager or an administrator writes a prior written notice.');
    if (opts.consentId) {
      if (!(await scope.consents.isOfStudent(opts.consentId, ctx.student)))
        throw new AppError('VALIDATION_FAILED', 'The consent is not one of this student.', [
          { path: 'consentId', message: 'Not a consent of this student.' },
        ]);
    }
    const languages = await parentLanguages(scope, opts.studentId);
    const language: Locale = opts.language ?? languages.find(isLocale) ?? 'en';
    const tx = documentText(language);
    const given = opts.elements ?? {};
    const elements = Object.fromEntries(PWN_ELEMENT_KEYS.map((k) => [k, (given[k] ?? '').trim()])) as PwnElements;
    // (4) and (5) are the same for most notices: start them from the district's standard text, in the notice's language.
    if (given.safeguardsStatement === undefined)
      elements.safeguardsStatement = tx.t('notices.default.safeguardsStatement');
    if (given.assistanceSources === undefined) elements.assistanceSources = tx.t('notices.default.assistanceSources');
    const notice = await scope.consents.createNotice({
      studentId: opts.studentId,
      action: opts.action,
      subject: opts.subject,
      consentId: opts.consentId ?? null,
      elements,
      language,
    });
    await scope.audit({
      action: 'notice.create',
      studentId: opts.studentId,
      context: { noticeId: notice.id, action: opts.action, subject: opts.subject, language },
    });
    return presentNotice(notice, noticeAbilities(scope.actor, ctx.student.row, notice, ctx.facts), languages);
  });
}

export interface UpdateNoticeOptions {
  id: string;
  /** The version the editor loaded (If-Match or `version`), read once the caller may see the notice. */
  claim: VersionClaim;
  action?: NoticeAction | undefined;
  subject?: NoticeSubject | undefined;
  language?: Locale | undefined;
  elements?: Partial<PwnElements> | undefined;
}

export async function updateNotice(handle: DataHandle, opts: UpdateNoticeOptions) {
  return handle.run(async (scope) => {
    const s = await scopedNotice(scope, opts.id, { forUpdate: true });
    if (!s.noticeAbilities.edit) {
      throw new AppError(
        s.notice.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE',
        s.notice.status === 'draft'
          ? 'Only the case manager or an administrator edits a notice.'
          : 'An issued notice never changes.',
      );
    }
    const want = expectedVersion(opts.claim, s.notice.id, 'this notice');
    assertCurrent(want, s.notice.version, 'This notice was changed since you loaded it; reload to see the change.');
    const row = await scope.consents.updateNotice(s.notice.id, want.version, {
      action: opts.action,
      subject: opts.subject,
      language: opts.language,
      elements: opts.elements,
    });
    await scope.audit({
      action: 'notice.update',
      studentId: s.notice.studentId,
      context: {
        noticeId: s.notice.id,
        version: row.version,
        elements: Object.keys(opts.elements ?? {}),
        fields: ['action', 'subject', 'language'].filter(
          (k) => (opts as unknown as Record<string, unknown>)[k] !== undefined,
        ),
      },
    });
    return presentNotice(row, s.noticeAbilities, await parentLanguages(scope, s.notice.studentId));
  });
}

/** draft → issued, only with all seven elements and in the parent's language (422 lists what is missing, with citations). */
export async function issueNotice(handle: DataHandle, opts: { id: string; claim: VersionClaim }) {
  const result = await handle.run(async (scope) => {
    const s = await scopedNotice(scope, opts.id, { forUpdate: true });
    if (!s.noticeAbilities.issue) {
      throw new AppError(
        s.notice.status === 'draft' ? 'FORBIDDEN' : 'INVALID_STATE',
        s.notice.status === 'draft'
          ? 'Only the case manager or an administrator issues a notice.'
          : 'This notice has been issued already.',
      );
    }
    assertCurrent(
      optionalExpectedVersion(opts.claim, s.notice.id, 'this notice'),
      s.notice.version,
      'This notice was changed since you loaded it; review the change before issuing it.',
    );
    const findings = noticeFindings(
      { ...s.notice.elements, language: s.notice.language },
      await parentLanguages(scope, s.notice.studentId),
      LOCALES,
    );
    const errors = findings.filter((f) => f.severity === 'error');
    if (!canIssue(findings)) {
      await scope.audit({
        action: 'notice.issue_refused',
        outcome: 'failure',
        studentId: s.notice.studentId,
        context: { noticeId: s.notice.id, missing: errors.map((f) => f.citation) },
      });
      return { errors, notice: null };
    }
    const row = await scope.consents.issueNotice(s.notice.id, scope.today);
    await scope.audit({
      action: 'notice.issue',
      studentId: s.notice.studentId,
      context: { noticeId: s.notice.id, subject: s.notice.subject, language: s.notice.language },
    });
    const abilities = noticeAbilities(scope.actor, s.student.row, row, s.facts);
    return { errors: null, notice: presentNotice(row, abilities, await parentLanguages(scope, s.notice.studentId)) };
  });
  if (result.errors) {
    const refused = result.errors;
    throw new AppError(
      'RULE_VIOLATION',
      `The notice cannot be issued while ${refused.length} required element${refused.length === 1 ? ' is' : 's are'} missing (34 CFR 300.503).`,
      refused.map((f) => ({
        path: f.path === 'language' ? 'language' : `elements.${f.path}`,
        message: `${f.message} (${f.citation})`,
      })),
    );
  }
  return result.notice;
}
