/** Schools the actor may know of: staff see their district's; families see the schools of the students they may see. */
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';
import { studentScope } from './scope-sql';
import { isStaff } from '../policy/predicates';

export interface SchoolRow {
  id: string;
  name: string;
  gradeLow: string | null;
  gradeHigh: string | null;
}

export class SchoolsRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
  ) {}

  async list(): Promise<SchoolRow[]> {
    const cols = `sc.id::text AS "id", sc.name, sc.grade_low AS "gradeLow", sc.grade_high AS "gradeHigh"`;
    if (isStaff(this.actor)) {
      return this.q.query<SchoolRow>(
        `SELECT ${cols} FROM schools sc WHERE sc.district_id = $1::uuid ORDER BY sc.name`,
        [this.actor.districtId],
      );
    }
    const scope = studentScope(this.actor, 1);
    return this.q.query<SchoolRow>(
      `SELECT ${cols} FROM schools sc WHERE sc.id IN (SELECT s.school_id FROM students s WHERE ${scope.sql}) ORDER BY sc.name`,
      scope.params,
    );
  }
}
