/**
 * The SQL scope (src/db/scope-sql.ts) and the pure policy (src/policy/student.ts) must agree: for every
 * demo account, the students the API lists are exactly those `studentAbilities(actor, facts).view`
 * allows out of ALL students of ALL districts, with the facts read straight from the tables here (not
 * through the repository's own query). Single reads agree too: 200 for each visible one, 404 otherwise.
 * The repository filters SQL rows through the policy again, so the API alone would hide an SQL clause
 * that lets too much through: the clause is also run on its own, straight against the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import { studentScope } from '../src/db/scope-sql';
import type { Role } from '../src/domain/roles';
import type { Actor, StudentFacts } from '../src/policy/actor';
import { studentAbilities, type StudentAbilities } from '../src/policy/student';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';

type Who = keyof typeof DEMO;
const ACCOUNTS = Object.entries(DEMO) as [Who, string][];

interface ListItem {
  id: string;
  primaryDisability?: string | null;
  abilities: StudentAbilities;
}

/** Every student of every district, with the access facts built from the relation tables. */
async function loadAllFacts(db: Database): Promise<StudentFacts[]> {
  const students = await db.query<{ id: string; districtId: string; schoolId: string }>(
    `SELECT id::text AS "id", district_id::text AS "districtId", school_id::text AS "schoolId" FROM students ORDER BY id`,
  );
  const pairs = async (sql: string) => db.query<{ studentId: string; otherId: string }>(sql);
  const group = (rows: { studentId: string; otherId: string }[]) => {
    const m = new Map<string, string[]>();
    for (const r of rows) m.set(r.studentId, [...(m.get(r.studentId) ?? []), r.otherId]);
    return m;
  };
  const cms = group(
    await pairs(`SELECT student_id::text AS "studentId", user_id::text AS "otherId" FROM case_manager_assignments`),
  );
  const providers = group(
    await pairs(`SELECT student_id::text AS "studentId", user_id::text AS "otherId" FROM provider_assignments`),
  );
  const teachers = group(
    await pairs(
      `SELECT e.student_id::text AS "studentId", x.teacher_id::text AS "otherId" FROM section_enrollments e JOIN sections x ON x.id = e.section_id`,
    ),
  );
  const guardians = group(
    await pairs(`SELECT student_id::text AS "studentId", guardian_id::text AS "otherId" FROM student_guardians`),
  );
  return students.map((s) => ({
    ...s,
    caseManagerIds: cms.get(s.id) ?? [],
    providerIds: providers.get(s.id) ?? [],
    teacherIds: teachers.get(s.id) ?? [],
    guardianIds: guardians.get(s.id) ?? [],
  }));
}

async function loadActor(db: Database, email: string): Promise<Actor> {
  const rows = await db.query<{
    userId: string;
    districtId: string;
    role: Role;
    name: string;
    discipline: string | null;
    studentId: string | null;
    guardianId: string | null;
    schoolIds: string[];
  }>(
    `SELECT u.id::text AS "userId", u.district_id::text AS "districtId", u.role, u.first_name || ' ' || u.last_name AS "name",
            u.discipline, u.student_id::text AS "studentId", u.guardian_id::text AS "guardianId",
            ARRAY(SELECT ss.school_id::text FROM staff_schools ss WHERE ss.user_id = u.id) AS "schoolIds"
       FROM users u WHERE lower(u.email) = lower($1)`,
    [email],
  );
  const r = rows[0];
  if (!r) throw new Error(`no user ${email} in the demo data`);
  return r;
}

