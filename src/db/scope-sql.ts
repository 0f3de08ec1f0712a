/**
 * The SQL mirror of src/policy/student.ts VIEW_RULE: which students an actor may see, as a WHERE
 * clause over `students s`. The policy is still applied to every row loaded (defence in depth), and a
 * test checks that this clause and the policy agree for every demo account.
 */
import type { Role } from '../domain/roles';
import type { Actor } from '../policy/actor';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** `next` is the number of the first free positional parameter. */
export function studentScope(actor: Actor, next: number): SqlFragment {
  const d = `$${next}`;
  const p = `$${next + 1}`;
  const rule = {
    district_admin: { sql: 'TRUE', param: null },
    principal: { sql: `s.school_id = ANY(${p}::uuid[])`, param: [...actor.schoolIds] },
    case_manager: {
      sql: `EXISTS (SELECT 1 FROM case_manager_assignments c WHERE c.student_id = s.id AND c.user_id = ${p}::uuid)`,
      param: actor.userId,
    },
    teacher: {
      sql: `EXISTS (SELECT 1 FROM section_enrollments e JOIN sections x ON x.id = e.section_id WHERE e.student_id = s.id AND x.teacher_id = ${p}::uuid)`,
      param: actor.userId,
    },
    provider: {
      sql: `EXISTS (SELECT 1 FROM provider_assignments pa WHERE pa.student_id = s.id AND pa.user_id = ${p}::uuid)`,
      param: actor.userId,
    },
    guardian: {
      sql: `EXISTS (SELECT 1 FROM student_guardians g WHERE g.student_id = s.id AND g.guardian_id = ${p}::uuid)`,
      param: actor.guardianId,
    },
    student: { sql: `s.id = ${p}::uuid`, param: actor.studentId },
  } satisfies Record<Role, { sql: string; param: unknown }>;
  const r = rule[actor.role];
  if (r.param === null) return { sql: `s.district_id = ${d}::uuid AND ${r.sql}`, params: [actor.districtId] };
  return { sql: `s.district_id = ${d}::uuid AND ${r.sql}`, params: [actor.districtId, r.param] };
}
