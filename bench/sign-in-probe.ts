/**
 * Can response time tell which emails have accounts? Times POST /api/v1/session (through the whole app, in process,
 * with app.inject) for a known email with a wrong password and for an unknown email, interleaved, each from its own
 * client IP so that no lock starts; then for both once locked. Prints mean and p95 milliseconds per case.
 *
 *   node --import tsx bench/sign-in-probe.ts [--runs 200] [--engine pglite|postgres]
 *
 * PGlite runs in memory; PostgreSQL uses a fresh database `openiep_bench_probe` (BENCH_PG_ADMIN_URL, loopback only).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connect, type Database } from '../src/db/connect';
import { migrate } from '../src/db/migrate';
import { seedDemo } from '../src/db/seed-demo';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { loadMailConfig } from '../src/notify/mailer';
import { at } from './at';

const { values } = parseArgs({ options: { runs: { type: 'string' }, engine: { type: 'string' } } });
const RUNS = Number(values.runs ?? 200);
const ENGINE = values.engine === 'postgres' ? 'postgres' : 'pglite';
const KNOWN = 'teacher@lincoln.demo';
const UNKNOWN = 'not.an.account@lincoln.demo';

async function open(): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (ENGINE === 'pglite') {
    const db = await connect({ memory: true });
    return { db, drop: () => db.close() };
  }
  const admin = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const u = new URL(admin);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) throw new Error('loopback only');
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query('DROP DATABASE IF EXISTS openiep_bench_probe WITH (FORCE)');
  await c.query('CREATE DATABASE openiep_bench_probe');
  await c.end();
  u.pathname = '/openiep_bench_probe';
  const db = await connect({ databaseUrl: u.toString() });
  return {
    db,
    async drop() {
      await db.close();
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query('DROP DATABASE IF EXISTS openiep_bench_probe WITH (FORCE)');
      await d.end();
    },
  };
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return {
    mean,
    p50: at(s, Math.floor(s.length * 0.5)),
    p95: at(s, Math.min(s.length - 1, Math.floor(s.length * 0.95))),
  };
};

const { db, drop } = await open();
try {
  await migrate(db);
  await seedDemo(db, 'bench-probe-password-1');
  const app = await buildApp({
    db,
    config: loadConfig({ OPENIEP_SIGNIN_RATE_LIMIT: '1000000' }),
    mail: loadMailConfig({}),
    linkMailer: null,
  });
  await app.ready();
  let ipN = 0;
  const attempt = async (email: string, ip: string, expected: number) => {
    const t0 = process.hrtime.bigint();
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: 'wrong password here' },
      remoteAddress: ip,
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.statusCode !== expected) throw new Error(`${email} from ${ip}: ${r.statusCode}, expected ${expected}`);
    return ms;
  };
  const freshIp = () => `10.${(++ipN >> 16) & 255}.${(ipN >> 8) & 255}.${ipN & 255}`;

  // Warm up argon2, the query plans and the JIT.
  for (let i = 0; i < 10; i++) {
    await attempt(KNOWN, freshIp(), 401);
    await attempt(UNKNOWN, freshIp(), 401);
  }
  await db.query('DELETE FROM sign_in_failures');
  const wrong = { known: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so drift in the machine's load falls on both.
    const order = i % 2 ? ([KNOWN, UNKNOWN] as const) : ([UNKNOWN, KNOWN] as const);
    for (const email of order)
      (email === KNOWN ? wrong.known : wrong.unknown).push(await attempt(email, freshIp(), 401));
    // Below the hourly ceiling per email (ACCOUNT_FAILURES_PER_HOUR), which would answer 429 to new IPs.
    if (i % 40 === 39) await db.query('DELETE FROM sign_in_failures');
  }
  // Lock one IP out of both emails, then time the locked answers.
  const lockIp = freshIp();
  for (let i = 0; i < 5; i++) {
    await attempt(KNOWN, lockIp, 401);
    await attempt(UNKNOWN, lockIp, 401);
  }
  const locked = { known: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? ([KNOWN, UNKNOWN] as const) : ([UNKNOWN, KNOWN] as const);
    for (const email of order)
      (email === KNOWN ? locked.known : locked.unknown).push(await attempt(email, lockIp, 429));
  }
  await app.close();

  const row = (label: string, ms: number[]) => {
    const s = stats(ms);
    return `${label.padEnd(34)} ${s.mean.toFixed(1).padStart(7)} ${s.p50.toFixed(1).padStart(7)} ${s.p95.toFixed(1).padStart(7)}`;
  };
  console.log(`sign-in probe on ${ENGINE}, ${RUNS} attempts per case (ms)`);
  console.log(`${''.padEnd(34)} ${'mean'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)}`);
  console.log(row('wrong password, known email', wrong.known));
  console.log(row('wrong password, unknown email', wrong.unknown));
  console.log(row('locked (429), known email', locked.known));
  console.log(row('locked (429), unknown email', locked.unknown));
} finally {
  await drop();
}
