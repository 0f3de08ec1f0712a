/**
 * OneRoster users → students, staff accounts and guardians, and the guardian links from either side (src/domain/roster.ts).
 * Pure.
 */
import { isIsoDate } from './dates';
import { requiredTable, type RosterContext, type RosterTable } from './roster-context';
import {
  EMAIL,
  mapGrade,
  mapSex,
  multi,
  truthy,
  type Row,
  type RosterConflicts,
  type RosterGuardian,
  type RosterGuardianLink,
  type RosterStaff,
  type RosterStudent,
  type StaffRole,
} from './roster-format';
import type { Demographics, RolesOf, SchoolOf } from './roster-references';

type UserRole =
  | { kind: 'student' }
  | { kind: 'staff'; staffRole: StaffRole }
  | { kind: 'guardian'; relationship: RosterGuardianLink['relationship'] };

const USER_ROLES: Record<string, UserRole> = {
  student: { kind: 'student' },
  teacher: { kind: 'staff', staffRole: 'teacher' },
  administrator: { kind: 'staff', staffRole: 'principal' },
  siteadministrator: { kind: 'staff', staffRole: 'principal' },
  principal: { kind: 'staff', staffRole: 'principal' },
  guardian: { kind: 'guardian', relationship: 'guardian' },
  parent: { kind: 'guardian', relationship: 'parent' },
  relative: { kind: 'guardian', relationship: 'relative' },
};

type UserOk = { line: number; agents: string[] } & (
  { kind: 'student' | 'staff' } | { kind: 'guardian'; relationship: RosterGuardianLink['relationship'] }
);

/** The users admitted, by sourcedId; why the others were not (for the rows that name them). */
export interface MappedUsers {
  file: string;
  students: RosterStudent[];
  staff: RosterStaff[];
  guardianRows: { g: RosterGuardian; agents: string[]; relationship: RosterGuardianLink['relationship'] }[];
  userOk: Map<string, UserOk>;
  userWhy: Map<string, string>;
}

/** What the users mapper carries from row to row: its inputs, what it has seen, and what it has admitted. */
interface UserScan {
  ctx: RosterContext;
  refs: { schoolOf: SchoolOf; rolesOf: RolesOf; demo: Demographics };
  conflicts: RosterConflicts;
  users: RosterTable;
  emailsSeen: Map<string, number>;
  localIdsSeen: Map<string, number>;
  out: MappedUsers;
}

/** One user row that passed the common checks, with its roles (primary first) and how to reject it. */
interface UserRow {
  r: Row;
  sid: string;
  roleList: { role: string; primary: boolean; org: string; line: number }[];
  fail: (field: string, reason: string) => void;
}

export function mapUsers(
  ctx: RosterContext,
  refs: { schoolOf: SchoolOf; rolesOf: RolesOf; demo: Demographics },
  conflicts: RosterConflicts,
): MappedUsers {
  const users = requiredTable(ctx, 'users');
  const out: MappedUsers = {
    file: users.file,
    students: [],
    staff: [],
    guardianRows: [],
    userOk: new Map(),
    userWhy: new Map(),
  };
  const scan: UserScan = { ctx, refs, conflicts, users, emailsSeen: new Map(), localIdsSeen: new Map(), out };
  for (const r of users.rows) mapUser(scan, r);
  return out;
}

/** One users.csv row → a student, a staff account or a guardian row, or the reason it is not. */
function mapUser(scan: UserScan, r: Row): void {
  const { ctx, users, out } = scan;
  const { admit, reject, where } = ctx;
  const uf = users.file;
  const sid = r.get('sourcedId');
  if (!admit(uf, r)) {
    if (sid && !out.userWhy.has(sid)) out.userWhy.set(sid, `was not imported (${where(uf, r.line)})`);
    return;
  }
  const fail = (field: string, reason: string) => {
    reject(uf, r.line, field, reason);
    out.userWhy.set(sid, `was rejected (${where(uf, r.line)})`);
  };
  const roleList = [...(scan.refs.rolesOf.get(sid) ?? [])].sort(
    (a, b) => Number(b.primary) - Number(a.primary) || a.line - b.line,
  );
  const u: UserRow = { r, sid, roleList, fail };
  const role = userRole(scan, u);
  if (!role) return;
  const first = r.get('givenName');
  const last = r.get('familyName');
  if (!first || !last) {
    fail(first ? 'familyName' : 'givenName', 'is empty');
    return;
  }
  const agents = multi(r.get('agentSourcedIds'));

  if (role.kind === 'student') {
    const found = resolveSchools(scan, u);
    if (!found) return;
    const [school = ''] = found;
    const student = studentOf(scan, { r, sid, first, last, school }, fail);
    if (!student) return;
    out.students.push(student);
    out.userOk.set(sid, { kind: 'student', line: r.line, agents });
  } else if (role.kind === 'staff') {
    const found = resolveSchools(scan, u);
    if (!found) return;
    const e = checkEmail(scan, u, true);
    if (!e) return;
    out.staff.push({
      sourceId: sid,
      line: r.line,
      role: role.staffRole,
      email: e,
      firstName: first,
      lastName: last,
      schoolSourceIds: found,
    });
    out.userOk.set(sid, { kind: 'staff', line: r.line, agents });
  } else {
    const e = checkEmail(scan, u, false);
    if (e === false) return;
    out.guardianRows.push({
      g: {
        sourceId: sid,
        line: r.line,
        firstName: first,
        lastName: last,
        email: e,
        phone: r.get('phone') || r.get('sms') || null,
      },
      agents,
      relationship: role.relationship,
    });
    out.userOk.set(sid, { kind: 'guardian', line: r.line, agents, relationship: role.relationship });
  }
}

