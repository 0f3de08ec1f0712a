/**
 * `npm run bench`: seeds a synthetic district into a fresh PostgreSQL database, then load-tests our app
 * and the floor (bench/floor.ts: the same SQL with nothing around it) on the hottest requests of a case
 * manager's day — the caseload list, one student's record, one IEP, and saving a section of a draft IEP —
 * and prints req/s and latency for both.
 *
 *   npm run bench -- [--students 100000] [--seed 1] [--duration 10] [--connections 20] [--warmup 2] [--rounds 1] [--keep] [--reuse]
 *
 * --rounds R repeats the four measurements R times and reports, per cell, the round with the median req/s.
 *
 * BENCH_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server; the database
 * is always `openiep_bench` (dropped and created; dropped again at the end unless --keep; --reuse loads
 * nothing and uses the one a --keep run left). Loopback only. Each server runs in its own process; the
 * load generator (autocannon) runs in this one.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connect, type Database } from '../src/db/connect';
import { migrate } from '../src/db/migrate';
import { hashPassword } from '../src/db/passwords';
import { at } from './at';
import { startServer, type Server } from './server-process';
import { check, draftVersions, loadTest, signIn, type LoadResult, type Work } from './load';
import { fmt, printReport } from './report';
import { seedSynthetic } from './synthetic';
import { ensureDrafts } from './synthetic-plans';

const BENCH_DB = 'openiep_bench';
/** Database connections per server: the app's production default (connect() without poolSize); the floor gets the same. */
const BENCH_POOL_SIZE = 10;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface Args {
  students: number;
  seed: number;
  duration: number;
  connections: number;
  warmup: number;
  rounds: number;
  keep: boolean;
  reuse: boolean;
}

function parse(): Args {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      students: { type: 'string' },
      seed: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      keep: { type: 'boolean' },
      reuse: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'npm run bench -- [--students 100000] [--seed 1] [--duration 10] [--connections 20] [--warmup 2] [--rounds 1] [--keep] [--reuse]',
    );
    process.exit(0);
  }
  const num = (v: string | undefined, d: number, name: string, min: number, max: number) => {
    const n = v === undefined ? d : Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  return {
    students: num(values.students ?? process.env.BENCH_STUDENTS, 100_000, 'students', 1, 10_000_000),
    seed: num(values.seed ?? process.env.BENCH_SEED, 1, 'seed', -2_147_483_648, 2_147_483_647),
    duration: num(values.duration ?? process.env.BENCH_DURATION, 10, 'duration', 1, 300),
    connections: num(values.connections ?? process.env.BENCH_CONNECTIONS, 20, 'connections', 1, 1000),
    warmup: num(values.warmup, 2, 'warmup', 0, 60),
    rounds: num(values.rounds, 1, 'rounds', 1, 20),
    keep: values.keep ?? false,
    reuse: values.reuse ?? false,
  };
}

