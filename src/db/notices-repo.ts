/**
 * Prior written notices (34 CFR 300.503; issue 4, part 6), read and written within the actor's district. The Scope
 * reaches them through `consents` (ConsentsRepo extends this class) because a notice may name the consent it follows;
 * the notice policy is applied by src/features/consents/context.ts before any of these is called.
 */
import crypto from 'node:crypto';
import type {
  NoticeAction,
  NoticeStatus,
  NoticeSubject,
  PwnElementKey,
  PwnElements,
} from '../domain/prior-written-notice';
import { AppError } from '../domain/errors';
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';
import { isoOf, isoOrNull, must, textOf } from './values';
import { heldIds, type ScopedStudent } from './students-repo';

const date = (col: string, as: string) => `to_char(${col}, 'YYYY-MM-DD') AS "${as}"`;

export interface NoticeRow {
  id: string;
  studentId: string;
  action: NoticeAction;
  subject: NoticeSubject;
  consentId: string | null;
  elements: PwnElements;
  language: string;
  status: NoticeStatus;
  issuedAt: string | null;
  issuedOn: string | null;
  issuedByName: string | null;
  createdByName: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Element key → column. */
export const ELEMENT_COLUMNS = {
  actionDescription: 'action_description',
  reasons: 'reasons',
  evaluationsUsed: 'evaluations_used',
  safeguardsStatement: 'safeguards_statement',
  assistanceSources: 'assistance_sources',
  optionsConsidered: 'options_considered',
  otherFactors: 'other_factors',
} as const satisfies Record<PwnElementKey, string>;

const NOTICE_SELECT = `SELECT n.id::text AS "id", n.student_id::text AS "studentId", n.action, n.subject, n.consent_id::text AS "consentId",
  ${Object.entries(ELEMENT_COLUMNS)
    .map(([k, c]) => `n.${c} AS "${k}"`)
    .join(', ')},
  n.language, n.status, n.issued_at AS "issuedAt", ${date('n.issued_on', 'issuedOn')}, n.issued_by_name AS "issuedByName",
  n.created_by_name AS "createdByName", n.version, n.created_at AS "createdAt", n.updated_at AS "updatedAt"
  FROM prior_written_notices n`;

function toNotice(r: Record<string, unknown>): NoticeRow {
  const elements = Object.fromEntries(Object.keys(ELEMENT_COLUMNS).map((k) => [k, textOf(r[k] ?? '')])) as PwnElements;
  return {
    id: String(r.id),
    studentId: String(r.studentId),
    action: r.action as NoticeAction,
    subject: r.subject as NoticeSubject,
    consentId: (r.consentId as string | null) ?? null,
    elements,
    language: String(r.language),
    status: r.status as NoticeStatus,
    issuedAt: isoOrNull(r.issuedAt),
    issuedOn: (r.issuedOn as string | null) ?? null,
    issuedByName: (r.issuedByName as string | null) ?? null,
    createdByName: String(r.createdByName),
    version: Number(r.version),
    createdAt: isoOf(r.createdAt),
    updatedAt: isoOf(r.updatedAt),
  };
}

export interface NewNotice {
  studentId: string;
  action: NoticeAction;
  subject: NoticeSubject;
  consentId: string | null;
  elements: PwnElements;
  language: string;
}

export interface NoticePatch {
  action?: NoticeAction;
  subject?: NoticeSubject;
  language?: string;
  elements?: Partial<PwnElements>;
}

export class NoticesRepo {
  constructor(
    protected readonly q: Queryable,
    protected readonly actor: Actor,
  ) {}

  async listNotices(studentId: string, opts: { includeDrafts: boolean }): Promise<NoticeRow[]> {
    const rows = await this.q.query(
      `${NOTICE_SELECT} WHERE n.student_id = $1::uuid AND n.district_id = $2::uuid ${opts.includeDrafts ? '' : "AND n.status = 'issued'"} ORDER BY n.created_at DESC, n.id`,
      [studentId, this.actor.districtId],
    );
    return rows.map(toNotice);
  }

