/**
 * OneRoster 1.1 / 1.2 CSV: the shapes of the parsed roster and of each issue, the values (ISO dates, multi-value
 * cells, grades) and the manifest. Pure. The files' headers (1.1 and 1.2 names, misspellings reported) are read by
 * src/domain/roster-header.ts.
 * The mapping to OpenIEP records is src/domain/roster.ts.
 */
import { isIsoDate } from './dates';
import { GRADES, type Grade } from './grades';
import { readHeader } from './roster-header';

export const ROSTER_FILES = [
  'orgs',
  'users',
  'classes',
  'enrollments',
  'academicSessions',
  'roles',
  'demographics',
  'courses',
] as const;
export type RosterFile = (typeof ROSTER_FILES)[number];

export interface CsvRow {
  /** The line (1-based) the record ends on. */
  line: number;
  cells: string[];
}
export interface CsvTable {
  /** File name as found, e.g. "users.csv". */
  file: string;
  header: string[];
  rows: CsvRow[];
}
export interface RosterInput {
  manifest: Record<string, string>;
  tables: Partial<Record<RosterFile, CsvTable>>;
}

export type IssueSeverity = 'rejected' | 'skipped' | 'warning';
export interface RosterIssue {
  file: string;
  line: number;
  field: string;
  reason: string;
  severity: IssueSeverity;
}

/** What is already in the database and would collide with a row (so the row is rejected, not half-written). */
export interface RosterConflicts {
  /** Student local id (lower-cased) → source_id of the district's student holding it (null: not imported). */
  studentLocalIds: Record<string, string | null>;
  /** Email (lower-cased) → the account holding it: its source_id in this district, or `other` (another district). */
  emails: Record<string, { sourceId: string | null; otherDistrict: boolean }>;
}

export interface RosterSchool {
  sourceId: string;
  name: string;
  line: number;
}
export interface RosterStudent {
  sourceId: string;
  line: number;
  schoolSourceId: string;
  localId: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: string;
  grade: Grade;
  sex: 'F' | 'M' | 'X';
  hispanicLatino: boolean;
  races: string[];
}
export type StaffRole = 'teacher' | 'principal';
export interface RosterStaff {
  sourceId: string;
  line: number;
  role: StaffRole;
  email: string;
  firstName: string;
  lastName: string;
  schoolSourceIds: string[];
}
export interface RosterGuardian {
  sourceId: string;
  line: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}
export interface RosterGuardianLink {
  studentSourceId: string;
  guardianSourceId: string;
  relationship: 'parent' | 'guardian' | 'relative';
  educationalRights: boolean;
}
export interface RosterSection {
  sourceId: string;
  line: number;
  schoolSourceId: string;
  name: string;
  courseCode: string | null;
  schoolYear: string;
  teacherSourceId: string;
  /** Grades as given (multi-value cell split); not stored. */
  grades: string[];
}
export interface RosterEnrollment {
  sourceId: string;
  line: number;
  sectionSourceId: string;
  studentSourceId: string;
}

export interface RosterFileCount {
  rows: number;
  /** Valid rows that are reference data, not stored themselves (departments, the district org, terms, roles, teacher enrollments). */
  used: number;
  skipped: number;
  rejected: number;
}

export interface ParsedRoster {
  version: string;
  schools: RosterSchool[];
  students: RosterStudent[];
  staff: RosterStaff[];
  guardians: RosterGuardian[];
  links: RosterGuardianLink[];
  sections: RosterSection[];
  enrollments: RosterEnrollment[];
  issues: RosterIssue[];
  counts: Record<string, RosterFileCount>;
}

/** Input that cannot be imported at all (no manifest, a required file or column missing). */
export interface RosterFatal {
  fatal: RosterIssue[];
}

// ---- headers ----

export { readHeader };

// ---- values ----

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
export function isIsoDateTime(s: string): boolean {
  return ISO_DATETIME.test(s) && isIsoDate(s.slice(0, 10));
}

