/** The case clock on a student's page: deadlines (most urgent first) and the timeline of case events. */
import type { Student } from '../../types';

export function CaseSection(_props: { student: Student; name: string }) {
  return null;
}
