/**
 * The in-app inbox. `notify` is how any use case tells people something (in the same transaction as the work,
 * so a rolled-back change notifies nobody); the same dedupe key is never delivered twice to one person.
 * Messages are catalogue ids with values, so each reader sees them in their own language.
 * Long file: the inbox (actor-scoped) and the mail queue (MailQueue, reached only through a system handle) share
 * the notification rows and their mapping, which is kept in one file so the two never disagree.
 */
import { must, textOf } from './values';
import crypto from 'node:crypto';
import { AppError } from '../domain/errors';
import type { Actor } from '../policy/actor';
import { notificationAbilities } from '../policy/notifications';
import type { Queryable } from './connect';
import type { SystemHandle } from './handle';

export const NOTIFICATION_KINDS = [
  'deadline',
  'meeting_invitation',
  'meeting_response',
  'consent_request',
  'consent_answer',
  'family_input',
  'records_request',
  'meeting_request',
  'digest',
  'progress_report',
  'discipline',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NewNotification {
  userIds: readonly string[];
  studentId?: string | null;
  kind: NotificationKind;
  /** A message id of src/documents/messages (e.g. 'notify.meeting.invited'). */
  message: string;
  params?: Record<string, string | number>;
  /** Where in the web app the action is (e.g. '/students/<id>/meetings/<id>'). */
  link?: string | null;
  dedupeKey?: string | null;
}

export interface NotificationRow {
  id: string;
  studentId: string | null;
  kind: NotificationKind;
  message: string;
  params: Record<string, string | number>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  role: string;
  preferredLanguage: string;
}

export class NotificationsRepo {
  constructor(
    protected readonly q: Queryable,
    protected readonly actor: Actor,
  ) {}

  /** Delivers to the inbox of each person (same district only); returns the ids of the new rows (duplicates skipped). */
  async notify(n: NewNotification): Promise<{ id: string; userId: string }[]> {
    if (n.userIds.length === 0) return [];
    const ids = n.userIds.map(() => crypto.randomUUID());
    // clock_timestamp(), not now(): several notifications made in one transaction keep the order they were made in.
    return this.q.query<{ id: string; userId: string }>(
      `INSERT INTO notifications (id, district_id, user_id, student_id, kind, message, params, link, dedupe_key, created_at)
       SELECT x.id, $1::uuid, x.uid, $2::uuid, $3, $4, $5::jsonb, $6, $7, clock_timestamp()
         FROM unnest($8::uuid[], $9::uuid[]) AS x(id, uid)
         JOIN users u ON u.id = x.uid AND u.district_id = $1::uuid AND NOT u.disabled
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id::text AS "id", user_id::text AS "userId"`,
      [
        this.actor.districtId,
        n.studentId ?? null,
        n.kind,
        n.message,
        JSON.stringify(n.params ?? {}),
        n.link ?? null,
        n.dedupeKey ?? null,
        ids,
        n.userIds,
      ],
    );
  }

  /** The case managers of a student (who act on the case clock). */
  async caseManagersOf(studentId: string): Promise<Recipient[]> {
    return this.q.query<Recipient>(
      `SELECT u.id::text AS "userId", u.email, u.first_name || ' ' || u.last_name AS "name", u.role, u.preferred_language AS "preferredLanguage"
         FROM case_manager_assignments a JOIN users u ON u.id = a.user_id
        WHERE a.student_id = $1::uuid AND a.district_id = $2::uuid AND NOT u.disabled`,
      [studentId, this.actor.districtId],
    );
  }

  /**
   * The family accounts of a student: guardians holding educational rights, and the student's own account
   * (the caller decides whether the student is of the profile's portal age).
   */
  async familyOf(studentId: string, opts: { includeStudent: boolean }): Promise<Recipient[]> {
    return this.q.query<Recipient>(
      `SELECT u.id::text AS "userId", u.email, u.first_name || ' ' || u.last_name AS "name", u.role, u.preferred_language AS "preferredLanguage"
         FROM users u
        WHERE u.district_id = $2::uuid AND NOT u.disabled
          AND ((u.role = 'guardian' AND u.guardian_id IN (SELECT sg.guardian_id FROM student_guardians sg WHERE sg.student_id = $1::uuid AND sg.educational_rights))
               OR ($3 AND u.role = 'student' AND u.student_id = $1::uuid))`,
      [studentId, this.actor.districtId, opts.includeStudent],
    );
  }

  // ---- the reader's inbox (always the actor's own rows: another person's notification does not exist here) ----

  /** The actor's notifications, newest first; `before` is the id of the last row of the previous page. */
  async listMine(opts: {
    limit: number;
    before?: string | null;
    unreadOnly?: boolean;
  }): Promise<{ rows: NotificationRow[]; unreadCount: number }> {
    const params: unknown[] = [this.actor.userId, opts.limit];
    let where = '';
    if (opts.unreadOnly) where += ' AND n.read_at IS NULL';
    if (opts.before) {
      params.push(opts.before);
      where += ` AND (n.created_at, n.id) < (SELECT c.created_at, c.id FROM notifications c WHERE c.id = $3::uuid AND c.user_id = $1::uuid)`;
    }
    const rows = await this.q.query<NotificationRow>(
      `SELECT ${ROW_COLUMNS} FROM notifications n
        WHERE n.user_id = $1::uuid${where}
        ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      params,
    );
    const count = await this.q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1::uuid AND read_at IS NULL`,
      [this.actor.userId],
    );
    return { rows: rows.map(normalizeRow), unreadCount: count[0]?.n ?? 0 };
  }

  /** Marks one of the actor's notifications read (idempotent); null when the actor has no such notification. */
  async markRead(id: string): Promise<NotificationRow | null> {
    const rows = await this.q.query<NotificationRow>(
      `UPDATE notifications n SET read_at = COALESCE(n.read_at, now())
        WHERE n.id = $1::uuid AND n.user_id = $2::uuid
        RETURNING ${ROW_COLUMNS}`,
      [id, this.actor.userId],
    );
    return rows[0] ? normalizeRow(rows[0]) : null;
  }

  /** Marks all of the actor's notifications read; returns how many were unread. */
  async markAllRead(): Promise<number> {
    const rows = await this.q.query<{ id: string }>(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1::uuid AND read_at IS NULL RETURNING id::text AS id`,
      [this.actor.userId],
    );
    return rows.length;
  }

  // ---- mail of the actor's own notifications (the digest job runs as each person) ----

  /** Who the actor is as a mail recipient. */
  async me(): Promise<Recipient | null> {
    const rows = await this.q.query<Recipient>(
      `SELECT u.id::text AS "userId", u.email, u.first_name || ' ' || u.last_name AS "name", u.role, u.preferred_language AS "preferredLanguage"
         FROM users u WHERE u.id = $1::uuid AND u.district_id = $2::uuid AND NOT u.disabled`,
      [this.actor.userId, this.actor.districtId],
    );
    return rows[0] ?? null;
  }

  /** The students on the actor's caseload (the case manager's own reminders are about these). */
  async myCaseload(): Promise<Set<string>> {
    const rows = await this.q.query<{ id: string }>(
      `SELECT a.student_id::text AS id FROM case_manager_assignments a WHERE a.user_id = $1::uuid AND a.district_id = $2::uuid`,
      [this.actor.userId, this.actor.districtId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The actor's notifications of these kinds that no mail has carried yet, oldest first. */
  async unmailedMine(kinds: readonly string[]): Promise<NotificationRow[]> {
    const rows = await this.q.query<NotificationRow>(
      `SELECT ${ROW_COLUMNS} FROM notifications n
        WHERE n.user_id = $1::uuid AND n.mailed_at IS NULL AND n.kind = ANY($2::text[])
        ORDER BY n.created_at, n.id LIMIT 200`,
      [this.actor.userId, kinds],
    );
    return rows.map(normalizeRow);
  }

  /** Puts a mail to the actor in the outbox and marks the notifications it carries as mailed. */
  async queueMailToMe(mail: OutboxMail, carries: readonly string[]): Promise<string> {
    const id = crypto.randomUUID();
    await this.q.query(
      `INSERT INTO mail_outbox (id, district_id, user_id, to_address, subject, body_text, kind, notification_id, student_id, language)
       SELECT $1::uuid, u.district_id, u.id, u.email, $3, $4, $5, $6::uuid, $7::uuid, $8
         FROM users u WHERE u.id = $2::uuid AND u.district_id = $9::uuid`,
      [
        id,
        this.actor.userId,
        mail.subject,
        mail.bodyText,
        mail.kind,
        mail.notificationId ?? null,
        mail.studentId ?? null,
        mail.language,
        this.actor.districtId,
      ],
    );
    if (carries.length) {
      await this.q.query(
        `UPDATE notifications SET mailed_at = now() WHERE user_id = $1::uuid AND id = ANY($2::uuid[]) AND mailed_at IS NULL`,
        [this.actor.userId, carries],
      );
    }
    return id;
  }

  // ---- the district's mail outbox: its administrator only (notificationAbilities.readOutbox, checked here) ----

  async outbox(opts: { limit: number; before?: string | null }): Promise<OutboxRow[]> {
    if (!notificationAbilities(this.actor).readOutbox)
      throw new AppError('NOT_FOUND', 'No route GET /api/v1/admin/outbox.');
    const params: unknown[] = [this.actor.districtId, opts.limit];
    let where = '';
    if (opts.before) {
      params.push(opts.before);
      where = ` AND (m.created_at, m.id) < (SELECT c.created_at, c.id FROM mail_outbox c WHERE c.id = $3::uuid AND c.district_id = $1::uuid)`;
    }
    const rows = await this.q.query<OutboxRow>(
      `SELECT m.id::text AS "id", m.user_id::text AS "userId", m.to_address AS "toAddress", m.subject, m.body_text AS "bodyText",
              m.kind, m.language, m.student_id::text AS "studentId", m.created_at AS "createdAt", m.sent_at AS "sentAt",
              m.attempts, m.last_error AS "lastError", m.next_attempt_at AS "nextAttemptAt"
         FROM mail_outbox m
        WHERE m.district_id = $1::uuid${where}
        ORDER BY m.created_at DESC, m.id DESC LIMIT $2`,
      params,
    );
    return rows.map((r) => ({
      ...r,
      createdAt: must(iso(r.createdAt), 'a created_at'),
      sentAt: iso(r.sentAt),
      nextAttemptAt: iso(r.nextAttemptAt),
    }));
  }
}

export interface OutboxMail {
  subject: string;
  bodyText: string;
  kind: NotificationKind;
  language: string;
  notificationId?: string | null;
  studentId?: string | null;
}

export interface OutboxRow {
  id: string;
  userId: string | null;
  toAddress: string;
  subject: string;
  bodyText: string;
  kind: string;
  language: string;
  studentId: string | null;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
}

const ROW_COLUMNS = `n.id::text AS "id", n.student_id::text AS "studentId", n.kind, n.message, n.params, n.link,
  n.created_at AS "createdAt", n.read_at AS "readAt"`;

function iso(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return v instanceof Date ? v.toISOString() : new Date(textOf(v)).toISOString();
}

function normalizeRow(r: NotificationRow): NotificationRow {
  const params = (typeof r.params === 'string' ? JSON.parse(r.params) : r.params) as Record<
    string,
    string | number
  > | null;
  return { ...r, params: params ?? {}, createdAt: must(iso(r.createdAt), 'a created_at'), readAt: iso(r.readAt) };
}

/** A notification waiting for its mail, with what the mailer needs to know of its recipient. */
export interface PendingMail extends NotificationRow {
  userId: string;
  districtId: string;
  email: string;
  recipientName: string;
  preferredLanguage: string;
}

export interface ClaimedMail {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  language: string;
  attempts: number;
}

/**
 * Mail delivery across all districts: work no signed-in person asked for (the scheduler and `openiep digest`),
 * reached only through `systemHandle(db, why)`. Transactions are short and hold no network I/O: a mail is
 * claimed (its next attempt pushed into the future), sent outside any transaction, then marked.
 */
export class MailQueue {
  constructor(private readonly sys: SystemHandle) {}

  /**
   * Turns notifications that are mailed one by one into outbox mails (rendered by `render`, pure and
   * synchronous) and marks them mailed, in one transaction. Disabled accounts get no mail. Returns how many mails.
   */
  async queueImmediate(
    digestKinds: readonly string[],
    render: (n: PendingMail) => OutboxMail | null,
    limit = 200,
  ): Promise<number> {
    return this.sys.db.transaction(async (tx) => {
      const pending = await tx.query<PendingMail & { disabled: boolean }>(
        `SELECT ${ROW_COLUMNS}, n.user_id::text AS "userId", n.district_id::text AS "districtId", u.email,
                u.first_name || ' ' || u.last_name AS "recipientName", u.preferred_language AS "preferredLanguage", u.disabled
           FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.mailed_at IS NULL AND NOT (n.kind = ANY($1::text[]))
          ORDER BY n.created_at, n.id LIMIT $2
          FOR UPDATE OF n SKIP LOCKED`,
        [digestKinds, limit],
      );
      let queued = 0;
      for (const p of pending) {
        const row = {
          ...normalizeRow(p),
          userId: p.userId,
          districtId: p.districtId,
          email: p.email,
          recipientName: p.recipientName,
          preferredLanguage: p.preferredLanguage,
        };
        const mail = p.disabled ? null : render(row);
        if (mail) {
          await tx.query(
            `INSERT INTO mail_outbox (id, district_id, user_id, to_address, subject, body_text, kind, notification_id, student_id, language)
             VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7, $8::uuid, $9::uuid, $10)`,
            [
              crypto.randomUUID(),
              p.districtId,
              p.userId,
              p.email,
              mail.subject,
              mail.bodyText,
              mail.kind,
              p.id,
              p.studentId,
              mail.language,
            ],
          );
          queued++;
        }
        await tx.query(`UPDATE notifications SET mailed_at = now() WHERE id = $1::uuid`, [p.id]);
      }
      return queued;
    });
  }

  /**
   * Claims up to `limit` unsent mails that are due (first try, or retry time reached) for `leaseMinutes`. Never an
   * invitation or reset (`account.*`): their outbox copy has the link masked; they are sent once, directly
   * (src/features/accounts/delivery.ts).
   */
  async claim(limit: number, maxAttempts: number, leaseMinutes = 10): Promise<ClaimedMail[]> {
    return this.sys.db.transaction((tx) =>
      tx.query<ClaimedMail>(
        `UPDATE mail_outbox m SET attempts = m.attempts + 1, next_attempt_at = now() + make_interval(mins => $3)
          WHERE m.id IN (SELECT id FROM mail_outbox
                          WHERE sent_at IS NULL AND attempts < $2 AND (next_attempt_at IS NULL OR next_attempt_at <= now())
                            AND kind NOT LIKE 'account.%'
                          ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING m.id::text AS "id", m.to_address AS "toAddress", m.subject, m.body_text AS "bodyText", m.language, m.attempts`,
        [limit, maxAttempts, leaseMinutes],
      ),
    );
  }

  async markSent(id: string): Promise<void> {
    await this.sys.db.query(
      `UPDATE mail_outbox SET sent_at = now(), last_error = NULL, next_attempt_at = NULL WHERE id = $1::uuid`,
      [id],
    );
  }

  async markFailed(id: string, error: string, retryInMinutes: number): Promise<void> {
    await this.sys.db.query(
      `UPDATE mail_outbox SET last_error = $2, next_attempt_at = now() + make_interval(mins => $3) WHERE id = $1::uuid`,
      [id, error.slice(0, 500), retryInMinutes],
    );
  }

  /** The people who get the daily digest: case managers, principals and district administrators, in every district. */
  async digestRecipients(roles: readonly string[]): Promise<{ userId: string; role: string; districtId: string }[]> {
    return this.sys.db.query(
      `SELECT u.id::text AS "userId", u.role, u.district_id::text AS "districtId" FROM users u
        WHERE NOT u.disabled AND u.role = ANY($1::text[]) ORDER BY u.district_id, u.id`,
      [roles],
    );
  }
}
