/**
 * How OpenIEP slows down password guessing without letting anyone lock a real person out, or learn which
 * emails have accounts (OWASP ASVS 4.0.3 2.2.1; NIST SP 800-63B 5.2.2). Pure: the caller passes the times in.
 *
 * - Failures are counted per (email, client IP), for every email, known or not: the answer to an unknown email
 *   is the answer to a known one, before and after the lock.
 * - After `maxFailedAttempts` failures in a row from one IP, that IP is locked out of that email for a while;
 *   the person signing in from elsewhere is not.
 * - Whatever the IPs, an email takes at most ACCOUNT_FAILURES_PER_HOUR failures an hour (ASVS 2.2.1: "no more
 *   than 100 failed attempts per hour"). Past that, sign-in to the email is refused from every IP except those
 *   the account signed in from in the last TRUSTED_IP_DAYS days, so a spread-out attack does not lock the person
 *   out of their usual place either.
 * - Reset links: at most RESET_REQUESTS_PER_HOUR mails per email an hour, on top of the per-IP rate limit;
 *   past that the answer is the same, and no mail goes.
 */

/** Failed sign-ins on one email, from all IPs together, that an hour takes (ASVS 2.2.1). */
export const ACCOUNT_FAILURES_PER_HOUR = 100;
/** An IP from which the account signed in within this many days is not held back by the hourly ceiling. */
export const TRUSTED_IP_DAYS = 30;
/** Reset mails per email per hour; further requests answer alike and send nothing. */
export const RESET_REQUESTS_PER_HOUR = 3;
/** Counters untouched for this long are forgotten (a lock still running is kept). */
export const FORGET_AFTER_HOURS = 24;

const HOUR_MS = 60 * 60 * 1000;

/** What the database knows about an (email, IP) pair and the email, at the moment of a sign-in. */
export interface SignInThrottleState {
  /** The lock on this (email, IP), if any (ms since the epoch). */
  pairLockedUntilMs: number | null;
  /** Failures on this email from all IPs in the current hourly windows. */
  accountFailuresThisHour: number;
  /** When the oldest of those windows began (ms), to say when the ceiling lifts; null without failures. */
  accountWindowStartMs: number | null;
  /** The account signed in from this IP within TRUSTED_IP_DAYS (false for an unknown email). */
  trustedIp: boolean;
}

export type SignInGate = { open: true } | { open: false; reason: 'locked' | 'account_ceiling'; retryAfterMs: number };

/** Whether a sign-in attempt may check the password at all. A lock ends at its instant (exclusive). */
export function signInGate(s: SignInThrottleState, nowMs: number): SignInGate {
  if (s.pairLockedUntilMs !== null && s.pairLockedUntilMs > nowMs) {
    return { open: false, reason: 'locked', retryAfterMs: s.pairLockedUntilMs - nowMs };
  }
  if (!s.trustedIp && s.accountFailuresThisHour >= ACCOUNT_FAILURES_PER_HOUR) {
    const until = (s.accountWindowStartMs ?? nowMs) + HOUR_MS;
    return { open: false, reason: 'account_ceiling', retryAfterMs: Math.max(until - nowMs, 60_000) };
  }
  return { open: true };
}

/** After a failure: the `failures`-th in a row from this IP locks the pair when it reaches the threshold. */
export function locksAfter(failuresInARow: number, maxFailedAttempts: number): boolean {
  return maxFailedAttempts > 0 && failuresInARow >= maxFailedAttempts;
}

/** Whole minutes to say in "try again in N minutes" (at least 1). */
export function retryMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}

/** Whether the `n`-th reset request for an email in the current hour may send a mail. */
export function resetMayMail(n: number): boolean {
  return n <= RESET_REQUESTS_PER_HOUR;
}
