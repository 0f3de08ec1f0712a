/**
 * OneRoster users → students, staff accounts and guardians, and the guardian links from either side (src/domain/roster.ts).
 * Pure.
 */
import { isIsoDate } from './dates';
import type { RosterContext, RosterTable } from './roster-context';
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

const USER_ROLES: Record<
  string,
  { kind: 'student' | 'staff' | 'guardian'; staffRole?: StaffRole; relationship?: RosterGuardianLink['relationship'] }
> = {
  student: { kind: 'student' },
  teacher: { kind: 'staff', staffRole: 'teacher' },
  administrator: { kind: 'staff', staffRole: 'principal' },
  siteadministrator: { kind: 'staff', staffRole: 'principal' },
  principal: { kind: 'staff', staffRole: 'principal' },
  guardian: { kind: 'guardian', relationship: 'guardian' },
  parent: { kind: 'guardian', relationship: 'parent' },
  relative: { kind: 'guardian', relationship: 'relative' },
};

type UserOk = {
  kind: 'student' | 'staff' | 'guardian';
  line: number;
  relationship?: RosterGuardianLink['relationship'];
  agents: string[];
};

/** The users admitted, by sourcedId; why the others were not (for the rows that name them). */
export interface MappedUsers {
  file: string;
  students: RosterStudent[];
  staff: RosterStaff[];
  guardianRows: { g: RosterGuardian; agents: string[]; relationship: RosterGuardianLink['relationship'] }[];
  userOk: Map<string, UserOk>;
  userWhy: Map<string, string>;
}

