/**
 * Sign-in before anyone is signed in: the accounts as sign-in sees them, the failure counters per (email, IP)
 * (sign_in_failures, keyed by the email's SHA-256), and the sessions (only each token's SHA-256). Not scoped by any
 * person's policy: src/server/sessions.ts reaches it through a system handle, because the person is not known
 * until their password is checked. The rules (when to lock, for how long) are src/domain/sign-in-limits.ts's.
 */
import type { Role } from '../domain/roles';
import type { Queryable } from './connect';

export interface UserRow {
  id: string;
  districtId: string;
  email: string;
  passwordHash: string | null;
  role: Role;
  discipline: string | null;
  firstName: string;
  lastName: string;
  guardianId: string | null;
  studentId: string | null;
  disabled: boolean;
  failedAttempts: number;
  lockedUntil: Date | string | null;
  preferredLanguage: string;
  stateProfile: string;
  /** The district's profile settings and, for a profile added to the database, its definition. */
  districtProfile: {
    code: string;
    definition: unknown;
    noticeDays: number | null;
    noticeCounting: string | null;
  } | null;
  schoolIds: string[];
}

const USER_SELECT = `SELECT u.id::text AS "id", u.district_id::text AS "districtId", u.email, u.password_hash AS "passwordHash",
  u.role, u.discipline, u.first_name AS "firstName", u.last_name AS "lastName", u.guardian_id::text AS "guardianId",
  u.student_id::text AS "studentId", u.disabled, u.failed_attempts AS "failedAttempts", u.locked_until AS "lockedUntil",
  u.preferred_language AS "preferredLanguage",
  (SELECT d.state_profile FROM districts d WHERE d.id = u.district_id) AS "stateProfile",
  (SELECT json_build_object('code', d.state_profile, 'definition', sp.definition, 'noticeDays', d.meeting_notice_days, 'noticeCounting', d.meeting_notice_counting)
     FROM districts d LEFT JOIN state_profiles sp ON sp.code = d.state_profile WHERE d.id = u.district_id) AS "districtProfile",
  ARRAY(SELECT ss.school_id::text FROM staff_schools ss WHERE ss.user_id = u.id) AS "schoolIds"
  FROM users u`;

export interface ThrottleRow {
  pairLockedUntil: Date | string | null;
  accountFailures: number;
  accountWindowStart: Date | string | null;
  trustedIp: boolean;
}

export interface SessionRow extends UserRow {
  csrfToken: string;
  live: boolean;
  touch: boolean;
}

