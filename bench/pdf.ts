/**
 * PDF rendering benchmark: a full IEP of about 12 pages (many goals with objectives, services,
 * accommodations, long present levels), rendered in memory (no database) 50 times, alternating English
 * and Spanish, after a few warm-up renders. Prints the median and p95 in milliseconds and the page count.
 * Target: median ≤ 200 ms on the 2-core CI machine.
 *
 *   node --import tsx bench/pdf.ts [runs]
 */
import os from 'node:os';
import { renderPlanDocument } from '../src/documents/pdf/plan-document';
import { samplePlanInput } from '../src/documents/pdf/sample-plan';
import { at } from './at';

const TARGET_MEDIAN_MS = 200;
const WARMUP = 5;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return at(sorted, i, 'timing');
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 50);
  const inputs = [samplePlanInput('en'), samplePlanInput('es')] as const;

  const coldStart = performance.now();
  const first = await renderPlanDocument(inputs[0]);
  const coldMs = performance.now() - coldStart;
  for (let i = 0; i < WARMUP; i++) await renderPlanDocument(at(inputs, i % 2));

  const times: number[] = [];
  const cpu: number[] = [];
  const pages = new Set<number>();
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await renderPlanDocument(at(inputs, i % 2));
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    pages.add(r.pages);
    bytes = Math.max(bytes, r.pdf.length);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  console.log(
    `pdf: ${runs} renders of a full IEP (${[...pages].join('/')} pages en/es, up to ${(bytes / 1024).toFixed(0)} KiB)`,
  );
  console.log(
    `pdf: first render (cold: fonts parsed, code loaded) ${coldMs.toFixed(0)} ms; first document ${first.pages} pages`,
  );
  console.log(
    `pdf: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, min ${at(sorted, 0).toFixed(1)} ms, max ${at(sorted, sorted.length - 1).toFixed(1)} ms`,
  );
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  // CPU time (all of the process's threads, garbage collection included) is steadier than wall time on a busy machine.
  console.log(
    `pdf: CPU time per render: median ${percentile(cpuSorted, 50).toFixed(1)} ms, p95 ${percentile(cpuSorted, 95).toFixed(1)} ms; machine load ${at(os.loadavg(), 0).toFixed(1)} on ${os.cpus().length} cores`,
  );
  console.log(`pdf: target median ≤ ${TARGET_MEDIAN_MS} ms: ${median <= TARGET_MEDIAN_MS ? 'met' : 'NOT met'}`);
}

await main();
