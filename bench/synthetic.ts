/**
 * The synthetic district generator (`openiep seed --synthetic --students N --seed S`, and the benchmark).
 *
 * One new district (state profile 'federal') with a realistic shape: schools by level, a principal per
 * school, teachers and their sections, case managers with caseloads of about 15–25, related-service
 * providers (SLP, OT, PT, school psychologist), 1–2 guardians per student, and students in US national
 * proportions (about 15 % with an IEP and the national mix of IDEA categories, 2 % Section 504, some in
 * referral and evaluation), and plans: an active IEP for every IEP-eligible student (kept in plan_versions
 * too) and drafts for the annual reviews that are near (bench/synthetic-plans.ts). Everything is fictional.
 *
 * Deterministic: ids are `nameUuid('synthetic:<seed>:…')`, values come from `prng(seed)` streams that are
 * consumed in student order, so the same seed and N give the same rows whatever the batch size. Emails
 * carry the seed (`cm17.s42@synthetic.example`), so several seeds can live in one database next to the demo.
 *
 * Fast: the plan (grade, school, status, category, caseload, sections of every student) is made first in
 * typed arrays; then students are written in batches, each table with one
 * `INSERT … SELECT … FROM unnest($1::uuid[], $2::text[], …)` (one array parameter per column), one
 * transaction per batch. On PostgreSQL two batches are written at once (two connections) while the next
 * is generated.
 *
 * Reference date: the 2026-2027 school year (grade cohorts by the September 1 cut-off), like the demo.
 */
import type { Database } from '../src/db/connect';
import { nameUuid, prng } from '../src/db/ids';
import { hashPassword } from '../src/db/passwords';
import { firstRow } from './at';
import { planDistrict, type Layout } from './synthetic-layout';
import { AREA_CODES, CITIES } from './synthetic-names';
import { makeBatch, type Batch, type StudentContext } from './synthetic-students';
import {
  pick,
  planStaff,
  writeCalendars,
  writeDistrict,
  writeSections,
  writeStaff,
  type Naming,
} from './synthetic-structure';

export { ColumnRows } from './column-rows';
export { CATEGORIES, DISCIPLINES, GRADE_LABELS, SCHOOL_YEAR } from './synthetic-shape';

export interface SyntheticOptions {
  students: number;
  seed: number;
  log: (m: string) => void;
  districtName?: string;
  /** When given, every staff account (case managers included) gets this password (hashed once). Otherwise staff have no password. */
  password?: string;
  /** Students per batch (default 10,000; the output does not depend on it). */
  batchSize?: number;
  /** PostgreSQL: batches written at once, on separate connections (default 2). PGlite: always 1. */
  parallel?: number;
  /**
   * Plans (default true): an active IEP for every IEP-eligible student, with its row in plan_versions, and a
   * draft for the annual review when it falls before February 2027 (bench/synthetic-plans.ts).
   */
  plans?: boolean;
}

export interface SyntheticResult {
  districtId: string;
  /** In case-manager order: cm1.s<seed>@…, cm2.s<seed>@… */
  caseManagerEmails: string[];
  adminEmail: string;
  counts: Record<string, number>;
  seconds: number;
}

/** The counts the first log line gives, from the layout and the staff. */
function plannedCounts(layout: Layout, N: number, staff: number, providers: number): Record<string, number> {
  return {
    schools: layout.schools.length,
    sections: layout.sections.total,
    teachers: layout.teacherTotal,
    caseManagers: layout.caseManagerTotal,
    providers,
    staff,
    students: N,
  };
}

/**
 * Writes the batches of students, generating the next while up to `parallel` batches are written on PostgreSQL (one
 * on PGlite); a batch's IEPs in effect are copied into plan_versions in its transaction.
 */
