/**
 * Password rules and the one-time links that set a password (an invitation, or a reset). Pure: the caller passes
 * the time in. The policy follows NIST SP 800-63B 5.1.1.2: a minimum length (12 here), no composition rules, and
 * a check against commonly used passwords and the account's own identifier.
 */
import type { FieldError } from './errors';

export const PASSWORD_MIN_LENGTH = 12;
/** Longer passwords are refused (argon2 would hash them, but a cap stops abuse of the hashing cost). */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordTokenPurpose = 'invite' | 'reset';

/** How long a link is valid: an invitation 7 days, a reset 1 hour. */
export const TOKEN_LIFETIME_MS: Record<PasswordTokenPurpose, number> = {
  invite: 7 * 24 * 60 * 60 * 1000,
  reset: 60 * 60 * 1000,
};

/** Among the most used passwords of 12 characters or more (breach corpora); compared without case. */
export const COMMON_PASSWORDS: readonly string[] = [
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  '111111111111',
  '000000000000',
  'qwertyuiop12',
  'qwertyuiopasdfghjkl',
  'qwertyuiop123',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'password1234',
  'password12345',
  'password123!',
  'passwordpassword',
  'iloveyou1234',
  'abc123456789',
  'abcdefghijkl',
  'letmein12345',
  'welcome12345',
  'administrator',
  'changeme1234',
  'openiep12345',
  'openiepopeniep',
  'football1234',
  'baseball1234',
  'princess1234',
  'sunshine1234',
  'trustno11234',
  'monkey123456',
  'dragon123456',
  'superman1234',
  'starwars1234',
  'teacher12345',
  'school123456',
];
const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/** The problem's code, for a client that says it in its reader's language. */
export type PasswordProblem = 'too_short' | 'too_long' | 'is_email' | 'one_character' | 'too_common';

/** The first thing wrong with a new password for the account `email`, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const chars = Array.from(password);
  if (chars.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (chars.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const e = email.trim().toLowerCase();
  if (e && (lower === e || lower === e.split('@')[0])) return 'is_email';
  if (chars.every((c) => c === chars[0])) return 'one_character';
  if (COMMON.has(lower)) return 'too_common';
  return null;
}

const PROBLEM_TEXT: Record<PasswordProblem, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  is_email: 'Do not use your email address as your password.',
  one_character: 'Do not use one character repeated.',
  too_common: 'This password is too common. Choose another one.',
};

/** What is wrong with a new password, as field errors on `field` (empty when it is acceptable). */
export function passwordProblems(password: string, opts: { email: string; field?: string }): FieldError[] {
  const p = passwordProblem(password, opts.email);
  return p ? [{ path: opts.field ?? 'password', message: PROBLEM_TEXT[p] }] : [];
}

/** When a link made at `createdAtMs` stops working. */
export function tokenExpiresAt(purpose: PasswordTokenPurpose, createdAtMs: number): number {
  return createdAtMs + TOKEN_LIFETIME_MS[purpose];
}

/**
 * Whether a link may still be used at `nowMs`: never used, and before its expiry instant (the last millisecond
 * before `expiresAtMs` is valid; `expiresAtMs` itself is not).
 */
export function tokenUsable(token: { expiresAtMs: number; usedAtMs: number | null }, nowMs: number): boolean {
  return token.usedAtMs === null && nowMs < token.expiresAtMs;
}
