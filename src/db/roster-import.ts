/**
 * Applies a OneRoster roster to one district: one transaction per run (all or nothing), every record upserted
 * by (district_id, source_id), counted per file as created / updated / unchanged. A dry run does the same
 * work and rolls it back, so its counts are exactly what a real run would do.
 *
 * This is system work (the CLI, run by whoever runs the district's server), not a signed-in person's
 * request: it writes through a system handle (`systemHandle(db, why)`) and records one `roster.import` audit
 * entry for the run, plus one per student created or changed, so the student's access log shows where the change
 * came from — each naming the tool and carrying the handle's reason.
 */
import crypto from 'node:crypto';
import type { Database, Queryable } from './connect';
import { systemHandle, type SystemHandle } from './handle';
import {
  isFatal,
  parseRoster,
  type ParsedRoster,
  type RosterConflicts,
  type RosterInput,
  type RosterIssue,
} from '../domain/roster';

export interface FileCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  used: number;
  skipped: number;
  rejected: number;
}
export interface ImportResult {
  district: { id: string; name: string };
  dryRun: boolean;
  version: string;
  files: Record<string, FileCounts>;
  issues: RosterIssue[];
  records: {
    schools: number;
    students: number;
    staff: number;
    guardians: number;
    sections: number;
    enrollments: number;
  };
}
export class RosterUnusableError extends Error {
  constructor(readonly issues: RosterIssue[]) {
    super(issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} ${i.field} — ${i.reason}`).join('\n'));
  }
}
export class DistrictNotFoundError extends Error {}

class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A district by its id or its NCES id. */
export async function findDistrict(db: Queryable, ref: string): Promise<{ id: string; name: string }> {
  const rows = UUID.test(ref)
    ? await db.query<{ id: string; name: string }>('SELECT id::text AS id, name FROM districts WHERE id = $1::uuid', [
        ref,
      ])
    : await db.query<{ id: string; name: string }>('SELECT id::text AS id, name FROM districts WHERE nces_id = $1', [
        ref,
      ]);
  if (rows.length !== 1)
    throw new DistrictNotFoundError(
      rows.length ? `several districts have NCES id ${ref}` : `no district ${ref} (give its id or NCES id)`,
    );
  return rows[0]!;
}

type Change = 'created' | 'updated' | 'unchanged';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Compares wanted columns to the existing row; updates the ones that differ. */
async function upsert(
  tx: Queryable,
  table: string,
  districtId: string,
  sourceId: string,
  existing: Record<string, unknown> | undefined,
  want: Record<string, unknown>,
  extraOnUpdate = '',
): Promise<{ id: string; change: Change }> {
  if (!existing) {
    const id = crypto.randomUUID();
    const row = { id, district_id: districtId, source_id: sourceId, ...want };
    const cols = Object.keys(row);
    await tx.query(
      `INSERT INTO ${table} (${cols.join(',')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(',')})`,
      Object.values(row),
    );
    return { id, change: 'created' };
  }
  const diff = Object.keys(want).filter((k) => !same(existing[k], want[k]));
  if (diff.length === 0) return { id: existing.id as string, change: 'unchanged' };
  await tx.query(
    `UPDATE ${table} SET ${diff.map((k, i) => `${k} = $${i + 2}`).join(', ')}${extraOnUpdate} WHERE id = $1::uuid`,
    [existing.id, ...diff.map((k) => want[k])],
  );
  return { id: existing.id as string, change: 'updated' };
}

async function bySource(tx: Queryable, sql: string, districtId: string): Promise<Map<string, Record<string, unknown>>> {
  const rows = await tx.query(sql, [districtId]);
  return new Map(rows.map((r) => [r.source_id as string, r]));
}

async function conflictsFor(tx: Queryable, districtId: string, input: RosterInput): Promise<RosterConflicts> {
  const ids = await tx.query<{ k: string; source_id: string | null }>(
    'SELECT lower(local_id) AS k, source_id FROM students WHERE district_id = $1::uuid',
    [districtId],
  );
  const users = input.tables.users;
  const emailCol = users ? users.header.findIndex((h) => h.trim().toLowerCase() === 'email') : -1;
  const emails =
    emailCol < 0 ? [] : users!.rows.map((r) => (r.cells[emailCol] ?? '').trim().toLowerCase()).filter(Boolean);
  const taken = emails.length
    ? await tx.query<{ k: string; source_id: string | null; other: boolean }>(
        'SELECT lower(email) AS k, source_id, district_id <> $1::uuid AS other FROM users WHERE lower(email) = ANY($2::text[])',
        [districtId, emails],
      )
    : [];
  return {
    studentLocalIds: Object.fromEntries(ids.map((r) => [r.k, r.source_id])),
    emails: Object.fromEntries(taken.map((r) => [r.k, { sourceId: r.source_id, otherDistrict: r.other }])),
  };
}

export interface ImportOptions {
  dryRun?: boolean;
  log?: (line: string) => void;
}

/** Validates and applies `input` to the district. Throws RosterUnusableError when the input cannot be read at all. */
export async function importRoster(
  db: Database,
  districtRef: string,
  input: RosterInput,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const log = opts.log ?? (() => undefined);
  const district = await findDistrict(db, districtRef);
  const sys = systemHandle(db, `openiep import: apply a OneRoster roster to ${district.name}`, {
    name: 'openiep import (OneRoster)',
  });
  try {
    return await sys.db.transaction(async (tx) => {
      const result = await apply(tx, sys, district, input, !!opts.dryRun, log);
      if (opts.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result;
    throw e;
  }
}

async function apply(
  tx: Queryable,
  sys: SystemHandle,
  district: { id: string; name: string },
  input: RosterInput,
  dryRun: boolean,
  log: (l: string) => void,
): Promise<ImportResult> {
  const d = district.id;
  const parsed = parseRoster(input, await conflictsFor(tx, d, input));
  if (isFatal(parsed)) throw new RosterUnusableError(parsed.fatal);
  const p: ParsedRoster = parsed;
  const files: Record<string, FileCounts> = {};
  for (const [f, c] of Object.entries(p.counts)) files[f] = { created: 0, updated: 0, unchanged: 0, ...c };
  const fileOf = (k: 'orgs' | 'users' | 'classes' | 'enrollments') => input.tables[k]?.file ?? `${k}.csv`;
  const tally = (file: string, change: Change) => {
    files[file] ??= { rows: 0, created: 0, updated: 0, unchanged: 0, used: 0, skipped: 0, rejected: 0 };
    files[file][change]++;
  };
  log(`import: OneRoster ${p.version} into ${district.name}${dryRun ? ' (dry run: nothing will be written)' : ''}`);

  // schools
  const schools = await bySource(
    tx,
    'SELECT id::text AS id, source_id, name FROM schools WHERE district_id = $1::uuid AND source_id IS NOT NULL',
    d,
  );
  const schoolId = new Map<string, string>();
  for (const s of p.schools) {
    const r = await upsert(tx, 'schools', d, s.sourceId, schools.get(s.sourceId), { name: s.name });
    schoolId.set(s.sourceId, r.id);
    tally(fileOf('orgs'), r.change);
  }
  log(`import: ${fileOf('orgs')}: ${p.schools.length} schools`);

  // students
  const students = await bySource(
    tx,
    `SELECT id::text AS id, source_id, school_id::text AS school_id, local_id, first_name, middle_name, last_name, date_of_birth::text AS date_of_birth,
            grade, sex, hispanic_latino, races FROM students WHERE district_id = $1::uuid AND source_id IS NOT NULL`,
    d,
  );
  const studentId = new Map<string, string>();
  const studentChange = new Map<string, Change>();
  for (const s of p.students) {
    const r = await upsert(
      tx,
      'students',
      d,
      s.sourceId,
      students.get(s.sourceId),
      {
        school_id: schoolId.get(s.schoolSourceId),
        local_id: s.localId,
        first_name: s.firstName,
        middle_name: s.middleName,
        last_name: s.lastName,
        date_of_birth: s.dateOfBirth,
        grade: s.grade,
        sex: s.sex,
        hispanic_latino: s.hispanicLatino,
        races: s.races,
      },
      ', version = version + 1, updated_at = now()',
    );
    studentId.set(s.sourceId, r.id);
    studentChange.set(s.sourceId, r.change);
  }
  log(`import: ${fileOf('users')}: ${p.students.length} students`);

  // staff accounts (no password) and their schools
  const users = await bySource(
    tx,
    `SELECT id::text AS id, source_id, email, role, first_name, last_name, guardian_id::text AS guardian_id FROM users WHERE district_id = $1::uuid AND source_id IS NOT NULL`,
    d,
  );
  const userId = new Map<string, string>();
  const userChange = new Map<string, Change>();
  const bump = (m: Map<string, Change>, k: string, c: Change) => {
    const prev = m.get(k) ?? 'unchanged';
    m.set(
      k,
      prev === 'created' || c === 'created'
        ? 'created'
        : prev === 'updated' || c === 'updated'
          ? 'updated'
          : 'unchanged',
    );
  };
  for (const s of p.staff) {
    const r = await upsert(tx, 'users', d, s.sourceId, users.get(s.sourceId), {
      email: s.email,
      role: s.role,
      first_name: s.firstName,
      last_name: s.lastName,
    });
    userId.set(s.sourceId, r.id);
    bump(userChange, s.sourceId, r.change);
    for (const sch of s.schoolSourceIds) {
      const ins = await tx.query(
        'INSERT INTO staff_schools (district_id, user_id, school_id) VALUES ($1::uuid, $2::uuid, $3::uuid) ON CONFLICT DO NOTHING RETURNING user_id',
        [d, r.id, schoolId.get(sch)],
      );
      if (ins.length) bump(userChange, s.sourceId, 'updated');
    }
  }
  log(`import: ${fileOf('users')}: ${p.staff.length} staff accounts`);

  // guardians, their accounts (when they have an email) and links to students
  const guardians = await bySource(
    tx,
    'SELECT id::text AS id, source_id, first_name, last_name, email, phone FROM guardians WHERE district_id = $1::uuid AND source_id IS NOT NULL',
    d,
  );
  const guardianId = new Map<string, string>();
  for (const g of p.guardians) {
    const r = await upsert(tx, 'guardians', d, g.sourceId, guardians.get(g.sourceId), {
      first_name: g.firstName,
      last_name: g.lastName,
      email: g.email,
      phone: g.phone,
    });
    guardianId.set(g.sourceId, r.id);
    bump(userChange, g.sourceId, r.change);
    if (g.email) {
      const a = await upsert(tx, 'users', d, g.sourceId, users.get(g.sourceId), {
        email: g.email,
        role: 'guardian',
        first_name: g.firstName,
        last_name: g.lastName,
        guardian_id: r.id,
      });
      bump(userChange, g.sourceId, a.change);
    }
  }
  for (const l of p.links) {
    const ins = await tx.query(
      `INSERT INTO student_guardians (district_id, student_id, guardian_id, relationship, educational_rights)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5) ON CONFLICT DO NOTHING RETURNING student_id`,
      [d, studentId.get(l.studentSourceId), guardianId.get(l.guardianSourceId), l.relationship, l.educationalRights],
    );
    if (ins.length) bump(userChange, l.guardianSourceId, 'updated');
  }
  log(`import: ${fileOf('users')}: ${p.guardians.length} guardians, ${p.links.length} guardian links`);
  for (const s of p.students) tally(fileOf('users'), studentChange.get(s.sourceId)!);
  for (const s of [...p.staff, ...p.guardians]) tally(fileOf('users'), userChange.get(s.sourceId)!);

  // sections and enrollments
  const sections = await bySource(
    tx,
    'SELECT id::text AS id, source_id, school_id::text AS school_id, name, course_code, school_year, teacher_id::text AS teacher_id FROM sections WHERE district_id = $1::uuid AND source_id IS NOT NULL',
    d,
  );
  const sectionId = new Map<string, string>();
  for (const s of p.sections) {
    const r = await upsert(tx, 'sections', d, s.sourceId, sections.get(s.sourceId), {
      school_id: schoolId.get(s.schoolSourceId),
      name: s.name,
      course_code: s.courseCode,
      school_year: s.schoolYear,
      teacher_id: userId.get(s.teacherSourceId),
    });
    sectionId.set(s.sourceId, r.id);
    tally(fileOf('classes'), r.change);
  }
  log(`import: ${fileOf('classes')}: ${p.sections.length} sections`);
  for (const e of p.enrollments) {
    const ins = await tx.query(
      'INSERT INTO section_enrollments (district_id, section_id, student_id) VALUES ($1::uuid, $2::uuid, $3::uuid) ON CONFLICT DO NOTHING RETURNING student_id',
      [d, sectionId.get(e.sectionSourceId), studentId.get(e.studentSourceId)],
    );
    tally(fileOf('enrollments'), ins.length ? 'created' : 'unchanged');
  }
  log(`import: ${fileOf('enrollments')}: ${p.enrollments.length} student enrollments`);

  const result: ImportResult = {
    district,
    dryRun,
    version: p.version,
    files,
    issues: p.issues,
    records: {
      schools: p.schools.length,
      students: p.students.length,
      staff: p.staff.length,
      guardians: p.guardians.length,
      sections: p.sections.length,
      enrollments: p.enrollments.length,
    },
  };
  if (!dryRun) {
    // No person is signed in: the entries name the tool (actor_user_id NULL, actor_role 'system'), in the district.
    await sys.audit(tx, d, {
      action: 'roster.import',
      context: { version: p.version, files, rejected: p.issues.filter((i) => i.severity === 'rejected').length },
    });
    for (const change of ['created', 'updated'] as const) {
      const ids = p.students
        .filter((s) => studentChange.get(s.sourceId) === change)
        .map((s) => studentId.get(s.sourceId)!);
      if (ids.length) await sys.audit(tx, d, { action: 'roster.import', studentIds: ids, context: { change } });
    }
  }
  return result;
}