async function writeStudents(
  db: Database,
  ctx: StudentContext,
  N: number,
  opts: Pick<SyntheticOptions, 'batchSize' | 'parallel'>,
  progress: (written: number) => void,
): Promise<void> {
  const batchSize = opts.batchSize ?? 10_000;
  const batches = Math.ceil(N / batchSize);
  const logEvery = Math.max(1, Math.floor(batches / 20));
  let written = 0;
  let batchNo = 0;
  const writeBatch = async ({ tables, activePlanIds }: Batch, size: number) => {
    await db.transaction(async (tx) => {
      for (const t of tables) if (t.length) await t.insert(tx);
      // Each version that left draft is kept in plan_versions (as PlansRepo.activate does), copied on the server.
      if (activePlanIds.length) {
        await tx.query(
          `INSERT INTO plan_versions (plan_id, version, district_id, status, meeting_date, start_date, end_date, next_annual_review, content, saved_at, saved_by, saved_by_name)
           SELECT p.id, p.version, p.district_id, p.status, p.meeting_date, p.start_date, p.end_date, p.next_annual_review, p.content, p.finalized_at, p.finalized_by,
                  u.first_name || ' ' || u.last_name
             FROM plans p JOIN users u ON u.id = p.finalized_by WHERE p.id = ANY($1::uuid[])`,
          [activePlanIds],
        );
      }
    });
    written += size;
    batchNo++;
    if (batchNo % logEvery === 0 || written === N) progress(written);
  };
  // PostgreSQL: up to two batches in flight (two connections) while the next one is generated.
  const inFlightMax = db.kind === 'postgres' ? Math.max(1, opts.parallel ?? 2) : 1;
  const inFlight = new Set<Promise<void>>();
  // The batches' errors, first first (an array: the writes fail inside callbacks, which narrowing does not follow).
  const failures: Error[] = [];
  for (let from = 0; from < N; from += batchSize) {
    const to = Math.min(N, from + batchSize);
    const batch = makeBatch(ctx, from, to);
    while (inFlight.size >= inFlightMax) await Promise.race(inFlight);
    if (failures.length > 0) break;
    const p: Promise<void> = writeBatch(batch, to - from)
      .catch((e: unknown) => {
        failures.push(e instanceof Error ? e : new Error(String(e)));
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    // Let the pool send what is queued before the next batch is generated.
    await new Promise<void>((r) => setImmediate(r));
  }
  await Promise.all(inFlight);
  const [failure] = failures;
  if (failure) throw failure;
}

/** Running the same seed twice into one database is refused. */
async function refuseExisting(db: Database, districtId: string, seed: number): Promise<void> {
  const existing = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM districts WHERE id = $1::uuid', [
    districtId,
  ]);
  if ((existing[0]?.n ?? 0) > 0)
    throw new Error(
      `The synthetic district of seed ${seed} is already in this database (${districtId}); use another --seed.`,
    );
}

