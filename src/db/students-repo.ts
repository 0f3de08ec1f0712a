/** Students, read and written within the actor's scope. */
import { AppError } from '../domain/errors';
import type { Actor, StudentFacts } from '../policy/actor';
import { isSameActor } from '../policy/predicates';
import { studentAbilities, viewDecidedBySchool, type StudentAbilities } from '../policy/student';
import type { Queryable } from './connect';
import { studentScope } from './scope-sql';

export interface StudentRow extends StudentFacts {
  schoolName: string;
  localId: string;
  stateId: string | null;
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: string;
  grade: string;
  primaryLanguage: string;
  homeLanguage: string;
  englishLearner: boolean;
  hispanicLatino: boolean;
  races: string[];
  sex: string;
  spedStatus: string;
  primaryDisability: string | null;
  secondaryDisability: string | null;
  version: number;
  updatedAt: string;
  caseManagers: { id: string; name: string }[];
}

export interface GuardianRow {
  id: string;
  firstName: string;
  lastName: string;
  relationship: string;
  educationalRights: boolean;
  livesWith: boolean;
  preferredLanguage: string;
  email: string | null;
  phone: string | null;
}

export interface StudentListFilter {
  q?: string | undefined;
  schoolId?: string | undefined;
  status?: string | undefined;
  limit: number;
  /** Keyset cursor: the sort key of the last row of the previous page. */
  after?: { lastName: string; firstName: string; id: string } | undefined;
}

export interface StudentPatch {
  grade?: string;
  stateId?: string | null;
  primaryLanguage?: string;
  homeLanguage?: string;
  englishLearner?: boolean;
  spedStatus?: string;
  primaryDisability?: string | null;
  secondaryDisability?: string | null;
}

const PATCH_COLUMNS: Record<keyof StudentPatch, string> = {
  grade: 'grade',
  stateId: 'state_id',
  primaryLanguage: 'primary_language',
  homeLanguage: 'home_language',
  englishLearner: 'english_learner',
  spedStatus: 'sped_status',
  primaryDisability: 'primary_disability',
  secondaryDisability: 'secondary_disability',
};

const SELECT = `
  SELECT s.id::text AS "id", s.district_id::text AS "districtId", s.school_id::text AS "schoolId", sc.name AS "schoolName",
    s.local_id AS "localId", s.state_id AS "stateId", s.first_name AS "firstName", s.middle_name AS "middleName",
    s.last_name AS "lastName", s.date_of_birth AS "dateOfBirth", s.grade, s.primary_language AS "primaryLanguage",
    s.home_language AS "homeLanguage", s.english_learner AS "englishLearner", s.hispanic_latino AS "hispanicLatino",
    s.races, s.sex, s.sped_status AS "spedStatus", s.primary_disability AS "primaryDisability",
    s.secondary_disability AS "secondaryDisability", s.version, s.updated_at AS "updatedAt",
    ARRAY(SELECT c.user_id::text FROM case_manager_assignments c WHERE c.student_id = s.id) AS "caseManagerIds",
    ARRAY(SELECT pa.user_id::text FROM provider_assignments pa WHERE pa.student_id = s.id) AS "providerIds",
    ARRAY(SELECT (SELECT x.teacher_id::text FROM sections x WHERE x.id = e.section_id) FROM section_enrollments e WHERE e.student_id = s.id) AS "teacherIds",
    ARRAY(SELECT g.guardian_id::text FROM student_guardians g WHERE g.student_id = s.id) AS "guardianIds",
    COALESCE((SELECT json_agg(json_build_object('id', c.user_id, 'name', (SELECT u.first_name || ' ' || u.last_name FROM users u WHERE u.id = c.user_id))
         ORDER BY (SELECT u.last_name FROM users u WHERE u.id = c.user_id))
       FROM case_manager_assignments c WHERE c.student_id = s.id), '[]'::json) AS "caseManagers"
  FROM students s JOIN schools sc ON sc.id = s.school_id`;

/**
 * The same columns without the relationships only some roles' rules read (providers, teachers, guardians, the
 * case managers' names): for the district-wide reads of administrators and principals, whose view rules need the
 * district and the school alone. For anyone else the empty lists make the policy refuse the row: it fails closed.
 */
