/**
 * The roster records of one district as a OneRoster import writes them: schools, students, staff and guardian
 * accounts (users), guardians and their links to students, sections and their enrollments, each matched by
 * (district_id, source_id). This is system work (src/features/roster/import-roster.ts, reached through a system
 * handle), not scoped by any person's policy; every query is bound to the one district it is built for.
 */
import crypto from 'node:crypto';
import type { RosterConflicts } from '../domain/roster';
import type { Queryable } from './connect';

export type RosterChange = 'created' | 'updated' | 'unchanged';

export interface SchoolColumns {
  name: string;
}
export interface StudentColumns {
  school_id: string | undefined;
  local_id: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  date_of_birth: string;
  grade: string;
  sex: string;
  hispanic_latino: boolean;
  races: string[];
}
export interface AccountColumns {
  email: string;
  role: string;
  first_name: string;
  last_name: string;
  guardian_id?: string;
}
export interface GuardianColumns {
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
}
export interface SectionColumns {
  school_id: string | undefined;
  name: string;
  course_code: string | null;
  school_year: string;
  teacher_id: string | undefined;
}

type Table = 'schools' | 'students' | 'users' | 'guardians' | 'sections';
type Existing = Map<string, Record<string, unknown>>;

/** The columns an import compares, per table: what it read before writing, keyed by source id. */
const SNAPSHOT: Record<Table, string> = {
  schools: 'SELECT id::text AS id, source_id, name FROM schools',
  students: `SELECT id::text AS id, source_id, school_id::text AS school_id, local_id, first_name, middle_name, last_name,
            date_of_birth::text AS date_of_birth, grade, sex, hispanic_latino, races FROM students`,
  users: `SELECT id::text AS id, source_id, email, role, first_name, last_name, guardian_id::text AS guardian_id FROM users`,
  guardians: 'SELECT id::text AS id, source_id, first_name, last_name, email, phone FROM guardians',
  sections: `SELECT id::text AS id, source_id, school_id::text AS school_id, name, course_code, school_year,
            teacher_id::text AS teacher_id FROM sections`,
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export class RosterRepo {
  /** Each table's rows as they were before this import first wrote to it. */
  private readonly snapshots = new Map<Table, Promise<Existing>>();

  constructor(
    private readonly q: Queryable,
    readonly districtId: string,
  ) {}

  /** The local ids and the emails (of `emails`) already taken, for the checks of the rows. */
  async taken(emails: readonly string[]): Promise<RosterConflicts> {
    const ids = await this.q.query<{ k: string; source_id: string | null }>(
      'SELECT lower(local_id) AS k, source_id FROM students WHERE district_id = $1::uuid',
      [this.districtId],
    );
    const taken = emails.length
      ? await this.q.query<{ k: string; source_id: string | null; other: boolean }>(
          'SELECT lower(email) AS k, source_id, district_id <> $1::uuid AS other FROM users WHERE lower(email) = ANY($2::text[])',
          [this.districtId, emails],
        )
      : [];
    return {
      studentLocalIds: Object.fromEntries(ids.map((r) => [r.k, r.source_id])),
      emails: Object.fromEntries(taken.map((r) => [r.k, { sourceId: r.source_id, otherDistrict: r.other }])),
    };
  }

  upsertSchool(sourceId: string, want: SchoolColumns): Promise<{ id: string; change: RosterChange }> {
    return this.upsert('schools', sourceId, { ...want });
  }

  /** A changed student's version goes up, as any change to the record does. */
  upsertStudent(sourceId: string, want: StudentColumns): Promise<{ id: string; change: RosterChange }> {
    return this.upsert('students', sourceId, { ...want }, ', version = version + 1, updated_at = now()');
  }

  /** A staff or guardian account (never a password). */
  upsertAccount(sourceId: string, want: AccountColumns): Promise<{ id: string; change: RosterChange }> {
    return this.upsert('users', sourceId, { ...want });
  }

  upsertGuardian(sourceId: string, want: GuardianColumns): Promise<{ id: string; change: RosterChange }> {
    return this.upsert('guardians', sourceId, { ...want });
  }

  upsertSection(sourceId: string, want: SectionColumns): Promise<{ id: string; change: RosterChange }> {
    return this.upsert('sections', sourceId, { ...want });
  }

  /** A staff member works at a school; true when the link is new. */
  async linkStaffSchool(userId: string, schoolId: string | undefined): Promise<boolean> {
    const ins = await this.q.query(
      'INSERT INTO staff_schools (district_id, user_id, school_id) VALUES ($1::uuid, $2::uuid, $3::uuid) ON CONFLICT DO NOTHING RETURNING user_id',
      [this.districtId, userId, schoolId],
    );
    return ins.length > 0;
  }

  /** A guardian of a student; true when the link is new (an existing link is left as it is). */
  async linkGuardian(
    studentId: string | undefined,
    guardianId: string | undefined,
    relationship: string,
    educationalRights: boolean,
  ): Promise<boolean> {
    const ins = await this.q.query(
      `INSERT INTO student_guardians (district_id, student_id, guardian_id, relationship, educational_rights)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5) ON CONFLICT DO NOTHING RETURNING student_id`,
      [this.districtId, studentId, guardianId, relationship, educationalRights],
    );
    return ins.length > 0;
  }

  /** A student in a section; true when the enrollment is new. */
  async enroll(sectionId: string | undefined, studentId: string | undefined): Promise<boolean> {
    const ins = await this.q.query(
      'INSERT INTO section_enrollments (district_id, section_id, student_id) VALUES ($1::uuid, $2::uuid, $3::uuid) ON CONFLICT DO NOTHING RETURNING student_id',
      [this.districtId, sectionId, studentId],
    );
    return ins.length > 0;
  }

  private snapshot(table: Table): Promise<Existing> {
    let s = this.snapshots.get(table);
    if (!s) {
      s = this.q
        .query(`${SNAPSHOT[table]} WHERE district_id = $1::uuid AND source_id IS NOT NULL`, [this.districtId])
        .then((rows) => new Map(rows.map((r) => [r.source_id as string, r])));
      this.snapshots.set(table, s);
    }
    return s;
  }

  /** Compares the wanted columns to the row as it was before the import; updates the ones that differ. */
  private async upsert(
    table: Table,
    sourceId: string,
    want: Record<string, unknown>,
    extraOnUpdate = '',
  ): Promise<{ id: string; change: RosterChange }> {
    const existing = (await this.snapshot(table)).get(sourceId);
    if (!existing) {
      const id = crypto.randomUUID();
      const row = { id, district_id: this.districtId, source_id: sourceId, ...want };
      const cols = Object.keys(row);
      await this.q.query(
        `INSERT INTO ${table} (${cols.join(',')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(',')})`,
        Object.values(row),
      );
      return { id, change: 'created' };
    }
    const id = existing.id as string;
    const diff = Object.keys(want).filter((k) => !same(existing[k], want[k]));
    if (diff.length === 0) return { id, change: 'unchanged' };
    await this.q.query(
      `UPDATE ${table} SET ${diff.map((k, i) => `${k} = $${i + 2}`).join(', ')}${extraOnUpdate} WHERE id = $1::uuid`,
      [id, ...diff.map((k) => want[k])],
    );
    return { id, change: 'updated' };
  }
}
