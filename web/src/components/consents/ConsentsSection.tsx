/** Consents and prior written notices on a student's page (staff: request, record, issue; family: sign). */
import type { Student } from '../../types';

export function ConsentsSection(_props: { student: Student; name: string }) {
  return null;
}
