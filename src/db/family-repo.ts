/**
 * What the family adds from the portal: concerns and student input, meeting requests, preparation checklists
 * (issue 4, part 8) — read and written within the actor's district. The use cases resolve the student through
 * StudentsRepo.get (scope) and apply src/policy/family.ts; one input by its id is answered here only for a student
 * the students repository resolves for the actor.
 */
import crypto from 'node:crypto';
import type { FamilyAuthorRole, FamilyInputKind, MeetingRequestStatus, PreparationChecklist } from '../domain/family';
import { AppError } from '../domain/errors';
import type { Actor } from '../policy/actor';
import { isoOf, isoOrNull, must } from './values';
import type { Queryable } from './connect';
import type { ScopedStudent, StudentsRepo } from './students-repo';

export interface FamilyInputRow {
  id: string;
  studentId: string;
  authorUserId: string;
  authorName: string;
  authorRole: FamilyAuthorRole;
  kind: FamilyInputKind;
  text: string;
  createdAt: string;
  planId: string | null;
  acknowledgedByName: string | null;
  acknowledgedAt: string | null;
}

export interface MeetingRequestRow {
  id: string;
  studentId: string;
  requestedBy: string;
  requestedByName: string;
  reason: string;
  preferredTimes: string;
  createdAt: string;
  status: MeetingRequestStatus;
  handledByName: string | null;
  handledAt: string | null;
  handledNote: string;
  /** Moves on with every change (its ETag is `"<id>.<version>"`). */
  version: number;
}

export interface PreparationRow {
  id: string;
  meetingId: string | null;
  studentId: string;
  userId: string;
  checklist: PreparationChecklist;
  version: number;
  updatedAt: string;
  sharedAt: string | null;
}

const INPUT_SELECT = `SELECT f.id::text AS "id", f.student_id::text AS "studentId", f.author_user_id::text AS "authorUserId",
  f.author_name AS "authorName", f.author_role AS "authorRole", f.kind, f.text, f.created_at AS "createdAt", f.plan_id::text AS "planId",
  f.acknowledged_by_name AS "acknowledgedByName", f.acknowledged_at AS "acknowledgedAt"
  FROM family_input f`;

const REQUEST_SELECT = `SELECT r.id::text AS "id", r.student_id::text AS "studentId", r.requested_by::text AS "requestedBy",
  r.requested_by_name AS "requestedByName", r.reason, r.preferred_times AS "preferredTimes", r.created_at AS "createdAt", r.status,
  r.handled_by_name AS "handledByName", r.handled_at AS "handledAt", r.handled_note AS "handledNote", r.version
  FROM meeting_requests r`;

const PREP_SELECT = `SELECT p.id::text AS "id", p.meeting_id::text AS "meetingId", p.student_id::text AS "studentId", p.user_id::text AS "userId",
  p.checklist, p.version, p.updated_at AS "updatedAt", p.shared_at AS "sharedAt"
  FROM meeting_preparations p`;

const toInput = (r: FamilyInputRow): FamilyInputRow => ({
  ...r,
  createdAt: isoOf(r.createdAt),
  acknowledgedAt: isoOrNull(r.acknowledgedAt),
});
const toRequest = (r: MeetingRequestRow): MeetingRequestRow => ({
  ...r,
  createdAt: isoOf(r.createdAt),
  handledAt: isoOrNull(r.handledAt),
});
const toPrep = (r: PreparationRow): PreparationRow => ({
  ...r,
  updatedAt: isoOf(r.updatedAt),
  sharedAt: isoOrNull(r.sharedAt),
});

export class FamilyRepo {
  constructor(
    protected readonly q: Queryable,
    protected readonly actor: Actor,
    private readonly students: StudentsRepo,
  ) {}

  // ---- input (parent concerns, student input) ----

  async addInput(input: {
    studentId: string;
    kind: FamilyInputKind;
    authorRole: FamilyAuthorRole;
    text: string;
  }): Promise<FamilyInputRow> {
    const id = crypto.randomUUID();
    await this.q.query(
      `INSERT INTO family_input (id, district_id, student_id, author_user_id, author_name, author_role, kind, text)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, $6, $7, $8)`,
      [
        id,
        this.actor.districtId,
        input.studentId,
        this.actor.userId,
        this.actor.name,
        input.authorRole,
        input.kind,
        input.text,
      ],
    );
    const row = await this.inputRow(id);
    if (!row) throw new Error(`family: input ${id} was written but cannot be read back`);
    return row;
  }

