/** Batched multi-row INSERTs for seeding and imports (one statement per batch, within PostgreSQL's 65,535-parameter limit). */
import type { Queryable } from './connect';

export async function insertMany(
  q: Queryable,
  table: string,
  rows: readonly Record<string, unknown>[],
  conflict = '',
): Promise<void> {
  if (rows.length === 0) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const perBatch = Math.max(1, Math.floor(60_000 / cols.length));
  for (let i = 0; i < rows.length; i += perBatch) {
    const batch = rows.slice(i, i + perBatch);
    const params: unknown[] = [];
    const tuples = batch.map((r) => {
      const ph = cols.map((c) => {
        params.push(r[c] ?? null);
        return `$${params.length}`;
      });
      return `(${ph.join(',')})`;
    });
    await q.query(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${tuples.join(',')} ${conflict}`, params);
  }
}
