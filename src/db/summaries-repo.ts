/**
 * Summaries of performance (34 CFR 300.305(e)(3)), reached through a student the students repository resolved for
 * the actor: listing and creating take that ScopedStudent and check it, and the summary policy, here; `get` resolves
 * the summary's student itself and applies the policy (drafts only for staff who may see them); `update` and `provide`
 * take only what `get` handed out and check the policy's `write` and the draft state again. Provided summaries never
 * change (a database trigger refuses it).
 */
import crypto from 'node:crypto';
import { AppError } from '../domain/errors';
import type { SopContent } from '../domain/summary-of-performance';
import type { Actor } from '../policy/actor';
import { isSameActor } from '../policy/predicates';
import { summaryAbilities, type SummaryAbilities } from '../policy/summary-of-performance';
import type { Queryable } from './connect';
import { heldBy, heldIds, resolvedIdOf, type ScopedStudent, type StudentsRepo } from './students-repo';

export interface SummaryRow extends SopContent {
  id: string;
  studentId: string;
  language: string;
  status: 'draft' | 'provided';
  providedOn: string | null;
  providedByName: string | null;
  createdByName: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = {
  academicAchievement: 'academic_achievement',
  functionalPerformance: 'functional_performance',
  postsecondaryGoals: 'postsecondary_goals',
  recommendations: 'recommendations',
  studentPerspective: 'student_perspective',
} as const satisfies Record<keyof SopContent, string>;

const SELECT = `SELECT s.id::text AS "id", s.student_id::text AS "studentId", s.academic_achievement AS "academicAchievement",
  s.functional_performance AS "functionalPerformance", s.postsecondary_goals AS "postsecondaryGoals", s.recommendations,
  s.student_perspective AS "studentPerspective", s.language, s.status, to_char(s.provided_on, 'YYYY-MM-DD') AS "providedOn",
  s.provided_by_name AS "providedByName", s.created_by_name AS "createdByName", s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt"
  FROM summaries_of_performance s`;

type Raw = Omit<SummaryRow, 'createdAt' | 'updatedAt'> & { createdAt: unknown; updatedAt: unknown };
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
const toRow = (r: Raw): SummaryRow => ({ ...r, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt) });

/** A summary the actor may see, with its student and what the policy says they may do: only `get` makes one. */
export interface ViewedSummary {
  row: SummaryRow;
  s: ScopedStudent;
  can: SummaryAbilities;
}

/** Every ViewedSummary `get` handed out, with the actor it was resolved for (an object built by hand is refused). */
const viewed = new WeakMap<ViewedSummary, Actor>();

const WRITERS_ONLY = 'Only the case manager, the principal or an administrator writes a summary of performance.';
const stale = () => new AppError('VERSION_STALE', 'This summary was changed by someone else since you loaded it.');

/** A summary the actor may not see: as if it did not exist (the refusal is recorded). */
export const summaryNotFound = (studentId: string | null, context: Record<string, unknown> = {}) =>
  new AppError('NOT_FOUND', 'No summary of performance with this id.', [], {
    action: 'student.read_denied',
    studentId,
    context: { attempted: 'sop', ...context },
  });

