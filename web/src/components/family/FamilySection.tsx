/** What the family does from a student's page: concerns and student input, records request, safeguards document, meeting request, plain-language help. */
import type { Student } from '../../types';

export function FamilySection(_props: { student: Student; name: string }) {
  return null;
}
