/**
 * Schools' instructional calendars, within the actor's district: the days (one row per date, school_calendar_days)
 * and, per school and school year, the record that says the year has a calendar, its version and who set it
 * (school_calendars). Replacing a year rewrites both in the caller's transaction.
 */
import type { CalendarDay } from '../domain/calendar';
import type { Actor } from '../policy/actor';
import { insertMany } from './bulk';
import type { Queryable } from './connect';
import { must } from './values';

export interface CalendarYearRow {
  schoolYear: string;
  version: number;
  source: string;
  updatedAt: string;
  updatedByName: string | null;
  days: number;
  instructionalDays: number;
  firstInstructionalDay: string | null;
  lastInstructionalDay: string | null;
}

export interface CalendarSchool {
  id: string;
  name: string;
}

const TS = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

export class CalendarRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
  ) {}

  /** Every classified day of the school, or null when the school is not the actor's district's. */
  async days(schoolId: string): Promise<{ day: string; instructional: boolean }[] | null> {
    const school = await this.q.query('SELECT 1 FROM schools WHERE id = $1::uuid AND district_id = $2::uuid', [
      schoolId,
      this.actor.districtId,
    ]);
    if (!school.length) return null;
    return this.q.query<{ day: string; instructional: boolean }>(
      'SELECT day, instructional FROM school_calendar_days WHERE school_id = $1::uuid ORDER BY day',
      [schoolId],
    );
  }

  /** The school, when it is the actor's district's. */
  async school(schoolId: string): Promise<CalendarSchool | null> {
    const r = await this.q.query<CalendarSchool>(
      'SELECT id::text AS id, name FROM schools WHERE id = $1::uuid AND district_id = $2::uuid',
      [schoolId, this.actor.districtId],
    );
    return r[0] ?? null;
  }

  /** The school years that have a calendar, newest first, with what each holds. */
  async years(schoolId: string): Promise<CalendarYearRow[]> {
    return this.q.query<CalendarYearRow>(
      `SELECT c.school_year AS "schoolYear", c.version, c.source, ${TS('c.updated_at')} AS "updatedAt", c.updated_by_name AS "updatedByName",
              count(d.day)::int AS days, count(d.day) FILTER (WHERE d.instructional)::int AS "instructionalDays",
              to_char(min(d.day) FILTER (WHERE d.instructional), 'YYYY-MM-DD') AS "firstInstructionalDay",
              to_char(max(d.day) FILTER (WHERE d.instructional), 'YYYY-MM-DD') AS "lastInstructionalDay"
         FROM school_calendars c
         LEFT JOIN school_calendar_days d ON d.school_id = c.school_id AND d.school_year = c.school_year
        WHERE c.school_id = $1::uuid AND c.district_id = $2::uuid
        GROUP BY c.school_year, c.version, c.source, c.updated_at, c.updated_by_name
        ORDER BY c.school_year DESC`,
      [schoolId, this.actor.districtId],
    );
  }

  /** One school year's calendar: its record and every day, or null when the year has none. */
  async year(schoolId: string, schoolYear: string): Promise<{ header: CalendarYearRow; days: CalendarDay[] } | null> {
    const header = (await this.years(schoolId)).find((y) => y.schoolYear === schoolYear);
    if (!header) return null;
    const days = await this.q.query<CalendarDay>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, instructional, note FROM school_calendar_days WHERE school_id = $1::uuid AND school_year = $2 ORDER BY day`,
      [schoolId, schoolYear],
    );
    return { header, days };
  }

  /** Of the actor's district's schools given, those with a calendar for the school year. */
  async schoolsWithYear(schoolIds: readonly string[], schoolYear: string): Promise<Set<string>> {
    if (!schoolIds.length) return new Set();
    const r = await this.q.query<{ id: string }>(
      `SELECT school_id::text AS id FROM school_calendars WHERE district_id = $1::uuid AND school_year = $2 AND school_id = ANY($3::uuid[])`,
      [this.actor.districtId, schoolYear, [...schoolIds]],
    );
    return new Set(r.map((x) => x.id));
  }

  /**
   * Replaces a school year's days and bumps its version (creating the record for a new year). `expectedVersion`:
   * written only when the stored version is that one (null: no check). Returns the new version and how many days
   * were replaced, or 'stale'.
   */
  async replaceYear(
    schoolId: string,
    schoolYear: string,
    days: readonly CalendarDay[],
    opts: { source: 'import' | 'build' | 'days' | 'seed'; expectedVersion: number | null },
  ): Promise<{ version: number; replacedDays: number } | 'stale'> {
    const current = await this.q.query<{ version: number }>(
      `SELECT version FROM school_calendars WHERE school_id = $1::uuid AND school_year = $2 AND district_id = $3::uuid FOR UPDATE`,
      [schoolId, schoolYear, this.actor.districtId],
    );
    if (opts.expectedVersion !== null && current[0]?.version !== opts.expectedVersion) return 'stale';
    const removed = await this.q.query<{ n: number }>(
      `WITH gone AS (DELETE FROM school_calendar_days WHERE school_id = $1::uuid AND school_year = $2 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [schoolId, schoolYear],
    );
    await insertMany(
      this.q,
      'school_calendar_days',
      days.map((d) => ({
        district_id: this.actor.districtId,
        school_id: schoolId,
        school_year: schoolYear,
        day: d.day,
        instructional: d.instructional,
        note: d.note,
      })),
    );
    const r = await this.q.query<{ version: number }>(
      `INSERT INTO school_calendars (district_id, school_id, school_year, version, source, updated_at, updated_by, updated_by_name)
       VALUES ($1::uuid, $2::uuid, $3, 1, $4, now(), $5::uuid, $6)
       ON CONFLICT (school_id, school_year) DO UPDATE SET version = school_calendars.version + 1, source = EXCLUDED.source,
         updated_at = now(), updated_by = EXCLUDED.updated_by, updated_by_name = EXCLUDED.updated_by_name
       RETURNING version`,
      [this.actor.districtId, schoolId, schoolYear, opts.source, this.actor.userId, this.actor.name],
    );
    return { version: must(r[0], 'the calendar version').version, replacedDays: removed[0]?.n ?? 0 };
  }
}