function dbUrl(admin: string, database: string): string {
  const u = new URL(admin);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------------------------------------------

type Kind = 'ours' | 'floor';
const KINDS = ['ours', 'floor'] as const satisfies readonly Kind[];
interface Run {
  route: string;
  server: Kind;
  r: LoadResult;
}

/** A fresh `openiep_bench` database (dropped first). */
async function recreateDatabase(adminUrl: string): Promise<void> {
  await admin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${BENCH_DB}`);
  });
}

/** Migrates the fresh database and seeds the synthetic district; its id and how long the seed took. */
async function seedDistrict(
  db: Database,
  args: Args,
  password: string,
): Promise<{ districtId: string; seedSeconds: number }> {
  await migrate(db);
  console.log(`bench: seeding ${args.students} synthetic students (seed ${args.seed}) into ${BENCH_DB}`);
  const seeded = await seedSynthetic(db, {
    students: args.students,
    seed: args.seed,
    password,
    log: (m) => console.log(`  ${m}`),
  });
  const tv = Date.now();
  await db.exec('VACUUM ANALYZE');
  console.log(`bench: VACUUM ANALYZE ${((Date.now() - tv) / 1000).toFixed(1)}s`);
  return { districtId: seeded.districtId, seedSeconds: seeded.seconds };
}

/** --reuse: the district a --keep run left (and its number of students, into args). */
async function reuseDistrict(db: Database, args: Args): Promise<{ districtId: string; seedSeconds: null }> {
  const d = await db.query<{ id: string; n: number }>(
    `SELECT d.id::text AS id, (SELECT count(*)::int FROM students s WHERE s.district_id = d.id) AS n FROM districts d WHERE d.name LIKE '%(seed ${args.seed})' LIMIT 1`,
  );
  if (!d[0])
    throw new Error(`--reuse: ${BENCH_DB} holds no synthetic district of seed ${args.seed} (run once with --keep)`);
  args.students = d[0].n;
  console.log(`bench: reusing ${BENCH_DB}: ${d[0].n} students of seed ${args.seed}`);
  return { districtId: d[0].id, seedSeconds: null };
}

interface Caller {
  cm: { id: string; email: string; n: number };
  loads: { id: string; email: string; n: number }[];
  /** The caseload's students. */
  ids: string[];
  activePlans: string[];
  drafts: string[];
  pgVersion: string;
}

/** The case manager the bench signs in as (the median caseload), their students, IEPs in effect and drafts to edit. */
async function pickCaller(db: Database, args: Args, districtId: string, password: string): Promise<Caller> {
  const loads = await db.query<{ id: string; email: string; n: number }>(
    `SELECT u.id::text AS id, u.email, count(*)::int AS n FROM case_manager_assignments c JOIN users u ON u.id = c.user_id
      WHERE c.district_id = $1::uuid GROUP BY u.id, u.email ORDER BY n, u.email`,
    [districtId],
  );
  const cm = loads[Math.floor(loads.length / 2)];
  if (!cm) throw new Error('no case managers');
  if (args.reuse)
    await db.query(
      'UPDATE users SET password_hash = $2, failed_attempts = 0, locked_until = NULL WHERE id = $1::uuid',
      [cm.id, await hashPassword(password)],
    );
  const ids = (
    await db.query<{ id: string }>(
      `SELECT student_id::text AS id FROM case_manager_assignments WHERE user_id = $1::uuid ORDER BY student_id`,
      [cm.id],
    )
  ).map((r) => r.id);
  // Plans: the IEPs in effect of the caseload (GET), and a draft per connection (PATCH; at least 20).
  const activePlans = (
    await db.query<{ id: string }>(
      `SELECT p.id::text AS id FROM plans p JOIN case_manager_assignments c ON c.student_id = p.student_id
        WHERE c.user_id = $1::uuid AND p.status = 'active' ORDER BY p.id`,
      [cm.id],
    )
  ).map((r) => r.id);
  if (activePlans.length === 0)
    throw new Error(
      `${cm.email} has no student with a plan in effect${args.reuse ? ` (was ${BENCH_DB} seeded before plans? run without --reuse)` : ''}`,
    );
  const drafts = (
    await ensureDrafts(db, { seed: args.seed, caseManagerId: cm.id, count: Math.max(20, args.connections) })
  ).slice(0, Math.max(20, args.connections));
  const pgVersion = (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v"))[0]?.v ?? '?';
  console.log(
    `bench: signing in as ${cm.email} (caseload ${cm.n}; caseloads range ${at(loads, 0).n}–${at(loads, loads.length - 1).n} over ${loads.length} case managers; ` +
      `${activePlans.length} IEPs in effect, ${drafts.length} drafts to edit)`,
  );
  return { cm, loads, ids, activePlans, drafts, pgVersion };
}

/** The four requests measured, each with the work it sends. */
function benchRoutes(db: Database, c: Caller): { name: string; work: () => Promise<Work> }[] {
  const { ids, activePlans, drafts } = c;
  return [
    { name: 'GET /api/v1/students', work: () => Promise.resolve({ get: ['/api/v1/students'] }) },
    {
      name: 'GET /api/v1/students/{id}',
      work: () => Promise.resolve({ get: ids.map((id) => `/api/v1/students/${id}`) }),
    },
    {
      name: 'GET /api/v1/plans/{id}',
      work: () => Promise.resolve({ get: activePlans.map((id) => `/api/v1/plans/${id}`) }),
    },
    // The versions are read again before every test: the previous one (or the check) has moved them on.
    { name: 'PATCH /api/v1/plans/{id}', work: async () => ({ patch: await draftVersions(db, drafts) }) },
  ];
}

type Up = Map<Kind, { base: string; headers: Record<string, string> }>;

/**
 * Both servers, side by side (an idle one costs nothing), signed in and checked; pushed onto `servers` as they start
 * so that the caller stops them whatever happens.
 */
async function startServers(db: Database, url: string, c: Caller, password: string, servers: Server[]): Promise<Up> {
  const up: Up = new Map();
  for (const kind of KINDS) {
    const server = await startServer(kind, {
      DATABASE_URL: url,
      BENCH_USER_ID: c.cm.id,
      BENCH_POOL_SIZE: String(BENCH_POOL_SIZE),
    });
    servers.push(server);
    const base = `http://127.0.0.1:${server.port}`;
    let headers: Record<string, string> = {};
    if (kind === 'ours') {
      const session = await signIn(base, c.cm.email, password);
      headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    }
    const draft = at(await draftVersions(db, c.drafts.slice(0, 1)), 0, 'draft');
    await check(
      base,
      headers,
      { studentId: at(c.ids, 0, 'student'), caseload: c.ids.length, planId: at(c.activePlans, 0, 'plan'), draft },
      kind,
    );
    up.set(kind, { base, headers });
  }
  return up;
}

