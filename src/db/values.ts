/**
 * Small conversions of what the drivers return, shared by the repositories: pg gives a Date for a timestamp
 * column, PGlite a Date or a string; either becomes ISO 8601 text.
 */

/** A timestamp column as ISO 8601 text; null (or absent) stays null. */
export function isoOrNull(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString();
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : textOf(v);
}

/** `String(v)` of a driver value whose type is not known here (a number, a bigint, a Date …). */
export function textOf(v: unknown): string {
  return String(v);
}

/** A NOT NULL timestamp column as ISO 8601 text. */
export function isoOf(v: unknown): string {
  const s = isoOrNull(v);
  if (s === null) throw new Error('a NOT NULL timestamp column was null');
  return s;
}

/** `v`, known to be there (a row just written, a key just set); an Error naming `what` if it is not. */
export function must<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(`expected ${what}`);
  return v;
}
