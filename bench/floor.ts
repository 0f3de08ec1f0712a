/**
 * The floor: the least a server can do to answer the same requests. A bare Fastify with a `pg` pool
 * that runs exactly the SQL our app runs for one case manager — the scope clause (src/db/scope-sql.ts)
 * and the statements of src/db/students-repo.ts and src/db/plans-repo.ts — with no session lookup, no
 * transaction, no audit, no policy, no validation and no response schema. Our app's req/s divided by the
 * floor's is the price of everything the app adds (most of it on purpose: sessions, the audit trail of
 * 34 CFR 300.614, validation).
 *
 * The SQL is not copied: `StudentsRepo` and `PlansRepo` are run once against a recording Queryable, and
 * the statements they issue are replayed with the real parameters. What the floor does with them follows
 * the use cases: GET /plans/{id} reads the plan and then its student (the scope check, as PlansRepo.get);
 * PATCH /plans/{id} (src/features/plans/update-plan.ts) reads plan and student, checks the version of
 * If-Match, merges the sections into the content, UPDATEs … WHERE id AND version, and reads plan and
 * student again for the response.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import type { Queryable } from '../src/db/connect';
import { PlansRepo } from '../src/db/plans-repo';
import { StudentsRepo } from '../src/db/students-repo';
import type { Role } from '../src/domain/roles';
import type { Actor } from '../src/policy/actor';

interface Statement {
  sql: string;
  params: unknown[];
}

/** A Queryable that records what it is asked and gives the answers it was handed, in order (then nothing). */
class Recorder implements Queryable {
  readonly calls: Statement[] = [];
  constructor(private readonly answers: unknown[][] = []) {}
  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.calls.push({ sql, params });
    return Promise.resolve((this.answers.shift() ?? []) as T[]);
  }
}

const PLACEHOLDER = '00000000-0000-8000-8000-000000000000';

/** The statements StudentsRepo issues for list (default page of 50), get and guardians, for this actor. */
export async function recordStudentSql(
  actor: Actor,
  limit = 50,
): Promise<{ list: Statement; get: Statement; guardians: Statement }> {
  const rec = new Recorder();
  const repo = new StudentsRepo(rec, actor);
  await repo.list({ limit });
  await repo.get(PLACEHOLDER).catch(() => undefined); // no row: NOT_FOUND, after the query was recorded
  await repo.guardians(PLACEHOLDER);
  const [list, get, guardians] = rec.calls;
  if (!list || !get || !guardians || get.params[0] !== PLACEHOLDER || guardians.params[0] !== PLACEHOLDER) {
    throw new Error(
      'StudentsRepo no longer issues the statements the floor expects (list, get with the id first, guardians with the id first); update bench/floor.ts',
    );
  }
  return { list, get, guardians };
}

// Stand-ins for the values of a request, found again in the recorded parameters and replaced by the real ones.
const PLAN = '00000000-0000-8000-8000-00000000000a';
const STUDENT = '00000000-0000-8000-8000-00000000000b';
const VERSION = 987_654_321;
const CONTENT = JSON.stringify({ bench: 'content placeholder' });
const DATES = {
  meetingDate: '1901-01-01',
  startDate: '1901-01-02',
  endDate: '1901-01-03',
  nextAnnualReview: '1901-01-04',
};

/** A recorded statement with stand-ins replaced: `bind(s, new Map([[PLAN, id]]))`. */
function bind(s: Statement, values: Map<unknown, unknown>): unknown[] {
  return s.params.map((p) => (values.has(p) ? values.get(p) : p));
}

function expectStandIns(name: string, s: Statement | undefined, standIns: unknown[]): Statement {
  if (!s || standIns.some((v) => s.params.filter((p) => p === v).length !== 1)) {
    throw new Error(`PlansRepo no longer issues the statements the floor expects (${name}); update bench/floor.ts`);
  }
  return s;
}

/**
 * The statements PlansRepo issues for get (the plan, then its student through StudentsRepo.get) and save,
 * for this actor. The recorder answers the plan SELECT with a draft so that get goes on to the student.
 */
export async function recordPlanSql(actor: Actor): Promise<{ plan: Statement; student: Statement; save: Statement }> {
  const draft = {
    id: PLAN,
    studentId: STUDENT,
    type: 'iep',
    status: 'draft',
    amendmentOf: null,
    amendmentMethod: null,
    meetingDate: null,
    startDate: null,
    endDate: null,
    nextAnnualReview: null,
    content: {},
    sharedWithFamily: false,
    version: 1,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    finalizedAt: null,
  };
  const rec = new Recorder([[draft]]);
  const repo = new PlansRepo(rec, actor, new StudentsRepo(rec, actor));
  await repo.get(PLAN).catch(() => undefined); // the student is not found: NOT_FOUND, after both queries were recorded
  await repo.save(PLAN, VERSION, JSON.parse(CONTENT), DATES).catch(() => undefined); // no row: VERSION_STALE
  const [plan, student, save] = rec.calls;
  return {
    plan: expectStandIns('get: the plan by id', plan, [PLAN]),
    student: expectStandIns('get: then its student by id', student, [STUDENT]),
    save: expectStandIns('save: UPDATE … WHERE id AND version', save, [
      PLAN,
      VERSION,
      CONTENT,
      ...Object.values(DATES),
    ]),
  };
}