  private async inputRow(id: string, opts: { forUpdate?: boolean } = {}): Promise<FamilyInputRow | null> {
    const rows = await this.q.query<FamilyInputRow>(
      `${INPUT_SELECT} WHERE f.id = $1::uuid AND f.district_id = $2::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [id, this.actor.districtId],
    );
    return rows[0] ? toInput(rows[0]) : null;
  }

  /**
   * One input of a student the actor may see (resolved here through the students repository), with that student;
   * any other is NOT_FOUND, recorded as a refused attempt. What the actor may do with it is src/policy/family.ts's.
   */
  async input(
    id: string,
    opts: { forUpdate?: boolean } = {},
  ): Promise<{ row: FamilyInputRow; student: ScopedStudent }> {
    const notFound = (studentId: string | null) =>
      new AppError('NOT_FOUND', 'No family input with this id.', [], {
        action: 'family.read_denied',
        studentId,
        context: { family_inputId: id },
      });
    const row = await this.inputRow(id, opts);
    if (!row) throw notFound(null);
    try {
      return { row, student: await this.students.get(row.studentId) };
    } catch (e) {
      if (e instanceof AppError && e.code === 'NOT_FOUND') throw notFound(row.studentId);
      throw e;
    }
  }

  /** A student's input, newest first; `authorUserId` keeps only what one person wrote. */
  async inputFor(studentId: string, opts: { authorUserId?: string } = {}): Promise<FamilyInputRow[]> {
    const params: unknown[] = [studentId, this.actor.districtId];
    let where = 'f.student_id = $1::uuid AND f.district_id = $2::uuid';
    if (opts.authorUserId) {
      params.push(opts.authorUserId);
      where += ' AND f.author_user_id = $3::uuid';
    }
    const rows = await this.q.query<FamilyInputRow>(
      `${INPUT_SELECT} WHERE ${where} ORDER BY f.created_at DESC, f.id`,
      params,
    );
    return rows.map(toInput);
  }

  /** Marks an input read by staff and, when given, added to a draft plan. */
  async acknowledgeInput(id: string, planId: string | null): Promise<void> {
    await this.q.query(
      `UPDATE family_input SET acknowledged_by = $3::uuid, acknowledged_by_name = $4, acknowledged_at = COALESCE(acknowledged_at, now()), plan_id = COALESCE($5::uuid, plan_id)
        WHERE id = $1::uuid AND district_id = $2::uuid`,
      [id, this.actor.districtId, this.actor.userId, this.actor.name, planId],
    );
  }

  // ---- meeting requests ----

  async addMeetingRequest(r: {
    studentId: string;
    reason: string;
    preferredTimes: string;
  }): Promise<MeetingRequestRow> {
    const id = crypto.randomUUID();
    await this.q.query(
      `INSERT INTO meeting_requests (id, district_id, student_id, requested_by, requested_by_name, reason, preferred_times)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, $6, $7)`,
      [id, this.actor.districtId, r.studentId, this.actor.userId, this.actor.name, r.reason, r.preferredTimes],
    );
    return must(await this.meetingRequest(id), `meeting request ${id}`);
  }

  async meetingRequest(id: string, opts: { forUpdate?: boolean } = {}): Promise<MeetingRequestRow | null> {
    const rows = await this.q.query<MeetingRequestRow>(
      `${REQUEST_SELECT} WHERE r.id = $1::uuid AND r.district_id = $2::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [id, this.actor.districtId],
    );
    return rows[0] ? toRequest(rows[0]) : null;
  }

  async meetingRequestsFor(studentId: string, opts: { requestedBy?: string } = {}): Promise<MeetingRequestRow[]> {
    const params: unknown[] = [studentId, this.actor.districtId];
    let where = 'r.student_id = $1::uuid AND r.district_id = $2::uuid';
    if (opts.requestedBy) {
      params.push(opts.requestedBy);
      where += ' AND r.requested_by = $3::uuid';
    }
    const rows = await this.q.query<MeetingRequestRow>(
      `${REQUEST_SELECT} WHERE ${where} ORDER BY r.created_at DESC, r.id`,
      params,
    );
    return rows.map(toRequest);
  }

  /** Marks a request scheduled or closed if it is still at `expectedVersion`; false when it moved on. */
  async setMeetingRequestStatus(
    id: string,
    expectedVersion: number,
    status: Exclude<MeetingRequestStatus, 'open'>,
    note: string,
  ): Promise<boolean> {
    const rows = await this.q.query(
      `UPDATE meeting_requests SET status = $3, handled_by = $4::uuid, handled_by_name = $5, handled_at = now(), handled_note = $6, version = version + 1
        WHERE id = $1::uuid AND district_id = $2::uuid AND version = $7 RETURNING id`,
      [id, this.actor.districtId, status, this.actor.userId, this.actor.name, note, expectedVersion],
    );
    return rows.length === 1;
  }

  // ---- meetings (read only: the table belongs to the meetings feature) ----

  /** The student of a meeting in the actor's district, or null. */
  async meetingStudentId(meetingId: string): Promise<string | null> {
    const rows = await this.q.query<{ studentId: string }>(
      `SELECT student_id::text AS "studentId" FROM meetings WHERE id = $1::uuid AND district_id = $2::uuid`,
      [meetingId, this.actor.districtId],
    );
    return rows[0]?.studentId ?? null;
  }

  // ---- preparation checklists ----

  /** The actor's own checklist for a meeting, or null. */
  async preparation(meetingId: string, opts: { forUpdate?: boolean } = {}): Promise<PreparationRow | null> {
    const rows = await this.q.query<PreparationRow>(
      `${PREP_SELECT} WHERE p.meeting_id = $1::uuid AND p.user_id = $2::uuid AND p.district_id = $3::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [meetingId, this.actor.userId, this.actor.districtId],
    );
    return rows[0] ? toPrep(rows[0]) : null;
  }

  /** Creates the actor's checklist (version 1) or replaces it if `expectedVersion` is current; null when stale. */
  async savePreparation(p: {
    meetingId: string;
    studentId: string;
    checklist: PreparationChecklist;
    expectedVersion: number;
  }): Promise<PreparationRow | null> {
    if (p.expectedVersion === 0) {
      const rows = await this.q.query<{ id: string }>(
        `INSERT INTO meeting_preparations (id, district_id, meeting_id, student_id, user_id, checklist)
         VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6::jsonb)
         ON CONFLICT (meeting_id, user_id) WHERE meeting_id IS NOT NULL DO NOTHING RETURNING id::text AS "id"`,
        [
          crypto.randomUUID(),
          this.actor.districtId,
          p.meetingId,
          p.studentId,
          this.actor.userId,
          JSON.stringify(p.checklist),
        ],
      );
      return rows[0] ? this.preparation(p.meetingId) : null;
    }
    const rows = await this.q.query<{ id: string }>(
      `UPDATE meeting_preparations SET checklist = $4::jsonb, version = version + 1, updated_at = now()
        WHERE meeting_id = $1::uuid AND user_id = $2::uuid AND district_id = $3::uuid AND version = $5 RETURNING id::text AS "id"`,
      [p.meetingId, this.actor.userId, this.actor.districtId, JSON.stringify(p.checklist), p.expectedVersion],
    );
    return rows[0] ? this.preparation(p.meetingId) : null;
  }

  async markPreparationShared(id: string): Promise<void> {
    await this.q.query(
      `UPDATE meeting_preparations SET shared_at = now(), shared_checklist = checklist WHERE id = $1::uuid AND district_id = $2::uuid`,
      [id, this.actor.districtId],
    );
  }

  /** Checklists shared with the team for a meeting (for staff who manage the case), as they were when shared. */
  async sharedPreparations(meetingId: string): Promise<(PreparationRow & { authorName: string })[]> {
    const rows = await this.q.query<PreparationRow & { authorName: string }>(
      `SELECT p.id::text AS "id", p.meeting_id::text AS "meetingId", p.student_id::text AS "studentId", p.user_id::text AS "userId",
              p.shared_checklist AS "checklist", p.version, p.updated_at AS "updatedAt", p.shared_at AS "sharedAt", u.first_name || ' ' || u.last_name AS "authorName"
         FROM meeting_preparations p JOIN users u ON u.id = p.user_id
        WHERE p.meeting_id = $1::uuid AND p.district_id = $2::uuid AND p.shared_at IS NOT NULL ORDER BY p.shared_at`,
      [meetingId, this.actor.districtId],
    );
    return rows.map((r) => ({ ...toPrep(r), authorName: r.authorName }));
  }
}
