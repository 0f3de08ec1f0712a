/**
 * The state one OneRoster import shares across its mappers (src/domain/roster.ts): the files read, the issues found and
 * the per-file counts, and how a row is admitted, rejected, skipped or warned about. Pure.
 */
import {
  isIsoDateTime,
  rowsOf,
  ROSTER_FILES,
  type RosterFatal,
  type RosterFile,
  type RosterFileCount,
  type RosterInput,
  type RosterIssue,
  type Row,
} from './roster-format';

export type RosterTable = NonNullable<ReturnType<typeof rowsOf>>;

export interface RosterContext {
  version: string;
  tables: Record<RosterFile, RosterTable | null>;
  issues: RosterIssue[];
  counts: Record<string, RosterFileCount>;
  count: (file: string) => RosterFileCount;
  reject: (file: string, line: number, field: string, reason: string) => void;
  skip: (file: string, line: number, field: string, reason: string) => void;
  warn: (file: string, line: number, field: string, reason: string) => void;
  /** "file:line", for a reason that points at another row. */
  where: (file: string, line: number) => string;
  /** The checks every row passes (an id, not a duplicate, an importable status); true when the row goes on. */
  admit: (file: string, r: Row, idField?: string) => boolean;
}

/** A file the manifest check requires (orgs, users): its absence was refused before the roster was opened. */
export function requiredTable(ctx: RosterContext, file: 'orgs' | 'users'): RosterTable {
  const t = ctx.tables[file];
  if (!t) throw new Error(`${file}.csv is required; the manifest check refuses a roster without it`);
  return t;
}

/** Reads the files and their headers; a file that cannot be read at all is fatal (nothing is imported). */
export function openRoster(input: RosterInput): RosterContext | RosterFatal {
  const issues: RosterIssue[] = [];
  const fatal: RosterIssue[] = [];
  const counts: Record<string, RosterFileCount> = {};
  const version = (input.manifest['oneroster.version'] ?? '').trim();

  const tables = Object.fromEntries(ROSTER_FILES.map((k) => [k, rowsOf(k, input, issues, fatal)])) as Record<
    RosterFile,
    RosterTable | null
  >;
  const users = tables.users;
  if (users && !users.has('role') && !tables.roles)
    fatal.push({
      file: users.file,
      line: 1,
      field: 'role',
      reason: 'users.csv has no role column and there is no roles.csv',
      severity: 'rejected',
    });
  if (fatal.length > 0) return { fatal };

  const count = (file: string) => (counts[file] ??= { rows: 0, used: 0, skipped: 0, rejected: 0 });
  for (const k of ROSTER_FILES) if (tables[k]) count(tables[k].file).rows = tables[k].rows.length;
  const reject = (file: string, line: number, field: string, reason: string) => {
    issues.push({ file, line, field, reason, severity: 'rejected' });
    count(file).rejected++;
  };
  const skip = (file: string, line: number, field: string, reason: string) => {
    issues.push({ file, line, field, reason, severity: 'skipped' });
    count(file).skipped++;
  };
  const warn = (file: string, line: number, field: string, reason: string) =>
    issues.push({ file, line, field, reason, severity: 'warning' });
  const where = (file: string, line: number) => `${file}:${line}`;

  /** Common checks; true when the row goes on. */
  const seen = new Map<string, Map<string, number>>();
  const admit = (file: string, r: Row, idField = 'sourcedId'): boolean => {
    const status = r.get('status').toLowerCase();
    const id = r.get(idField);
    if (!id) {
      reject(file, r.line, idField, 'is empty');
      return false;
    }
    const ids = seen.get(file) ?? new Map<string, number>();
    seen.set(file, ids);
    if (ids.has(id)) {
      reject(file, r.line, idField, `duplicate "${id}" (first at line ${ids.get(id)})`);
      return false;
    }
    ids.set(id, r.line);
    if (status === 'tobedeleted' || status === 'inactive') {
      skip(file, r.line, 'status', `"${status}": not imported, and nothing already imported is deleted`);
      return false;
    }
    if (status !== '' && status !== 'active') {
      reject(file, r.line, 'status', `"${r.get('status')}" is not a OneRoster status (active or tobedeleted)`);
      return false;
    }
    const dlm = r.get('dateLastModified');
    if (dlm && !isIsoDateTime(dlm))
      warn(
        file,
        r.line,
        'dateLastModified',
        `"${dlm}" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ); it is ignored`,
      );
    return true;
  };
  return { version, tables, issues, counts, count, reject, skip, warn, where, admit };
}