/** The user's role: the role column when it has one, else the primary role in roles.csv; null after `fail`. */
function userRole(scan: UserScan, u: UserRow): UserRole | null {
  const { users } = scan;
  const { r, roleList, fail } = u;
  const rolesT = scan.ctx.tables.roles;
  const roleName = users.has('role') && r.get('role') ? r.get('role') : (roleList[0]?.role ?? '');
  const roleField = users.has('role') && r.get('role') ? 'role' : 'roles.csv';
  const role = USER_ROLES[roleName.toLowerCase()];
  if (!roleName) {
    fail('role', rolesT ? `the user has no role in ${rolesT.file}` : 'is empty');
    return null;
  }
  if (!role) {
    fail(
      roleField,
      `role "${roleName}" is not imported (OpenIEP imports students, teachers, administrators as principals, and guardians)`,
    );
    return null;
  }
  return role;
}

/** The schools the user's orgs (and roles) resolve to, in order; null after `fail` when none does. */
function resolveSchools(scan: UserScan, u: UserRow): string[] | null {
  const { r, roleList, fail } = u;
  const orgRefs = [
    ...new Set([
      ...multi(r.get('orgSourcedIds')),
      ...multi(r.get('primaryOrgSourcedId')),
      ...roleList.map((x) => x.org).filter(Boolean),
    ]),
  ];
  const orgField = scan.users.has('orgSourcedIds') ? 'orgSourcedIds' : 'primaryOrgSourcedId';
  if (orgRefs.length === 0) {
    fail(orgField, 'names no school');
    return null;
  }
  const found: string[] = [];
  const whys: string[] = [];
  for (const o of orgRefs) {
    const s = scan.refs.schoolOf(o);
    if ('school' in s) {
      if (!found.includes(s.school)) found.push(s.school);
    } else whys.push(s.why);
  }
  if (found.length === 0) {
    fail(orgField, whys.join('; '));
    return null;
  }
  return found;
}

/**
 * The user's email: the address, null when there is none and none is needed, or false after `fail` (missing when
 * needed, malformed, twice in the file, or held by another account).
 */
function checkEmail(scan: UserScan, u: UserRow, needed: boolean): string | null | false {
  const { r, sid, fail } = u;
  const email = r.get('email');
  if (!email) {
    if (needed) fail('email', 'a staff account needs an email address');
    return needed ? false : null;
  }
  if (!EMAIL.test(email)) {
    fail('email', `"${email}" is not an email address`);
    return false;
  }
  const key = email.toLowerCase();
  const seenOn = scan.emailsSeen.get(key);
  if (seenOn !== undefined) {
    fail('email', `the same email is on line ${seenOn}`);
    return false;
  }
  const c = scan.conflicts.emails[key];
  if (c && (c.otherDistrict || c.sourceId !== sid)) {
    fail('email', 'the email already belongs to another OpenIEP account');
    return false;
  }
  scan.emailsSeen.set(key, r.line);
  return email;
}

/** Guardian links, from either side (agentSourcedIds); a guardian linked to no imported student is rejected. */
export function linkGuardians(
  ctx: RosterContext,
  mapped: MappedUsers,
  userIds: ReadonlySet<string>,
): { links: RosterGuardianLink[]; guardians: RosterGuardian[] } {
  const { reject, warn, where } = ctx;
  const { userOk, userWhy, guardianRows, file: uf } = mapped;
  const links: RosterGuardianLink[] = [];
  const linkKey = new Set<string>();
  const addLink = (student: string, guardian: string, rel: RosterGuardianLink['relationship']) => {
    const k = `${student}\u0000${guardian}`;
    if (linkKey.has(k)) return;
    linkKey.add(k);
    links.push({
      studentSourceId: student,
      guardianSourceId: guardian,
      relationship: rel,
      educationalRights: rel !== 'relative',
    });
  };
  for (const [sid, u] of userOk) {
    if (u.kind === 'staff') continue;
    for (const a of u.agents) {
      const other = userOk.get(a);
      if (!other) {
        warn(
          uf,
          u.line,
          'agentSourcedIds',
          userIds.has(a)
            ? `user "${a}" ${userWhy.get(a) ?? 'was not imported'}; no link`
            : `user "${a}" is not in ${uf}; no link`,
        );
        continue;
      }
      if (u.kind === 'student' && other.kind === 'guardian') addLink(sid, a, other.relationship);
      else if (u.kind === 'guardian' && other.kind === 'student') addLink(a, sid, u.relationship);
      else
        warn(
          uf,
          u.line,
          'agentSourcedIds',
          `user "${a}" is a ${other.kind === 'staff' ? 'staff member' : other.kind}, not a ${u.kind === 'student' ? 'guardian' : 'student'}; no link`,
        );
    }
  }
  const guardians: RosterGuardian[] = [];
  const linked = new Set(links.map((l) => l.guardianSourceId));
  for (const { g } of guardianRows) {
    if (!linked.has(g.sourceId)) {
      reject(uf, g.line, 'agentSourcedIds', 'the guardian is linked to no imported student');
      userOk.delete(g.sourceId);
      userWhy.set(g.sourceId, `was rejected (${where(uf, g.line)})`);
      continue;
    }
    guardians.push(g);
  }
  return { links, guardians };
}

