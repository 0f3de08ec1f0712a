/**
 * The synthetic generator: realistic proportions, a complete structure (guardians, case managers,
 * sections, providers), dates of birth that match grades, and determinism (same seed, same rows, whatever
 * the batch size; another seed, other rows, in the same database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../src/db/connect';
import type { IepContent, PlanDates } from '../src/domain/plan';
import { iepFindings } from '../src/domain/plan-rules';
import { disabilityFindings } from '../src/domain/sped-status';
import type { SpedStatus } from '../src/domain/sped-status';
import { stateProfile } from '../src/domain/state-profiles';
import { iepSectionSchemas } from '../src/api/plans';
import { verifyPassword } from '../src/db/passwords';
import { cloneTestDb, type TestDb } from '../test/support/db';
import { TEST_TODAY } from '../test/support/env';
import { seedSynthetic, type SyntheticResult } from './synthetic';
import { ensureDrafts } from './synthetic-plans';

const N = 2000;
const quiet = () => undefined;

async function one<T>(q: Queryable, sql: string, params: unknown[]): Promise<T> {
  const r = await q.query<T>(sql, params);
  if (!r[0]) throw new Error(`no row: ${sql}`);
  return r[0];
}

/** A digest of everything the generator wrote for a district (timestamps aside). */
async function fingerprint(q: Queryable, districtId: string): Promise<Record<string, string>> {
  const tables = [
    'schools',
    'students',
    'guardians',
    'student_guardians',
    'users',
    'staff_schools',
    'sections',
    'section_enrollments',
    'case_manager_assignments',
    'provider_assignments',
    'plans',
    'plan_versions',
    'case_events',
  ];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const r = await one<{ h: string; n: number }>(
      q,
      `SELECT md5(coalesce(string_agg(j::text, '|' ORDER BY j::text), '')) AS h, count(*)::int AS n
         FROM (SELECT to_jsonb(x) - 'created_at' - 'updated_at' AS j FROM ${t} x WHERE x.district_id = $1::uuid) y`,
      [districtId],
    );
    out[t] = `${r.n}:${r.h}`;
  }
  return out;
}

