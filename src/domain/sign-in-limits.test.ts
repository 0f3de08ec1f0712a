import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FAILURES_PER_HOUR,
  RESET_REQUESTS_PER_HOUR,
  locksAfter,
  resetMayMail,
  retryMinutes,
  signInGate,
  type SignInThrottleState,
} from './sign-in-limits';

const NOW = Date.UTC(2026, 10, 30, 9, 0, 0);
const open: SignInThrottleState = {
  pairLockedUntilMs: null,
  accountFailuresThisHour: 0,
  accountWindowStartMs: null,
  trustedIp: false,
};

describe('signInGate', () => {
  it('is open without failures, and when a pair lock has ended (the lock ends at its instant)', () => {
    expect(signInGate(open, NOW)).toEqual({ open: true });
    expect(signInGate({ ...open, pairLockedUntilMs: NOW }, NOW)).toEqual({ open: true });
    expect(signInGate({ ...open, pairLockedUntilMs: NOW - 1 }, NOW)).toEqual({ open: true });
  });

  it('is shut while the (email, IP) pair is locked, saying for how long', () => {
    expect(signInGate({ ...open, pairLockedUntilMs: NOW + 1 }, NOW)).toEqual({
      open: false,
      reason: 'locked',
      retryAfterMs: 1,
    });
    // Even from an IP the account trusts: the lock is this IP's own.
    expect(signInGate({ ...open, trustedIp: true, pairLockedUntilMs: NOW + 900_000 }, NOW)).toMatchObject({
      open: false,
      reason: 'locked',
    });
  });

  it(`shuts an email to untrusted IPs at ${ACCOUNT_FAILURES_PER_HOUR} failures an hour (ASVS 2.2.1), not at one fewer`, () => {
    const start = NOW - 20 * 60_000;
    expect(
      signInGate({ ...open, accountFailuresThisHour: ACCOUNT_FAILURES_PER_HOUR - 1, accountWindowStartMs: start }, NOW),
    ).toEqual({ open: true });
    expect(
      signInGate({ ...open, accountFailuresThisHour: ACCOUNT_FAILURES_PER_HOUR, accountWindowStartMs: start }, NOW),
    ).toEqual({
      open: false,
      reason: 'account_ceiling',
      retryAfterMs: 40 * 60_000,
    });
  });

  it('lets an IP the account signed in from recently through the ceiling', () => {
    expect(
      signInGate({ ...open, trustedIp: true, accountFailuresThisHour: 10_000, accountWindowStartMs: NOW }, NOW),
    ).toEqual({ open: true });
  });
});

describe('locksAfter', () => {
  it('locks at the threshold, not before; a threshold of 0 never locks', () => {
    expect(locksAfter(4, 5)).toBe(false);
    expect(locksAfter(5, 5)).toBe(true);
    expect(locksAfter(6, 5)).toBe(true);
    expect(locksAfter(100, 0)).toBe(false);
  });
});

describe('retryMinutes', () => {
  it('rounds up to whole minutes, at least 1', () => {
    expect(retryMinutes(1)).toBe(1);
    expect(retryMinutes(60_000)).toBe(1);
    expect(retryMinutes(60_001)).toBe(2);
    expect(retryMinutes(15 * 60_000)).toBe(15);
  });
});

describe('resetMayMail', () => {
  it(`mails the first ${RESET_REQUESTS_PER_HOUR} requests of an hour, not the next`, () => {
    expect(resetMayMail(1)).toBe(true);
    expect(resetMayMail(RESET_REQUESTS_PER_HOUR)).toBe(true);
    expect(resetMayMail(RESET_REQUESTS_PER_HOUR + 1)).toBe(false);
  });
});
