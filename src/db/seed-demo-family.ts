/**
 * Demo data for the family's portal (Lincoln): a concern from parent@ about their child (student 0, L1001) for
 * the next IEP, and an open request from them for a meeting. Deterministic (fixed ids and times).
 */
import { must } from './values';
import type { Queryable } from './connect';
import type { DemoCaseParams } from './seed-demo-case';

export async function seedDemoFamily(tx: Queryable, p: DemoCaseParams): Promise<void> {
  const parentId = p.id('lincoln:parent');
  const child = must(p.studentIds[0], 'student 0');
  await tx.query(
    `INSERT INTO family_input (id, district_id, student_id, author_user_id, author_name, author_role, kind, text, created_at)
     SELECT $1::uuid, $2::uuid, $3::uuid, u.id, u.first_name || ' ' || u.last_name, 'guardian', 'parent_concern', $5, '2026-11-23T18:30:00Z'
       FROM users u WHERE u.id = $4::uuid`,
    [
      p.id('family:input:concern-1'),
      p.districtId,
      child,
      parentId,
      'Mi hija entiende más de lo que puede decir. En casa le cuesta contar lo que pasó en la escuela y se frustra. Me gustaría que el equipo hable de cómo practicar esto en casa.',
    ],
  );
  await tx.query(
    `INSERT INTO meeting_requests (id, district_id, student_id, requested_by, requested_by_name, reason, preferred_times, created_at)
     SELECT $1::uuid, $2::uuid, $3::uuid, u.id, u.first_name || ' ' || u.last_name, $5, $6, '2026-11-24T16:00:00Z'
       FROM users u WHERE u.id = $4::uuid`,
    [
      p.id('family:meeting-request-1'),
      p.districtId,
      child,
      parentId,
      'Quisiera hablar sobre el progreso en el habla antes de las vacaciones de invierno.',
      'Martes o jueves después de las 3:30 p. m.',
    ],
  );
}