async function listAll(c: Client, limit: number, extra = ''): Promise<ListItem[]> {
  const out: ListItem[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const url: string = `/api/v1/students?limit=${limit}${extra}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await c.get(url);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ data: ListItem[]; nextCursor: string | null }>();
    expect(body.data.length).toBeLessThanOrEqual(limit);
    out.push(...body.data);
    if (!body.nextCursor) return out;
    cursor = body.nextCursor;
  }
  throw new Error('more than 100 pages: the cursor does not advance');
}

/** Up to `n` ids spread over the list, so the sample covers both districts and every school. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

describe.each(ENGINES)('policy and SQL scope agree on %s', (engine) => {
  let t: TestApp;
  let all: StudentFacts[];
  beforeAll(async () => {
    t = await startTestApp(engine);
    all = await loadAllFacts(t.db);
  });
  afterAll(async () => t.close());

  it('the demo data spans two districts, and DEMO names every account in it', async () => {
    expect(new Set(all.map((s) => s.districtId)).size).toBe(2);
    expect(all.length).toBeGreaterThanOrEqual(50);
    const emails = await t.db.query<{ email: string }>(`SELECT lower(email) AS email FROM users ORDER BY 1`);
    expect(emails.map((e) => e.email).sort()).toEqual(
      Object.values(DEMO)
        .map((e) => e.toLowerCase())
        .sort(),
    );
  });

  it.each(ACCOUNTS)('%s (%s): the list is exactly what the policy allows', async (_who, email) => {
    const actor = await loadActor(t.db, email);
    const c = await t.signIn(email);
    const me = (await c.get('/api/v1/me')).json<{ user: { id: string; role: string; districtId: string } }>();
    expect(me.user).toMatchObject({ id: actor.userId, role: actor.role, districtId: actor.districtId });

    const expected = all.filter((s) => studentAbilities(actor, s).view);
    expect(expected.length, 'every demo account sees someone (else the comparison is vacuous)').toBeGreaterThan(0);
    expect(expected.length, 'and nobody sees every student of both districts').toBeLessThan(all.length);

    const listed = await listAll(c, 200);
    const ids = listed.map((s) => s.id);
    expect(new Set(ids).size, 'no student is listed twice').toBe(ids.length);
    expect([...ids].sort()).toEqual(expected.map((s) => s.id).sort());

    // The abilities on each row are the policy's, and a hidden field is absent, not null.
    const byId = new Map(all.map((s) => [s.id, s]));
    for (const item of listed) {
      const ab = studentAbilities(actor, byId.get(item.id)!);
      expect(item.abilities).toEqual(ab);
      expect('primaryDisability' in item).toBe(ab.viewDisability);
    }

    // Small pages walk the same set in the same order.
    const paged = await listAll(c, 7);
    expect(paged.map((s) => s.id)).toEqual(ids);
  });

  it.each(ACCOUNTS)('%s (%s): the SQL scope on its own selects exactly what the policy allows', async (_who, email) => {
    const actor = await loadActor(t.db, email);
    const expected = all.filter((s) => studentAbilities(actor, s).view).map((s) => s.id);
    for (const next of [1, 3]) {
      // `next` is the first free parameter number: the clause must work at any position.
      const scope = studentScope(actor, next);
      const filler = Array.from({ length: next - 1 }, () => 0);
      const rows = await t.db.query<{ id: string }>(
        `SELECT s.id::text AS id FROM students s WHERE ${filler.map((_, i) => `$${i + 1}::int = 0 AND `).join('')}${scope.sql}`,
        [...filler, ...scope.params],
      );
      expect(rows.map((r) => r.id).sort()).toEqual([...expected].sort());
    }
  });

  it.each(ACCOUNTS)('%s (%s): GET /students/{id} is 200 exactly for the visible ones', async (_who, email) => {
    const actor = await loadActor(t.db, email);
    const c = await t.signIn(email);
    const visible = all.filter((s) => studentAbilities(actor, s).view);
    const invisible = all.filter((s) => !studentAbilities(actor, s).view);

    for (const s of visible) {
      const res = await c.get(`/api/v1/students/${s.id}`);
      expect(res.statusCode, `${email} → ${s.id}`).toBe(200);
      const body = res.json<{ id: string; abilities: StudentAbilities }>();
      expect(body.id).toBe(s.id);
      expect(body.abilities).toEqual(studentAbilities(actor, s));
    }

    // At least ten invisible ones, from the own district when there are such and from the other one.
    const own = invisible.filter((s) => s.districtId === actor.districtId);
    const other = invisible.filter((s) => s.districtId !== actor.districtId);
    const fromOwn = spread(own, 8);
    const sample = [...fromOwn, ...spread(other, Math.max(8, 12 - fromOwn.length))];
    expect(sample.length).toBeGreaterThanOrEqual(10);
    for (const s of sample) {
      const res = await c.get(`/api/v1/students/${s.id}`);
      expect(res.statusCode, `${email} must not see ${s.id}`).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const log = await c.get(`/api/v1/students/${s.id}/access-log`);
      expect(log.statusCode, `${email} must not read the access log of ${s.id}`).toBe(404);
    }
  });
});
