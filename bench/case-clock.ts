/**
 * The case clock's cost: how long the deadline lists take for the people who open them most — a case manager's
 * "what is due" (their caseload), one student's deadlines, and the district compliance summary (every student in
 * special education) — computed by the same use cases the API calls, in process (no HTTP), on PostgreSQL.
 *
 *   node --import tsx bench/case-clock.ts [--students 100000] [--seed 1] [--runs 20] [--keep]
 *
 * Seeds a synthetic district into a fresh database `openiep_bench_clock` (BENCH_PG_ADMIN_URL, loopback only), whose
 * case events are those a year of casework would leave (a safeguards notice at each IEP meeting, the
 * last evaluation 1–3 years before it, consents and referrals for students in evaluation). Prints median and
 * p95 milliseconds per call.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connect } from '../src/db/connect';
import { createHandle } from '../src/db/handle';
import { migrate } from '../src/db/migrate';
import { complianceSummary } from '../src/features/case/compliance';
import { listDeadlines, studentDeadlines } from '../src/features/case/deadlines';
import type { Actor } from '../src/policy/actor';
import { seedSynthetic } from './synthetic';
import { at, firstRow } from './at';

const { values } = parseArgs({
  options: {
    students: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    keep: { type: 'boolean' },
    today: { type: 'string' },
  },
});
const N = Number(values.students ?? 100_000);
const SEED = Number(values.seed ?? 1);
const RUNS = Number(values.runs ?? 20);
const TODAY = values.today ?? '2026-11-30';
const ADMIN = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'openiep_bench_clock';
const u = new URL(ADMIN);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) throw new Error('loopback only');

const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB}`);
u.pathname = `/${DB}`;
const db = await connect({ databaseUrl: u.toString() });
try {
  await migrate(db);
  const t = Date.now();
  const seeded = await seedSynthetic(db, { students: N, seed: SEED, log: () => undefined });
  console.log(`seeded ${N} students in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const events = firstRow(await db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events')).n;
  console.log(`with ${events} case events (bench/synthetic.ts addCaseEvents)`);

  const actorOf = async (sql: string): Promise<Actor> => {
    const r = firstRow(
      await db.query<{ id: string; district_id: string; role: Actor['role']; name: string }>(sql, [seeded.districtId]),
      'actor',
    );
    const schools = await db.query<{ school_id: string }>(
      'SELECT school_id::text FROM staff_schools WHERE user_id = $1::uuid',
      [r.id],
    );
    return {
      userId: r.id,
      districtId: r.district_id,
      role: r.role,
      name: r.name,
      discipline: null,
      schoolIds: schools.map((s) => s.school_id),
      studentId: null,
      guardianId: null,
      stateProfile: 'federal',
    };
  };
  const cm = await actorOf(
    `SELECT u.id::text, u.district_id::text, u.role, u.first_name || ' ' || u.last_name AS name FROM users u JOIN case_manager_assignments c ON c.user_id = u.id WHERE u.district_id = $1::uuid GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
  );
  const principal = await actorOf(
    `SELECT id::text, district_id::text, role, first_name || ' ' || last_name AS name FROM users WHERE district_id = $1::uuid AND role = 'principal' ORDER BY email LIMIT 1`,
  );
  const districtAdmin = await actorOf(
    `SELECT id::text, district_id::text, role, first_name || ' ' || last_name AS name FROM users WHERE district_id = $1::uuid AND role = 'district_admin' LIMIT 1`,
  );
  const studentId = firstRow(
    await db.query<{ id: string }>(
      'SELECT student_id::text AS id FROM case_manager_assignments WHERE user_id = $1::uuid LIMIT 1',
      [cm.userId],
    ),
    'student',
  ).id;
  const handle = (a: Actor) => createHandle(db, a, { ip: '127.0.0.1', today: TODAY });

  const time = async (label: string, runs: number, fn: () => Promise<{ data?: unknown[] } | object>) => {
    const ms: number[] = [];
    let size = 0;
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now();
      const r = await fn();
      const d = performance.now() - t0;
      if (i > 0) ms.push(d); // the first run warms caches
      size = 'data' in r && Array.isArray(r.data) ? r.data.length : size;
    }
    ms.sort((a, b) => a - b);
    const q = (p: number) => at(ms, Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1), 'timing');
    console.log(
      `${label.padEnd(52)} median ${q(0.5).toFixed(1).padStart(8)} ms   p95 ${q(0.95).toFixed(1).padStart(8)} ms   (${runs} runs${size ? `, ${size} items` : ''})`,
    );
  };
  console.log(
    `\nN = ${N}, today ${TODAY}, PostgreSQL ${firstRow(await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).v}`,
  );
  await time(`case manager: GET /deadlines (caseload)`, RUNS, () => listDeadlines(handle(cm)));
  await time(`case manager: GET /students/{id}/deadlines`, RUNS, () => studentDeadlines(handle(cm), { studentId }));
  await time(`principal: GET /compliance/summary (one school)`, Math.max(3, Math.floor(RUNS / 4)), () =>
    complianceSummary(handle(principal), {}),
  );
  await time(`administrator: GET /compliance/summary (district)`, 3, () =>
    complianceSummary(handle(districtAdmin), {}),
  );
} finally {
  await db.close();
  if (!values.keep) await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.end();
}
