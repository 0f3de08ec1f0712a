/**
 * The drafts the benchmark edits (bench/run.ts): a case manager's annual-review drafts, topped up from their
 * students' IEPs in effect (bench/synthetic-plans.ts makes the plans).
 */
import type { Queryable } from '../src/db/connect';
import { nameUuid } from '../src/db/ids';
import { at as itemAt } from './at';

/**
 * Drafts for one case manager (the benchmark edits one per connection): the annual-review drafts the
 * generator made for their students, topped up to `count` with more drafts copied from their students'
 * IEPs in effect (a student may then have more than one draft, which the app allows). Ids are
 * `nameUuid('synthetic:<seed>:plan:extra-draft:<case manager>:<k>')`, so a second call adds nothing.
 * Returns the ids of the case manager's drafts, sorted.
 */
export async function ensureDrafts(
  db: Queryable,
  opts: { seed: number; caseManagerId: string; count: number },
): Promise<string[]> {
  const mine = async () =>
    (
      await db.query<{ id: string }>(
        `SELECT p.id::text AS id FROM plans p JOIN case_manager_assignments c ON c.student_id = p.student_id
          WHERE c.user_id = $1::uuid AND p.status = 'draft' AND p.type = 'iep' ORDER BY p.id`,
        [opts.caseManagerId],
      )
    ).map((r) => r.id);
  const have = await mine();
  if (have.length >= opts.count) return have;
  // One open plan per type per student (migration 0021): draft only for students who have none yet.
  const actives = (
    await db.query<{ id: string }>(
      `SELECT p.id::text AS id FROM plans p JOIN case_manager_assignments c ON c.student_id = p.student_id
        WHERE c.user_id = $1::uuid AND p.status = 'active' AND p.type = 'iep'
          AND NOT EXISTS (SELECT 1 FROM plans o WHERE o.student_id = p.student_id AND o.type = 'iep' AND o.status IN ('draft', 'proposed'))
        ORDER BY p.student_id`,
      [opts.caseManagerId],
    )
  ).map((r) => r.id);
  const need = opts.count - have.length;
  if (actives.length < need)
    throw new Error(
      `case manager ${opts.caseManagerId} has ${actives.length} students with an IEP in effect and no draft; ${need} needed`,
    );
  const ids: string[] = [];
  const from: string[] = [];
  const existing = new Set(have);
  for (let k = 0; ids.length < need; k++) {
    const id = nameUuid(`synthetic:${opts.seed}:plan:extra-draft:${opts.caseManagerId}:${k}`);
    if (existing.has(id)) continue;
    ids.push(id);
    from.push(itemAt(actives, ids.length - 1, 'active IEP'));
  }
  await db.query(
    `INSERT INTO plans (id, district_id, student_id, type, status, meeting_date, content, created_by, based_on)
     SELECT u.id, p.district_id, p.student_id, 'iep', 'draft', p.next_annual_review - 3, p.content, $3::uuid, p.id
       FROM unnest($1::uuid[], $2::uuid[]) AS u(id, src) JOIN plans p ON p.id = u.src
     ON CONFLICT (id) DO NOTHING`,
    [ids, from, opts.caseManagerId],
  );
  return mine();
}
