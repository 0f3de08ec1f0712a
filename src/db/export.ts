/** A district's own data, as JSON and CSV files (one per table), for the district to keep or move elsewhere. */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './connect';
import { BACKUP_TABLES } from './backup';
import { toCsv, type CsvCell } from '../documents/csv';

export async function exportDistrict(
  db: Database,
  districtId: string,
  dir: string,
  log: (m: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const found = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM districts WHERE id = $1::uuid', [
    districtId,
  ]);
  if (!found[0]?.n) throw new Error(`export: no district ${districtId}`);
  fs.mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES) {
    // State profiles are a state's law, not a district's data: the one the district uses goes with it.
    const where =
      table === 'districts'
        ? 'id = $1::uuid'
        : table === 'state_profiles'
          ? 'code = (SELECT state_profile FROM districts WHERE id = $1::uuid)'
          : 'district_id = $1::uuid';
    const rows = await db.query<{ r: Record<string, unknown> }>(
      `SELECT row_to_json(t) AS r FROM ${table} t WHERE ${where}`,
      [districtId],
    );
    const data = rows.map((x) => {
      const r = { ...x.r };
      delete r.password_hash; // never leaves the server
      return r;
    });
    fs.writeFileSync(path.join(dir, `${table}.json`), JSON.stringify(data, null, 1));
    const cols = data[0] ? Object.keys(data[0]) : [];
    // The one CSV writer (BOM, RFC 4180, formula cells neutralized); objects and arrays as JSON, an empty table empty.
    fs.writeFileSync(
      path.join(dir, `${table}.csv`),
      cols.length
        ? toCsv(
            cols,
            data.map((r) => cols.map((c) => r[c] as CsvCell)),
          )
        : '',
    );
    counts[table] = data.length;
    log(`export: ${table} ${data.length}`);
  }
  return counts;
}
