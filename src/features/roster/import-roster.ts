/**
 * Applies a OneRoster roster to one district: one transaction per run (all or nothing), every record upserted
 * by (district_id, source_id), counted per file as created / updated / unchanged. A dry run does the same
 * work and rolls it back, so its counts are exactly what a real run would do.
 *
 * This is system work (the CLI, run by whoever runs the district's server), not a signed-in person's
 * request: it writes through a system handle (`systemHandle(db, why)`) and the district's roster repository
 * (src/db/roster-repo.ts), and records one `roster.import` audit entry for the run, plus one per student created
 * or changed, so the student's access log shows where the change came from — each naming the tool and carrying
 * the handle's reason.
 */
import type { Database } from '../../db/connect';
import { districtsByRef } from '../../db/district-repo';
import { systemHandle, type AuditEntry } from '../../db/handle';
import { RosterRepo, type RosterChange } from '../../db/roster-repo';
import {
  isFatal,
  parseRoster,
  type ParsedRoster,
  type RosterInput,
  type RosterIssue,
  type RosterStaff,
} from '../../domain/roster';

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

/** A district by its id or its NCES id. */
export async function findDistrict(db: Database, ref: string): Promise<{ id: string; name: string }> {
  const rows = await districtsByRef(db, ref);
  const [only] = rows;
  if (rows.length !== 1 || !only)
    throw new DistrictNotFoundError(
      rows.length ? `several districts have NCES id ${ref}` : `no district ${ref} (give its id or NCES id)`,
    );
  return only;
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
      const run = new ImportRun(new RosterRepo(tx, district.id), input, log);
      const result = await run.apply(district, !!opts.dryRun);
      if (opts.dryRun) throw new DryRunRollback(result);
      // No person is signed in: the entries name the tool (actor_user_id NULL, actor_role 'system'), in the district.
      await run.audit((entry) => sys.audit(tx, district.id, entry));
      return result;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result;
    throw e;
  }
}

/** The emails of users.csv, lower-case: the ones to look for among existing accounts. */
function emailsOf(input: RosterInput): string[] {
  const users = input.tables.users;
  if (!users) return [];
  const emailCol = users.header.findIndex((h) => h.trim().toLowerCase() === 'email');
  if (emailCol < 0) return [];
  return users.rows.map((r) => (r.cells[emailCol] ?? '').trim().toLowerCase()).filter(Boolean);
}

/** Of two changes to one person's records, the larger: created, then updated, then unchanged. */
function larger(prev: RosterChange, c: RosterChange): RosterChange {
  if (prev === 'created' || c === 'created') return 'created';
  if (prev === 'updated' || c === 'updated') return 'updated';
  return 'unchanged';
}

/** One run of an import within its transaction: the ids it gave each source id, and what changed. */
class ImportRun {
  private readonly files: Record<string, FileCounts> = {};
  private readonly schoolId = new Map<string, string>();
  private readonly studentId = new Map<string, string>();
  private readonly studentChange = new Map<string, RosterChange>();
  private readonly userId = new Map<string, string>();
  private readonly userChange = new Map<string, RosterChange>();
  private readonly guardianId = new Map<string, string>();
  private readonly sectionId = new Map<string, string>();
  private parsed: ParsedRoster | null = null;

  constructor(
    private readonly repo: RosterRepo,
    private readonly input: RosterInput,
    private readonly log: (l: string) => void,
  ) {}

  private fileOf(k: 'orgs' | 'users' | 'classes' | 'enrollments'): string {
    return this.input.tables[k]?.file ?? `${k}.csv`;
  }

  private tally(file: string, change: RosterChange): void {
    const counts = (this.files[file] ??= {
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      used: 0,
      skipped: 0,
      rejected: 0,
    });
    counts[change]++;
  }

  private bump(sourceId: string, c: RosterChange): void {
    this.userChange.set(sourceId, larger(this.userChange.get(sourceId) ?? 'unchanged', c));
  }

