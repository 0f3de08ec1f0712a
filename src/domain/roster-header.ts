/**
 * The headers of the OneRoster 1.1 / 1.2 CSV files: each file's known columns (1.1 and 1.2 names), the older
 * spellings that mean the same column, the columns a file cannot be read without, and the misspellings reported
 * with a suggestion. Pure. The rest of the format is src/domain/roster-format.ts.
 */
import type { CsvTable, RosterFile, RosterIssue } from './roster-format';

const COMMON = ['sourcedId', 'status', 'dateLastModified'];
const KNOWN: Record<RosterFile, string[]> = {
  orgs: [...COMMON, 'name', 'type', 'identifier', 'parentSourcedId'],
  users: [
    ...COMMON,
    'enabledUser',
    'orgSourcedIds',
    'role',
    'username',
    'userIds',
    'givenName',
    'familyName',
    'middleName',
    'identifier',
    'email',
    'sms',
    'phone',
    'agentSourcedIds',
    'grades',
    'password',
    'userMasterIdentifier',
    'resourceSourcedIds',
    'preferredGivenName',
    'preferredMiddleName',
    'preferredFamilyName',
    'primaryOrgSourcedId',
    'pronouns',
  ],
  classes: [
    ...COMMON,
    'title',
    'grades',
    'courseSourcedId',
    'classCode',
    'classType',
    'location',
    'schoolSourcedId',
    'termSourcedIds',
    'subjects',
    'subjectCodes',
    'periods',
    'resources',
  ],
  enrollments: [
    ...COMMON,
    'classSourcedId',
    'schoolSourcedId',
    'userSourcedId',
    'role',
    'primary',
    'beginDate',
    'endDate',
  ],
  academicSessions: [...COMMON, 'title', 'type', 'startDate', 'endDate', 'parentSourcedId', 'schoolYear'],
  roles: [
    ...COMMON,
    'userSourcedId',
    'roleType',
    'role',
    'beginDate',
    'endDate',
    'orgSourcedId',
    'userProfileSourcedId',
  ],
  demographics: [
    ...COMMON,
    'birthDate',
    'sex',
    'americanIndianOrAlaskaNative',
    'asian',
    'blackOrAfricanAmerican',
    'nativeHawaiianOrOtherPacificIslander',
    'white',
    'demographicRaceTwoOrMoreRaces',
    'hispanicOrLatinoEthnicity',
    'countryOfBirthCode',
    'stateOfBirthAbbreviation',
    'cityOfBirth',
    'publicSchoolResidenceStatus',
  ],
  courses: [
    ...COMMON,
    'schoolYearSourcedId',
    'title',
    'courseCode',
    'grades',
    'orgSourcedId',
    'subjects',
    'subjectCodes',
    'resources',
  ],
};
/** 1.2 renames and older spellings that mean the same column. */
const ALIASES: Record<string, string> = {
  preferredFirstName: 'preferredGivenName',
  preferredLastName: 'preferredFamilyName',
  schoolYearId: 'schoolYearSourcedId',
};
/** Columns without which a file cannot be read (checked after aliases). */
const REQUIRED: Record<RosterFile, string[]> = {
  orgs: ['sourcedId', 'name', 'type'],
  users: ['sourcedId', 'givenName', 'familyName'],
  classes: ['sourcedId', 'title', 'schoolSourcedId', 'termSourcedIds'],
  enrollments: ['sourcedId', 'classSourcedId', 'userSourcedId', 'role'],
  academicSessions: ['sourcedId', 'schoolYear'],
  roles: ['userSourcedId', 'role'],
  demographics: ['sourcedId', 'birthDate'],
  courses: ['sourcedId'],
};

function distance(a: string, b: string): number {
  // Levenshtein, one row at a time: prev is row i - 1 of the table, cur row i.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

function suggest(name: string, known: string[]): string | null {
  let best: string | null = null;
  let bestD = 3;
  for (const k of known) {
    const dd = distance(name.toLowerCase(), k.toLowerCase());
    if (dd < bestD) {
      bestD = dd;
      best = k;
    }
  }
  return best;
}

/** Maps a table's header to canonical column names; unknown and misspelled columns are warnings, missing required ones fatal. */
export function readHeader(
  kind: RosterFile,
  table: CsvTable,
  issues: RosterIssue[],
  fatal: RosterIssue[],
): Map<string, number> {
  const known = KNOWN[kind];
  const cols = new Map<string, number>();
  table.header.forEach((raw, i) => {
    const h = raw.trim();
    if (h === '') {
      issues.push({
        file: table.file,
        line: 1,
        field: `column ${i + 1}`,
        reason: 'the column has no name; it is ignored',
        severity: 'warning',
      });
      return;
    }
    if (h.startsWith('metadata.')) return;
    const canonical = ALIASES[h] ?? known.find((k) => k.toLowerCase() === h.toLowerCase());
    if (canonical) {
      if (cols.has(canonical))
        issues.push({
          file: table.file,
          line: 1,
          field: h,
          reason: `the column appears twice; the first one is used`,
          severity: 'warning',
        });
      else cols.set(canonical, i);
      return;
    }
    const s = suggest(h, known);
    issues.push({
      file: table.file,
      line: 1,
      field: h,
      reason: s ? `unknown column (did you mean "${s}"?); it is ignored` : 'unknown column; it is ignored',
      severity: 'warning',
    });
  });
  for (const req of REQUIRED[kind]) {
    if (cols.has(req)) continue;
    const near = table.header
      .map((h) => h.trim())
      .find((h) => h && !cols.has(h) && distance(h.toLowerCase(), req.toLowerCase()) <= 2);
    fatal.push({
      file: table.file,
      line: 1,
      field: req,
      reason: near
        ? `required column is missing ("${near}" looks like a misspelling of it)`
        : 'required column is missing',
      severity: 'rejected',
    });
  }
  return cols;
}
