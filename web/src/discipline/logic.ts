/** Pure logic of the discipline screens: the meter's numbers, which API field a form field is, the pattern factors' draft. No React. */
import type { DisciplineSummary, RemovalView } from './types';

/** The meter: the count against the limit (the scale grows past 10 so the overflow shows), and the words' numbers. */
export function meter(s: Pick<DisciplineSummary, 'total' | 'toDate' | 'limit' | 'warningDay'>) {
  const max = Math.max(s.limit, s.total);
  return {
    value: s.total,
    max,
    low: s.warningDay - 0.5,
    high: s.limit + 0.5,
    ahead: s.total - s.toDate,
    left: Math.max(0, s.limit - s.total),
    over: s.total > s.limit,
    warning: s.total >= s.warningDay && s.total <= s.limit,
    /** Where day 10 sits on the bar, in percent. */
    limitAt: (s.limit / max) * 100,
  };
}

/** The form field an API error path belongs to ('parentNotice.notifiedOn' → 'notifiedOn', 'removalIds.2' → 'removalIds', 'inSchool.iepServices' → 'inSchool'). */
export function fieldOf(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'parentNotice' && parts[1]) return parts[1];
  return parts[0] ?? path;
}

/** The counted removals a pattern determination weighs by default: every removal of the year that counts, up to the one asked about. */
export function defaultSeries(removals: readonly RemovalView[], upTo: string | null): string[] {
  const counted = removals.filter((r) => r.counts);
  if (!upTo) return counted.map((r) => r.id);
  const last = counted.find((r) => r.id === upTo);
  return counted.filter((r) => !last || r.firstDay <= last.firstDay).map((r) => r.id);
}

/** The facts behind the 300.536(a)(2)(iii) factors, for the form to draft its words from. */
export function seriesFacts(removals: readonly RemovalView[], ids: readonly string[]) {
  const chosen = removals.filter((r) => ids.includes(r.id)).sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  return {
    lengths: chosen.map((r) => r.daysRemoved),
    total: chosen.filter((r) => r.counts).reduce((n, r) => n + r.daysRemoved, 0),
    first: chosen[0]?.firstDay ?? null,
    last: chosen.at(-1)?.lastDay ?? null,
  };
}
