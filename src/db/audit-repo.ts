/** Reading the audit trail: who saw or changed a student's records. Writing is `writeAudit` in handle.ts. */
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

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

  /** Entries about one student, newest first. The caller has checked that the actor may see the student. */
  async forStudent(studentId: string, limit: number, beforeId?: string): Promise<AccessLogRow[]> {
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
