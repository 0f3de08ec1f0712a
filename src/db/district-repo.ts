/**
 * The actor's district: its settings (state profile, child count date, meeting-notice lead time) with their version,
 * and the state profiles it may choose from (built in, or added to `state_profiles`). Scoped to the actor's district;
 * who may read or change them is the policy's (src/policy/district-settings.ts), applied by the use cases.
 */
import type { Actor } from '../policy/actor';
import type { Queryable } from './connect';

export interface DistrictSettingsRow {
  districtId: string;
  name: string;
  stateProfile: string;
  childCountDate: string | null;
  meetingNoticeDays: number | null;
  meetingNoticeCounting: 'calendar' | 'school' | null;
  version: number;
  updatedAt: string | null;
}

export interface SettingsChange {
  stateProfile: string;
  childCountDate: string | null;
  meetingNoticeDays: number | null;
  meetingNoticeCounting: 'calendar' | 'school' | null;
}

export interface AddedProfileRow {
  code: string;
  name: string;
  definition: unknown;
  addedAt: string;
}

const SETTINGS_COLUMNS = `id::text AS "districtId", name, state_profile AS "stateProfile", child_count_date AS "childCountDate",
  meeting_notice_days AS "meetingNoticeDays", meeting_notice_counting AS "meetingNoticeCounting", settings_version AS "version",
  to_char(settings_updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"`;

export class DistrictRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
  ) {}

  async settings(): Promise<DistrictSettingsRow> {
    const r = await this.q.query<DistrictSettingsRow>(`SELECT ${SETTINGS_COLUMNS} FROM districts WHERE id = $1::uuid`, [
      this.actor.districtId,
    ]);
    if (!r[0]) throw new Error('the actor’s district does not exist');
    return r[0];
  }

  /** Writes the settings when the stored version is `expectedVersion`; null when someone changed them first. */
  async updateSettings(expectedVersion: number, change: SettingsChange): Promise<DistrictSettingsRow | null> {
    const r = await this.q.query<DistrictSettingsRow>(
      `UPDATE districts SET state_profile = $3, child_count_date = $4, meeting_notice_days = $5, meeting_notice_counting = $6,
              settings_version = settings_version + 1, settings_updated_at = now()
        WHERE id = $1::uuid AND settings_version = $2
        RETURNING ${SETTINGS_COLUMNS}`,
      [
        this.actor.districtId,
        expectedVersion,
        change.stateProfile,
        change.childCountDate,
        change.meetingNoticeDays,
        change.meetingNoticeCounting,
      ],
    );
    return r[0] ?? null;
  }

  /** The profiles added to the database (any district may choose one: a state's law is not a district's own data). */
  async addedProfiles(): Promise<AddedProfileRow[]> {
    return this.q.query<AddedProfileRow>(
      `SELECT code, name, definition, to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "addedAt" FROM state_profiles ORDER BY code`,
    );
  }
}

// ---- for the CLI (no actor: `openiep profile`, run by whoever operates the server) --------------------------

export async function listAddedProfiles(q: Queryable): Promise<(AddedProfileRow & { districts: number })[]> {
  return q.query(
    `SELECT sp.code, sp.name, sp.definition, to_char(sp.added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "addedAt",
            (SELECT count(*)::int FROM districts d WHERE d.state_profile = sp.code) AS districts
       FROM state_profiles sp ORDER BY sp.code`,
  );
}

export async function districtsUsingProfiles(q: Queryable): Promise<Record<string, number>> {
  const rows = await q.query<{ code: string; n: number }>(
    `SELECT state_profile AS code, count(*)::int AS n FROM districts GROUP BY state_profile`,
  );
  return Object.fromEntries(rows.map((r) => [r.code, r.n]));
}

/** Stores an added profile (validated by the caller). `replace`: an existing code is overwritten; else it is refused. */
export async function saveProfile(
  q: Queryable,
  p: { code: string; name: string; definition: unknown },
  opts: { replace: boolean; addedBy: string | null },
): Promise<'added' | 'replaced' | 'exists'> {
  const existing = await q.query<{ code: string }>(`SELECT code FROM state_profiles WHERE code = $1`, [p.code]);
  if (existing.length && !opts.replace) return 'exists';
  await q.query(
    `INSERT INTO state_profiles (code, name, definition, added_by) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, definition = EXCLUDED.definition, added_at = now(), added_by = EXCLUDED.added_by`,
    [p.code, p.name, JSON.stringify(p.definition), opts.addedBy],
  );
  return existing.length ? 'replaced' : 'added';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The districts a command-line reference names: by id (a uuid) or by NCES id. System work (the CLI, run by whoever
 * runs the server): not scoped by any person. One row when the reference is good; none, or several, when not.
 */
export async function districtsByRef(q: Queryable, ref: string): Promise<{ id: string; name: string }[]> {
  return UUID.test(ref)
    ? q.query<{ id: string; name: string }>('SELECT id::text AS id, name FROM districts WHERE id = $1::uuid', [ref])
    : q.query<{ id: string; name: string }>('SELECT id::text AS id, name FROM districts WHERE nces_id = $1', [ref]);
}
