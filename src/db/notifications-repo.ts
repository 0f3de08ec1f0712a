/**
 * The in-app inbox. `notify` is how any use case tells people something (in the same transaction as the work,
 * so a rolled-back change notifies nobody); the same dedupe key is never delivered twice to one person.
 * Messages are catalogue ids with values, so each reader sees them in their own language.
 */
import crypto from 'node:crypto';
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

export const NOTIFICATION_KINDS = ['deadline', 'meeting_invitation', 'meeting_response', 'consent_request', 'consent_answer', 'family_input', 'records_request', 'meeting_request', 'digest', 'progress_report'] as const;
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
    return this.q.query<{ id: string; userId: string }>(
      `INSERT INTO notifications (id, district_id, user_id, student_id, kind, message, params, link, dedupe_key)
       SELECT x.id, $1::uuid, x.uid, $2::uuid, $3, $4, $5::jsonb, $6, $7
         FROM unnest($8::uuid[], $9::uuid[]) AS x(id, uid)
         JOIN users u ON u.id = x.uid AND u.district_id = $1::uuid AND NOT u.disabled
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id::text AS "id", user_id::text AS "userId"`,
      [this.actor.districtId, n.studentId ?? null, n.kind, n.message, JSON.stringify(n.params ?? {}), n.link ?? null, n.dedupeKey ?? null, ids, n.userIds],
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
}