/**
 * A student row → the student, or null after `fail` named the field: a grade OpenIEP keeps, an ISO birth date and a
 * sex from demographics.csv, and an identifier no other student of the file or the district holds.
 */
function studentOf(
  scan: UserScan,
  u: { r: Row; sid: string; first: string; last: string; school: string },
  fail: (field: string, reason: string) => void,
): RosterStudent | null {
  const { r, sid, first, last, school } = u;
  const { localIdsSeen, conflicts } = scan;
  const gradeCodes = multi(r.get('grades'));
  const [gradeCode] = gradeCodes;
  if (gradeCode === undefined) {
    fail('grades', 'a student needs a grade level');
    return null;
  }
  const grade = mapGrade(gradeCode);
  if (!grade) {
    fail('grades', `"${gradeCode}" is not a grade OpenIEP keeps (PK–12 or UG)`);
    return null;
  }
  const demographics = demographicsOf(scan, sid, fail);
  if (!demographics) return null;
  const { d, demoFile, dob, sex } = demographics;
  const localId = r.get('identifier') || sid;
  const lk = localId.toLowerCase();
  const seenOn = localIdsSeen.get(lk);
  if (seenOn !== undefined) {
    fail('identifier', `the same student identifier is on line ${seenOn}`);
    return null;
  }
  const held = conflicts.studentLocalIds[lk];
  if (held !== undefined && held !== sid) {
    fail('identifier', `student identifier "${localId}" already belongs to another student in this district`);
    return null;
  }
  localIdsSeen.set(lk, r.line);
  scan.ctx.count(demoFile).used++;
  return {
    sourceId: sid,
    line: r.line,
    schoolSourceId: school,
    localId,
    firstName: first,
    middleName: r.get('middleName') || null,
    lastName: last,
    dateOfBirth: dob,
    grade,
    sex,
    hispanicLatino: truthy(d.get('hispanicOrLatinoEthnicity')),
    races: racesOf(d),
  };
}

/** The student's demographics.csv row with a usable birth date and sex; null after `fail` (and the row's rejection). */
function demographicsOf(
  scan: UserScan,
  sid: string,
  fail: (field: string, reason: string) => void,
): { d: Row; demoFile: string; dob: string; sex: 'F' | 'M' | 'X' } | null {
  const { reject, where } = scan.ctx;
  const demoT = scan.ctx.tables.demographics;
  const d = scan.refs.demo.get(sid);
  // A demographics row exists only when demographics.csv does.
  if (!d || !demoT) {
    fail(
      'birthDate',
      demoT
        ? `${demoT.file} has no row for this student (a student needs a date of birth)`
        : 'demographics.csv is absent: a student needs a date of birth',
    );
    return null;
  }
  const dob = d.get('birthDate');
  if (!isIsoDate(dob)) {
    reject(demoT.file, d.line, 'birthDate', dob ? `"${dob}" is not an ISO date (YYYY-MM-DD)` : 'is empty');
    fail('birthDate', `the student's date of birth is not usable (${where(demoT.file, d.line)})`);
    return null;
  }
  const sex = mapSex(d.get('sex'));
  if (!sex) {
    reject(demoT.file, d.line, 'sex', `"${d.get('sex')}" is not a OneRoster sex (male, female, other, unspecified)`);
    fail('sex', `the student's demographics are not usable (${where(demoT.file, d.line)})`);
    return null;
  }
  return { d, demoFile: demoT.file, dob, sex };
}

/** demographics.csv's race columns → OpenIEP's race codes, in the file's order. */
function racesOf(d: Row): string[] {
  return (
    [
      ['americanIndianOrAlaskaNative', 'american_indian_alaska_native'],
      ['asian', 'asian'],
      ['blackOrAfricanAmerican', 'black_african_american'],
      ['nativeHawaiianOrOtherPacificIslander', 'native_hawaiian_pacific_islander'],
      ['white', 'white'],
    ] as const
  )
    .filter(([c]) => truthy(d.get(c)))
    .map(([, v]) => v);
}
