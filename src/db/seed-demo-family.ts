/**
 * Demo data for the family's portal (Lincoln): a concern from parent@ about their child (student 0, L1001) for
 * the next IEP, and an open request from them for a meeting. Deterministic (fixed ids and times).
 */
import { must } from './values';
import type { Queryable } from './connect';
import { createFamilyInput, createMeetingRequest } from './factories-case';
import type { DemoCaseParams } from './seed-demo-case';

export async function seedDemoFamily(tx: Queryable, p: DemoCaseParams): Promise<void> {
  const parentId = p.id('lincoln:parent');
  const child = must(p.studentIds[0], 'student 0');
  await createFamilyInput(tx, {
    id: p.id('family:input:concern-1'),
    districtId: p.districtId,
    studentId: child,
    authorUserId: parentId,
    text: 'Mi hija entiende más de lo que puede decir. En casa le cuesta contar lo que pasó en la escuela y se frustra. Me gustaría que el equipo hable de cómo practicar esto en casa.',
    createdAt: '2026-11-23T18:30:00Z',
  });
  await createMeetingRequest(tx, {
    id: p.id('family:meeting-request-1'),
    districtId: p.districtId,
    studentId: child,
    requestedById: parentId,
    reason: 'Quisiera hablar sobre el progreso en el habla antes de las vacaciones de invierno.',
    preferredTimes: 'Martes o jueves después de las 3:30 p. m.',
    createdAt: '2026-11-24T16:00:00Z',
  });
}
