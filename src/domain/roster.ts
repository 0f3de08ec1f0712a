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
import { isIsoDate } from './dates';
import {
  EMAIL,
  isIsoDateTime,
  mapGrade,
  mapSex,
  multi,
  rowsOf,
  truthy,
  type ParsedRoster,
  type RosterConflicts,
  type RosterFatal,
  type RosterInput,
  type RosterIssue,
  type Row,
  ROSTER_FILES,
  type RosterEnrollment,
  type RosterFile,
  type RosterFileCount,
  type RosterGuardian,
  type RosterGuardianLink,
  type RosterSchool,
  type RosterSection,
  type RosterStaff,
  type RosterStudent,
  type StaffRole,
} from './roster-format';

/** The shapes, headers and value rules live in roster-format.ts; importers may take them from here. */
export * from './roster-format';

// ---- the mapping ----

const USER_ROLES: Record<string, { kind: 'student' | 'staff' | 'guardian'; staffRole?: StaffRole; relationship?: RosterGuardianLink['relationship'] }> = {
  student: { kind: 'student' },
  teacher: { kind: 'staff', staffRole: 'teacher' },
  administrator: { kind: 'staff', staffRole: 'principal' },
  siteadministrator: { kind: 'staff', staffRole: 'principal' },
  principal: { kind: 'staff', staffRole: 'principal' },
  guardian: { kind: 'guardian', relationship: 'guardian' },
  parent: { kind: 'guardian', relationship: 'parent' },
  relative: { kind: 'guardian', relationship: 'relative' },
};

