/** Meetings, their participants, contact attempts and notices (issue 4, part 5) — read and written within the actor's scope. */
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

/** What the deadline engine needs of a meeting (src/features/case). */
export interface MeetingForDeadlines {
  id: string;
  studentId: string;
  /** The meeting's date (YYYY-MM-DD, the district's day). */
  date: string;
  purpose: string;
  status: 'scheduled' | 'held' | 'cancelled';
  /** When the written notice went to the parents, or null. */
  noticeSentOn: string | null;
}

export class MeetingsRepo {
  constructor(
    protected readonly q: Queryable,
    protected readonly actor: Actor,
  ) {}

  /** Meetings of these students (the caller passes only students the actor may see). Filled in with the meetings table. */
  async forDeadlines(studentIds: readonly string[]): Promise<MeetingForDeadlines[]> {
    void studentIds;
    return [];
  }
}
