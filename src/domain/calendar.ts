/** School calendars: which dates are instructional days. Pure. */
import { addDays, daysBetween, type IsoDate } from './dates';

export interface Closure {
  from: IsoDate;
  to: IsoDate;
  note: string;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The school year a date belongs to, July–June: 2026-11-28 → '2026-2027'. */
export function schoolYearOf(d: IsoDate): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return m >= 7 ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

/**
 * Every date from `first` to `last` inclusive, classified: weekdays are instructional unless a closure
 * covers them (both ends of a closure inclusive); weekends never are.
 */
export function classifyDays(first: IsoDate, last: IsoDate, closures: readonly Closure[]): { day: IsoDate; instructional: boolean; note: string | null }[] {
  const out: { day: IsoDate; instructional: boolean; note: string | null }[] = [];
  const n = daysBetween(first, last);
  for (let i = 0; i <= n; i++) {
    const day = addDays(first, i);
    const closure = closures.find((c) => day >= c.from && day <= c.to);
    const weekend = isoWeekday(day) >= 6;
    out.push({ day, instructional: !weekend && !closure, note: closure ? closure.note : weekend ? null : null });
  }
  return out;
}