export function parseRoster(input: RosterInput, conflicts: RosterConflicts = { studentLocalIds: {}, emails: {} }): ParsedRoster | RosterFatal {
  const issues: RosterIssue[] = [];
  const fatal: RosterIssue[] = [];
  const counts: Record<string, RosterFileCount> = {};
  const version = (input.manifest['oneroster.version'] ?? '').trim();

  const tables = Object.fromEntries(ROSTER_FILES.map((k) => [k, rowsOf(k, input, issues, fatal)])) as Record<RosterFile, ReturnType<typeof rowsOf>>;
  const users = tables.users;
  if (users && !users.has('role') && !tables.roles)
    fatal.push({ file: users.file, line: 1, field: 'role', reason: 'users.csv has no role column and there is no roles.csv', severity: 'rejected' });
  if (fatal.length > 0) return { fatal };

  const count = (file: string) => (counts[file] ??= { rows: 0, used: 0, skipped: 0, rejected: 0 });
  for (const k of ROSTER_FILES) if (tables[k]) count(tables[k]!.file).rows = tables[k]!.rows.length;
  const reject = (file: string, line: number, field: string, reason: string) => {
    issues.push({ file, line, field, reason, severity: 'rejected' });
    count(file).rejected++;
  };
  const skip = (file: string, line: number, field: string, reason: string) => {
    issues.push({ file, line, field, reason, severity: 'skipped' });
    count(file).skipped++;
  };
  const warn = (file: string, line: number, field: string, reason: string) => issues.push({ file, line, field, reason, severity: 'warning' });
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
    if (dlm && !isIsoDateTime(dlm)) warn(file, r.line, 'dateLastModified', `"${dlm}" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ); it is ignored`);
    return true;
  };

  // orgs → schools (departments resolve to their parent school)
  const orgs = tables.orgs!;
  type OrgInfo = { type: string; line: number; parent: string; ok: boolean; why?: string };
  const orgInfo = new Map<string, OrgInfo>();
  const orgRows: Row[] = [];
  for (const r of orgs.rows) {
    const sid = r.get('sourcedId');
    if (!admit(orgs.file, r)) {
      if (sid && !orgInfo.has(sid)) orgInfo.set(sid, { type: r.get('type').toLowerCase(), line: r.line, parent: '', ok: false, why: `was not imported (${where(orgs.file, r.line)})` });
      continue;
    }
    orgInfo.set(sid, { type: r.get('type').toLowerCase(), line: r.line, parent: r.get('parentSourcedId'), ok: true });
    orgRows.push(r);
  }
  const schools: RosterSchool[] = [];
  for (const r of orgRows) {
    const sid = r.get('sourcedId');
    const info = orgInfo.get(sid)!;
    const name = r.get('name');
    if (info.type === 'school') {
      if (!name) {
        reject(orgs.file, r.line, 'name', 'a school needs a name');
        info.ok = false;
        info.why = `was rejected (${where(orgs.file, r.line)})`;
        continue;
      }
      if (info.parent && !orgInfo.has(info.parent)) warn(orgs.file, r.line, 'parentSourcedId', `org "${info.parent}" is not in ${orgs.file}`);
      schools.push({ sourceId: sid, name, line: r.line });
    } else if (info.type === 'department') {
      const p = orgInfo.get(info.parent);
      let why: string | null = null;
      if (!info.parent) why = 'a department must name its school (parentSourcedId is empty)';
      else if (!p) why = `org "${info.parent}" is not in ${orgs.file}`;
      else if (p.type !== 'school') why = `org "${info.parent}" is a ${p.type}, not a school`;
      else if (!p.ok) why = `org "${info.parent}" ${p.why}`;
      if (why) {
        reject(orgs.file, r.line, 'parentSourcedId', why);
        info.ok = false;
        info.why = `was rejected (${where(orgs.file, r.line)})`;
      } else count(orgs.file).used++;
    } else if (info.type === 'district') {
      count(orgs.file).used++;
    } else if (['local', 'state', 'national'].includes(info.type)) {
      skip(orgs.file, r.line, 'type', `a ${info.type} org is not imported`);
      info.ok = false;
      info.why = `is a ${info.type} org, not a school`;
    } else {
      reject(orgs.file, r.line, 'type', `"${r.get('type')}" is not a OneRoster org type`);
      info.ok = false;
      info.why = `was rejected (${where(orgs.file, r.line)})`;
    }
  }
  /** An org reference → the school sourcedId, or why not. */
  const schoolOf = (ref: string): { school: string } | { why: string } => {
    const o = orgInfo.get(ref);
    if (!o) return { why: `org "${ref}" is not in ${orgs.file}` };
    if (!o.ok) return { why: `org "${ref}" ${o.why}` };
    if (o.type === 'school') return { school: ref };
    if (o.type === 'department') return { school: o.parent };
    return { why: `org "${ref}" is a ${o.type}, not a school` };
  };

  // academic sessions (terms → school year)
  const terms = new Map<string, { year: string } | { why: string }>();
  const sessions = tables.academicSessions;
  if (sessions)
    for (const r of sessions.rows) {
      const sid = r.get('sourcedId');
      if (!admit(sessions.file, r)) {
        if (sid && !terms.has(sid)) terms.set(sid, { why: `was not imported (${where(sessions.file, r.line)})` });
        continue;
      }
      const y = r.get('schoolYear');
      let bad = false;
      if (!/^\d{4}$/.test(y)) {
        reject(sessions.file, r.line, 'schoolYear', `"${y}" is not a year (YYYY)`);
        bad = true;
      }
      for (const f of ['startDate', 'endDate']) {
        const d = r.get(f);
        if (!bad && d && !isIsoDate(d)) {
          reject(sessions.file, r.line, f, `"${d}" is not an ISO date (YYYY-MM-DD)`);
          bad = true;
        }
      }
      if (bad) {
        terms.set(sid, { why: `was rejected (${where(sessions.file, r.line)})` });
        continue;
      }
      terms.set(sid, { year: `${Number(y) - 1}-${y}` });
      count(sessions.file).used++;
    }

  // courses (optional)
  const courses = new Map<string, { code: string } | { why: string }>();
  const courseT = tables.courses;
  if (courseT)
    for (const r of courseT.rows) {
      const sid = r.get('sourcedId');
      if (!admit(courseT.file, r)) {
        if (sid && !courses.has(sid)) courses.set(sid, { why: `was not imported (${where(courseT.file, r.line)})` });
        continue;
      }
      courses.set(sid, { code: r.get('courseCode') });
      count(courseT.file).used++;
    }

  // roles.csv (1.2): user → roles, primary first
  const rolesOf = new Map<string, { role: string; primary: boolean; org: string; line: number }[]>();
  const rolesT = tables.roles;
  const userIds = new Set(users!.rows.map((r) => r.get('sourcedId')).filter(Boolean));
  if (rolesT)
    for (const r of rolesT.rows) {
      const idField = rolesT.has('sourcedId') ? 'sourcedId' : 'userSourcedId';
      if (!admit(rolesT.file, r, idField)) continue;
      const u = r.get('userSourcedId');
      if (!userIds.has(u)) {
        reject(rolesT.file, r.line, 'userSourcedId', `user "${u}" is not in ${users!.file}`);
        continue;
      }
      const list = rolesOf.get(u) ?? [];
      list.push({ role: r.get('role'), primary: r.get('roleType').toLowerCase() === 'primary', org: r.get('orgSourcedId'), line: r.line });
      rolesOf.set(u, list);
      count(rolesT.file).used++;
    }

  // demographics (birthDate, sex, race)
  const demo = new Map<string, { line: number; get(c: string): string }>();
  const demoT = tables.demographics;
  if (demoT)
    for (const r of demoT.rows) {
      if (!admit(demoT.file, r)) continue;
      const u = r.get('sourcedId');
      if (!userIds.has(u)) {
        reject(demoT.file, r.line, 'sourcedId', `user "${u}" is not in ${users!.file}`);
        continue;
      }
      demo.set(u, r);
    }

  // users
  type UserOk = { kind: 'student' | 'staff' | 'guardian'; line: number; relationship?: RosterGuardianLink['relationship']; agents: string[] };
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
    const roleList = [...(rolesOf.get(sid) ?? [])].sort((a, b) => Number(b.primary) - Number(a.primary) || a.line - b.line);
    const roleName = users!.has('role') && r.get('role') ? r.get('role') : (roleList[0]?.role ?? '');
    const roleField = users!.has('role') && r.get('role') ? 'role' : 'roles.csv';
    const role = USER_ROLES[roleName.toLowerCase()];
    if (!roleName) {
      fail('role', rolesT ? `the user has no role in ${rolesT.file}` : 'is empty');
      continue;
    }
    if (!role) {
      fail(roleField, `role "${roleName}" is not imported (OpenIEP imports students, teachers, administrators as principals, and guardians)`);
      continue;
    }
    const first = r.get('givenName');
    const last = r.get('familyName');
    if (!first || !last) {
      fail(first ? 'familyName' : 'givenName', 'is empty');
      continue;
    }
    const orgRefs = [...new Set([...multi(r.get('orgSourcedIds')), ...multi(r.get('primaryOrgSourcedId')), ...roleList.map((x) => x.org).filter(Boolean)])];
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
      const gradeCodes = multi(r.get('grades'));
      if (gradeCodes.length === 0) {
        fail('grades', 'a student needs a grade level');
        continue;
      }
      const grade = mapGrade(gradeCodes[0]!);
      if (!grade) {
        fail('grades', `"${gradeCodes[0]}" is not a grade OpenIEP keeps (PK–12 or UG)`);
        continue;
      }
      const d = demo.get(sid);
      if (!d) {
        fail('birthDate', demoT ? `${demoT.file} has no row for this student (a student needs a date of birth)` : 'demographics.csv is absent: a student needs a date of birth');
        continue;
      }
      const dob = d.get('birthDate');
      if (!isIsoDate(dob)) {
        reject(demoT!.file, d.line, 'birthDate', dob ? `"${dob}" is not an ISO date (YYYY-MM-DD)` : 'is empty');
        fail('birthDate', `the student's date of birth is not usable (${where(demoT!.file, d.line)})`);
        continue;
      }
      const sex = mapSex(d.get('sex'));
      if (!sex) {
        reject(demoT!.file, d.line, 'sex', `"${d.get('sex')}" is not a OneRoster sex (male, female, other, unspecified)`);
        fail('sex', `the student's demographics are not usable (${where(demoT!.file, d.line)})`);
        continue;
      }
      const localId = r.get('identifier') || sid;
      const lk = localId.toLowerCase();
      if (localIdsSeen.has(lk)) {
        fail('identifier', `the same student identifier is on line ${localIdsSeen.get(lk)}`);
        continue;
      }
      const held = conflicts.studentLocalIds[lk];
      if (held !== undefined && held !== sid) {
        fail('identifier', `student identifier "${localId}" already belongs to another student in this district`);
        continue;
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
      students.push({
        sourceId: sid,
        line: r.line,
        schoolSourceId: found[0]!,
        localId,
        firstName: first,
        middleName: r.get('middleName') || null,
        lastName: last,
        dateOfBirth: dob,
        grade,
        sex,
        hispanicLatino: truthy(d.get('hispanicOrLatinoEthnicity')),
        races,
      });
      userOk.set(sid, { kind: 'student', line: r.line, agents });
    } else if (role.kind === 'staff') {
      const found = resolveSchools();
      if (!found) continue;
      const e = emailCheck(true);
      if (!e) continue;
      staff.push({ sourceId: sid, line: r.line, role: role.staffRole!, email: e, firstName: first, lastName: last, schoolSourceIds: found });
      userOk.set(sid, { kind: 'staff', line: r.line, agents });
    } else {
      const e = emailCheck(false);
      if (e === false) continue;
      guardianRows.push({ g: { sourceId: sid, line: r.line, firstName: first, lastName: last, email: e, phone: r.get('phone') || r.get('sms') || null }, agents, relationship: role.relationship! });
      userOk.set(sid, { kind: 'guardian', line: r.line, agents, relationship: role.relationship! });
    }
  }

  // guardian links, from either side
  const links: RosterGuardianLink[] = [];
  const linkKey = new Set<string>();
  const addLink = (student: string, guardian: string) => {
    const k = `${student}\u0000${guardian}`;
    if (linkKey.has(k)) return;
    linkKey.add(k);
    const rel = userOk.get(guardian)!.relationship!;
    links.push({ studentSourceId: student, guardianSourceId: guardian, relationship: rel, educationalRights: rel !== 'relative' });
  };
  for (const [sid, u] of userOk) {
    if (u.kind === 'staff') continue;
    for (const a of u.agents) {
      const other = userOk.get(a);
      if (!other) {
        warn(uf, u.line, 'agentSourcedIds', userIds.has(a) ? `user "${a}" ${userWhy.get(a) ?? 'was not imported'}; no link` : `user "${a}" is not in ${uf}; no link`);
        continue;
      }
      if (u.kind === 'student' && other.kind === 'guardian') addLink(sid, a);
      else if (u.kind === 'guardian' && other.kind === 'student') addLink(a, sid);
      else warn(uf, u.line, 'agentSourcedIds', `user "${a}" is a ${other.kind === 'staff' ? 'staff member' : other.kind}, not a ${u.kind === 'student' ? 'guardian' : 'student'}; no link`);
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

  // classes (teacher decided after enrollments)
  const classT = tables.classes;
  type ClassPre = Omit<RosterSection, 'teacherSourceId'> & { line: number };
  const classPre = new Map<string, ClassPre>();
  const classWhy = new Map<string, string>();
  if (classT)
    for (const r of classT.rows) {
      const sid = r.get('sourcedId');
      if (!admit(classT.file, r)) {
        if (sid && !classWhy.has(sid)) classWhy.set(sid, `was not imported (${where(classT.file, r.line)})`);
        continue;
      }
      const fail = (field: string, reason: string) => {
        reject(classT.file, r.line, field, reason);
        classWhy.set(sid, `was rejected (${where(classT.file, r.line)})`);
      };
      const title = r.get('title');
      if (!title) {
        fail('title', 'is empty');
        continue;
      }
      const s = schoolOf(r.get('schoolSourcedId'));
      if (!r.get('schoolSourcedId')) {
        fail('schoolSourcedId', 'is empty');
        continue;
      }
      if ('why' in s) {
        fail('schoolSourcedId', s.why);
        continue;
      }
      const termIds = multi(r.get('termSourcedIds'));
      if (termIds.length === 0) {
        fail('termSourcedIds', 'is empty');
        continue;
      }
      const t = terms.get(termIds[0]!);
      if (!t) {
        fail('termSourcedIds', `term "${termIds[0]}" is not in ${sessions?.file ?? 'academicSessions.csv'}`);
        continue;
      }
      if ('why' in t) {
        fail('termSourcedIds', `term "${termIds[0]}" ${t.why}`);
        continue;
      }
      let courseCode: string | null = r.get('classCode') || null;
      const cref = r.get('courseSourcedId');
      if (cref) {
        if (courseT) {
          const c = courses.get(cref);
          if (!c) {
            fail('courseSourcedId', `course "${cref}" is not in ${courseT.file}`);
            continue;
          }
          if ('why' in c) {
            fail('courseSourcedId', `course "${cref}" ${c.why}`);
            continue;
          }
          courseCode = c.code || courseCode;
        } else warn(classT.file, r.line, 'courseSourcedId', `course "${cref}" cannot be checked: courses.csv is absent`);
      }
      classPre.set(sid, { sourceId: sid, line: r.line, schoolSourceId: s.school, name: title, courseCode, schoolYear: t.year, grades: multi(r.get('grades')) });
    }

  // enrollments
  const enrT = tables.enrollments;
  const teachers = new Map<string, { user: string; primary: boolean; line: number }[]>();
  const studentEnr: { sourceId: string; line: number; cls: string; user: string }[] = [];
  if (enrT)
    for (const r of enrT.rows) {
      if (!admit(enrT.file, r)) continue;
      const cls = r.get('classSourcedId');
      const user = r.get('userSourcedId');
      const role = r.get('role').toLowerCase();
      if (role !== 'student' && role !== 'teacher') {
        reject(enrT.file, r.line, 'role', `"${r.get('role')}" enrollments are not imported (students and teachers only)`);
        continue;
      }
      if (!classPre.has(cls)) {
        reject(enrT.file, r.line, 'classSourcedId', classWhy.has(cls) ? `class "${cls}" ${classWhy.get(cls)}` : `class "${cls}" is not in ${classT?.file ?? 'classes.csv'}`);
        continue;
      }
      const u = userOk.get(user);
      if (!u) {
        reject(enrT.file, r.line, 'userSourcedId', userWhy.has(user) ? `user "${user}" ${userWhy.get(user)}` : `user "${user}" is not in ${uf}`);
        continue;
      }
      const want = role === 'student' ? 'student' : 'staff';
      if (u.kind !== want) {
        reject(enrT.file, r.line, 'userSourcedId', `user "${user}" is not a ${role}`);
        continue;
      }
      for (const f of ['beginDate', 'endDate']) {
        const d = r.get(f);
        if (d && !isIsoDate(d)) warn(enrT.file, r.line, f, `"${d}" is not an ISO date (YYYY-MM-DD); it is ignored`);
      }
      if (role === 'teacher') {
        const list = teachers.get(cls) ?? [];
        list.push({ user, primary: truthy(r.get('primary')), line: r.line });
        teachers.set(cls, list);
      } else studentEnr.push({ sourceId: r.get('sourcedId'), line: r.line, cls, user });
    }

  const sections: RosterSection[] = [];
  for (const c of classPre.values()) {
    const list = [...(teachers.get(c.sourceId) ?? [])].sort((a, b) => Number(b.primary) - Number(a.primary) || a.line - b.line);
    if (list.length === 0) {
      reject(classT!.file, c.line, 'enrollments', `the class has no imported teacher enrollment in ${enrT?.file ?? 'enrollments.csv'} (a section needs a teacher)`);
      classWhy.set(c.sourceId, `was rejected (${where(classT!.file, c.line)})`);
      continue;
    }
    const [chosen, ...others] = list;
    count(enrT!.file).used++;
    for (const o of others)
      skip(enrT!.file, o.line, 'role', `a section has one teacher in OpenIEP; the teacher on line ${chosen!.line} is kept`);
    const { line, ...rest } = c;
    sections.push({ ...rest, line, teacherSourceId: chosen!.user });
  }
  const sectionIds = new Set(sections.map((s) => s.sourceId));
  const enrollments: RosterEnrollment[] = [];
  const enrSeen = new Map<string, number>();
  for (const e of studentEnr) {
    if (!sectionIds.has(e.cls)) {
      reject(enrT!.file, e.line, 'classSourcedId', `class "${e.cls}" ${classWhy.get(e.cls) ?? 'was rejected'}`);
      continue;
    }
    const k = `${e.cls}\u0000${e.user}`;
    if (enrSeen.has(k)) {
      skip(enrT!.file, e.line, 'userSourcedId', `the same student is already enrolled in this class on line ${enrSeen.get(k)}`);
      continue;
    }
    enrSeen.set(k, e.line);
    enrollments.push({ sourceId: e.sourceId, line: e.line, sectionSourceId: e.cls, studentSourceId: e.user });
  }

  issues.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { version, schools, students, staff, guardians, links, sections, enrollments, issues, counts };
}

export function isFatal(r: ParsedRoster | RosterFatal): r is RosterFatal {
  return 'fatal' in r;
}
