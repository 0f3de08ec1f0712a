/**
 * Meetings, their participants, contact attempts and notices (issue 4, part 5) — read and written within the actor's
 * scope.
 * Long file: one repository per resource (src/db/handle.ts's Scope), and a meeting's parts are written
 * together; its row shapes and SQL fragments already live in meetings-rows.ts.
 */
import crypto from 'node:crypto';
import { AppError } from '../domain/errors';
import type { InvitationResponse } from '../domain/meetings';
import type { Actor } from '../policy/actor';
import { meetingAbilities } from '../policy/meeting';
import type { Queryable } from './connect';
import { isoOf } from './values';
import { heldIds, type ScopedStudent } from './students-repo';
import {
  MEETING_SELECT,
  PARTICIPANT_SELECT,
  STUDENT_SELECT,
  toMeeting,
  toParticipant,
  notFound,
  MEETING_PATCH_COLUMNS,
  PARTICIPANT_PATCH_COLUMNS,
  type MeetingForDeadlines,
  type ProducedPlan,
  type ParticipantRow,
  type ContactAttemptRow,
  type MeetingStudent,
  type ScopedMeeting,
  type RawMeeting,
  type RawParticipant,
  type NewMeeting,
  type NewParticipant,
  type MeetingPatch,
  type ParticipantPatch,
} from './meetings-rows';
export type {
  MeetingForDeadlines,
  ProducedPlan,
  MeetingRow,
  ParticipantRow,
  ContactAttemptRow,
  MeetingStudent,
  ScopedMeeting,
  NewMeeting,
  NewParticipant,
  MeetingPatch,
  ParticipantPatch,
} from './meetings-rows';
export { MEETING_PATCH_COLUMNS, PARTICIPANT_PATCH_COLUMNS } from './meetings-rows';

export class MeetingsRepo {
  constructor(
    protected readonly q: Queryable,
    protected readonly actor: Actor,
  ) {}

  /** Meetings of these students: those resolved for this actor by the students repository (others are left out). */
  async forDeadlines(students: readonly ScopedStudent[]): Promise<MeetingForDeadlines[]> {
    const studentIds = heldIds(this.actor, students);
    if (studentIds.length === 0) return [];
    return this.q.query<MeetingForDeadlines>(
      `SELECT m.id::text AS "id", m.student_id::text AS "studentId", to_char(m.meeting_date, 'YYYY-MM-DD') AS "date", m.purpose, m.status,
              to_char(m.notice_sent_on, 'YYYY-MM-DD') AS "noticeSentOn", to_char(m.shorter_notice_agreed_on, 'YYYY-MM-DD') AS "shorterNoticeAgreedOn"
         FROM meetings m WHERE m.student_id = ANY($1::uuid[]) AND m.district_id = $2::uuid ORDER BY m.meeting_date, m.start_time, m.id`,
      [studentIds, this.actor.districtId],
    );
  }

  private async studentFacts(studentId: string): Promise<MeetingStudent | null> {
    const rows = await this.q.query<MeetingStudent>(
      `${STUDENT_SELECT} WHERE s.id = $1::uuid AND s.district_id = $2::uuid`,
      [studentId, this.actor.districtId],
    );
    return rows[0] ?? null;
  }

  private async participantsOf(meetingIds: readonly string[]): Promise<ParticipantRow[]> {
    if (meetingIds.length === 0) return [];
    const rows = await this.q.query<RawParticipant>(
      `${PARTICIPANT_SELECT} WHERE p.meeting_id = ANY($1::uuid[]) AND p.district_id = $2::uuid
        ORDER BY array_position(ARRAY['parent','student','general_education_teacher','special_education_teacher','special_education_provider','district_representative','evaluation_interpreter','agency','other'], p.role), p.created_at, p.id`,
      [meetingIds, this.actor.districtId],
    );
    return rows.map(toParticipant);
  }