export class SummariesRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
    private readonly students: StudentsRepo,
  ) {}

  /** The summaries of a student resolved for this actor whose summaries the actor may see (else NOT_FOUND), newest first; drafts included. */
  async forStudent(student: ScopedStudent): Promise<SummaryRow[]> {
    const studentId = heldBy(this.actor, student);
    if (!studentId || !summaryAbilities(this.actor, student.row).view) {
      throw new AppError('NOT_FOUND', 'No student with this id.', [], {
        action: 'student.read_denied',
        studentId: resolvedIdOf(student),
        context: { attempted: 'sop' },
      });
    }
    const rows = await this.q.query<Raw>(
      `${SELECT} WHERE s.student_id = $1::uuid AND s.district_id = $2::uuid ORDER BY s.created_at DESC, s.id`,
      [studentId, this.actor.districtId],
    );
    return rows.map(toRow);
  }

  /** One summary of the actor's district, whoever's it is (for this repository's own use). */
  private async row(id: string, opts: { forUpdate?: boolean } = {}): Promise<SummaryRow | null> {
    const rows = await this.q.query<Raw>(
      `${SELECT} WHERE s.id = $1::uuid AND s.district_id = $2::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [id, this.actor.districtId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  private async written(id: string): Promise<SummaryRow> {
    const row = await this.row(id);
    if (!row) throw new Error(`summaries: summary ${id} was written but cannot be read back`);
    return row;
  }

  /**
   * One summary the actor may see, with its student (resolved through the students repository) and the policy's
   * abilities: a draft only for staff who may see drafts. Anything else is NOT_FOUND, audited as a refused attempt.
   */
  async get(id: string, opts: { forUpdate?: boolean } = {}): Promise<ViewedSummary> {
    const row = await this.row(id, opts);
    if (!row) throw summaryNotFound(null, { summaryId: id });
    let s;
    try {
      s = await this.students.get(row.studentId);
    } catch {
      throw summaryNotFound(row.studentId, { summaryId: id });
    }
    const can = summaryAbilities(this.actor, s.row);
    if (!can.view || (row.status === 'draft' && !can.drafts)) throw summaryNotFound(row.studentId, { summaryId: id });
    const v: ViewedSummary = { row, s, can: Object.freeze(can) };
    viewed.set(v, this.actor);
    return v;
  }

  /**
   * The id of a draft `get` handed this actor that they may write: NOT_FOUND for anything `get` did not hand them,
   * FORBIDDEN without the policy's `write`, INVALID_STATE once provided.
   */
  private writableDraft(v: ViewedSummary, forbidden: string, notDraft: string): string {
    const by = viewed.get(v);
    if (!by || !isSameActor(by, this.actor)) throw summaryNotFound(null, { summaryId: v.row.id });
    if (!v.can.write) throw new AppError('FORBIDDEN', forbidden);
    if (v.row.status !== 'draft') throw new AppError('INVALID_STATE', notDraft);
    return v.row.id;
  }

  /** A new draft for a student resolved for this actor, who may write summaries (checked here: else NOT_FOUND / FORBIDDEN). */
  async create(student: ScopedStudent, content: SopContent, language: string): Promise<SummaryRow> {
    const studentId = heldBy(this.actor, student);
    if (!studentId)
      throw new AppError('NOT_FOUND', 'No student with this id.', [], {
        action: 'student.read_denied',
        studentId: resolvedIdOf(student),
        context: { attempted: 'sop.create' },
      });
    if (!summaryAbilities(this.actor, student.row).write) throw new AppError('FORBIDDEN', WRITERS_ONLY);
    const id = crypto.randomUUID();
    await this.q.query(
      `INSERT INTO summaries_of_performance (id, district_id, student_id, academic_achievement, functional_performance, postsecondary_goals, recommendations, student_perspective, language, created_by, created_by_name)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7, $8, $9, $10::uuid, $11)`,
      [
        id,
        this.actor.districtId,
        studentId,
        content.academicAchievement,
        content.functionalPerformance,
        content.postsecondaryGoals,
        content.recommendations,
        content.studentPerspective,
        language,
        this.actor.userId,
        this.actor.name,
      ],
    );
    return this.written(id);
  }

  /** Saves a draft `get` handed this actor (who may write it) at `expectedVersion`; VERSION_STALE when someone saved since. */
  async update(
    v: ViewedSummary,
    expectedVersion: number,
    patch: Partial<SopContent> & { language?: string | undefined },
  ): Promise<SummaryRow> {
    const id = this.writableDraft(v, WRITERS_ONLY, 'A summary that was provided never changes.');
    const sets: string[] = [];
    const params: unknown[] = [id, expectedVersion, this.actor.districtId];
    for (const [k, col] of Object.entries(COLUMNS) as [keyof SopContent, string][]) {
      if (patch[k] === undefined) continue;
      params.push(patch[k]);
      sets.push(`${col} = $${params.length}`);
    }
    if (patch.language !== undefined) {
      params.push(patch.language);
      sets.push(`language = $${params.length}`);
    }
    const rows = await this.q.query<{ id: string }>(
      `UPDATE summaries_of_performance SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1::uuid AND version = $2 AND district_id = $3::uuid AND status = 'draft' RETURNING id`,
      params,
    );
    if (!rows[0]) throw stale();
    return this.written(id);
  }

  /** Provides a draft `get` handed this actor (who may write it) at `expectedVersion`; VERSION_STALE when someone saved since. */
  async provide(v: ViewedSummary, expectedVersion: number, on: string): Promise<SummaryRow> {
    const id = this.writableDraft(
      v,
      'Only the case manager, the principal or an administrator provides a summary of performance.',
      'This summary was provided already.',
    );
    const rows = await this.q.query<{ id: string }>(
      `UPDATE summaries_of_performance SET status = 'provided', provided_on = $3::date, provided_at = now(), provided_by_name = $4, version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND version = $2 AND status = 'draft' AND district_id = $5::uuid RETURNING id`,
      [id, expectedVersion, on, this.actor.name, this.actor.districtId],
    );
    if (!rows[0]) throw stale();
    return this.written(id);
  }

  /** The days summaries were provided, for the case clock: students resolved for this actor (others left out). */
  async providedFor(students: readonly ScopedStudent[]): Promise<{ studentId: string; providedOn: string }[]> {
    const studentIds = heldIds(this.actor, students);
    if (studentIds.length === 0) return [];
    return this.q.query(
      `SELECT student_id::text AS "studentId", to_char(provided_on, 'YYYY-MM-DD') AS "providedOn" FROM summaries_of_performance
        WHERE student_id = ANY($1::uuid[]) AND district_id = $2::uuid AND status = 'provided'`,
      [studentIds, this.actor.districtId],
    );
  }
}