export async function loadActor(pool: pg.Pool, userId: string): Promise<Actor> {
  const r = await pool.query<{
    id: string;
    districtId: string;
    role: Role;
    name: string;
    discipline: string | null;
    schoolIds: string[];
  }>(
    `SELECT u.id::text AS "id", u.district_id::text AS "districtId", u.role, u.first_name || ' ' || u.last_name AS "name", u.discipline,
            ARRAY(SELECT ss.school_id::text FROM staff_schools ss WHERE ss.user_id = u.id) AS "schoolIds"
       FROM users u WHERE u.id = $1::uuid`,
    [userId],
  );
  const u = r.rows[0];
  if (!u) throw new Error(`no user ${userId}`);
  return {
    userId: u.id,
    districtId: u.districtId,
    role: u.role,
    name: u.name,
    discipline: u.discipline,
    schoolIds: u.schoolIds,
    studentId: null,
    guardianId: null,
  };
}

export interface Floor {
  app: FastifyInstance;
  close: () => Promise<void>;
}

/** The students' list and record, with the SQL the repositories ran for the actor. */
function studentRoutes(app: FastifyInstance, pool: pg.Pool, sql: Awaited<ReturnType<typeof recordStudentSql>>): void {
  app.get('/api/v1/students', async () => {
    const r = await pool.query(sql.list.sql, sql.list.params);
    return { data: r.rows, nextCursor: null };
  });

  app.get<{ Params: { id: string } }>('/api/v1/students/:id', async (request, reply) => {
    const id = request.params.id;
    const r = await pool.query(sql.get.sql, [id, ...sql.get.params.slice(1)]);
    const row = r.rows[0] as Record<string, unknown> | undefined;
    if (!row) return reply.code(404).send({ title: 'Not found' });
    const g = await pool.query(sql.guardians.sql, [id, ...sql.guardians.params.slice(1)]);
    return { ...row, guardians: g.rows };
  });
}

/** A plan's read and its If-Match save, with the SQL PlansRepo ran for the actor. */
function planRoutes(app: FastifyInstance, pool: pg.Pool, plans: Awaited<ReturnType<typeof recordPlanSql>>): void {
  type PlanRow = {
    id: string;
    studentId: string;
    status: string;
    version: number;
    content: Record<string, unknown>;
  } & typeof DATES;
  /** The plan and its student (PlansRepo.get), or null when either is missing or out of scope. */
  const getPlan = async (id: string): Promise<PlanRow | null> => {
    const p = (await pool.query<PlanRow>(plans.plan.sql, bind(plans.plan, new Map([[PLAN, id]])))).rows[0];
    if (!p) return null;
    const s = await pool.query(plans.student.sql, bind(plans.student, new Map([[STUDENT, p.studentId]])));
    return s.rows[0] ? p : null;
  };
  const etag = (p: PlanRow) => `"${p.id}.${p.version}"`;
  app.get<{ Params: { id: string } }>('/api/v1/plans/:id', async (request, reply) => {
    const p = await getPlan(request.params.id);
    if (!p) return reply.code(404).send({ title: 'Not found' });
    return reply.header('ETag', etag(p)).send(p);
  });

  app.patch<{ Params: { id: string }; Body: Record<string, unknown> }>('/api/v1/plans/:id', async (request, reply) => {
    const id = request.params.id;
    const m = /^(?:W\/)?"([0-9a-f-]{36})\.(\d+)"$/.exec(request.headers['if-match'] ?? '');
    if (!m || m[1] !== id) return reply.code(428).send({ title: 'If-Match required' });
    const expected = Number(m[2]);
    const p = await getPlan(id);
    if (!p) return reply.code(404).send({ title: 'Not found' });
    if (p.status !== 'draft') return reply.code(409).send({ title: 'Not a draft' });
    if (p.version !== expected) return reply.code(412).send({ title: 'Stale' });
    const {
      dates,
      version: _version,
      ...sections
    } = request.body as { dates?: typeof DATES; version?: number } & Record<string, unknown>;
    const d = dates ?? p;
    const values = new Map<unknown, unknown>([
      [PLAN, id],
      [VERSION, expected],
      [CONTENT, JSON.stringify({ ...p.content, ...sections })],
      [DATES.meetingDate, d.meetingDate],
      [DATES.startDate, d.startDate],
      [DATES.endDate, d.endDate],
      [DATES.nextAnnualReview, d.nextAnnualReview],
    ]);
    const saved = await pool.query(plans.save.sql, bind(plans.save, values));
    if (!saved.rows[0]) return reply.code(412).send({ title: 'Stale' });
    const after = await getPlan(id);
    if (!after) return reply.code(404).send({ title: 'Not found' });
    return reply.header('ETag', etag(after)).send(after);
  });
}

export async function buildFloor(opts: { databaseUrl: string; userId: string; poolSize?: number }): Promise<Floor> {
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
  const actor = await loadActor(pool, opts.userId);
  const sql = await recordStudentSql(actor);
  const plans = await recordPlanSql(actor);
  const app = Fastify({ logger: false });
  studentRoutes(app, pool, sql);
  planRoutes(app, pool, plans);

  return {
    app,
    async close() {
      await app.close();
      await pool.end();
    },
  };
}
