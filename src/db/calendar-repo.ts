/** A school's instructional calendar, within the actor's district. */
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

export class CalendarRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
  ) {}

  /** Every classified day of the school, or null when the school is not the actor's district's. */
  async days(schoolId: string): Promise<{ day: string; instructional: boolean }[] | null> {
    const school = await this.q.query('SELECT 1 FROM schools WHERE id = $1::uuid AND district_id = $2::uuid', [schoolId, this.actor.districtId]);
    if (!school.length) return null;
    return this.q.query<{ day: string; instructional: boolean }>(
      'SELECT day, instructional FROM school_calendar_days WHERE school_id = $1::uuid ORDER BY day',
      [schoolId],
    );
  }
}