export interface NewSession {
  tokenHash: string;
  userId: string;
  districtId: string;
  csrfToken: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export class SignInRepo {
  constructor(private readonly q: Queryable) {}

  async userById(userId: string): Promise<UserRow | undefined> {
    return (await this.q.query<UserRow>(`${USER_SELECT} WHERE u.id = $1::uuid`, [userId]))[0];
  }

  async userByEmail(email: string): Promise<UserRow | undefined> {
    return (await this.q.query<UserRow>(`${USER_SELECT} WHERE lower(u.email) = lower($1)`, [email]))[0];
  }

  /** A student account's date of birth (YYYY-MM-DD), for the portal age. */
  async studentDateOfBirth(studentId: string): Promise<string | undefined> {
    return (
      await this.q.query<{ dob: string }>(
        `SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM students WHERE id = $1::uuid`,
        [studentId],
      )
    )[0]?.dob;
  }

  /** The pair's lock, the email's failures this hour, and whether the IP is one the account signed in from lately. */
  async throttle(emailHash: string, ip: string, userId: string | null, trustedIpDays: number): Promise<ThrottleRow> {
    const row = (
      await this.q.query<ThrottleRow>(
        `SELECT (SELECT f.locked_until FROM sign_in_failures f WHERE f.email_hash = $1 AND f.ip = $2) AS "pairLockedUntil",
              COALESCE((SELECT sum(f.window_failures) FROM sign_in_failures f WHERE f.email_hash = $1 AND f.window_start > now() - interval '1 hour'), 0)::int AS "accountFailures",
              (SELECT min(f.window_start) FROM sign_in_failures f WHERE f.email_hash = $1 AND f.window_start > now() - interval '1 hour') AS "accountWindowStart",
              EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = $3::uuid AND s.ip = $2 AND s.created_at > now() - make_interval(days => $4)) AS "trustedIp"`,
        [emailHash, ip, userId, trustedIpDays],
      )
    )[0];
    if (!row) throw new Error('sign-in throttle: the query returned no row');
    return row;
  }

  /** Counts a failure of the pair (in its one-hour window); returns the pair's failures since its last lock. */
  async recordFailure(emailHash: string, ip: string): Promise<number> {
    const r = await this.q.query<{ failures: number }>(
      `INSERT INTO sign_in_failures AS f (email_hash, ip, failures, window_start, window_failures, last_failed_at)
         VALUES ($1, $2, 1, now(), 1, now())
         ON CONFLICT (email_hash, ip) DO UPDATE SET
           failures = f.failures + 1,
           window_failures = CASE WHEN f.window_start > now() - interval '1 hour' THEN f.window_failures + 1 ELSE 1 END,
           window_start = CASE WHEN f.window_start > now() - interval '1 hour' THEN f.window_start ELSE now() END,
           last_failed_at = now()
         RETURNING f.failures AS "failures"`,
      [emailHash, ip],
    );
    return r[0]?.failures ?? 0;
  }

  /** Locks the pair for `minutes` and starts its count again. */
  async lock(emailHash: string, ip: string, minutes: number): Promise<void> {
    await this.q.query(
      `UPDATE sign_in_failures SET failures = 0, locked_until = now() + make_interval(mins => $3) WHERE email_hash = $1 AND ip = $2`,
      [emailHash, ip, minutes],
    );
  }

  /** Forgets counters without a failure for `hours` (not a lock still running). */
  async forgetOldFailures(hours: number): Promise<void> {
    await this.q.query(
      `DELETE FROM sign_in_failures WHERE last_failed_at < now() - make_interval(hours => $1) AND (locked_until IS NULL OR locked_until < now())`,
      [hours],
    );
  }

  /** Clears the counters of the pair (a successful sign-in), or with no IP every lock of the email. */
  async clearFailures(emailHash: string, ip?: string): Promise<void> {
    if (ip === undefined) await this.q.query(`DELETE FROM sign_in_failures WHERE email_hash = $1`, [emailHash]);
    else await this.q.query(`DELETE FROM sign_in_failures WHERE email_hash = $1 AND ip = $2`, [emailHash, ip]);
  }

  async openSession(s: NewSession): Promise<void> {
    await this.q.query(
      `INSERT INTO sessions (token_hash, user_id, district_id, csrf_token, expires_at, ip, user_agent)
       VALUES ($1, $2::uuid, $3::uuid, $4, $5, $6, $7)`,
      [s.tokenHash, s.userId, s.districtId, s.csrfToken, s.expiresAt, s.ip, s.userAgent],
    );
  }

  /** The session of a token's SHA-256 with its person; whether it is live, and due a slide of its expiry. */
  async session(tokenHash: string): Promise<SessionRow | undefined> {
    const rows = await this.q.query<SessionRow>(
      `SELECT q.*, se.csrf_token AS "csrfToken",
            (se.revoked_at IS NULL AND se.expires_at > now() AND NOT q.disabled) AS live,
            (se.last_seen_at < now() - interval '1 minute') AS touch
       FROM sessions se JOIN LATERAL (${USER_SELECT} WHERE u.id = se.user_id) q ON TRUE
      WHERE se.token_hash = $1`,
      [tokenHash],
    );
    return rows[0];
  }

  /** Slides the idle expiry, within the absolute limit. */
  async touchSession(tokenHash: string, idleMinutes: number, absoluteHours: number): Promise<void> {
    await this.q.query(
      `UPDATE sessions SET last_seen_at = now(),
              expires_at = LEAST(now() + make_interval(mins => $2), created_at + make_interval(hours => $3))
        WHERE token_hash = $1`,
      [tokenHash, idleMinutes, absoluteHours],
    );
  }

  async revokeSession(tokenHash: string): Promise<void> {
    await this.q.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [
      tokenHash,
    ]);
  }

  /** Signs the account out everywhere; returns how many sessions ended. */
  async revokeAllSessions(userId: string): Promise<number> {
    const revoked = await this.q.query<{ n: number }>(
      `WITH r AS (UPDATE sessions SET revoked_at = now() WHERE user_id = $1::uuid AND revoked_at IS NULL RETURNING 1) SELECT count(*)::int AS n FROM r`,
      [userId],
    );
    return revoked[0]?.n ?? 0;
  }
}
