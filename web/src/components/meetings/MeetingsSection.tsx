/** Meetings on a student's page (staff: schedule and manage; family: respond, prepare). */
import type { Student } from '../../types';

export function MeetingsSection(_props: { student: Student; name: string }) {
  return null;
}
