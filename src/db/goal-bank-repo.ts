/** The district's own goal bank entries. */
import type { GoalArea, GradeBand } from '../domain/goal-bank';
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

export interface GoalBankRow {
  id: string;
  /** Written only through the API, which accepts the codes of src/domain/goal-bank.ts. */
  area: GoalArea;
  gradeBand: GradeBand;
  text: string;
  measurement: string;
}

export class GoalBankRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
  ) {}

  async list(f: {
    area?: string | undefined;
    gradeBand?: string | undefined;
    q?: string | undefined;
  }): Promise<GoalBankRow[]> {
    const params: unknown[] = [this.actor.districtId];
    const where = ['district_id = $1::uuid'];
    if (f.area) where.push(`area = $${params.push(f.area)}`);
    if (f.gradeBand) where.push(`grade_band = $${params.push(f.gradeBand)}`);
    if (f.q)
      where.push(`lower(text) LIKE $${params.push(`%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    return this.q.query<GoalBankRow>(
      `SELECT id::text AS "id", area, grade_band AS "gradeBand", text, measurement FROM goal_bank WHERE ${where.join(' AND ')} ORDER BY area, grade_band, created_at LIMIT 500`,
      params,
    );
  }

  async add(row: GoalBankRow): Promise<void> {
    await this.q.query(
      `INSERT INTO goal_bank (id, district_id, area, grade_band, text, measurement, created_by) VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7::uuid)`,
      [row.id, this.actor.districtId, row.area, row.gradeBand, row.text, row.measurement, this.actor.userId],
    );
  }
}