  private async attemptsOf(meetingId: string, timeZone: string): Promise<ContactAttemptRow[]> {
    const rows = await this.q.query<
      Omit<ContactAttemptRow, 'attemptedAt' | 'recordedAt'> & { attemptedAt: unknown; recordedAt: unknown }
    >(
      `SELECT a.id::text AS "id", a.meeting_id::text AS "meetingId", a.attempted_at AS "attemptedAt",
              to_char(a.attempted_at AT TIME ZONE $3, 'YYYY-MM-DD') AS "attemptedOn", a.method, a.outcome, a.note,
              a.recorded_by_name AS "recordedByName", a.recorded_at AS "recordedAt"
         FROM meeting_contact_attempts a WHERE a.meeting_id = $1::uuid AND a.district_id = $2::uuid ORDER BY a.attempted_at, a.id`,
      [meetingId, this.actor.districtId, timeZone],
    );
    return rows.map((r) => ({ ...r, attemptedAt: isoOf(r.attemptedAt), recordedAt: isoOf(r.recordedAt) }));
  }

  /** One meeting the actor may view, with its team and attempts, or NOT_FOUND (recorded as a refused attempt). */
  async get(id: string, opts: { forUpdate?: boolean } = {}): Promise<ScopedMeeting> {
    const rows = await this.q.query<RawMeeting>(
      `${MEETING_SELECT} WHERE m.id = $1::uuid AND m.district_id = $2::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [id, this.actor.districtId],
    );
    if (!rows[0]) throw notFound(id);
    const meeting = toMeeting(rows[0]);
    const student = await this.studentFacts(meeting.studentId);
    if (!student) throw notFound(id);
    const participants = await this.participantsOf([id]);
    const abilities = meetingAbilities(this.actor, student, {
      status: meeting.status,
      participantUserIds: participants.flatMap((p) => (p.userId ? [p.userId] : [])),
    });
    if (!abilities.view) throw notFound(id, meeting.studentId);
    const contactAttempts = abilities.viewTeamCheck ? await this.attemptsOf(id, meeting.timeZone) : [];
    return { meeting, participants, contactAttempts, student, abilities };
  }

  /** The meetings of a student, newest first, those the actor may view (each checked against the meeting policy here). */
  async forStudent(studentId: string): Promise<ScopedMeeting[]> {
    const student = await this.studentFacts(studentId);
    if (!student) return [];
    const rows = (
      await this.q.query<RawMeeting>(
        `${MEETING_SELECT} WHERE m.student_id = $1::uuid AND m.district_id = $2::uuid ORDER BY m.meeting_date DESC, m.start_time DESC, m.id`,
        [studentId, this.actor.districtId],
      )
    ).map(toMeeting);
    const participants = await this.participantsOf(rows.map((m) => m.id));
    return rows.flatMap((meeting) => {
      const team = participants.filter((p) => p.meetingId === meeting.id);
      const abilities = meetingAbilities(this.actor, student, {
        status: meeting.status,
        participantUserIds: team.flatMap((p) => (p.userId ? [p.userId] : [])),
      });
      return abilities.view ? [{ meeting, participants: team, contactAttempts: [], student, abilities }] : [];
    });
  }

  async create(m: NewMeeting): Promise<void> {
    await this.q.query(
      `INSERT INTO meetings (id, district_id, student_id, purpose, purpose_note, meeting_date, start_time, starts_at, time_zone, duration_minutes, location, video_link,
                             transition_discussed, student_in_regular_class, created_by, created_by_name)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6::date, $7::text, ($6::date + $7::text::time) AT TIME ZONE $8::text, $8::text, $9, $10, $11, $12, $13, $14::uuid, $15)`,
      [
        m.id,
        this.actor.districtId,
        m.studentId,
        m.purpose,
        m.purposeNote,
        m.date,
        m.startTime,
        m.timeZone,
        m.durationMinutes,
        m.location,
        m.videoLink,
        m.transitionDiscussed,
        m.studentInRegularClass,
        this.actor.userId,
        this.actor.name,
      ],
    );
  }

  /** Applies a patch if `expectedVersion` is current (VERSION_STALE otherwise); keeps starts_at in step with the day and time. */
  async update(id: string, expectedVersion: number, patch: MeetingPatch): Promise<number> {
    const sets: string[] = [];
    const params: unknown[] = [id, expectedVersion, this.actor.districtId];
    const at: Partial<Record<string, string>> = {};
    for (const [k, v] of Object.entries(patch) as [keyof typeof MEETING_PATCH_COLUMNS, unknown][]) {
      if (v === undefined) continue;
      params.push(v);
      at[k] = `$${params.length}`;
      sets.push(
        `${MEETING_PATCH_COLUMNS[k]} = $${params.length}${k === 'startTime' ? '::text' : k === 'date' ? '::date' : ''}`,
      );
    }
    if (at.date || at.startTime) {
      sets.push(
        `starts_at = (${at.date ? `${at.date}::date` : 'meeting_date'} + ${at.startTime ? `${at.startTime}::text` : 'start_time'}::time) AT TIME ZONE time_zone`,
      );
    }
    const rows = await this.q.query<{ version: number }>(
      `UPDATE meetings SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1::uuid AND version = $2 AND district_id = $3::uuid RETURNING version`,
      params,
    );
    if (!rows[0])
      throw new AppError(
        'VERSION_STALE',
        'This meeting was changed by someone else since you loaded it. Reload to see their change.',
      );
    return rows[0].version;
  }

  /** A change to the team, the notice or the attempts is a change to the meeting: its version moves on. */
  async touch(id: string): Promise<void> {
    await this.q.query(
      `UPDATE meetings SET version = version + 1, updated_at = now() WHERE id = $1::uuid AND district_id = $2::uuid`,
      [id, this.actor.districtId],
    );
  }

  async addParticipants(meetingId: string, list: readonly NewParticipant[]): Promise<string[]> {
    const ids: string[] = [];
    for (const p of list) {
      const id = crypto.randomUUID();
      ids.push(id);
      await this.q.query(
        `INSERT INTO meeting_participants (id, district_id, meeting_id, role, name, title, user_id, guardian_id, interprets_evaluations, invited, agency_consent_on)
         VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7::uuid, $8::uuid, $9, $10, $11::date)`,
        [
          id,
          this.actor.districtId,
          meetingId,
          p.role,
          p.name,
          p.title ?? '',
          p.userId ?? null,
          p.guardianId ?? null,
          p.interpretsEvaluations ?? false,
          p.invited ?? true,
          p.agencyConsentOn ?? null,
        ],
      );
    }
    return ids;
  }

  /**
   * Changes a member's entry (and their typed signature: a name signs now, null clears it; undefined leaves it), moving
   * its version on. With `expectedVersion`, only if the entry is still at that version: null when it moved on.
   * NOT_FOUND when the meeting has no such member.
   */
  async updateParticipant(
    meetingId: string,
    participantId: string,
    patch: ParticipantPatch,
    opts: { signature?: string | null | undefined; expectedVersion?: number | undefined } = {},
  ): Promise<number | null> {
    const sets: string[] = [];
    const params: unknown[] = [participantId, meetingId, this.actor.districtId];
    for (const [k, v] of Object.entries(patch) as [keyof typeof PARTICIPANT_PATCH_COLUMNS, unknown][]) {
      if (v === undefined) continue;
      params.push(v);
      sets.push(`${PARTICIPANT_PATCH_COLUMNS[k]} = $${params.length}`);
    }
    if (opts.signature !== undefined) {
      params.push(opts.signature);
      sets.push(
        `signature_name = $${params.length}::text`,
        `signed_at = CASE WHEN $${params.length}::text IS NULL THEN NULL ELSE now() END`,
      );
    }
    let versionCheck = '';
    if (opts.expectedVersion !== undefined) {
      params.push(opts.expectedVersion);
      versionCheck = ` AND version = $${params.length}`;
    }
    sets.push('version = version + 1');
    const rows = await this.q.query<{ version: number }>(
      `UPDATE meeting_participants SET ${sets.join(', ')} WHERE id = $1::uuid AND meeting_id = $2::uuid AND district_id = $3::uuid${versionCheck} RETURNING version`,
      params,
    );
    if (rows[0]) return rows[0].version;
    const exists = await this.q.query(
      `SELECT 1 FROM meeting_participants WHERE id = $1::uuid AND meeting_id = $2::uuid AND district_id = $3::uuid`,
      [participantId, meetingId, this.actor.districtId],
    );
    if (!exists[0]) throw new AppError('NOT_FOUND', 'No participant with this id on this meeting.');
    return null;
  }

  /** Removes a member; with `expectedVersion`, only if their entry is still at that version (false when it moved on). */
  async removeParticipant(
    meetingId: string,
    participantId: string,
    opts: { expectedVersion?: number | undefined } = {},
  ): Promise<boolean> {
    const params: unknown[] = [participantId, meetingId, this.actor.districtId];
    if (opts.expectedVersion !== undefined) params.push(opts.expectedVersion);
    const rows = await this.q.query(
      `DELETE FROM meeting_participants WHERE id = $1::uuid AND meeting_id = $2::uuid AND district_id = $3::uuid${opts.expectedVersion !== undefined ? ' AND version = $4' : ''} RETURNING id`,
      params,
    );
    if (rows[0]) return true;
    const exists = await this.q.query(
      `SELECT 1 FROM meeting_participants WHERE id = $1::uuid AND meeting_id = $2::uuid AND district_id = $3::uuid`,
      [participantId, meetingId, this.actor.districtId],
    );
    if (!exists[0]) throw new AppError('NOT_FOUND', 'No participant with this id on this meeting.');
    return false;
  }

  async respond(
    participantId: string,
    r: { response: InvitationResponse; proposedDate: string | null; proposedTime: string | null; note: string },
  ): Promise<void> {
    await this.q.query(
      `UPDATE meeting_participants SET response = $2, proposed_date = $3::date, proposed_time = $4, response_note = $5, responded_at = now(), version = version + 1
        WHERE id = $1::uuid AND district_id = $6::uuid`,
      [participantId, r.response, r.proposedDate, r.proposedTime, r.note, this.actor.districtId],
    );
  }

  async addContactAttempt(
    meetingId: string,
    a: { attemptedAt: string; method: string; outcome: string; note: string },
  ): Promise<string> {
    const id = crypto.randomUUID();
    await this.q.query(
      `INSERT INTO meeting_contact_attempts (id, district_id, meeting_id, attempted_at, method, outcome, note, recorded_by, recorded_by_name)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5, $6, $7, $8::uuid, $9)`,
      [
        id,
        this.actor.districtId,
        meetingId,
        a.attemptedAt,
        a.method,
        a.outcome,
        a.note,
        this.actor.userId,
        this.actor.name,
      ],
    );
    return id;
  }

  /** The instant of a local day and time in a time zone (for contact attempts entered as the district's day and time). */
  async instant(date: string, time: string, timeZone: string): Promise<string> {
    const rows = await this.q.query<{ t: unknown }>(`SELECT ($1::date + $2::time) AT TIME ZONE $3 AS t`, [
      date,
      time,
      timeZone,
    ]);
    return isoOf(rows[0]?.t);
  }

  async recordNotice(
    id: string,
    n: {
      sentOn: string;
      method: string;
      language: string;
      shorterNoticeAgreedOn: string | null;
      shorterNoticeNote: string;
    },
  ): Promise<void> {
    await this.q.query(
      `UPDATE meetings SET notice_sent_on = $2::date, notice_method = $3, notice_language = $4, shorter_notice_agreed_on = $5::date, shorter_notice_note = $6,
              version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND district_id = $7::uuid`,
      [id, n.sentOn, n.method, n.language, n.shorterNoticeAgreedOn, n.shorterNoticeNote, this.actor.districtId],
    );
  }

  /** The parent agreed to a shorter notice (300.322(a)(1)): recorded with its day, after the notice too (it then makes a late notice timely). */
  async recordShorterNotice(id: string, a: { agreedOn: string; note: string }): Promise<void> {
    await this.q.query(
      `UPDATE meetings SET shorter_notice_agreed_on = $2::date, shorter_notice_note = $3, version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND district_id = $4::uuid`,
      [id, a.agreedOn, a.note, this.actor.districtId],
    );
  }

  /** After the day, time or place changes: the notice must go out again and the invitees answer again. */
  async rescheduled(id: string): Promise<void> {
    await this.q.query(
      `UPDATE meetings SET notice_sent_on = NULL, notice_method = NULL, notice_language = NULL, shorter_notice_agreed_on = NULL, shorter_notice_note = ''
        WHERE id = $1::uuid AND district_id = $2::uuid`,
      [id, this.actor.districtId],
    );
    await this.q.query(
      `UPDATE meeting_participants SET response = 'pending', proposed_date = NULL, proposed_time = NULL, responded_at = NULL, version = version + 1
        WHERE meeting_id = $1::uuid AND district_id = $2::uuid AND (response <> 'pending' OR responded_at IS NOT NULL)`,
      [id, this.actor.districtId],
    );
  }

  async markHeld(
    id: string,
    expectedVersion: number,
    h: { minutes: string; planId: string | null; planVersion: number | null },
  ): Promise<void> {
    const rows = await this.q.query(
      `UPDATE meetings SET status = 'held', minutes = $3, plan_id = $4::uuid, plan_version = $5, held_at = now(), held_by_name = $6,
              version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND version = $2 AND status = 'scheduled' AND district_id = $7::uuid RETURNING id`,
      [id, expectedVersion, h.minutes, h.planId, h.planVersion, this.actor.name, this.actor.districtId],
    );
    if (!rows[0])
      throw new AppError(
        'VERSION_STALE',
        'This meeting was changed by someone else since you loaded it. Reload to see their change.',
      );
  }

  async cancel(id: string, reason: string): Promise<void> {
    const rows = await this.q.query(
      `UPDATE meetings SET status = 'cancelled', cancelled_at = now(), cancel_reason = $2, version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND status = 'scheduled' AND district_id = $3::uuid RETURNING id`,
      [id, reason, this.actor.districtId],
    );
    if (!rows[0]) throw new AppError('INVALID_STATE', 'Only a scheduled meeting can be cancelled.');
  }

  /** The plan the meeting produced must be a plan of the same student in this district; its current version, status and meeting date. */
  async planOf(studentId: string, planId: string, opts: { forUpdate?: boolean } = {}): Promise<ProducedPlan | null> {
    const rows = await this.q.query<ProducedPlan>(
      `SELECT id::text AS "id", version, type, status, to_char(meeting_date, 'YYYY-MM-DD') AS "meetingDate"
         FROM plans WHERE id = $1::uuid AND student_id = $2::uuid AND district_id = $3::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [planId, studentId, this.actor.districtId],
    );
    return rows[0] ?? null;
  }

  /** The days of the held meetings that named this plan as the one they produced, oldest first. */
  async heldDatesForPlan(planId: string): Promise<string[]> {
    const rows = await this.q.query<{ d: string }>(
      `SELECT DISTINCT to_char(meeting_date, 'YYYY-MM-DD') AS "d" FROM meetings WHERE plan_id = $1::uuid AND status = 'held' AND district_id = $2::uuid ORDER BY 1`,
      [planId, this.actor.districtId],
    );
    return rows.map((r) => r.d);
  }

  /** Staff accounts of the district that may be invited (id, name, role), for the team picker. */
  async staffDirectory(): Promise<{ id: string; name: string; role: string; discipline: string | null }[]> {
    return this.q.query(
      `SELECT u.id::text AS "id", u.first_name || ' ' || u.last_name AS "name", u.role, u.discipline
         FROM users u WHERE u.district_id = $1::uuid AND NOT u.disabled AND u.role IN ('district_admin','principal','case_manager','teacher','provider')
        ORDER BY u.last_name, u.first_name`,
      [this.actor.districtId],
    );
  }

  /** A staff account of this district, or null. */
  async staffUser(userId: string): Promise<{ id: string; name: string; role: string } | null> {
    const rows = await this.q.query<{ id: string; name: string; role: string }>(
      `SELECT u.id::text AS "id", u.first_name || ' ' || u.last_name AS "name", u.role FROM users u
        WHERE u.id = $1::uuid AND u.district_id = $2::uuid AND NOT u.disabled AND u.role NOT IN ('guardian','student')`,
      [userId, this.actor.districtId],
    );
    return rows[0] ?? null;
  }

  /** Accounts of the district for these guardians (to notify a family member invited to a meeting). */
  async guardianUsers(
    guardianIds: readonly string[],
  ): Promise<{ userId: string; guardianId: string; preferredLanguage: string }[]> {
    if (guardianIds.length === 0) return [];
    return this.q.query(
      `SELECT u.id::text AS "userId", u.guardian_id::text AS "guardianId", u.preferred_language AS "preferredLanguage" FROM users u
        WHERE u.guardian_id = ANY($1::uuid[]) AND u.district_id = $2::uuid AND NOT u.disabled AND u.role = 'guardian'`,
      [guardianIds, this.actor.districtId],
    );
  }

  /** The account of a student (to notify a student invited to their meeting), or null. */
  async studentUser(studentId: string): Promise<string | null> {
    const rows = await this.q.query<{ id: string }>(
      `SELECT id::text AS "id" FROM users WHERE student_id = $1::uuid AND district_id = $2::uuid AND role = 'student' AND NOT disabled`,
      [studentId, this.actor.districtId],
    );
    return rows[0]?.id ?? null;
  }
}
