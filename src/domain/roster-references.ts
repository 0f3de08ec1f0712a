/**
 * OneRoster's reference files, mapped first so the users and classes can be checked against them (src/domain/roster.ts):
 * orgs → schools (a department resolves to its school), academic sessions → school years, courses, roles.csv (1.2)
 * and demographics. Pure.
 */
import { isIsoDate } from './dates';
import { requiredTable, type RosterContext } from './roster-context';
import type { Row, RosterSchool } from './roster-format';

/** An org reference → the school sourcedId, or why not. */
export type SchoolOf = (ref: string) => { school: string } | { why: string };
export type Terms = Map<string, { year: string } | { why: string }>;
export type Courses = Map<string, { code: string } | { why: string }>;
export type RolesOf = Map<string, { role: string; primary: boolean; org: string; line: number }[]>;
export type Demographics = Map<string, Row>;

/** orgs → schools; departments resolve to their parent school. */
export function mapOrgs(ctx: RosterContext): { schools: RosterSchool[]; schoolOf: SchoolOf } {
  const { admit, reject, skip, warn, where, count } = ctx;
  const orgs = requiredTable(ctx, 'orgs');
  type OrgInfo = { type: string; line: number; parent: string; ok: boolean; why?: string };
  const orgInfo = new Map<string, OrgInfo>();
  const orgRows: { r: Row; info: OrgInfo }[] = [];
  for (const r of orgs.rows) {
    const sid = r.get('sourcedId');
    if (!admit(orgs.file, r)) {
      if (sid && !orgInfo.has(sid))
        orgInfo.set(sid, {
          type: r.get('type').toLowerCase(),
          line: r.line,
          parent: '',
          ok: false,
          why: `was not imported (${where(orgs.file, r.line)})`,
        });
      continue;
    }
    const info: OrgInfo = {
      type: r.get('type').toLowerCase(),
      line: r.line,
      parent: r.get('parentSourcedId'),
      ok: true,
    };
    orgInfo.set(sid, info);
    orgRows.push({ r, info });
  }
  const schools: RosterSchool[] = [];
  for (const { r, info } of orgRows) {
    const sid = r.get('sourcedId');
    const name = r.get('name');
    if (info.type === 'school') {
      if (!name) {
        reject(orgs.file, r.line, 'name', 'a school needs a name');
        info.ok = false;
        info.why = `was rejected (${where(orgs.file, r.line)})`;
        continue;
      }
      if (info.parent && !orgInfo.has(info.parent))
        warn(orgs.file, r.line, 'parentSourcedId', `org "${info.parent}" is not in ${orgs.file}`);
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
  return { schools, schoolOf };
}

/** Academic sessions: each term's school year ("2025-2026" for schoolYear 2026). */
export function mapTerms(ctx: RosterContext): Terms {
  const { tables, admit, reject, where, count } = ctx;
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
  return terms;
}

/** courses.csv (optional): course codes. */
export function mapCourses(ctx: RosterContext): Courses {
  const { tables, admit, where, count } = ctx;
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
  return courses;
}

/** roles.csv (1.2): each user's roles, primary first. */
export function mapRoles(ctx: RosterContext, userIds: ReadonlySet<string>): RolesOf {
  const { tables, admit, reject, count } = ctx;
  const users = tables.users;
  const rolesOf = new Map<string, { role: string; primary: boolean; org: string; line: number }[]>();
  const rolesT = tables.roles;
  if (rolesT)
    for (const r of rolesT.rows) {
      const idField = rolesT.has('sourcedId') ? 'sourcedId' : 'userSourcedId';
      if (!admit(rolesT.file, r, idField)) continue;
      const u = r.get('userSourcedId');
      if (!userIds.has(u)) {
        reject(rolesT.file, r.line, 'userSourcedId', `user "${u}" is not in ${users?.file ?? 'users.csv'}`);
        continue;
      }
      const list = rolesOf.get(u) ?? [];
      list.push({
        role: r.get('role'),
        primary: r.get('roleType').toLowerCase() === 'primary',
        org: r.get('orgSourcedId'),
        line: r.line,
      });
      rolesOf.set(u, list);
      count(rolesT.file).used++;
    }
  return rolesOf;
}

/** demographics.csv: birth date, sex, race and ethnicity by user. */
export function mapDemographics(ctx: RosterContext, userIds: ReadonlySet<string>): Demographics {
  const { tables, admit, reject } = ctx;
  const users = tables.users;
  const demo: Demographics = new Map();
  const demoT = tables.demographics;
  if (demoT)
    for (const r of demoT.rows) {
      if (!admit(demoT.file, r)) continue;
      const u = r.get('sourcedId');
      if (!userIds.has(u)) {
        reject(demoT.file, r.line, 'sourcedId', `user "${u}" is not in ${users?.file ?? 'users.csv'}`);
        continue;
      }
      demo.set(u, r);
    }
  return demo;
}
