/** Progress reports, within the actor's district (the caller reaches them through a plan it may see). */
import crypto from 'node:crypto';
import type { ProgressEntry } from '../domain/progress';
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

export interface ProgressReportRow {
  id: string;
  studentId: string;
  planId: string;
  planVersion: number;
  periodLabel: string;
  status: 'draft' | 'issued';
  entries: ProgressEntry[];
  version: number;
  createdAt: string;
  issuedOn: string | null;
  issuedByName: string | null;
}

const SELECT = `SELECT r.id::text AS "id", r.student_id::text AS "studentId", r.plan_id::text AS "planId", r.plan_version AS "planVersion",
  r.period_label AS "periodLabel", r.status, r.entries, r.version, r.created_at AS "createdAt",
  to_char(r.issued_on, 'YYYY-MM-DD') AS "issuedOn", r.issued_by_name AS "issuedByName"
  FROM progress_reports r`;
type Raw = Omit<ProgressReportRow, 'createdAt'> & { createdAt: unknown };
const toRow = (r: Raw): ProgressReportRow => ({
  ...r,
  createdAt: r.createdAt instanceof Date ? r.createdAt.toISOString() : String(r.createdAt),
});

export class ProgressRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
  ) {}

  async forPlan(planId: string): Promise<ProgressReportRow[]> {
    const rows = await this.q.query<Raw>(
      `${SELECT} WHERE r.plan_id = $1::uuid AND r.district_id = $2::uuid ORDER BY r.created_at, r.id`,
      [planId, this.actor.districtId],
    );
    return rows.map(toRow);
  }

  async get(id: string, opts: { forUpdate?: boolean } = {}): Promise<ProgressReportRow | null> {
    const rows = await this.q.query<Raw>(
      `${SELECT} WHERE r.id = $1::uuid AND r.district_id = $2::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [id, this.actor.districtId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async create(r: {
    studentId: string;
    planId: string;
    planVersion: number;
    periodLabel: string;
    entries: ProgressEntry[];
  }): Promise<string> {
    const id = crypto.randomUUID();
    await this.q.query(
      `INSERT INTO progress_reports (id, district_id, student_id, plan_id, plan_version, period_label, entries, created_by)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, $6, $7::jsonb, $8::uuid)`,
      [
        id,
        this.actor.districtId,
        r.studentId,
        r.planId,
        r.planVersion,
        r.periodLabel,
        JSON.stringify(r.entries),
        this.actor.userId,
      ],
    );
    return id;
  }

  /** Saves a draft if `expectedVersion` is current; false when someone else saved first. */
  async update(
    id: string,
    expectedVersion: number,
    patch: { periodLabel: string; entries: ProgressEntry[] },
  ): Promise<boolean> {
    const rows = await this.q.query(
      `UPDATE progress_reports SET period_label = $4, entries = $5::jsonb, version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND district_id = $2::uuid AND version = $3 AND status = 'draft' RETURNING id`,
      [id, this.actor.districtId, expectedVersion, patch.periodLabel, JSON.stringify(patch.entries)],
    );
    return rows.length === 1;
  }

  async issue(id: string, on: string): Promise<void> {
    await this.q.query(
      `UPDATE progress_reports SET status = 'issued', issued_on = $3::date, issued_by_name = $4, version = version + 1, updated_at = now() WHERE id = $1::uuid AND district_id = $2::uuid AND status = 'draft'`,
      [id, this.actor.districtId, on, this.actor.name],
    );
  }
}
