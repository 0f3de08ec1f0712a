/**
 * Sign-in and server-side sessions. The cookie carries a random token; the database keeps only its
 * SHA-256, so a leaked database does not leak live sessions. Sessions are revocable (sign-out, a
 * disabled account) and expire after a period without use, within an absolute limit.
 */
import crypto from 'node:crypto';
import type { Database, Queryable } from '../db/connect';
import { systemHandle, writeAudit } from '../db/handle';
import { SignInRepo, type UserRow } from '../db/sign-in-repo';
import { AppError } from '../domain/errors';
import { studentPortalOpen } from '../domain/family';
import { districtProfile } from '../domain/state-profiles';
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

/**
 * Sign-in runs before anyone is signed in, and a session is looked up before its person is known: both reach the
 * accounts, the failure counters and the sessions through a system handle. Their audit rows name the person
 * the attempt was for (or nobody), as before: it is the person's sign-in, not the system's.
 */
function signInData(db: Database) {
  return systemHandle(db, 'sign-in: check a password, count failures and keep sessions, before anyone is signed in', {
    name: 'openiep sign-in',
  }).db;
}

function toActor(u: UserRow): Actor {
  const p = u.districtProfile;
  const profile = districtProfile({
    code: p?.code ?? u.stateProfile, // users.district_id and districts.state_profile are NOT NULL
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
  const u = await new SignInRepo(signInData(db)).userById(userId);
  return u && !u.disabled ? toActor(u) : null;
}

export interface SignInResult {
  token: string;
  session: Session;
  expiresAt: Date;
}

/** The SHA-256 of an email as the lockout counters and the audit log keep it (lower-case, trimmed). */
export const emailHash = (email: string) => sha256(email.trim().toLowerCase());

const ms = (v: Date | string | null): number | null => (v === null ? null : new Date(v).getTime());

type SignInInput = { email: string; password: string; ip: string | null; userAgent: string | null; today?: string };

/**
 * Signs a person in. Every email, known or not, takes the same path: one lookup, one argon2 verification (against
 * a dummy hash when there is no account or no password), the same failure counting per (email, IP) and the same
 * answers — 401 INVALID_CREDENTIALS, then 429 ACCOUNT_LOCKED (src/domain/sign-in-limits.ts).
 */
export async function signIn(db: Database, cfg: SessionConfig, input: SignInInput): Promise<SignInResult> {
  const data = signInData(db);
  const info = { ip: input.ip };
  const hash = emailHash(input.email);
  const ip = input.ip ?? '';
  const user = await new SignInRepo(data).userByEmail(input.email.trim());
  const actor = user ? toActor(user) : null;
  const failureContext = (reason: string) => (actor ? { reason } : { reason, emailHash: hash });
  const throttle = await new SignInRepo(data).throttle(hash, ip, user?.id ?? null, TRUSTED_IP_DAYS);
  const gate = signInGate(
    {
      pairLockedUntilMs: ms(throttle.pairLockedUntil),
      accountFailuresThisHour: throttle.accountFailures,
      accountWindowStartMs: ms(throttle.accountWindowStart),
      trustedIp: throttle.trustedIp,
    },
    Date.now(),
  );
  if (!gate.open) {
    // The password is not checked while locked: a lock stops guessing.
    await data.transaction((tx) =>
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
    await data.transaction((tx) =>
      countFailure(tx, cfg, { hash, ip }, (failure) =>
        writeAudit(tx, actor, info, {
          ...failure,
          outcome: 'failure',
          context: { ...failureContext(reason), ...failure.context },
        }),
      ),
    );
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is incorrect.');
  }
  const person = toActor(user);
  await checkPortalAge(data, person, user, input);
  return openSession(data, cfg, { user, person, hash, ip, input });
}

/** Counts a failed attempt of the pair, locks it when it has failed too often, and forgets old counters. */
async function countFailure(
  tx: Queryable,
  cfg: SessionConfig,
  pair: { hash: string; ip: string },
  audit: (e: { action: 'auth.sign_in_failed' | 'auth.locked_out'; context?: Record<string, unknown> }) => Promise<void>,
): Promise<void> {
  const repo = new SignInRepo(tx);
  const failures = await repo.recordFailure(pair.hash, pair.ip);
  await audit({ action: 'auth.sign_in_failed' });
  if (locksAfter(failures, cfg.maxFailedAttempts)) {
    await repo.lock(pair.hash, pair.ip, cfg.lockoutMinutes);
    await audit({ action: 'auth.locked_out', context: { minutes: cfg.lockoutMinutes } });
  }
  // Forget old counters (not a lock still running).
  await repo.forgetOldFailures(FORGET_AFTER_HOURS);
}

/** A student signs in from the state profile's portal age (the family's portal; their parents sign in before). */
async function checkPortalAge(data: Database, person: Actor, user: UserRow, input: SignInInput): Promise<void> {
  if (!(isStudentAccount(person) && user.studentId && input.today)) return;
  const dob = await new SignInRepo(data).studentDateOfBirth(user.studentId);
  const profile = actorProfile(person);
  if (dob && !studentPortalOpen(dob, input.today, profile)) {
    await data.transaction((tx) =>
      writeAudit(
        tx,
        person,
        { ip: input.ip },
        {
          action: 'auth.sign_in_failed',
          outcome: 'failure',
          context: { reason: 'below_portal_age' },
        },
      ),
    );
    throw new AppError(
      'FORBIDDEN',
      `Students sign in to OpenIEP from age ${profile.studentPortalAge}; until then your parents can.`,
    );
  }
}

/** A new session for a person whose password was right: the pair's failures are forgotten. */
async function openSession(
  data: Database,
  cfg: SessionConfig,
  s: { user: UserRow; person: Actor; hash: string; ip: string; input: SignInInput },
): Promise<SignInResult> {
  const { user, person, input } = s;
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const tokenHash = sha256(token);
  const expiresAt = new Date(Date.now() + cfg.idleMinutes * 60_000);
  await data.transaction(async (tx) => {
    const repo = new SignInRepo(tx);
    await repo.clearFailures(s.hash, s.ip);
    await repo.openSession({
      tokenHash,
      userId: user.id,
      districtId: user.districtId,
      csrfToken,
      expiresAt: expiresAt.toISOString(),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await writeAudit(tx, person, { ip: input.ip }, { action: 'auth.sign_in' });
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
  const repo = new SignInRepo(signInData(db));
  const r = await repo.session(tokenHash);
  if (!r) return null;
  if (!r.live) return { expired: true };
  if (r.touch) await repo.touchSession(tokenHash, cfg.idleMinutes, cfg.absoluteHours);
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
  await signInData(db).transaction(async (tx) => {
    await new SignInRepo(tx).revokeSession(session.tokenHash);
    await writeAudit(tx, session.actor, { ip }, { action: 'auth.sign_out' });
  });
}
