/**
 * The floor: the least a server can do to answer the same two requests. A bare Fastify with a `pg` pool
 * that runs exactly the SQL our app runs for one case manager — the scope clause (src/db/scope-sql.ts)
 * and the SELECT of src/db/students-repo.ts — with no session lookup, no transaction, no audit, no policy,
 * no validation and no response schema. Our app's req/s divided by the floor's is the price of everything
 * the app adds (most of it on purpose: sessions, the audit trail of 34 CFR 300.614, validation).
 *
 * The SQL is not copied: `StudentsRepo` is run once against a recording Queryable, and the statements
 * it issues are replayed with the real parameters.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import type { Queryable } from '../src/db/connect';
import { StudentsRepo } from '../src/db/students-repo';
import type { Role } from '../src/domain/roles';
import type { Actor } from '../src/policy/actor';

interface Statement {
  sql: string;
  params: unknown[];
}

/** A Queryable that records what it is asked and answers nothing. */
class Recorder implements Queryable {
  readonly calls: Statement[] = [];
  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.calls.push({ sql, params });
    return [];
  }
}

const PLACEHOLDER = '00000000-0000-8000-8000-000000000000';

/** The statements StudentsRepo issues for list (default page of 50), get and guardians, for this actor. */
export async function recordStudentSql(actor: Actor, limit = 50): Promise<{ list: Statement; get: Statement; guardians: Statement }> {
  const rec = new Recorder();
  const repo = new StudentsRepo(rec, actor);
  await repo.list({ limit });
  await repo.get(PLACEHOLDER).catch(() => undefined); // no row: NOT_FOUND, after the query was recorded
  await repo.guardians(PLACEHOLDER);
  const [list, get, guardians] = rec.calls;
  if (!list || !get || !guardians || get.params[0] !== PLACEHOLDER || guardians.params[0] !== PLACEHOLDER) {
    throw new Error('StudentsRepo no longer issues the statements the floor expects (list, get with the id first, guardians with the id first); update bench/floor.ts');
  }
  return { list, get, guardians };
}

export async function loadActor(pool: pg.Pool, userId: string): Promise<Actor> {
  const r = await pool.query<{ id: string; districtId: string; role: Role; name: string; discipline: string | null; schoolIds: string[] }>(
    `SELECT u.id::text AS "id", u.district_id::text AS "districtId", u.role, u.first_name || ' ' || u.last_name AS "name", u.discipline,
            ARRAY(SELECT ss.school_id::text FROM staff_schools ss WHERE ss.user_id = u.id) AS "schoolIds"
       FROM users u WHERE u.id = $1::uuid`,
    [userId],
  );
  const u = r.rows[0];
  if (!u) throw new Error(`no user ${userId}`);
  return { userId: u.id, districtId: u.districtId, role: u.role, name: u.name, discipline: u.discipline, schoolIds: u.schoolIds, studentId: null, guardianId: null };
}

export interface Floor {
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function buildFloor(opts: { databaseUrl: string; userId: string; poolSize?: number }): Promise<Floor> {
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
  const actor = await loadActor(pool, opts.userId);
  const sql = await recordStudentSql(actor);
  const app = Fastify({ logger: false });

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

  return {
    app,
    async close() {
      await app.close();
      await pool.end();
    },
  };
}