export function mapUsers(
  ctx: RosterContext,
  refs: { schoolOf: SchoolOf; rolesOf: RolesOf; demo: Demographics },
  conflicts: RosterConflicts,
): MappedUsers {
  const { tables, admit, reject, where } = ctx;
  const { schoolOf, rolesOf, demo } = refs;
  const users = tables.users;
  const rolesT = tables.roles;
  const demoT = tables.demographics;
  const userOk = new Map<string, UserOk>();
  const userWhy = new Map<string, string>();
  const students: RosterStudent[] = [];
  const staff: RosterStaff[] = [];
  const guardianRows: { g: RosterGuardian; agents: string[]; relationship: RosterGuardianLink['relationship'] }[] = [];
  const emailsSeen = new Map<string, number>();
  const localIdsSeen = new Map<string, number>();
  const uf = users!.file;
  for (const r of users!.rows) {
    const sid = r.get('sourcedId');
    if (!admit(uf, r)) {
      if (sid && !userWhy.has(sid)) userWhy.set(sid, `was not imported (${where(uf, r.line)})`);
      continue;
    }
    const fail = (field: string, reason: string) => {
      reject(uf, r.line, field, reason);
      userWhy.set(sid, `was rejected (${where(uf, r.line)})`);
    };
    const roleList = [...(rolesOf.get(sid) ?? [])].sort(
      (a, b) => Number(b.primary) - Number(a.primary) || a.line - b.line,
    );
    const roleName = users!.has('role') && r.get('role') ? r.get('role') : (roleList[0]?.role ?? '');
    const roleField = users!.has('role') && r.get('role') ? 'role' : 'roles.csv';
    const role = USER_ROLES[roleName.toLowerCase()];
    if (!roleName) {
      fail('role', rolesT ? `the user has no role in ${rolesT.file}` : 'is empty');
      continue;
    }
    if (!role) {
      fail(
        roleField,
        `role "${roleName}" is not imported (OpenIEP imports students, teachers, administrators as principals, and guardians)`,
      );
      continue;
    }
    const first = r.get('givenName');
    const last = r.get('familyName');
    if (!first || !last) {
      fail(first ? 'familyName' : 'givenName', 'is empty');
      continue;
    }
    const orgRefs = [
      ...new Set([
        ...multi(r.get('orgSourcedIds')),
        ...multi(r.get('primaryOrgSourcedId')),
        ...roleList.map((x) => x.org).filter(Boolean),
      ]),
    ];
    const orgField = users!.has('orgSourcedIds') ? 'orgSourcedIds' : 'primaryOrgSourcedId';
    const resolveSchools = (): string[] | null => {
      if (orgRefs.length === 0) {
        fail(orgField, 'names no school');
        return null;
      }
      const found: string[] = [];
      const whys: string[] = [];
      for (const o of orgRefs) {
        const s = schoolOf(o);
        if ('school' in s) {
          if (!found.includes(s.school)) found.push(s.school);
        } else whys.push(s.why);
      }
      if (found.length === 0) {
        fail(orgField, whys.join('; '));
        return null;
      }
      return found;
    };
    const email = r.get('email');
    const emailCheck = (needed: boolean): string | null | false => {
      if (!email) {
        if (needed) fail('email', 'a staff account needs an email address');
        return needed ? false : null;
      }
      if (!EMAIL.test(email)) {
        fail('email', `"${email}" is not an email address`);
        return false;
      }
      const key = email.toLowerCase();
      if (emailsSeen.has(key)) {
        fail('email', `the same email is on line ${emailsSeen.get(key)}`);
        return false;
      }
      const c = conflicts.emails[key];
      if (c && (c.otherDistrict || c.sourceId !== sid)) {
        fail('email', 'the email already belongs to another OpenIEP account');
        return false;
      }
      emailsSeen.set(key, r.line);
      return email;
    };
    const agents = multi(r.get('agentSourcedIds'));

    if (role.kind === 'student') {
      const found = resolveSchools();
      if (!found) continue;
      const student = studentOf(
        ctx,
        { r, sid, first, last, school: found[0]! },
        { demo, demoT, localIdsSeen, conflicts },
        fail,
      );
      if (!student) continue;
      students.push(student);
      userOk.set(sid, { kind: 'student', line: r.line, agents });
    } else if (role.kind === 'staff') {
      const found = resolveSchools();
      if (!found) continue;
      const e = emailCheck(true);
      if (!e) continue;
      staff.push({
        sourceId: sid,
        line: r.line,
        role: role.staffRole!,
        email: e,
        firstName: first,
        lastName: last,
        schoolSourceIds: found,
      });
      userOk.set(sid, { kind: 'staff', line: r.line, agents });
    } else {
      const e = emailCheck(false);
      if (e === false) continue;
      guardianRows.push({
        g: {
          sourceId: sid,
          line: r.line,
          firstName: first,
          lastName: last,
          email: e,
          phone: r.get('phone') || r.get('sms') || null,
        },
        agents,
        relationship: role.relationship!,
      });
      userOk.set(sid, { kind: 'guardian', line: r.line, agents, relationship: role.relationship! });
    }
  }
  return { file: uf, students, staff, guardianRows, userOk, userWhy };
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
  const addLink = (student: string, guardian: string) => {
    const k = `${student}\u0000${guardian}`;
    if (linkKey.has(k)) return;
    linkKey.add(k);
    const rel = userOk.get(guardian)!.relationship!;
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
      if (u.kind === 'student' && other.kind === 'guardian') addLink(sid, a);
      else if (u.kind === 'guardian' && other.kind === 'student') addLink(a, sid);
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
  ctx: RosterContext,
  u: { r: Row; sid: string; first: string; last: string; school: string },
  deps: {
    demo: Demographics;
    demoT: RosterTable | null;
    localIdsSeen: Map<string, number>;
    conflicts: RosterConflicts;
  },
  fail: (field: string, reason: string) => void,
): RosterStudent | null {
  const { reject, where, count } = ctx;
  const { r, sid, first, last, school } = u;
  const { demo, demoT, localIdsSeen, conflicts } = deps;
  const gradeCodes = multi(r.get('grades'));
  if (gradeCodes.length === 0) {
    fail('grades', 'a student needs a grade level');
    return null;
  }
  const grade = mapGrade(gradeCodes[0]!);
  if (!grade) {
    fail('grades', `"${gradeCodes[0]}" is not a grade OpenIEP keeps (PK–12 or UG)`);
    return null;
  }
  const d = demo.get(sid);
  if (!d) {
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
    reject(demoT!.file, d.line, 'birthDate', dob ? `"${dob}" is not an ISO date (YYYY-MM-DD)` : 'is empty');
    fail('birthDate', `the student's date of birth is not usable (${where(demoT!.file, d.line)})`);
    return null;
  }
  const sex = mapSex(d.get('sex'));
  if (!sex) {
    reject(demoT!.file, d.line, 'sex', `"${d.get('sex')}" is not a OneRoster sex (male, female, other, unspecified)`);
    fail('sex', `the student's demographics are not usable (${where(demoT!.file, d.line)})`);
    return null;
  }
  const localId = r.get('identifier') || sid;
  const lk = localId.toLowerCase();
  if (localIdsSeen.has(lk)) {
    fail('identifier', `the same student identifier is on line ${localIdsSeen.get(lk)}`);
    return null;
  }
  const held = conflicts.studentLocalIds[lk];
  if (held !== undefined && held !== sid) {
    fail('identifier', `student identifier "${localId}" already belongs to another student in this district`);
    return null;
  }
  localIdsSeen.set(lk, r.line);
  count(demoT!.file).used++;
  const races = (
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
    races,
  };
}
