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
import { fork, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Client as AutocannonClient, type Request as AutocannonRequest } from 'autocannon';
import pg from 'pg';
import { connect, type Database } from '../src/db/connect';
import { migrate } from '../src/db/migrate';
import { hashPassword } from '../src/db/passwords';
import { at } from './at';
import { seedSynthetic } from './synthetic';
import { ensureDrafts } from './synthetic-plans';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BENCH_DB = 'openiep_bench';
/** Database connections per server: the app's production default (connect() without poolSize); the floor gets the same. */
const BENCH_POOL_SIZE = 10;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

interface Args {
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

interface Server {
  port: number;
  stop(): Promise<void>;
}
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

async function startServer(kind: 'ours' | 'floor', env: Record<string, string>): Promise<Server> {
  const child = fork(path.join(HERE, 'server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env, BENCH_SERVER: kind },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${kind} server did not start within 60 s`)), 60_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve((m as { port: number }).port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${kind} server exited (${String(code)}) before listening`));
    });
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          children.delete(child);
          resolve();
          return;
        }
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          children.delete(child);
          resolve();
        });
        child.send('stop');
      }),
  };
}

interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  ok: number;
  non2xx: number;
  /** The non-2xx responses by status. */
  statuses: Record<string, number>;
  errors: number;
}

/** What a test sends: GETs cycling through paths, or PATCHes of drafts, one draft per connection, each at its current version. */
type Work = { get: string[] } | { patch: { id: string; version: number }[] };

/** The section a PATCH saves (about 1.4 kB, like a real one); `#` becomes a revision number so that every save changes it. */
const PRESENT_LEVELS = JSON.stringify({
  presentLevels: {
    academic:
      'Revision #. On the winter benchmark the student read 78 words correct per minute on grade-level passages (benchmark 110), with 93% accuracy; ' +
      'decodes closed syllables reliably but slows on multisyllabic words and vowel teams. In math the student computes accurately with a ' +
      'facts chart and solves one-step word problems read aloud; two-step problems remain hard without a graphic organizer.',
    functional:
      'Follows classroom routines with a visual checklist; asks for help when prompted and, more often this year, without a prompt. ' +
      'Uses a break card about twice a day and returns to work within three minutes.',
    strengths:
      'Curious and kind to classmates; strong listening comprehension; enjoys graphic novels and hands-on science.',
    parentConcerns: 'The family would like more reading practice at home and a short weekly note on progress.',
    studentInput: 'Says that audiobooks and clear steps help, and wants to read aloud in class without being rushed.',
    impactOnGeneralCurriculum:
      'Reading fluency limits access to grade-level texts in science and social studies without text-to-speech and specially designed instruction.',
  },
});
const presentLevelsBody = (revision: number) => PRESENT_LEVELS.replace('Revision #.', `Revision ${revision}.`);

const headerOf = (h: Record<string, string | string[]>, name: string): string | undefined => {
  for (const [k, v] of Object.entries(h)) if (k.toLowerCase() === name) return Array.isArray(v) ? v[0] : v;
  return undefined;
};

