/** Case events on a student's record (the case clock), read and written within the actor's scope. */
import crypto from 'node:crypto';
import type { CaseEvent, CaseEventKind } from '../domain/case-events';
import { AppError } from '../domain/errors';
import type { Actor } from '../policy/actor';
import { isoOf, isoOrNull, must } from './values';
import type { Queryable } from './connect';
import { studentScope } from './scope-sql';
import { heldIds, type ScopedStudent } from './students-repo';

export interface CaseEventRow extends CaseEvent {
  studentId: string;
  sourceType: string | null;
  sourceId: string | null;
  recordedByName: string;
  voidedAt: string | null;
  voidedByName: string | null;
  voidReason: string | null;
}

export interface NewCaseEvent {
  studentId: string;
  kind: CaseEventKind;
  occurredOn: string;
  details?: Record<string, unknown>;
  /** The record that produced it (e.g. 'meeting', 'consent', 'records_request') and its id. */
  sourceType?: string | null;
  sourceId?: string | null;
}

const SELECT = `SELECT e.id::text AS "id", e.student_id::text AS "studentId", e.kind, to_char(e.occurred_on, 'YYYY-MM-DD') AS "occurredOn",
  e.details, e.source_type AS "sourceType", e.source_id::text AS "sourceId", e.recorded_by_name AS "recordedByName",
  e.recorded_at AS "recordedAt", e.voided_at AS "voidedAt", e.voided_by_name AS "voidedByName", e.void_reason AS "voidReason"
  FROM case_events e`;

type Raw = Omit<CaseEventRow, 'recordedAt' | 'voidedAt' | 'voided'> & { recordedAt: unknown; voidedAt: unknown };
const toRow = (r: Raw): CaseEventRow => ({
  ...r,
  recordedAt: isoOf(r.recordedAt),
  voidedAt: isoOrNull(r.voidedAt),
  voided: r.voidedAt !== null && r.voidedAt !== undefined,
});

export class CaseEventsRepo {
  constructor(
    protected readonly q: Queryable,
    protected readonly actor: Actor,
  ) {}

  /**
   * Records an event on a student the actor may see (checked here, in the INSERT: a student outside the actor's
   * scope gets no event and the call fails NOT_FOUND). Whether the actor may record this kind of event is the
   * use case's policy question (the student's, or that of the record it comes from, such as a consent a parent signs).
   */
  async record(e: NewCaseEvent): Promise<CaseEventRow> {
    const id = crypto.randomUUID();
    const scope = studentScope(this.actor, 11);
    const rows = await this.q.query<{ id: string }>(
      `INSERT INTO case_events (id, district_id, student_id, kind, occurred_on, details, source_type, source_id, recorded_by, recorded_by_name)
       SELECT $1::uuid, $2::uuid, s.id, $4::text, $5::date, $6::jsonb, $7::text, $8::uuid, $9::uuid, $10::text
         FROM students s WHERE s.id = $3::uuid AND ${scope.sql}
       RETURNING id::text AS id`,
      [
        id,
        this.actor.districtId,
        e.studentId,
        e.kind,
        e.occurredOn,
        JSON.stringify(e.details ?? {}),
        e.sourceType ?? null,
        e.sourceId ?? null,
        this.actor.userId,
        this.actor.name,
        ...scope.params,
      ],
    );
    if (!rows[0])
      throw new AppError('NOT_FOUND', 'No student with this id.', [], {
        action: 'student.read_denied',
        studentId: e.studentId,
        context: { attempted: 'case_event.record', kind: e.kind },
      });
    return must(await this.get(id), `case event ${id}`);
  }

  async get(id: string): Promise<CaseEventRow | null> {
    const rows = await this.q.query<Raw>(`${SELECT} WHERE e.id = $1::uuid AND e.district_id = $2::uuid`, [
      id,
      this.actor.districtId,
    ]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Every event of one student (voided ones included), oldest first. */
  async forStudent(studentId: string): Promise<CaseEventRow[]> {
    const rows = await this.q.query<Raw>(
      `${SELECT} WHERE e.student_id = $1::uuid AND e.district_id = $2::uuid ORDER BY e.occurred_on, e.recorded_at, e.id`,
      [studentId, this.actor.districtId],
    );
    return rows.map(toRow);
  }

  /** Events of many students at once: those resolved for this actor by the students repository (others are left out). */
  async forStudents(students: readonly ScopedStudent[]): Promise<CaseEventRow[]> {
    const studentIds = heldIds(this.actor, students);
    if (studentIds.length === 0) return [];
    const rows = await this.q.query<Raw>(
      `${SELECT} WHERE e.student_id = ANY($1::uuid[]) AND e.district_id = $2::uuid AND e.voided_at IS NULL ORDER BY e.occurred_on, e.recorded_at, e.id`,
      [studentIds, this.actor.districtId],
    );
    return rows.map(toRow);
  }

  /**
   * Voids the event unless it is voided already; says whether this call voided it. The row lock the UPDATE takes
   * makes a second void racing the first wait for it and then find the row voided: false, never a second void.
   */
  async void(id: string, reason: string): Promise<boolean> {
    const rows = await this.q.query<{ id: string }>(
      `UPDATE case_events SET voided_at = now(), voided_by_name = $3, void_reason = $4 WHERE id = $1::uuid AND district_id = $2::uuid AND voided_at IS NULL RETURNING id::text AS id`,
      [id, this.actor.districtId, this.actor.name, reason],
    );
    return rows.length === 1;
  }
}
