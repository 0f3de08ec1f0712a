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
import { verifyPassword } from './passwords';

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
  districtProfile: { code: string; definition: unknown; noticeDays: number | null; noticeCounting: string | null } | null;
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
    meetingNoticeDefault: p && p.noticeDays !== null && p.noticeCounting !== null ? { days: p.noticeDays, counting: p.noticeCounting } : null,
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

export async function signIn(
  db: Database,
  cfg: SessionConfig,
  input: { email: string; password: string; ip: string | null; userAgent: string | null; today?: string },
): Promise<SignInResult> {
  const info = { ip: input.ip };
  const user = (await db.query<UserRow>(`${USER_SELECT} WHERE lower(u.email) = lower($1)`, [input.email]))[0];
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password); // outside any transaction: slow on purpose
  const now = Date.now();

  if (!user) {
    await db.transaction((tx) =>
      writeAudit(tx, null, info, { action: 'auth.sign_in_failed', outcome: 'failure', context: { reason: 'unknown_email', emailHash: sha256(input.email.toLowerCase()) } }),
    );
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is incorrect.');
  }
  const actor = toActor(user);
  const lockedUntil = user.lockedUntil ? new Date(user.lockedUntil).getTime() : 0;
  if (lockedUntil > now) {
    await db.transaction((tx) =>
      writeAudit(tx, actor, info, { action: 'auth.sign_in_failed', outcome: 'failure', context: { reason: 'locked' } }),
    );
    const minutes = Math.ceil((lockedUntil - now) / 60_000);
    throw new AppError('ACCOUNT_LOCKED', `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask your administrator.`);
  }
  if (user.disabled) {
    await db.transaction((tx) =>
      writeAudit(tx, actor, info, { action: 'auth.sign_in_failed', outcome: 'failure', context: { reason: 'disabled' } }),
    );
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is incorrect.');
  }
  if (!ok) {
    await db.transaction(async (tx) => {
      const r = await tx.query<{ failedAttempts: number }>(
        `UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = $1::uuid RETURNING failed_attempts AS "failedAttempts"`,
        [user.id],
      );
      await writeAudit(tx, actor, info, { action: 'auth.sign_in_failed', outcome: 'failure', context: { reason: 'wrong_password' } });
      if ((r[0]?.failedAttempts ?? 0) >= cfg.maxFailedAttempts) {
        await tx.query(
          `UPDATE users SET failed_attempts = 0, locked_until = now() + make_interval(mins => $2) WHERE id = $1::uuid`,
          [user.id, cfg.lockoutMinutes],
        );
        await writeAudit(tx, actor, info, { action: 'auth.locked_out', outcome: 'failure', context: { minutes: cfg.lockoutMinutes } });
      }
    });
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is incorrect.');
  }

  // A student signs in from the state profile's portal age (the family's portal; their parents sign in before).
  if (user.role === 'student' && user.studentId && input.today) {
    const dob = (await db.query<{ dob: string }>(`SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM students WHERE id = $1::uuid`, [user.studentId]))[0]?.dob;
    const profile = actorProfile(actor);
    if (dob && !studentPortalOpen(dob, input.today, profile)) {
      await db.transaction((tx) => writeAudit(tx, actor, info, { action: 'auth.sign_in_failed', outcome: 'failure', context: { reason: 'below_portal_age' } }));
      throw new AppError('FORBIDDEN', `Students sign in to OpenIEP from age ${profile.studentPortalAge}; until then your parents can.`);
    }
  }

  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const tokenHash = sha256(token);
  const expiresAt = new Date(now + cfg.idleMinutes * 60_000);
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $1::uuid`, [user.id]);
    await tx.query(
      `INSERT INTO sessions (token_hash, user_id, district_id, csrf_token, expires_at, ip, user_agent)
       VALUES ($1, $2::uuid, $3::uuid, $4, $5, $6, $7)`,
      [tokenHash, user.id, user.districtId, csrfToken, expiresAt.toISOString(), input.ip, input.userAgent?.slice(0, 300) ?? null],
    );
    await writeAudit(tx, actor, info, { action: 'auth.sign_in' });
  });
  return {
    token,
    expiresAt,
    session: { tokenHash, csrfToken, actor, preferredLanguage: user.preferredLanguage, email: user.email },
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
  return { session: { tokenHash, csrfToken: r.csrfToken, actor: toActor(r), preferredLanguage: r.preferredLanguage, email: r.email } };
}

export async function revokeSession(db: Database, session: Session, ip: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [session.tokenHash]);
    await writeAudit(tx, session.actor, { ip }, { action: 'auth.sign_out' });
  });
}
