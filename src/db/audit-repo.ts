/** Reading the audit trail: who saw or changed a student's records. Writing is `writeAudit` in handle.ts. */
import type { Actor } from '../policy/actor';
import { AppError } from '../domain/errors';
import type { Queryable } from './connect';
import { heldBy, resolvedIdOf, type ScopedStudent } from './students-repo';

export interface AccessLogRow {
  id: string;
  occurredAt: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  outcome: string;
  purpose: string | null;
  ip: string | null;
}

export class AuditRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
  ) {}

  /**
   * Entries about one student, newest first: a student the students repository resolved for this actor, whose
   * access log the actor may read (abilities.viewAccessLog, checked here: otherwise NOT_FOUND, recorded as refused).
   */
  async forStudent(student: ScopedStudent, limit: number, beforeId?: string): Promise<AccessLogRow[]> {
    const studentId = heldBy(this.actor, student);
    if (!studentId || !student.abilities.viewAccessLog) {
      throw new AppError('NOT_FOUND', 'No student with this id.', [], {
        action: 'student.read_denied',
        studentId: resolvedIdOf(student),
      });
    }
    const params: unknown[] = [studentId, limit];
    let cursor = '';
    if (beforeId) {
      params.push(beforeId);
      cursor = ` AND id < $3::bigint`;
    }
    // ORDER BY must name the table's bigint column: a bare `id` binds to the text output column above
    // and sorts '9' before '46'.
    const rows = await this.q.query<AccessLogRow>(
      `SELECT id::text AS "id", occurred_at AS "occurredAt", actor_name AS "actorName", actor_role AS "actorRole",
              action, outcome, purpose, ip
         FROM audit_events WHERE student_id = $1::uuid${cursor}
        ORDER BY audit_events.id DESC LIMIT $2`,
      params,
    );
    return rows.map((r) => {
      const t = r.occurredAt as unknown;
      return { ...r, occurredAt: t instanceof Date ? t.toISOString() : String(t) };
    });
  }
}
