/**
 * Sign-in and server-side sessions. The cookie carries a random token; the database keeps only its
 * SHA-256, so a leaked database does not leak live sessions. Sessions are revocable (sign-out, a
 * disabled account) and expire after a period without use, within an absolute limit.
 */
import crypto from 'node:crypto';
import type { Database } from '../db/connect';
import { writeAudit } from '../db/handle';
import { AppError } from '../domain/errors';
import { studentPortalOpen } from '../domain/family';
import { districtProfile } from '../domain/state-profiles';
import type { Role } from '../domain/roles';
import { actorProfile, type Actor } from '../policy/actor';
import { FORGET_AFTER_HOURS, TRUSTED_IP_DAYS, locksAfter, retryMinutes, signInGate } from '../domain/sign-in-limits';
import { verifyPassword } from '../db/passwords';
import { isStudentAccount } from '../policy/predicates';

export interface SessionConfig {
  idleMinutes: number;
  absoluteHours: number;
  maxFailedAttempts: number;
  lockoutMinutes: number;
}

export interface Session {
  tokenHash: string;
  csrfToken: string;
  actor: Actor;
  preferredLanguage: string;
  email: string;
}

export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

interface UserRow {
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

function toActor(u: UserRow): Actor {
  const p = u.districtProfile;
  const profile = districtProfile({
    code: p?.code ?? u.stateProfile ?? 'federal',
    addedDefinition: p?.definition ?? null,
    meetingNoticeDefault:
      p && p.noticeDays !== null && p.noticeCounting !== null
        ? { days: p.noticeDays, counting: p.noticeCounting }
        : null,
  });
  return {
    userId: u.id,
    districtId: u.districtId,
    role: u.role,
    name: `${u.firstName} ${u.lastName}`,
    discipline: u.discipline,
    schoolIds: u.schoolIds,
    studentId: u.studentId,
    guardianId: u.guardianId,
    stateProfile: u.stateProfile,
    profile,
  };
}

/** The actor of a user, for work done on their behalf without a request (the daily digest); null when unknown or disabled. */
export async function loadActor(db: Database, userId: string): Promise<Actor | null> {
  const u = (await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1::uuid`, [userId]))[0];
  return u && !u.disabled ? toActor(u) : null;
}

export interface SignInResult {
  token: string;
  session: Session;
  expiresAt: Date;
}

/** The SHA-256 of an email as the lockout counters and the audit log keep it (lower-case, trimmed). */
export const emailHash = (email: string) => sha256(email.trim().toLowerCase());

interface ThrottleRow {
  pairLockedUntil: Date | string | null;
  accountFailures: number;
  accountWindowStart: Date | string | null;
  trustedIp: boolean;
}

const ms = (v: Date | string | null): number | null => (v === null ? null : new Date(v).getTime());

/**
 * Signs a person in. Every email, known or not, takes the same path: one lookup, one argon2 verification (against
 * a dummy hash when there is no account or no password), the same failure counting per (email, IP) and the same
 * answers — 401 INVALID_CREDENTIALS, then 429 ACCOUNT_LOCKED (src/domain/sign-in-limits.ts).
 */
export async function signIn(
  db: Database,
  cfg: SessionConfig,
  input: { email: string; password: string; ip: string | null; userAgent: string | null; today?: string },
): Promise<SignInResult> {
  const info = { ip: input.ip };
  const hash = emailHash(input.email);
  const ip = input.ip ?? '';
  const user = (await db.query<UserRow>(`${USER_SELECT} WHERE lower(u.email) = lower($1)`, [input.email.trim()]))[0];
  const actor = user ? toActor(user) : null;
  const throttle = (
    await db.query<ThrottleRow>(
      `SELECT (SELECT f.locked_until FROM sign_in_failures f WHERE f.email_hash = $1 AND f.ip = $2) AS "pairLockedUntil",
              COALESCE((SELECT sum(f.window_failures) FROM sign_in_failures f WHERE f.email_hash = $1 AND f.window_start > now() - interval '1 hour'), 0)::int AS "accountFailures",
              (SELECT min(f.window_start) FROM sign_in_failures f WHERE f.email_hash = $1 AND f.window_start > now() - interval '1 hour') AS "accountWindowStart",
              EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = $3::uuid AND s.ip = $2 AND s.created_at > now() - make_interval(days => $4)) AS "trustedIp"`,
      [hash, ip, user?.id ?? null, TRUSTED_IP_DAYS],
    )
  )[0]!;
  const gate = signInGate(
    {
      pairLockedUntilMs: ms(throttle.pairLockedUntil),
      accountFailuresThisHour: throttle.accountFailures,
      accountWindowStartMs: ms(throttle.accountWindowStart),
      trustedIp: throttle.trustedIp,
    },
    Date.now(),
  );
  const failureContext = (reason: string) => (actor ? { reason } : { reason, emailHash: hash });
  if (!gate.open) {
    // The password is not checked while locked: a lock stops guessing.
    await db.transaction((tx) =>
      writeAudit(tx, actor, info, {
        action: 'auth.sign_in_failed',
        outcome: 'failure',
        context: failureContext(gate.reason),
      }),
    );
    const minutes = retryMinutes(gate.retryAfterMs);
    throw new AppError(
      'ACCOUNT_LOCKED',
      `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask your administrator.`,
    );
  }

  const ok = await verifyPassword(user?.passwordHash ?? null, input.password); // outside any transaction: slow on purpose
  if (!user || user.disabled || !ok) {
    const reason = !user ? 'unknown_email' : user.disabled ? 'disabled' : 'wrong_password';
    await db.transaction(async (tx) => {
      const r = await tx.query<{ failures: number }>(
        `INSERT INTO sign_in_failures AS f (email_hash, ip, failures, window_start, window_failures, last_failed_at)
         VALUES ($1, $2, 1, now(), 1, now())
         ON CONFLICT (email_hash, ip) DO UPDATE SET
           failures = f.failures + 1,
           window_failures = CASE WHEN f.window_start > now() - interval '1 hour' THEN f.window_failures + 1 ELSE 1 END,
           window_start = CASE WHEN f.window_start > now() - interval '1 hour' THEN f.window_start ELSE now() END,
           last_failed_at = now()
         RETURNING f.failures AS "failures"`,
        [hash, ip],
      );
      await writeAudit(tx, actor, info, {
        action: 'auth.sign_in_failed',
        outcome: 'failure',
        context: failureContext(reason),
      });
      if (locksAfter(r[0]?.failures ?? 0, cfg.maxFailedAttempts)) {
        await tx.query(
          `UPDATE sign_in_failures SET failures = 0, locked_until = now() + make_interval(mins => $3) WHERE email_hash = $1 AND ip = $2`,
          [hash, ip, cfg.lockoutMinutes],
        );
        await writeAudit(tx, actor, info, {
          action: 'auth.locked_out',
          outcome: 'failure',
          context: { ...failureContext(reason), minutes: cfg.lockoutMinutes },
        });
      }
      // Forget old counters (not a lock still running).
      await tx.query(
        `DELETE FROM sign_in_failures WHERE last_failed_at < now() - make_interval(hours => $1) AND (locked_until IS NULL OR locked_until < now())`,
        [FORGET_AFTER_HOURS],
      );
    });
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is incorrect.');
  }
  const now = Date.now();
  const person = toActor(user);

  // A student signs in from the state profile's portal age (the family's portal; their parents sign in before).
  if (isStudentAccount(person) && user.studentId && input.today) {
    const dob = (
      await db.query<{ dob: string }>(
        `SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM students WHERE id = $1::uuid`,
        [user.studentId],
      )
    )[0]?.dob;
    const profile = actorProfile(person);
    if (dob && !studentPortalOpen(dob, input.today, profile)) {
      await db.transaction((tx) =>
        writeAudit(tx, person, info, {
          action: 'auth.sign_in_failed',
          outcome: 'failure',
          context: { reason: 'below_portal_age' },
        }),
      );
      throw new AppError(
        'FORBIDDEN',
        `Students sign in to OpenIEP from age ${profile.studentPortalAge}; until then your parents can.`,
      );
    }
  }

  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const tokenHash = sha256(token);
  const expiresAt = new Date(now + cfg.idleMinutes * 60_000);
  await db.transaction(async (tx) => {
    await tx.query(`DELETE FROM sign_in_failures WHERE email_hash = $1 AND ip = $2`, [hash, ip]);
    await tx.query(
      `INSERT INTO sessions (token_hash, user_id, district_id, csrf_token, expires_at, ip, user_agent)
       VALUES ($1, $2::uuid, $3::uuid, $4, $5, $6, $7)`,
      [
        tokenHash,
        user.id,
        user.districtId,
        csrfToken,
        expiresAt.toISOString(),
        input.ip,
        input.userAgent?.slice(0, 300) ?? null,
      ],
    );
    await writeAudit(tx, person, info, { action: 'auth.sign_in' });
  });
  return {
    token,
    expiresAt,
    session: { tokenHash, csrfToken, actor: person, preferredLanguage: user.preferredLanguage, email: user.email },
  };
}

export type SessionLookup = { session: Session } | { expired: true } | null;

/** The live session for a cookie token; slides the idle expiry (at most once a minute). */
export async function lookupSession(db: Database, cfg: SessionConfig, token: string): Promise<SessionLookup> {
  const tokenHash = sha256(token);
  const rows = await db.query<UserRow & { csrfToken: string; live: boolean; touch: boolean }>(
    `SELECT q.*, se.csrf_token AS "csrfToken",
            (se.revoked_at IS NULL AND se.expires_at > now() AND NOT q.disabled) AS live,
            (se.last_seen_at < now() - interval '1 minute') AS touch
       FROM sessions se JOIN LATERAL (${USER_SELECT} WHERE u.id = se.user_id) q ON TRUE
      WHERE se.token_hash = $1`,
    [tokenHash],
  );
  const r = rows[0];
  if (!r) return null;
  if (!r.live) return { expired: true };
  if (r.touch) {
    await db.query(
      `UPDATE sessions SET last_seen_at = now(),
              expires_at = LEAST(now() + make_interval(mins => $2), created_at + make_interval(hours => $3))
        WHERE token_hash = $1`,
      [tokenHash, cfg.idleMinutes, cfg.absoluteHours],
    );
  }
  return {
    session: {
      tokenHash,
      csrfToken: r.csrfToken,
      actor: toActor(r),
      preferredLanguage: r.preferredLanguage,
      email: r.email,
    },
  };
}

export async function revokeSession(db: Database, session: Session, ip: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [
      session.tokenHash,
    ]);
    await writeAudit(tx, session.actor, { ip }, { action: 'auth.sign_out' });
  });
}