describe('synthetic district generator', () => {
  let a: TestDb;
  let b: TestDb;
  let s42: SyntheticResult;
  let d: string;
  const share = async (where: string, of = 'TRUE') => {
    const r = await one<{ n: number; m: number }>(
      a.db,
      `SELECT count(*) FILTER (WHERE (${where}) AND (${of}))::int AS n, count(*) FILTER (WHERE ${of})::int AS m FROM students WHERE district_id = $1::uuid`,
      [d],
    );
    return r.n / r.m;
  };

  // The databases opened so far: a failed set-up leaves some unopened, and only those opened are dropped.
  const opened: TestDb[] = [];
  beforeAll(async () => {
    a = await cloneTestDb('pglite'); // migrated and demo-seeded: the synthetic district goes next to the demo
    opened.push(a);
    b = await cloneTestDb('pglite');
    opened.push(b);
    s42 = await seedSynthetic(a.db, { students: N, seed: 42, log: quiet });
    d = s42.districtId;
  });
  afterAll(async () => {
    for (const db of opened) await db.drop();
  });

  it('creates one federal-profile district with N students next to the demo', async () => {
    const r = await one<{ n: number; profile: string; districts: number }>(
      a.db,
      `SELECT (SELECT count(*)::int FROM students WHERE district_id = $1::uuid) AS n,
              (SELECT state_profile FROM districts WHERE id = $1::uuid) AS profile,
              (SELECT count(*)::int FROM districts) AS districts`,
      [d],
    );
    expect(r).toEqual({ n: N, profile: 'federal', districts: 3 });
    expect(s42.counts.schools).toBeGreaterThanOrEqual(3);
    expect(s42.caseManagerEmails[0]).toBe('cm1.s42@synthetic.example');
  });

  it('has the national special-education proportions', async () => {
    const iep = `sped_status = 'eligible_iep'`;
    expect(await share(iep)).toBeGreaterThan(0.12);
    expect(await share(iep)).toBeLessThan(0.18);
    const ranges: [string, number, number][] = [
      ['specific_learning_disability', 0.25, 0.39],
      ['speech_language_impairment', 0.13, 0.25],
      ['other_health_impairment', 0.1, 0.21],
      ['autism', 0.07, 0.17],
      ['developmental_delay', 0.03, 0.11],
      ['intellectual_disability', 0.025, 0.1],
      ['emotional_disturbance', 0.015, 0.09],
    ];
    for (const [category, lo, hi] of ranges) {
      const s = await share(`primary_disability = '${category}'`, iep);
      expect(s, category).toBeGreaterThan(lo);
      expect(s, category).toBeLessThan(hi);
    }
    const rest = await share(`primary_disability NOT IN (${ranges.map(([c]) => `'${c}'`).join(',')})`, iep);
    expect(rest).toBeGreaterThan(0.01);
    expect(rest).toBeLessThan(0.08);
    for (const [status, lo, hi] of [
      ['plan_504', 0.01, 0.032],
      ['referred', 0.003, 0.02],
      ['evaluating', 0.003, 0.02],
      ['exited', 0.003, 0.02],
      ['none', 0.74, 0.85],
    ] as const) {
      const s = await share(`sped_status = '${status}'`);
      expect(s, status).toBeGreaterThan(lo);
      expect(s, status).toBeLessThan(hi);
    }
    // Boys are about two thirds of students with an IEP.
    const boys = await share(`sex = 'M'`, iep);
    expect(boys).toBeGreaterThan(0.58);
    expect(boys).toBeLessThan(0.75);
  });

  it('has plausible demographics', async () => {
    const within = async (where: string, lo: number, hi: number) => {
      const s = await share(where);
      expect(s, where).toBeGreaterThan(lo);
      expect(s, where).toBeLessThan(hi);
    };
    await within(`sex = 'M'`, 0.47, 0.55);
    await within('hispanic_latino', 0.24, 0.32);
    await within('english_learner', 0.06, 0.14);
    await within(`home_language = 'es'`, 0.2, 0.3);
    await within(`'white' = ANY(races)`, 0.5, 0.75);
    await within(`'black_african_american' = ANY(races)`, 0.1, 0.22);
    await within('cardinality(races) > 1', 0.03, 0.12);
    // Every grade KG–12 is present, in roughly equal numbers.
    const grades = await a.db.query<{ grade: string; n: number }>(
      `SELECT grade, count(*)::int AS n FROM students WHERE district_id = $1::uuid GROUP BY grade`,
      [d],
    );
    expect(grades.map((g) => g.grade).sort()).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      'KG',
    ]);
    for (const g of grades) expect(g.n).toBeGreaterThan(N / 13 / 2);
  });

  it('keeps the sped-status content rules (a category exactly when IEP-eligible)', async () => {
    const rows = await a.db.query<{
      spedStatus: SpedStatus;
      primaryDisability: string | null;
      secondaryDisability: string | null;
    }>(
      `SELECT sped_status AS "spedStatus", primary_disability AS "primaryDisability", secondary_disability AS "secondaryDisability" FROM students WHERE district_id = $1::uuid`,
      [d],
    );
    expect(rows.flatMap((r) => disabilityFindings(r))).toEqual([]);
  });

  it('gives dates of birth that match grades, and developmental delay only at ages 3–9', async () => {
    // Age on September 1 of the 2026-2027 school year is grade + 5 (or + 6 for a student held back).
    const off = await one<{ n: number }>(
      a.db,
      `SELECT count(*)::int AS n FROM students WHERE district_id = $1::uuid
          AND date_part('year', age('2026-09-01', date_of_birth)) - (CASE grade WHEN 'KG' THEN 0 ELSE grade::int END) NOT IN (5, 6)`,
      [d],
    );
    expect(off.n).toBe(0);
    const dd = await one<{ n: number; minAge: number; maxAge: number }>(
      a.db,
      `SELECT count(*)::int AS n, min(date_part('year', age('2026-08-17', date_of_birth)))::int AS "minAge",
              max(date_part('year', age('2027-06-30', date_of_birth)))::int AS "maxAge"
         FROM students WHERE district_id = $1::uuid AND primary_disability = 'developmental_delay'`,
      [d],
    );
    expect(dd.n).toBeGreaterThan(0);
    expect(dd.minAge).toBeGreaterThanOrEqual(3);
    expect(dd.maxAge).toBeLessThanOrEqual(9);
  });

  it('gives every student 1–2 guardians, about a quarter of families preferring Spanish', async () => {
    const r = await one<{ none: number; many: number; spanish: number; students: number }>(
      a.db,
      `SELECT count(*) FILTER (WHERE g.n = 0)::int AS none, count(*) FILTER (WHERE g.n > 2)::int AS many,
              count(*) FILTER (WHERE g.es)::int AS spanish, count(*)::int AS students
         FROM students s
         CROSS JOIN LATERAL (SELECT count(*) AS n, bool_or(gu.preferred_language = 'es') AS es
                               FROM student_guardians sg JOIN guardians gu ON gu.id = sg.guardian_id WHERE sg.student_id = s.id) g
        WHERE s.district_id = $1::uuid`,
      [d],
    );
    expect(r.none).toBe(0);
    expect(r.many).toBe(0);
    expect(r.spanish / r.students).toBeGreaterThan(0.2);
    expect(r.spanish / r.students).toBeLessThan(0.3);
    const rights = await one<{ n: number }>(
      a.db,
      `SELECT count(*)::int AS n FROM students s WHERE s.district_id = $1::uuid
          AND NOT EXISTS (SELECT 1 FROM student_guardians sg WHERE sg.student_id = s.id AND sg.educational_rights)`,
      [d],
    );
    expect(rights.n).toBe(0); // someone holds educational rights for every student
  });

  it('gives every student in special education a case manager at their school, with caseloads of about 15–25', async () => {
    const missing = await one<{ n: number; extra: number }>(
      a.db,
      `SELECT count(*) FILTER (WHERE s.sped_status IN ('eligible_iep','plan_504','referred','evaluating') AND NOT EXISTS
                (SELECT 1 FROM case_manager_assignments c WHERE c.student_id = s.id))::int AS n,
              count(*) FILTER (WHERE s.sped_status IN ('none','exited') AND EXISTS
                (SELECT 1 FROM case_manager_assignments c WHERE c.student_id = s.id))::int AS extra
         FROM students s WHERE s.district_id = $1::uuid`,
      [d],
    );
    expect(missing).toEqual({ n: 0, extra: 0 });
    const wrongSchool = await one<{ n: number }>(
      a.db,
      `SELECT count(*)::int AS n FROM case_manager_assignments c JOIN students s ON s.id = c.student_id
         JOIN users u ON u.id = c.user_id
        WHERE c.district_id = $1::uuid AND (u.role <> 'case_manager' OR NOT EXISTS (SELECT 1 FROM staff_schools ss WHERE ss.user_id = u.id AND ss.school_id = s.school_id))`,
      [d],
    );
    expect(wrongSchool.n).toBe(0);
    const loads = (
      await a.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM case_manager_assignments WHERE district_id = $1::uuid GROUP BY user_id ORDER BY 1`,
        [d],
      )
    ).map((r) => r.n);
    expect(loads.length).toBe(s42.counts.caseManagers);
    const median = loads[Math.floor(loads.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(15);
    expect(median).toBeLessThanOrEqual(25);
    expect(loads[loads.length - 1]!).toBeLessThanOrEqual(30);
  });

  it('enrols every student in 4–6 sections of their own school and grade, taught by a teacher of that school', async () => {
    const r = await one<{ min: number; max: number; wrong: number; teachers: number }>(
      a.db,
      `SELECT min(n)::int AS min, max(n)::int AS max, sum(wrong)::int AS wrong, (SELECT count(*)::int FROM users WHERE district_id = $1::uuid AND role = 'teacher') AS teachers
         FROM (SELECT s.id, count(e.section_id) AS n, count(*) FILTER (WHERE x.school_id <> s.school_id OR x.course_code NOT LIKE '%' || (CASE s.grade WHEN 'KG' THEN 'K' ELSE ltrim(s.grade, '0') END)) AS wrong
                 FROM students s LEFT JOIN section_enrollments e ON e.student_id = s.id LEFT JOIN sections x ON x.id = e.section_id
                WHERE s.district_id = $1::uuid GROUP BY s.id) t`,
      [d],
    );
    expect(r.min).toBeGreaterThanOrEqual(4);
    expect(r.max).toBeLessThanOrEqual(6);
    expect(r.wrong).toBe(0);
    expect(r.teachers / N).toBeGreaterThan(1 / 25);
    expect(r.teachers / N).toBeLessThan(1 / 15);
    const misplaced = await one<{ n: number }>(
      a.db,
      `SELECT count(*)::int AS n FROM sections x JOIN users u ON u.id = x.teacher_id
        WHERE x.district_id = $1::uuid AND (u.role <> 'teacher' OR NOT EXISTS (SELECT 1 FROM staff_schools ss WHERE ss.user_id = u.id AND ss.school_id = x.school_id))`,
      [d],
    );
    expect(misplaced.n).toBe(0);
  });

  it('assigns related-service providers to students with IEPs who need them', async () => {
    const r = await a.db.query<{ discipline: string; n: number; nonIep: number }>(
      `SELECT pa.discipline, count(*)::int AS n,
              count(*) FILTER (WHERE s.sped_status <> 'eligible_iep' AND NOT (s.sped_status = 'evaluating' AND pa.discipline = 'psychologist'))::int AS "nonIep"
         FROM provider_assignments pa JOIN students s ON s.id = pa.student_id JOIN users u ON u.id = pa.user_id
        WHERE pa.district_id = $1::uuid AND u.role = 'provider' AND u.discipline = pa.discipline GROUP BY pa.discipline ORDER BY 1`,
      [d],
    );
    expect(r.map((x) => x.discipline)).toEqual(['ot', 'psychologist', 'pt', 'slp']);
    for (const x of r) expect(x.nonIep).toBe(0);
    const sliWithoutSlp = await one<{ n: number }>(
      a.db,
      `SELECT count(*)::int AS n FROM students s WHERE s.district_id = $1::uuid AND s.primary_disability = 'speech_language_impairment'
          AND NOT EXISTS (SELECT 1 FROM provider_assignments pa WHERE pa.student_id = s.id AND pa.discipline = 'slp')`,
      [d],
    );
    expect(sliWithoutSlp.n).toBe(0);
  });

  it('gives every student with an IEP one IEP in effect, kept in plan_versions, that passes the finalize rules', async () => {
    const rows = await a.db.query<{
      id: string;
      status: string;
      spedStatus: string;
      dateOfBirth: string;
      englishLearner: boolean;
      primaryDisability: string | null;
      secondaryDisability: string | null;
      content: IepContent;
      dates: PlanDates;
      versions: number;
      sameContent: boolean;
      byCaseManager: boolean;
      bytes: number;
    }>(
      `SELECT p.id::text AS id, p.status, s.sped_status AS "spedStatus", s.date_of_birth AS "dateOfBirth", s.english_learner AS "englishLearner",
              s.primary_disability AS "primaryDisability", s.secondary_disability AS "secondaryDisability", p.content,
              json_build_object('meetingDate', p.meeting_date, 'startDate', p.start_date, 'endDate', p.end_date, 'nextAnnualReview', p.next_annual_review) AS dates,
              (SELECT count(*)::int FROM plan_versions v WHERE v.plan_id = p.id) AS versions,
              EXISTS (SELECT 1 FROM plan_versions v WHERE v.plan_id = p.id AND v.content = p.content AND v.version = p.version AND v.saved_by_name IS NOT NULL) AS "sameContent",
              EXISTS (SELECT 1 FROM case_manager_assignments c WHERE c.student_id = p.student_id AND c.user_id = p.created_by) AS "byCaseManager",
              octet_length(p.content::text) AS bytes
         FROM plans p JOIN students s ON s.id = p.student_id WHERE p.district_id = $1::uuid`,
      [d],
    );
    const active = rows.filter((r) => r.status === 'active');
    const iepStudents = await one<{ n: number }>(
      a.db,
      `SELECT count(*)::int AS n FROM students WHERE district_id = $1::uuid AND sped_status = 'eligible_iep'`,
      [d],
    );
    expect(active.length).toBe(iepStudents.n);
    expect(s42.counts.activePlans).toBe(iepStudents.n);
    expect(rows.every((r) => r.spedStatus === 'eligible_iep' && r.byCaseManager)).toBe(true);
    expect(active.every((r) => r.versions === 1 && r.sameContent)).toBe(true);
    const profile = stateProfile('federal');
    for (const r of active) {
      const c = r.content;
      expect(c.goals.length, r.id).toBeGreaterThanOrEqual(2);
      expect(c.goals.length, r.id).toBeLessThanOrEqual(4);
      expect(c.services.length, r.id).toBeGreaterThanOrEqual(2);
      expect(c.services.length, r.id).toBeLessThanOrEqual(3);
      expect(c.accommodations.length, r.id).toBeGreaterThanOrEqual(3);
      // Finalizing refuses a plan with error findings, so no IEP in effect has any.
      const errors = iepFindings({ content: c, dates: r.dates, student: r, profile, today: TEST_TODAY }).filter(
        (f) => f.severity === 'error',
      );
      expect(errors, r.id).toEqual([]);
      // And every section is what PATCH /plans/{id} accepts.
      for (const [section, value] of Object.entries(c))
        expect(
          iepSectionSchemas[section as keyof typeof iepSectionSchemas].safeParse(value).success,
          `${r.id} ${section}`,
        ).toBe(true);
    }
    const kb = active.reduce((s, r) => s + r.bytes, 0) / active.length / 1000;
    expect(kb).toBeGreaterThan(3);
    expect(kb).toBeLessThan(9);
    // Annual-review drafts: about one IEP in six, with the meeting scheduled.
    const drafts = rows.filter((r) => r.status === 'draft');
    expect(drafts.length).toBe(s42.counts.draftPlans);
    expect(drafts.length / active.length).toBeGreaterThan(0.08);
    expect(drafts.length / active.length).toBeLessThan(0.3);
    expect(drafts.every((r) => r.versions === 0 && r.dates.meetingDate !== null && r.dates.endDate === null)).toBe(
      true,
    );
  });

  it('gives a principal per school and staff no password unless one is asked for', async () => {
    const r = await one<{ principals: number; withPassword: number; emails: number; staff: number }>(
      a.db,
      `SELECT count(*) FILTER (WHERE role = 'principal')::int AS principals, count(password_hash)::int AS "withPassword",
              count(*) FILTER (WHERE email LIKE '%.s42@synthetic.example')::int AS emails, count(*)::int AS staff
         FROM users WHERE district_id = $1::uuid`,
      [d],
    );
    expect(r.principals).toBe(s42.counts.schools);
    expect(r.withPassword).toBe(0);
    expect(r.emails).toBe(r.staff);
  });

  it('is deterministic: the same seed gives the same rows whatever the batch size; another seed differs and fits alongside', async () => {
    const again = await seedSynthetic(b.db, { students: N, seed: 42, log: quiet, batchSize: 333 });
    expect(again.districtId).toBe(d);
    expect(again.caseManagerEmails).toEqual(s42.caseManagerEmails);
    expect(await fingerprint(b.db, d)).toEqual(await fingerprint(a.db, d));

    await expect(seedSynthetic(a.db, { students: N, seed: 42, log: quiet })).rejects.toThrow(/already/);

    const s43 = await seedSynthetic(a.db, { students: 500, seed: 43, log: quiet, password: 'bench password 43' });
    expect(s43.districtId).not.toBe(d);
    const overlap = await one<{ n: number }>(
      a.db,
      `SELECT count(*)::int AS n FROM students x JOIN students y ON y.id = x.id WHERE x.district_id = $1::uuid AND y.district_id = $2::uuid`,
      [d, s43.districtId],
    );
    expect(overlap.n).toBe(0);
    const cm = await one<{ hash: string | null; without: number }>(
      a.db,
      `SELECT (SELECT password_hash FROM users WHERE lower(email) = lower($2)) AS hash,
              (SELECT count(*)::int FROM users WHERE district_id = $1::uuid AND role = 'case_manager' AND password_hash IS NULL) AS without`,
      [s43.districtId, s43.caseManagerEmails[0]],
    );
    expect(cm.without).toBe(0);
    expect(await verifyPassword(cm.hash, 'bench password 43')).toBe(true);
  });

  it('tops up the drafts of one case manager for the benchmark, once, one open plan per student', async () => {
    // On the copy made by the determinism test, so that `a` keeps what the generator alone wrote.
    const cm = await one<{ id: string }>(b.db, `SELECT id::text AS id FROM users WHERE lower(email) = lower($1)`, [
      s42.caseManagerEmails[0],
    ]);
    const ids = await ensureDrafts(b.db, { seed: 42, caseManagerId: cm.id, count: 12 });
    expect(ids.length).toBe(12);
    expect(await ensureDrafts(b.db, { seed: 42, caseManagerId: cm.id, count: 12 })).toEqual(ids);
    const r = await one<{ n: number }>(
      b.db,
      `SELECT count(*)::int AS n FROM plans p JOIN case_manager_assignments c ON c.student_id = p.student_id AND c.user_id = $2::uuid
        WHERE p.id = ANY($1::uuid[]) AND p.status = 'draft' AND p.version = 1`,
      [ids, cm.id],
    );
    expect(r.n).toBe(12);
    const twice = await one<{ n: number }>(
      b.db,
      `SELECT count(*)::int AS n FROM (SELECT student_id FROM plans WHERE status IN ('draft', 'proposed') GROUP BY student_id, type HAVING count(*) > 1) x`,
      [],
    );
    expect(twice.n).toBe(0);
  });
});
