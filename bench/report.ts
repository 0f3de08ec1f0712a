/**
 * The benchmark's report (bench/run.ts): what was measured and how, a table of req/s and latency per route for our
 * app and the floor, and the machine's load. The median round per cell when there are several rounds.
 */
import os from 'node:os';
import { at } from './at';
import type { LoadResult } from './load';

export const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');

type Kind = 'ours' | 'floor';
interface Run {
  route: string;
  server: Kind;
  r: LoadResult;
}

export interface ReportInput {
  args: { students: number; seed: number; connections: number; duration: number; warmup: number; rounds: number };
  runs: Run[];
  /** The routes measured, in order. */
  routes: string[];
  /** Null when the database was reused. */
  seedSeconds: number | null;
  caller: {
    cm: { email: string; n: number };
    activePlans: readonly string[];
    drafts: readonly string[];
    pgVersion: string;
  };
  auditRowsByOurs: number;
  loadAtStart: number;
  poolSize: number;
  /** When the bench started (ms). */
  t0: number;
}

/** Several rounds: the round with the median req/s for each route and server. */
function medianRuns(runs: readonly Run[], routes: readonly string[]): Run[] {
  return routes.flatMap((route) =>
    (['ours', 'floor'] as const).map((kind) => {
      const mine = runs.filter((x) => x.route === route && x.server === kind).sort((a, b) => a.r.rps - b.r.rps);
      return at(mine, Math.floor((mine.length - 1) / 2), 'run');
    }),
  );
}

/** ours/floor per route: the median over rounds of the ratio of two measurements taken back to back. */
function ratio(runs: readonly Run[], route: string): number {
  const ours = runs.filter((x) => x.route === route && x.server === 'ours');
  const floor = runs.filter((x) => x.route === route && x.server === 'floor');
  const rs = ours.map((o, i) => o.r.rps / (floor[i]?.r.rps ?? NaN)).sort((a, b) => a - b);
  return rs[Math.floor((rs.length - 1) / 2)] ?? NaN;
}

/** What was measured, on what data, with what load and on what machine. */
function printSetting({ args, seedSeconds, caller, poolSize }: ReportInput): void {
  const cpus = os.cpus();
  console.log('');
  console.log(`OpenIEP benchmark — ${new Date().toISOString()}`);
  console.log(
    `  data: ${args.students} synthetic students (seed ${args.seed}) on PostgreSQL ${caller.pgVersion}; ` +
      (seedSeconds === null
        ? 'seed time: reused database'
        : `seed time ${seedSeconds.toFixed(1)} s (${Math.round(args.students / seedSeconds)} students/s)`),
  );
  console.log(
    `  caller: case manager ${caller.cm.email}, caseload ${caller.cm.n} (the median); list = default page (limit 50); students/{id} cycles through the caseload; ` +
      `plans/{id} through its ${caller.activePlans.length} IEPs in effect; PATCH saves presentLevels (1.4 kB) of a draft, each connection its own (${Math.min(args.connections, caller.drafts.length)} of ${caller.drafts.length}) ` +
      `with If-Match = the ETag of its previous response`,
  );
  console.log(
    `  load: autocannon, ${args.connections} connections, ${args.duration} s per test after ${args.warmup} s warm-up` +
      `${args.rounds > 1 ? `, median of ${args.rounds} rounds` : ''}; ours and floor measured back to back per route; ` +
      `servers in their own processes, ${poolSize} database connections each; all on one machine (${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, Node ${process.version})`,
  );
}

/** The table: a row per route and server. */
function printTable(runs: readonly Run[], results: readonly Run[]): void {
  const header = ['route', 'server', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'ours/floor', 'non-2xx', 'errors'];
  const rows = results.map(({ route, server, r }) => {
    const q = server === 'ours' ? `${(ratio(runs, route) * 100).toFixed(0)}%` : '';
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
}

export function printReport(input: ReportInput): void {
  const results = medianRuns(input.runs, input.routes);
  printSetting(input);
  printTable(input.runs, results);
  console.log('');
  console.log(
    `  Note: "ours" is the whole app — session lookup, scope SQL plus the row-level policy, zod validation\n` +
      `  and serialization, a transaction for a save, and one audit row per student shown and per plan read or saved\n` +
      `  (34 CFR 300.614 / FERPA: ${input.auditRowsByOurs} audit rows were written during these runs, each before its data was returned).\n` +
      `  The floor runs the same statements of the repositories with none of that.`,
  );
  console.log(
    `  machine load average (1 min): ${input.loadAtStart.toFixed(2)} at start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at end, on ${os.cpus().length} cores ` +
      `(PostgreSQL, the server and autocannon share them; other work on the machine lowers every figure)`,
  );
  console.log(`  total bench time ${((Date.now() - input.t0) / 1000).toFixed(0)} s`);
}