/** A multi-value cell ("09,10,11" or "a, b") as its values. */
export function multi(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** A CEDS grade code (as OneRoster uses) to OpenIEP's grade; null when it has none (13, "Other"). */
export function mapGrade(code: string): Grade | null {
  const c = code.trim().toUpperCase();
  if (['IT', 'PR', 'PK', 'TK', 'PS', 'PS1', 'PS2', 'PS3'].includes(c)) return 'PS';
  if (/^\d{1,2}$/.test(c)) {
    const p = c.padStart(2, '0');
    return (GRADES as readonly string[]).includes(p) ? (p as Grade) : null;
  }
  return (GRADES as readonly string[]).includes(c) ? (c as Grade) : null;
}

export function mapSex(v: string): 'F' | 'M' | 'X' | null {
  const s = v.trim().toLowerCase();
  if (s === 'female' || s === 'f') return 'F';
  if (s === 'male' || s === 'm') return 'M';
  if (s === '' || s === 'other' || s === 'unspecified' || s === 'x') return 'X';
  return null;
}

export const truthy = (v: string | undefined) => /^(true|1|yes)$/i.test((v ?? '').trim());
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type Row = { line: number; get: (col: string) => string };

export function rowsOf(
  kind: RosterFile,
  input: RosterInput,
  issues: RosterIssue[],
  fatal: RosterIssue[],
): { file: string; rows: Row[]; has: (col: string) => boolean } | null {
  const t = input.tables[kind];
  if (!t) return null;
  const cols = readHeader(kind, t, issues, fatal);
  return {
    file: t.file,
    has: (c) => cols.has(c),
    rows: t.rows.map((r) => ({
      line: r.line,
      get: (c: string) => {
        const i = cols.get(c);
        return i === undefined ? '' : (r.cells[i] ?? '').trim();
      },
    })),
  };
}

/** Files the manifest says are present (bulk or delta). */
export function manifestFiles(manifest: Record<string, string>): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(manifest)) {
    if (k.startsWith('file.') && /^(bulk|delta)$/i.test(v.trim())) out.add(k.slice(5));
  }
  return out;
}

/** Checks the manifest against the files found; what makes the input unusable. */
export function checkManifest(manifest: Record<string, string> | null, present: Set<string>): RosterIssue[] {
  if (!manifest)
    return [
      {
        file: 'manifest.csv',
        line: 0,
        field: 'file',
        reason: 'the manifest is missing: this is not a OneRoster CSV folder',
        severity: 'rejected',
      },
    ];
  const fatal: RosterIssue[] = [];
  const version = (manifest['oneroster.version'] ?? '').trim();
  if (!/^1\.[012]$/.test(version))
    fatal.push({
      file: 'manifest.csv',
      line: 0,
      field: 'oneroster.version',
      reason: `"${version}" is not a OneRoster version this import reads (1.1 or 1.2)`,
      severity: 'rejected',
    });
  const declared = manifestFiles(manifest);
  for (const f of declared) {
    if ((ROSTER_FILES as readonly string[]).includes(f) && !present.has(f))
      fatal.push({
        file: `${f}.csv`,
        line: 0,
        field: `file.${f}`,
        reason: 'the manifest lists this file but it is not in the folder',
        severity: 'rejected',
      });
  }
  for (const f of ['orgs', 'users'])
    if (!present.has(f))
      fatal.push({
        file: `${f}.csv`,
        line: 0,
        field: `file.${f}`,
        reason: 'this file is required (the roster is resolved within the files given)',
        severity: 'rejected',
      });
  if (present.has('classes') && !present.has('academicSessions'))
    fatal.push({
      file: 'academicSessions.csv',
      line: 0,
      field: 'file.academicSessions',
      reason: 'classes.csv needs academicSessions.csv (the terms give the school year)',
      severity: 'rejected',
    });
  return fatal;
}
