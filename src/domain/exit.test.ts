import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './case-events';
import { currentExit, EXIT_FOR_END_REASON, EXIT_REASONS, exitRule, planEndedOnForExit } from './exit';
import { iepInEffect, type ReportPlan } from './reports';
import { addDays } from './dates';

describe('an exit ends the plan in effect (34 CFR 300.102, 300.641)', () => {
  it('the exit date is the last day in effect: the plan ends the day after', () => {
    expect(planEndedOnForExit('2026-10-01')).toBe('2026-10-02');
    expect(planEndedOnForExit('2027-06-30')).toBe('2027-07-01');
    expect(planEndedOnForExit('2028-02-28')).toBe('2028-02-29');
  });

  // Count date 2026-10-01 (the first Thursday of October): exit the day before, on, the day after.
  it.each([
    ['2026-09-30', false],
    ['2026-10-01', true],
    ['2026-10-02', true],
  ])('exit on %s: counted on the count date 2026-10-01 → %s', (exitOn, counted) => {
    // The 618 count reads an ended plan as in effect until the day before it was ended (src/features/reports).
    expect(planEndedOnForExit(exitOn)).toBe(addDays(exitOn, 1));
    const plan: ReportPlan = {
      type: 'iep',
      status: 'ended',
      startDate: '2026-09-14',
      endDate: exitOn,
      placement: null,
    };
    expect(iepInEffect([plan], '2026-10-01') !== null).toBe(counted);
  });
});

describe('what each basis of exit needs', () => {
  it('graduation with a regular diploma: the summary of performance and prior written notice (300.305(e)(3), 300.102(a)(3)(iii))', () => {
    expect(exitRule('graduated_regular_diploma')).toMatchObject({
      requires: ['summary_of_performance', 'prior_written_notice'],
      noticeSubject: 'graduation',
      ends504: true,
    });
  });
  it('aging out: the summary of performance, no notice required here', () => {
    expect(exitRule('reached_maximum_age')).toMatchObject({
      requires: ['summary_of_performance'],
      noticeSubject: null,
    });
  });
  it('no longer eligible: an evaluation first (300.305(e)(1)) and notice of the change in identification; a 504 plan stays', () => {
    expect(exitRule('no_longer_eligible')).toMatchObject({
      requires: ['evaluation', 'prior_written_notice'],
      noticeSubject: 'identification',
      ends504: false,
    });
  });
  it('a revoked consent: prior written notice of the end of services (300.300(b)(4))', () => {
    expect(exitRule('parent_revoked_consent')).toMatchObject({
      requires: ['prior_written_notice'],
      noticeSubject: 'end_of_services',
      ends504: false,
    });
  });
  it('an alternate diploma or a certificate does not require the summary (300.305(e)(3) names the regular diploma)', () => {
    expect(exitRule('alternate_diploma').requires).toEqual([]);
    expect(exitRule('certificate').requires).toEqual([]);
  });
  it('every basis of exit has a rule, and every plan-ending reason maps to one or none', () => {
    for (const r of EXIT_REASONS) expect(exitRule(r)).toBeDefined();
    for (const r of Object.values(EXIT_FOR_END_REASON)) if (r !== null) expect(EXIT_REASONS).toContain(r);
  });
});

describe('the exit the student is out on', () => {
  const ev = (
    id: string,
    kind: CaseEvent['kind'],
    occurredOn: string,
    details: Record<string, unknown> = {},
    voided = false,
  ): CaseEvent => ({ id, kind, occurredOn, details, recordedAt: `${occurredOn}T12:00:00Z`, voided });
  it('is the last exit, unless a referral or eligibility came after it; voided exits never count', () => {
    expect(currentExit([ev('a', 'exit', '2026-06-10', { reason: 'graduated_regular_diploma' })])).toEqual({
      id: 'a',
      occurredOn: '2026-06-10',
      reason: 'graduated_regular_diploma',
    });
    expect(
      currentExit([ev('a', 'exit', '2025-06-10', { reason: 'no_longer_eligible' }), ev('b', 'referral', '2026-01-10')]),
    ).toBeNull();
    expect(currentExit([ev('a', 'exit', '2026-06-10', { reason: 'dropped_out' }, true)])).toBeNull();
    expect(
      currentExit([
        ev('b', 'referral', '2025-01-10'),
        ev('a', 'exit', '2026-06-10', { reason: 'dropped_out' }),
        ev('c', 'safeguards_notice', '2026-06-11'),
      ]),
    ).toMatchObject({ id: 'a' });
  });
});