  async apply(district: { id: string; name: string }, dryRun: boolean): Promise<ImportResult> {
    const parsed = parseRoster(this.input, await this.repo.taken(emailsOf(this.input)));
    if (isFatal(parsed)) throw new RosterUnusableError(parsed.fatal);
    const p: ParsedRoster = parsed;
    this.parsed = p;
    for (const [f, c] of Object.entries(p.counts)) this.files[f] = { created: 0, updated: 0, unchanged: 0, ...c };
    this.log(
      `import: OneRoster ${p.version} into ${district.name}${dryRun ? ' (dry run: nothing will be written)' : ''}`,
    );
    await this.schools(p);
    await this.students(p);
    await this.staff(p);
    await this.guardians(p);
    for (const s of p.students) this.tally(this.fileOf('users'), this.studentChange.get(s.sourceId) ?? 'unchanged');
    for (const s of [...p.staff, ...p.guardians])
      this.tally(this.fileOf('users'), this.userChange.get(s.sourceId) ?? 'unchanged');
    await this.sections(p);
    return {
      district,
      dryRun,
      version: p.version,
      files: this.files,
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
  }

  private async schools(p: ParsedRoster): Promise<void> {
    for (const s of p.schools) {
      const r = await this.repo.upsertSchool(s.sourceId, { name: s.name });
      this.schoolId.set(s.sourceId, r.id);
      this.tally(this.fileOf('orgs'), r.change);
    }
    this.log(`import: ${this.fileOf('orgs')}: ${p.schools.length} schools`);
  }

  private async students(p: ParsedRoster): Promise<void> {
    for (const s of p.students) {
      const r = await this.repo.upsertStudent(s.sourceId, {
        school_id: this.schoolId.get(s.schoolSourceId),
        local_id: s.localId,
        first_name: s.firstName,
        middle_name: s.middleName,
        last_name: s.lastName,
        date_of_birth: s.dateOfBirth,
        grade: s.grade,
        sex: s.sex,
        hispanic_latino: s.hispanicLatino,
        races: s.races,
      });
      this.studentId.set(s.sourceId, r.id);
      this.studentChange.set(s.sourceId, r.change);
    }
    this.log(`import: ${this.fileOf('users')}: ${p.students.length} students`);
  }

  /** Staff accounts (no password) and their schools. */
  private async staff(p: ParsedRoster): Promise<void> {
    for (const s of p.staff) await this.staffMember(s);
    this.log(`import: ${this.fileOf('users')}: ${p.staff.length} staff accounts`);
  }

  private async staffMember(s: RosterStaff): Promise<void> {
    const r = await this.repo.upsertAccount(s.sourceId, {
      email: s.email,
      role: s.role,
      first_name: s.firstName,
      last_name: s.lastName,
    });
    this.userId.set(s.sourceId, r.id);
    this.bump(s.sourceId, r.change);
    for (const sch of s.schoolSourceIds) {
      if (await this.repo.linkStaffSchool(r.id, this.schoolId.get(sch))) this.bump(s.sourceId, 'updated');
    }
  }

  /** Guardians, their accounts (when they have an email) and links to students. */
  private async guardians(p: ParsedRoster): Promise<void> {
    for (const g of p.guardians) {
      const r = await this.repo.upsertGuardian(g.sourceId, {
        first_name: g.firstName,
        last_name: g.lastName,
        email: g.email,
        phone: g.phone,
      });
      this.guardianId.set(g.sourceId, r.id);
      this.bump(g.sourceId, r.change);
      if (g.email) {
        const a = await this.repo.upsertAccount(g.sourceId, {
          email: g.email,
          role: 'guardian',
          first_name: g.firstName,
          last_name: g.lastName,
          guardian_id: r.id,
        });
        this.bump(g.sourceId, a.change);
      }
    }
    for (const l of p.links) {
      const linked = await this.repo.linkGuardian(
        this.studentId.get(l.studentSourceId),
        this.guardianId.get(l.guardianSourceId),
        l.relationship,
        l.educationalRights,
      );
      if (linked) this.bump(l.guardianSourceId, 'updated');
    }
    this.log(`import: ${this.fileOf('users')}: ${p.guardians.length} guardians, ${p.links.length} guardian links`);
  }

  /** Sections and enrollments. */
  private async sections(p: ParsedRoster): Promise<void> {
    for (const s of p.sections) {
      const r = await this.repo.upsertSection(s.sourceId, {
        school_id: this.schoolId.get(s.schoolSourceId),
        name: s.name,
        course_code: s.courseCode,
        school_year: s.schoolYear,
        teacher_id: this.userId.get(s.teacherSourceId),
      });
      this.sectionId.set(s.sourceId, r.id);
      this.tally(this.fileOf('classes'), r.change);
    }
    this.log(`import: ${this.fileOf('classes')}: ${p.sections.length} sections`);
    for (const e of p.enrollments) {
      const created = await this.repo.enroll(
        this.sectionId.get(e.sectionSourceId),
        this.studentId.get(e.studentSourceId),
      );
      this.tally(this.fileOf('enrollments'), created ? 'created' : 'unchanged');
    }
    this.log(`import: ${this.fileOf('enrollments')}: ${p.enrollments.length} student enrollments`);
  }

  /** The run's audit entries: one for the run, one per student created or changed. */
  async audit(write: (entry: AuditEntry) => Promise<void>): Promise<void> {
    const p = this.parsed;
    if (!p) return;
    await write({
      action: 'roster.import',
      context: {
        version: p.version,
        files: this.files,
        rejected: p.issues.filter((i) => i.severity === 'rejected').length,
      },
    });
    for (const change of ['created', 'updated'] as const) {
      const ids = p.students
        .filter((s) => this.studentChange.get(s.sourceId) === change)
        .flatMap((s) => this.studentId.get(s.sourceId) ?? []);
      if (ids.length) await write({ action: 'roster.import', studentIds: ids, context: { change } });
    }
  }
}