/** Runs autocannon for `duration` seconds; percentiles from every 2xx response time. */
async function loadTest(
  url: string,
  headers: Record<string, string>,
  work: Work,
  connections: number,
  duration: number,
): Promise<LoadResult> {
  let k = 0;
  const latencies: number[] = [];
  let non2xx = 0;
  const statuses: Record<string, number> = {};
  let requests: AutocannonRequest[] | undefined;
  let setupClient: ((client: AutocannonClient) => void) | undefined;
  if ('get' in work) {
    const paths = work.get;
    requests = [{ method: 'GET', setupRequest: (req) => ({ ...req, path: at(paths, k++ % paths.length, 'path') }) }];
  } else {
    // Each connection saves its own draft and sends, in If-Match, the ETag of its previous response: with one
    // request in flight per connection (no pipelining) it never conflicts with itself or with another connection.
    const drafts = work.patch;
    if (drafts.length < connections)
      throw new Error(`PATCH needs a draft per connection: ${drafts.length} drafts for ${connections} connections`);
    let n = 0;
    setupClient = (client) => {
      const draft = at(drafts, n++, 'draft');
      let etag = `"${draft.id}.${draft.version}"`;
      client.setRequests([
        {
          method: 'PATCH',
          path: `/api/v1/plans/${draft.id}`,
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'content-type': 'application/json', 'if-match': etag },
            body: presentLevelsBody(k++),
          }),
          onResponse: (status, _body, _context, h) => {
            const next = status >= 200 && status < 300 ? headerOf(h, 'etag') : undefined;
            if (next) etag = next;
          },
        },
      ]);
    };
  }
  const instance = autocannon({
    url,
    connections,
    duration,
    headers,
    timeout: 30,
    ...(requests ? { requests } : {}),
    ...(setupClient ? { setupClient } : {}),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else {
      non2xx++;
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  });
  const r = await instance;
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    latencies.length
      ? at(latencies, Math.min(latencies.length - 1, Math.max(0, Math.ceil(p * latencies.length) - 1)), 'latency')
      : NaN;
  const seconds = (r.finish.getTime() - r.start.getTime()) / 1000 || r.duration;
  return {
    rps: latencies.length / seconds,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    ok: latencies.length,
    non2xx,
    statuses,
    errors: r.errors,
  };
}

// ---------------------------------------------------------------------------------------------------

async function signIn(base: string, email: string, password: string): Promise<{ cookie: string; csrfToken: string }> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('openiep_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: at(cookie.split(';'), 0, 'cookie'), csrfToken };
}

