/**
 * Rows kept as one array per column and written with one `INSERT … SELECT … FROM unnest(…)` (one array parameter per
 * column): how the synthetic district (bench/synthetic.ts) writes a batch of a table in one statement.
 */
import type { Queryable } from '../src/db/connect';
import { at } from './at';

export type PgType = 'uuid' | 'text' | 'date' | 'bool' | 'int4' | 'text[]' | 'jsonb' | 'timestamptz';

/** Rows kept as one array per column, written with INSERT … SELECT … FROM unnest(one array per column). */
export class ColumnRows<K extends string> {
  private readonly names: K[];
  private readonly cols: unknown[][];
  constructor(
    readonly table: string,
    private readonly types: Record<K, PgType>,
  ) {
    this.names = Object.keys(types) as K[];
    this.cols = this.names.map(() => []);
  }

  get length(): number {
    return this.cols[0]?.length ?? 0;
  }

  /** A jsonb value is given as JSON text (JSON.stringify), never null. */
  add(row: Record<K, unknown>): void {
    for (let j = 0; j < this.names.length; j++) {
      const name = at(this.names, j);
      const v = row[name];
      if (this.types[name] === 'jsonb' && typeof v !== 'string')
        throw new Error(`${this.table}.${name}: a jsonb value is JSON text, not ${String(v)}`);
      // A text[] column travels as an array of array literals ('{white,asian}'), cast per row.
      at(this.cols, j).push(this.types[name] === 'text[]' ? `{${(v as string[]).join(',')}}` : v);
    }
  }

  async insert(q: Queryable, chunk = 25_000): Promise<void> {
    const n = this.length;
    const list = this.names.join(', ');
    const select = this.names
      .map((_, j) => (this.types[at(this.names, j)] === 'text[]' ? `c${j}::text[]` : `c${j}`))
      .join(', ');
    // A jsonb column travels as one JSON array (half the time of a jsonb[] literal, whose every quote is escaped).
    const arrays = this.names
      .map((name, j) =>
        this.types[name] === 'jsonb'
          ? `ARRAY(SELECT e FROM jsonb_array_elements($${j + 1}::jsonb) WITH ORDINALITY AS t(e, i) ORDER BY i)`
          : `$${j + 1}::${this.types[name] === 'text[]' ? 'text' : this.types[name]}[]`,
      )
      .join(', ');
    const alias = this.names.map((_, j) => `c${j}`).join(', ');
    const sql = `INSERT INTO ${this.table} (${list}) SELECT ${select} FROM unnest(${arrays}) AS u(${alias})`;
    for (let i = 0; i < n; i += chunk) {
      const cols = i === 0 && n <= chunk ? this.cols : this.cols.map((c) => c.slice(i, i + chunk));
      await q.query(
        sql,
        cols.map((c, j) => (this.types[at(this.names, j)] === 'jsonb' ? `[${c.join(',')}]` : c)),
      );
    }
  }
}