export async function seedSynthetic(db: Database, opts: SyntheticOptions): Promise<SyntheticResult> {
  const started = Date.now();
  const N = opts.students;
  const seed = opts.seed;
  if (!Number.isInteger(N) || N < 1) throw new Error('students must be a positive whole number');
  if (!Number.isInteger(seed)) throw new Error('seed must be a whole number');
  const log = opts.log;
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)}s`;
  const naming: Naming = {
    key: (name: string) => nameUuid(`synthetic:${seed}:${name}`),
    tag: `s${seed}`.replace('-', 'm'),
    domain: 'synthetic.example',
  };
  const districtId = naming.key('district');

  await refuseExisting(db, districtId, seed);

  // ---- Plan: every student's grade, sex, status, category, school, case manager and providers; the staff. ----
  const layout = planDistrict(prng(seed), N, naming.key);
  const staffRnd = prng((seed ^ 0x2545f491) >>> 0);
  const staffPlan = planStaff(layout, staffRnd, naming);
  const { staff, caseManagerEmails, adminEmail } = staffPlan;
  const counts = plannedCounts(
    layout,
    N,
    staff.length,
    staffPlan.providerIds.reduce((s, a) => s + a.length, 0),
  );
  log(
    `synthetic: seed ${seed}, ${N} students, ${layout.schools.length} schools, ${layout.teacherTotal} teachers, ${layout.sections.total} sections, ` +
      `${layout.caseManagerTotal} case managers, ${counts.providers} providers (planned in ${elapsed()})`,
  );

  // ---- Structure: district, schools, calendar, staff, sections ----
  const hash = opts.password ? await hashPassword(opts.password) : null;
  const city = pick(staffRnd, CITIES);
  const areaCode = pick(staffRnd, AREA_CODES);
  const districtName = opts.districtName ?? `${city} Synthetic School District (seed ${seed})`;
  await writeDistrict(db, districtId, districtName, layout.schools);
  await writeCalendars(db, districtId, layout.schools);
  await writeStaff(db, districtId, staff, layout.schools, hash);
  const sectionIds = await writeSections(db, districtId, layout, staffPlan.teacherIds, naming.key);
  log(
    `synthetic: district ${districtId}: schools, calendars, ${staff.length} staff and ${layout.sections.total} sections written (${elapsed()})`,
  );

  // ---- Students, in batches ----
  // Plans draw from their own stream (in student order), so the students and the rest are the same with or without them.
  const withPlans = opts.plans ?? true;
  const ctx: StudentContext = {
    layout,
    districtId,
    naming,
    city,
    areaCode,
    sectionIds,
    caseManagerIds: staffPlan.caseManagerIds,
    providerIds: staffPlan.providerIds,
    detail: prng((seed ^ 0x5bd1e995) >>> 0),
    planRnd: prng((seed ^ 0x68e31da4) >>> 0),
    withPlans,
    picked: [0, 0, 0, 0, 0, 0],
    counts: { guardians: 0, enrollments: 0, activePlans: 0, drafts: 0 },
  };
  await writeStudents(db, ctx, N, opts, (written) =>
    log(`students ${written}/${N} (${Math.floor((written * 100) / N)}%) ${elapsed()}`),
  );

  if (withPlans) counts.caseEvents = await addCaseEvents(db, districtId);
  const { guardians, enrollments, activePlans, drafts } = ctx.counts;
  Object.assign(counts, { guardians, enrollments, activePlans, draftPlans: drafts });
  const seconds = (Date.now() - started) / 1000;
  log(
    `synthetic: ${N} students, ${guardians} guardians, ${enrollments} enrollments` +
      `${withPlans ? `, ${activePlans} active IEPs and ${drafts} drafts` : ''} written in ${seconds.toFixed(1)}s`,
  );
  return { districtId, caseManagerEmails, adminEmail, counts, seconds };
}

/**
 * A year of casework on the case clock, written on the server from what is already there (deterministic ids and
 * dates from md5 of the student id): a safeguards notice at each IEP meeting and the last evaluation one to three
 * years before it; a referral (with its notice) for students referred or in evaluation, and consent to evaluate for
 * those in evaluation. Returns how many events were written.
 */
async function addCaseEvents(db: Database, districtId: string): Promise<number> {
  const h = (expr: string, salt: string) => `('x' || substr(md5(${expr} || '${salt}'), 1, 7))::bit(28)::int`;
  const id = (salt: string) => `md5(s.student_id::text || '${salt}')::uuid`;
  const insert = `INSERT INTO case_events (id, district_id, student_id, kind, occurred_on, details, recorded_by_name, recorded_at)`;
  await db.transaction(async (tx) => {
    await tx.query(
      `${insert} SELECT ${id('safeguards')}, s.district_id, s.student_id, 'safeguards_notice', s.meeting_date, '{}', 'synthetic', s.meeting_date::timestamp
         FROM plans s WHERE s.district_id = $1::uuid AND s.status = 'active' AND s.meeting_date IS NOT NULL`,
      [districtId],
    );
    await tx.query(
      `${insert} SELECT ${id('evaluation')}, s.district_id, s.student_id, 'evaluation_completed', s.meeting_date - (365 + ${h('s.student_id::text', 'e')} % 730),
              '{"reevaluation":true}', 'synthetic', (s.meeting_date - (365 + ${h('s.student_id::text', 'e')} % 730))::timestamp
         FROM plans s WHERE s.district_id = $1::uuid AND s.status = 'active' AND s.meeting_date IS NOT NULL`,
      [districtId],
    );
    for (const [kind, salt, details, base, spread, statuses] of [
      ['referral', 'referral', '{"source":"teacher"}', '2026-09-01', 60, "'referred','evaluating'"],
      ['safeguards_notice', 'referral', '{}', '2026-09-01', 60, "'referred','evaluating'"],
      ['consent_given', 'consent', '{"consentType":"evaluation"}', '2026-09-15', 60, "'evaluating'"],
    ] as const) {
      await tx.query(
        `${insert} SELECT md5(s.id::text || '${kind}')::uuid, s.district_id, s.id, '${kind}', DATE '${base}' + ${h('s.id::text', salt)} % ${spread}, '${details}', 'synthetic',
                (DATE '${base}' + ${h('s.id::text', salt)} % ${spread})::timestamp
           FROM students s WHERE s.district_id = $1::uuid AND s.sped_status IN (${statuses})`,
        [districtId],
      );
    }
  });
  return firstRow(
    await db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events WHERE district_id = $1::uuid', [
      districtId,
    ]),
  ).n;
}
