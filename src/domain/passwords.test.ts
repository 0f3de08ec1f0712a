import { describe, expect, it } from 'vitest';
import {
  COMMON_PASSWORDS,
  PASSWORD_MIN_LENGTH,
  TOKEN_LIFETIME_MS,
  passwordProblem,
  passwordProblems,
  tokenExpiresAt,
  tokenUsable,
} from './passwords';

const email = 'pat.jones@lincoln.demo';

describe('password policy (NIST SP 800-63B 5.1.1.2: length, no common or context-specific passwords)', () => {
  it('needs at least 12 characters: 11 refused, 12 accepted', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(passwordProblem('abcdefgh-jk', email)).toBe('too_short');
    expect(passwordProblem('abcdefgh-jkl', email)).toBeNull();
  });

  it('counts characters, not UTF-16 units (11 emoji are too short)', () => {
    expect(passwordProblem('🙂'.repeat(5) + 'abcdef', email)).toBe('too_short');
    expect(passwordProblem('🙂🐱🌵🎈' + 'abcdefgh', email)).toBeNull();
  });

  it('refuses over 256 characters', () => {
    expect(passwordProblem('ab'.repeat(128), email)).toBeNull();
    expect(passwordProblem('ab'.repeat(128) + 'c', email)).toBe('too_long');
  });

  it('refuses the email, and its local part, whatever the case', () => {
    expect(passwordProblem('Pat.Jones@Lincoln.demo', email)).toBe('is_email');
    expect(passwordProblem('pat.jones@lincoln.demo', ' PAT.JONES@lincoln.demo ')).toBe('is_email');
    expect(passwordProblem('PAT.JONES', 'pat.jones@x.org')).toBe('too_short');
    expect(passwordProblem('pat.jones.long', 'pat.jones.long@x.org')).toBe('is_email');
    expect(passwordProblem('pat.jones@lincoln.demo!', email)).toBeNull();
  });

  it('refuses one character repeated', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa', email)).toBe('one_character');
    expect(passwordProblem('aaaaaaaaaaaaaaab', email)).toBeNull();
  });

  it('refuses the most common passwords, without regard to case', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThan(20);
    for (const p of COMMON_PASSWORDS)
      expect([p, passwordProblem(p, email)]).toEqual([p, expect.stringMatching(/too_common|one_character/)]);
    expect(passwordProblem('PASSWORD1234', email)).toBe('too_common');
  });

  it('says what is wrong as a field error naming the field', () => {
    expect(passwordProblems('short', { email })).toEqual([
      { path: 'password', message: 'Use at least 12 characters.' },
    ]);
    expect(passwordProblems('short', { email, field: 'newPassword' })[0]!.path).toBe('newPassword');
    expect(passwordProblems('correct horse battery', { email })).toEqual([]);
  });
});

describe('one-time links', () => {
  const created = Date.UTC(2026, 10, 30, 12, 0, 0);

  it('an invitation lasts 7 days, a reset 1 hour', () => {
    expect(tokenExpiresAt('invite', created)).toBe(Date.UTC(2026, 11, 7, 12, 0, 0));
    expect(tokenExpiresAt('reset', created)).toBe(Date.UTC(2026, 10, 30, 13, 0, 0));
    expect(TOKEN_LIFETIME_MS.reset).toBe(3_600_000);
  });

  it('is valid up to the last second before expiry, and refused from the expiry on', () => {
    const expiresAtMs = tokenExpiresAt('reset', created);
    expect(tokenUsable({ expiresAtMs, usedAtMs: null }, created)).toBe(true);
    expect(tokenUsable({ expiresAtMs, usedAtMs: null }, expiresAtMs - 1000)).toBe(true);
    expect(tokenUsable({ expiresAtMs, usedAtMs: null }, expiresAtMs)).toBe(false);
    expect(tokenUsable({ expiresAtMs, usedAtMs: null }, expiresAtMs + 1000)).toBe(false);
  });

  it('is refused once used, even before expiry', () => {
    const expiresAtMs = tokenExpiresAt('invite', created);
    expect(tokenUsable({ expiresAtMs, usedAtMs: created + 5 }, created + 10)).toBe(false);
  });
});