const SELECT_LEAN = SELECT.replace(
  /ARRAY\(SELECT pa\.user_id[\s\S]*AS "caseManagers"/,
  `'{}'::text[] AS "providerIds", '{}'::text[] AS "teacherIds", '{}'::text[] AS "guardianIds", '[]'::json AS "caseManagers"`,
);
if (SELECT_LEAN === SELECT) throw new Error('students-repo: the lean student query no longer matches the full one');

function normalise(r: StudentRow): StudentRow {
  const u = r.updatedAt as unknown;
  return { ...r, updatedAt: u instanceof Date ? u.toISOString() : String(u) };
}

export interface ScopedStudent {
  row: StudentRow;
  abilities: StudentAbilities;
}

/**
 * Every ScopedStudent this repository handed out, with the actor it was resolved for and the id it was resolved
 * by. A repository method that takes a ScopedStudent asks `heldBy` instead of trusting its caller: an object
 * built by hand, or one resolved for another actor, is refused. Abilities are frozen when issued.
 */
const issued = new WeakMap<ScopedStudent, { actor: Actor; id: string }>();

function issue(actor: Actor, row: StudentRow, abilities: StudentAbilities): ScopedStudent {
  const s: ScopedStudent = { row, abilities: Object.freeze(abilities) };
  issued.set(s, { actor, id: row.id });
  return s;
}

/** The ids of those of `students` the students repository resolved for `actor`; any other is left out. */
export function heldIds(actor: Actor, students: readonly ScopedStudent[]): string[] {
  return students.flatMap((s) => heldBy(actor, s) ?? []);
}

/** The id `s` was resolved by, for whichever actor (null for an object built by hand): what a refusal records. */
export function resolvedIdOf(s: ScopedStudent): string | null {
  return issued.get(s)?.id ?? null;
}

/** The id of `s` if the students repository resolved it for `actor` (same person, role and district), else null. */
export function heldBy(actor: Actor, s: ScopedStudent): string | null {
  const i = issued.get(s);
  if (!i) return null;
  return isSameActor(i.actor, actor) ? i.id : null;
}

export class StudentsRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
  ) {}

  /** Visible students, sorted by name, one page. */
  async list(f: StudentListFilter): Promise<ScopedStudent[]> {
    const scope = studentScope(this.actor, 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
    const add = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.q) {
      const term = f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
      const p = add(`%${term}%`);
      where.push(
        `(lower(s.first_name || ' ' || s.last_name) LIKE ${p} OR lower(s.last_name || ', ' || s.first_name) LIKE ${p} OR lower(s.local_id) LIKE ${p})`,
      );
    }
    if (f.schoolId) where.push(`s.school_id = ${add(f.schoolId)}::uuid`);
    if (f.status) where.push(`s.sped_status = ${add(f.status)}`);
    if (f.after) {
      where.push(
        `(lower(s.last_name), lower(s.first_name), s.id) > (${add(f.after.lastName.toLowerCase())}, ${add(f.after.firstName.toLowerCase())}, ${add(f.after.id)}::uuid)`,
      );
    }
    const sql = `${SELECT} WHERE ${where.join(' AND ')} ORDER BY lower(s.last_name), lower(s.first_name), s.id LIMIT ${add(f.limit)}`;
    const rows = await this.q.query<StudentRow>(sql, params);
    return rows.map(normalise).flatMap((row) => {
      const abilities = studentAbilities(this.actor, row);
      return abilities.view ? [issue(this.actor, row, abilities)] : [];
    });
  }

  /** One visible student, or NOT_FOUND (recorded as a refused attempt). */
  async get(id: string): Promise<ScopedStudent> {
    const scope = studentScope(this.actor, 2);
    const rows = await this.q.query<StudentRow>(`${SELECT} WHERE s.id = $1::uuid AND ${scope.sql}`, [
      id,
      ...scope.params,
    ]);
    const row = rows[0] ? normalise(rows[0]) : undefined;
    const abilities = row ? studentAbilities(this.actor, row) : null;
    if (!row || !abilities?.view) {
      throw new AppError('NOT_FOUND', 'No student with this id.', [], { action: 'student.read_denied', studentId: id });
    }
    return issue(this.actor, row, abilities);
  }

  /**
   * The students whose legal clocks the actor follows: visible and in (or referred to) special education or a
   * 504 plan, optionally at one school. No paging: a caseload or a school; the district's whole list for an administrator.
   */
  /**
   * `withCaseEvents`: also students whose status is 'none' but who have case events (e.g. evaluated and found not
   * eligible): the SPP/APR indicators 11 and 12 count them.
   */
  async clockRoster(
    f: { schoolId?: string | undefined; lean?: boolean; withCaseEvents?: boolean } = {},
  ): Promise<ScopedStudent[]> {
    const scope = studentScope(this.actor, 1);
    const params: unknown[] = [...scope.params];
    const where = [
      scope.sql,
      f.withCaseEvents
        ? `(s.sped_status <> 'none' OR EXISTS (SELECT 1 FROM case_events ce WHERE ce.student_id = s.id AND ce.voided_at IS NULL))`
        : `s.sped_status <> 'none'`,
    ];
    if (f.schoolId) {
      params.push(f.schoolId);
      where.push(`s.school_id = $${params.length}::uuid`);
    }
    const lean = f.lean === true && viewDecidedBySchool(this.actor);
    const rows = await this.q.query<StudentRow>(
      `${lean ? SELECT_LEAN : SELECT} WHERE ${where.join(' AND ')} ORDER BY lower(s.last_name), lower(s.first_name), s.id`,
      params,
    );
    return rows.map(normalise).flatMap((row) => {
      const abilities = studentAbilities(this.actor, row);
      return abilities.view ? [issue(this.actor, row, abilities)] : [];
    });
  }

  async guardians(studentId: string): Promise<GuardianRow[]> {
    return this.q.query<GuardianRow>(
      `SELECT g.id::text AS "id", g.first_name AS "firstName", g.last_name AS "lastName", sg.relationship,
              sg.educational_rights AS "educationalRights", sg.lives_with AS "livesWith",
              g.preferred_language AS "preferredLanguage", g.email, g.phone
         FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id
        WHERE sg.student_id = $1::uuid AND sg.district_id = $2::uuid
        ORDER BY sg.educational_rights DESC, g.last_name, g.first_name`,
      [studentId, this.actor.districtId],
    );
  }

  /**
   * Sets the special-education status (and the disability categories with it) as a recorded event leaves it
   * (src/domain/sped-status.ts statusAfterEvent): no version check — it is part of the event's own transaction.
   */
  async setSpedStatus(
    id: string,
    next: { spedStatus: string; primaryDisability: string | null; secondaryDisability: string | null },
  ): Promise<void> {
    await this.q.query(
      `UPDATE students SET sped_status = $3, primary_disability = $4, secondary_disability = $5, version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND district_id = $2::uuid`,
      [id, this.actor.districtId, next.spedStatus, next.primaryDisability, next.secondaryDisability],
    );
  }

  /**
   * Applies a patch to a student this repository resolved for the actor, if the actor may edit it (abilities.edit,
   * checked here: otherwise NOT_FOUND, recorded as a refused attempt) and `expectedVersion` is still current.
   * Returns the new version; VERSION_STALE when someone else changed it first.
   */
  async update(student: ScopedStudent, expectedVersion: number, patch: StudentPatch): Promise<number> {
    const id = heldBy(this.actor, student);
    if (!id || !student.abilities.edit) {
      throw new AppError('NOT_FOUND', 'No student with this id that you may change.', [], {
        action: 'student.read_denied',
        studentId: resolvedIdOf(student),
        context: { attempted: 'student.update' },
      });
    }
    const sets: string[] = [];
    const params: unknown[] = [id, expectedVersion, this.actor.districtId];
    for (const [k, v] of Object.entries(patch) as [keyof StudentPatch, unknown][]) {
      if (v === undefined) continue;
      params.push(v);
      sets.push(`${PATCH_COLUMNS[k]} = $${params.length}`);
    }
    const rows = await this.q.query<{ version: number }>(
      `UPDATE students SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1::uuid AND version = $2 AND district_id = $3::uuid RETURNING version`,
      params,
    );
    if (!rows[0])
      throw new AppError(
        'VERSION_STALE',
        'This student was changed by someone else since you loaded it. Reload to see their change.',
      );
    return rows[0].version;
  }
}