/** The current version of each draft, from the database (between tests, after the last responses have been written). */
async function draftVersions(db: Database, ids: string[]): Promise<{ id: string; version: number }[]> {
  await new Promise((r) => setTimeout(r, 300));
  const rows = await db.query<{ id: string; version: number }>(
    `SELECT id::text AS id, version FROM plans WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r.version]));
  return ids.map((id) => ({ id, version: byId.get(id) ?? NaN }));
}

async function check(
  base: string,
  headers: Record<string, string>,
  at: { studentId: string; caseload: number; planId: string; draft: { id: string; version: number } },
  who: string,
): Promise<void> {
  const { studentId, caseload } = at;
  const list = await fetch(`${base}/api/v1/students`, { headers });
  const body = (await list.json()) as { data?: unknown[] };
  const expected = Math.min(caseload, 50);
  if (list.status !== 200 || body.data?.length !== expected) {
    throw new Error(
      `${who}: GET /api/v1/students gave ${list.status} with ${body.data?.length ?? 'no'} students, expected ${expected}`,
    );
  }
  const one = await fetch(`${base}/api/v1/students/${studentId}`, { headers });
  if (one.status !== 200) throw new Error(`${who}: GET /api/v1/students/${studentId} gave ${one.status}`);
  const plan = await fetch(`${base}/api/v1/plans/${at.planId}`, { headers });
  const planBody = (await plan.json()) as { content?: { goals?: unknown[] } };
  if (plan.status !== 200 || plan.headers.get('etag') === null || !planBody.content?.goals?.length) {
    throw new Error(
      `${who}: GET /api/v1/plans/${at.planId} gave ${plan.status} (ETag ${plan.headers.get('etag')}) with ${planBody.content?.goals?.length ?? 'no'} goals`,
    );
  }
  const { id, version } = at.draft;
  const saved = await fetch(`${base}/api/v1/plans/${id}`, {
    method: 'PATCH',
    headers: { ...headers, 'content-type': 'application/json', 'if-match': `"${id}.${version}"` },
    body: presentLevelsBody(0),
  });
  const etag = `"${id}.${version + 1}"`;
  if (saved.status !== 200 || saved.headers.get('etag') !== etag) {
    throw new Error(
      `${who}: PATCH /api/v1/plans/${id} gave ${saved.status} (ETag ${saved.headers.get('etag')}, expected ${etag}): ${await saved.text()}`,
    );
  }
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');

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
  let seedSeconds: number | null = null;
  let districtId: string;

  let db: Database | null = null;
  const servers: Server[] = [];
  try {
    if (!args.reuse) {
      await admin(adminUrl, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${BENCH_DB}`);
      });
      db = await connect({ databaseUrl: url, poolSize: 4 });
      await migrate(db);
      console.log(`bench: seeding ${args.students} synthetic students (seed ${args.seed}) into ${BENCH_DB}`);
      const seeded = await seedSynthetic(db, {
        students: args.students,
        seed: args.seed,
        password,
        log: (m) => console.log(`  ${m}`),
      });
      seedSeconds = seeded.seconds;
      districtId = seeded.districtId;
      const tv = Date.now();
      await db.exec('VACUUM ANALYZE');
      console.log(`bench: VACUUM ANALYZE ${((Date.now() - tv) / 1000).toFixed(1)}s`);
    } else {
      db = await connect({ databaseUrl: url, poolSize: 4 });
      const d = await db.query<{ id: string; n: number }>(
        `SELECT d.id::text AS id, (SELECT count(*)::int FROM students s WHERE s.district_id = d.id) AS n FROM districts d WHERE d.name LIKE '%(seed ${args.seed})' LIMIT 1`,
      );
      if (!d[0])
        throw new Error(`--reuse: ${BENCH_DB} holds no synthetic district of seed ${args.seed} (run once with --keep)`);
      districtId = d[0].id;
      args.students = d[0].n;
      console.log(`bench: reusing ${BENCH_DB}: ${d[0].n} students of seed ${args.seed}`);
    }

    // A case manager with a typical caseload: the median.
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

    const database = db;
    const routes: { name: string; work: () => Promise<Work> }[] = [
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
      { name: 'PATCH /api/v1/plans/{id}', work: async () => ({ patch: await draftVersions(database, drafts) }) },
    ];
    // Both servers run side by side (an idle one costs nothing); each route is measured on ours and then
    // on the floor straight after, so that a change in the machine's load hits both about equally.
    const kinds = ['ours', 'floor'] as const;
    const up = new Map<(typeof kinds)[number], { base: string; headers: Record<string, string> }>();
    for (const kind of kinds) {
      const server = await startServer(kind, {
        DATABASE_URL: url,
        BENCH_USER_ID: cm.id,
        BENCH_POOL_SIZE: String(BENCH_POOL_SIZE),
      });
      servers.push(server);
      const base = `http://127.0.0.1:${server.port}`;
      let headers: Record<string, string> = {};
      if (kind === 'ours') {
        const session = await signIn(base, cm.email, password);
        headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
      }
      const draft = at(await draftVersions(db, drafts.slice(0, 1)), 0, 'draft');
      await check(
        base,
        headers,
        { studentId: at(ids, 0, 'student'), caseload: ids.length, planId: at(activePlans, 0, 'plan'), draft },
        kind,
      );
      up.set(kind, { base, headers });
    }
    const auditStart = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0]?.n ?? 0;
    const runs: { route: string; server: (typeof kinds)[number]; r: LoadResult }[] = [];
    for (let round = 1; round <= args.rounds; round++) {
      for (const route of routes) {
        for (const kind of kinds) {
          const server = up.get(kind);
          if (!server) throw new Error(`the ${kind} server is not up`);
          const { base, headers } = server;
          if (args.warmup > 0) await loadTest(base, headers, await route.work(), args.connections, args.warmup);
          const work = await route.work();
          const r = await loadTest(base, headers, work, args.connections, args.duration);
          runs.push({ route: route.name, server: kind, r });
          let saves = '';
          if ('patch' in work) {
            // The database agrees: one new version per 2xx, plus at most one per connection whose response came after the end.
            const after = await draftVersions(
              db,
              work.patch.map((d) => d.id),
            );
            const n = after.reduce((sum, d, i) => sum + d.version - at(work.patch, i, 'draft').version, 0);
            if (!(n >= r.ok && n <= r.ok + args.connections))
              throw new Error(
                `${kind} ${route.name}: ${r.ok} saves answered 2xx but the drafts' versions moved on by ${n}`,
              );
            saves = `  (${n} new versions in the database)`;
          }
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
    const auditRowsByOurs =
      ((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))[0]?.n ?? 0) - auditStart;
    for (let s = servers.pop(); s; s = servers.pop()) await s.stop();
    // Several rounds: the round with the median req/s for each route and server.
    const results = routes.flatMap((route) =>
      kinds.map((kind) => {
        const mine = runs.filter((x) => x.route === route.name && x.server === kind).sort((a, b) => a.r.rps - b.r.rps);
        return at(mine, Math.floor((mine.length - 1) / 2), 'run');
      }),
    );

    // ---- Report ----
    const cpus = os.cpus();
    console.log('');
    console.log(`OpenIEP benchmark — ${new Date().toISOString()}`);
    console.log(
      `  data: ${args.students} synthetic students (seed ${args.seed}) on PostgreSQL ${pgVersion}; ` +
        (seedSeconds === null
          ? 'seed time: reused database'
          : `seed time ${seedSeconds.toFixed(1)} s (${Math.round(args.students / seedSeconds)} students/s)`),
    );
    console.log(
      `  caller: case manager ${cm.email}, caseload ${cm.n} (the median); list = default page (limit 50); students/{id} cycles through the caseload; ` +
        `plans/{id} through its ${activePlans.length} IEPs in effect; PATCH saves presentLevels (1.4 kB) of a draft, each connection its own (${Math.min(args.connections, drafts.length)} of ${drafts.length}) ` +
        `with If-Match = the ETag of its previous response`,
    );
    console.log(
      `  load: autocannon, ${args.connections} connections, ${args.duration} s per test after ${args.warmup} s warm-up` +
        `${args.rounds > 1 ? `, median of ${args.rounds} rounds` : ''}; ours and floor measured back to back per route; ` +
        `servers in their own processes, ${BENCH_POOL_SIZE} database connections each; all on one machine (${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, Node ${process.version})`,
    );
    const header = ['route', 'server', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'ours/floor', 'non-2xx', 'errors'];
    // ours/floor per route: the median over rounds of the ratio of two measurements taken back to back.
    const ratio = (route: string) => {
      const ours = runs.filter((x) => x.route === route && x.server === 'ours');
      const floor = runs.filter((x) => x.route === route && x.server === 'floor');
      const rs = ours.map((o, i) => o.r.rps / (floor[i]?.r.rps ?? NaN)).sort((a, b) => a - b);
      return rs[Math.floor((rs.length - 1) / 2)] ?? NaN;
    };
    const rows = results.map(({ route, server, r }) => {
      const q = server === 'ours' ? `${(ratio(route) * 100).toFixed(0)}%` : '';
      return [
        route,
        server,
        fmt(r.rps, 0),
        fmt(r.p50, 2),
        fmt(r.p95, 2),
        fmt(r.p99, 2),
        q,
        String(r.non2xx),
        String(r.errors),
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => at(r, i).length)));
    const line = (cells: string[]) =>
      '  ' + cells.map((c, i) => (i < 2 ? c.padEnd(at(widths, i)) : c.padStart(at(widths, i)))).join('  ');
    console.log('');
    console.log(line(header));
    console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
    for (const { route, server, r } of results) {
      const bad = Object.entries(r.statuses);
      if (bad.length)
        console.log(`  non-2xx of ${server} on ${route}: ${bad.map(([status, n]) => `${n} × ${status}`).join(', ')}`);
    }
    console.log('');
    console.log(
      `  Note: "ours" is the whole app — session lookup, scope SQL plus the row-level policy, zod validation\n` +
        `  and serialization, a transaction for a save, and one audit row per student shown and per plan read or saved\n` +
        `  (34 CFR 300.614 / FERPA: ${auditRowsByOurs} audit rows were written during these runs, each before its data was returned).\n` +
        `  The floor runs the same statements of the repositories with none of that.`,
    );
    console.log(
      `  machine load average (1 min): ${loadAtStart.toFixed(2)} at start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at end, on ${cpus.length} cores ` +
        `(PostgreSQL, the server and autocannon share them; other work on the machine lowers every figure)`,
    );
    console.log(`  total bench time ${((Date.now() - t0) / 1000).toFixed(0)} s`);
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