  /** Issued notices of many students (subject and day), for the case clock: those resolved for this actor (others left out). */
  async issuedNoticesFor(
    students: readonly ScopedStudent[],
  ): Promise<{ studentId: string; subject: string; issuedOn: string }[]> {
    const studentIds = heldIds(this.actor, students);
    if (studentIds.length === 0) return [];
    return this.q.query(
      `SELECT student_id::text AS "studentId", subject, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn" FROM prior_written_notices
        WHERE student_id = ANY($1::uuid[]) AND district_id = $2::uuid AND status = 'issued'`,
      [studentIds, this.actor.districtId],
    );
  }

  async getNotice(id: string, opts: { forUpdate?: boolean } = {}): Promise<NoticeRow | null> {
    const rows = await this.q.query(
      `${NOTICE_SELECT} WHERE n.id = $1::uuid AND n.district_id = $2::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [id, this.actor.districtId],
    );
    return rows[0] ? toNotice(rows[0]) : null;
  }

  async createNotice(n: NewNotice): Promise<NoticeRow> {
    const id = crypto.randomUUID();
    const cols = Object.values(ELEMENT_COLUMNS);
    const values = Object.keys(ELEMENT_COLUMNS).map((k) => n.elements[k as PwnElementKey]);
    await this.q.query(
      `INSERT INTO prior_written_notices (id, district_id, student_id, action, subject, consent_id, language, created_by, created_by_name, ${cols.join(', ')})
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6::uuid, $7, $8::uuid, $9, ${cols.map((_, i) => `$${10 + i}`).join(', ')})`,
      [
        id,
        this.actor.districtId,
        n.studentId,
        n.action,
        n.subject,
        n.consentId,
        n.language,
        this.actor.userId,
        this.actor.name,
        ...values,
      ],
    );
    return must(await this.getNotice(id), `notice ${id}`);
  }

  /** Saves a draft at `expectedVersion`; VERSION_STALE when someone saved since. */
  async updateNotice(id: string, expectedVersion: number, patch: NoticePatch): Promise<NoticeRow> {
    const params: unknown[] = [id, this.actor.districtId, expectedVersion];
    const sets: string[] = [];
    const set = (col: string, v: unknown) => {
      params.push(v);
      sets.push(`${col} = $${params.length}`);
    };
    if (patch.action !== undefined) set('action', patch.action);
    if (patch.subject !== undefined) set('subject', patch.subject);
    if (patch.language !== undefined) set('language', patch.language);
    for (const [k, v] of Object.entries(patch.elements ?? {}) as [string, string | undefined][])
      if (v !== undefined) set(ELEMENT_COLUMNS[k as PwnElementKey], v);
    const rows = await this.q.query<{ id: string }>(
      `UPDATE prior_written_notices SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1::uuid AND district_id = $2::uuid AND version = $3 AND status = 'draft' RETURNING id::text AS id`,
      params,
    );
    if (!rows[0])
      throw new AppError(
        'VERSION_STALE',
        'This notice was changed by someone else since you loaded it. Reload to see their change.',
      );
    return must(await this.getNotice(id), `notice ${id}`);
  }

  async issueNotice(id: string, on: string): Promise<NoticeRow> {
    const rows = await this.q.query<{ id: string }>(
      `UPDATE prior_written_notices SET status = 'issued', issued_at = now(), issued_on = $3::date, issued_by = $4::uuid, issued_by_name = $5, version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND district_id = $2::uuid AND status = 'draft' RETURNING id::text AS id`,
      [id, this.actor.districtId, on, this.actor.userId, this.actor.name],
    );
    if (!rows[0]) throw new AppError('INVALID_STATE', 'Only a draft notice can be issued.');
    return must(await this.getNotice(id), `notice ${id}`);
  }
}
