/**
 * OneRoster 1.1 / 1.2 CSV → OpenIEP roster records: pure validation and mapping (no files, no database).
 *
 * Input is the CSV already split into cells (src/features/roster/read-oneroster.ts does that with csv-parse),
 * each row with the line number it ends on. Output is the records to upsert by sourcedId and, for every row
 * that is not imported, an issue naming the file, line, field and reason — never a silent drop.
 *
 * Decisions (documented in the README's CLI section):
 * - `status` empty or `active` → imported. `tobedeleted` (and the 1.0 `inactive`) → reported as *skipped*:
 *   nothing is ever deleted by an import (IEP records are kept; deletions are a person's decision).
 *   Any other status → rejected. Bulk and delta files are both applied as upserts; absence deletes nothing.
 * - orgs: `school` → a school; `department` → its parent school (the parent must be a school in orgs.csv);
 *   `district` → used (the district is the one named on the command line); other types → skipped.
 * - users: student → a student (needs a school, a grade, and an ISO birthDate from demographics.csv);
 *   teacher → a teacher account; administrator/siteAdministrator/principal → a principal account of their
 *   schools (never a district administrator); guardian/parent/relative → a guardian linked through
 *   `agentSourcedIds` (either direction), with an account when they have an email. Imported accounts have
 *   no password. Other roles (aide, proctor, districtAdministrator, …) are rejected. In 1.2, the role and
 *   organisations come from roles.csv (the primary role first) and `primaryOrgSourcedId`.
 * - classes → sections: need a school, a term in academicSessions.csv (its schoolYear gives the school year)
 *   and a teacher enrollment (the `primary` one, else the first).
 * - enrollments: student and teacher enrollments; other roles are rejected.
 * - A reference that is needed to store a row (school, term, class, user, course when courses.csv is given)
 *   and is not there, or was itself rejected, rejects the row. A reference that is not needed (a school's
 *   parent, a guardian link to someone not imported) is reported as a warning.
 * - Dates that are stored (birthDate) must be ISO 8601 (YYYY-MM-DD) or the row is rejected; dates that are
 *   not stored (dateLastModified, enrollment begin/end) are reported as warnings when they are not ISO.
 */
import { openRoster, requiredTable } from './roster-context';
import { mapClasses, mapEnrollments } from './roster-classes';
import type { ParsedRoster, RosterConflicts, RosterFatal, RosterInput } from './roster-format';
import { mapCourses, mapDemographics, mapOrgs, mapRoles, mapTerms } from './roster-references';
import { linkGuardians, mapUsers } from './roster-users';

/** The shapes, headers and value rules live in roster-format.ts; importers may take them from here. */
export * from './roster-format';

/** One mapper per OneRoster file, in the order their references need: orgs, sessions, courses, roles, demographics, users, classes, enrollments. */
export function parseRoster(
  input: RosterInput,
  conflicts: RosterConflicts = { studentLocalIds: {}, emails: {} },
): ParsedRoster | RosterFatal {
  const ctx = openRoster(input);
  if ('fatal' in ctx) return ctx;
  const userIds = new Set(
    requiredTable(ctx, 'users')
      .rows.map((r) => r.get('sourcedId'))
      .filter(Boolean),
  );
  const { schools, schoolOf } = mapOrgs(ctx);
  const terms = mapTerms(ctx);
  const courses = mapCourses(ctx);
  const users = mapUsers(
    ctx,
    { schoolOf, rolesOf: mapRoles(ctx, userIds), demo: mapDemographics(ctx, userIds) },
    conflicts,
  );
  const { links, guardians } = linkGuardians(ctx, users, userIds);
  const { sections, enrollments } = mapEnrollments(ctx, mapClasses(ctx, { schoolOf, terms, courses }), users);
  const issues = ctx.issues.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return {
    version: ctx.version,
    schools,
    students: users.students,
    staff: users.staff,
    guardians,
    links,
    sections,
    enrollments,
    issues,
    counts: ctx.counts,
  };
}

export function isFatal(r: ParsedRoster | RosterFatal): r is RosterFatal {
  return 'fatal' in r;
}
