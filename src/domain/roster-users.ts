/**
 * OneRoster users → students, staff accounts and guardians, and the guardian links from either side (src/domain/roster.ts).
 * Pure.
 */
import { requiredTable, type RosterContext, type RosterTable } from './roster-context';
import {
  EMAIL,
  multi,
  type Row,
  type RosterConflicts,
  type RosterGuardian,
  type RosterGuardianLink,
  type RosterStaff,
  type RosterStudent,
  type StaffRole,
} from './roster-format';
import type { Demographics, RolesOf, SchoolOf } from './roster-references';
import { studentOf } from './roster-students';

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
export interface UserScan {
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
