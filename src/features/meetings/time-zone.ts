/**
 * The district's time zone: a meeting's day and start time are the district's (what the notice prints), and the
 * instant is computed with this zone. The same setting as the legal clocks' "today" (src/server/config.ts).
 */
export function districtTimeZone(): string {
  return process.env.OPENIEP_TIME_ZONE ?? 'America/Los_Angeles';
}