/** For a PATCH test, that the database agrees: the words to print, or a throw when the versions do not add up. */
async function savesAgree(db: Database, kind: Kind, route: string, work: Work, r: LoadResult, connections: number) {
  if (!('patch' in work)) return '';
  // One new version per 2xx, plus at most one per connection whose response came after the end.
  const after = await draftVersions(
    db,
    work.patch.map((d) => d.id),
  );
  const n = after.reduce((sum, d, i) => sum + d.version - at(work.patch, i, 'draft').version, 0);
  if (!(n >= r.ok && n <= r.ok + connections))
    throw new Error(`${kind} ${route}: ${r.ok} saves answered 2xx but the drafts' versions moved on by ${n}`);
  return `  (${n} new versions in the database)`;
}

/**
 * Each round measures each route on ours and then on the floor straight after, so that a change in the machine's
 * load hits both about equally; prints a line per test.
 */
async function measure(
  db: Database,
  args: Args,
  routes: { name: string; work: () => Promise<Work> }[],
  up: Up,
): Promise<Run[]> {
  const runs: Run[] = [];
  for (let round = 1; round <= args.rounds; round++) {
    for (const route of routes) {
      for (const kind of KINDS) {
        const server = up.get(kind);
        if (!server) throw new Error(`the ${kind} server is not up`);
        const { base, headers } = server;
        if (args.warmup > 0) await loadTest(base, headers, await route.work(), args.connections, args.warmup);
        const work = await route.work();
        const r = await loadTest(base, headers, work, args.connections, args.duration);
        runs.push({ route: route.name, server: kind, r });
        const saves = await savesAgree(db, kind, route.name, work, r, args.connections);
        const bad = Object.entries(r.statuses)
          .map(([status, n]) => `${n} × ${status}`)
          .join(', ');
        console.log(
          `  ${args.rounds > 1 ? `round ${round}  ` : ''}${kind.padEnd(5)} ${route.name.padEnd(26)} ${fmt(r.rps, 0).padStart(7)} req/s  p50 ${fmt(r.p50, 2)} ms  p99 ${fmt(r.p99, 2)} ms` +
            `  load ${(os.loadavg()[0] ?? 0).toFixed(2)}${saves}${bad ? `  non-2xx: ${bad}` : ''}`,
        );
      }
    }
  }
  return runs;
}

const countAudit = async (db: Database) =>
  (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0]?.n ?? 0;

async function main(): Promise<void> {
  const args = parse();
  const adminUrl = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const host = new URL(adminUrl).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`BENCH_PG_ADMIN_URL must point at this machine (127.0.0.1), not ${host}`);
  const url = dbUrl(adminUrl, BENCH_DB);
  const password = crypto.randomBytes(12).toString('base64url');
  const t0 = Date.now();
  const loadAtStart = os.loadavg()[0] ?? 0;
  if (loadAtStart > os.cpus().length / 2) {
    console.log(
      `bench: warning: the machine is busy (load average ${loadAtStart.toFixed(2)} on ${os.cpus().length} cores); the figures will be lower and noisier`,
    );
  }

  let db: Database | null = null;
  const servers: Server[] = [];
  try {
    if (!args.reuse) await recreateDatabase(adminUrl);
    db = await connect({ databaseUrl: url, poolSize: 4 });
    const { districtId, seedSeconds } = args.reuse
      ? await reuseDistrict(db, args)
      : await seedDistrict(db, args, password);
    const caller = await pickCaller(db, args, districtId, password);
    const routes = benchRoutes(db, caller);
    const up = await startServers(db, url, caller, password, servers);
    const auditStart = await countAudit(db);
    const runs = await measure(db, args, routes, up);
    const auditRowsByOurs = (await countAudit(db)) - auditStart;
    for (let s = servers.pop(); s; s = servers.pop()) await s.stop();
    printReport({
      args,
      runs,
      routes: routes.map((r) => r.name),
      seedSeconds,
      caller,
      auditRowsByOurs,
      loadAtStart,
      poolSize: BENCH_POOL_SIZE,
      t0,
    });
  } finally {
    for (const s of servers) await s.stop();
    if (db) await db.close();
    if (!args.keep && !args.reuse) {
      await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`)).catch((e: unknown) =>
        console.error(`bench: could not drop ${BENCH_DB}: ${String(e)}`),
      );
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
