import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseEventKind } from './case-events';
import { validateCaseEvent } from './case-events';
import {
  dueProcessMayOverride,
  iepTakesEffect,
  inEffectFrom,
  initialServicesConsentFromEvents,
  standingInitialServicesConsent,
} from './initial-services';

let n = 0;
const ev = (
  kind: CaseEventKind,
  occurredOn: string,
  details: Record<string, unknown> = {},
  voided = false,
): CaseEvent => ({ id: `e${++n}`, kind, occurredOn, details, recordedAt: `${occurredOn}T12:00:00Z`, voided });

describe('consent to the initial provision of services (34 CFR 300.300(b)(1))', () => {
  it.each([
    // a first IEP (no IEP in effect, no standing consent) waits; an amendment, an IEP that follows one, or a standing consent does not
    [{ isAmendment: false, iepInEffect: false, consentGivenOn: null }, 'awaiting_consent'],
    [{ isAmendment: false, iepInEffect: false, consentGivenOn: '2026-11-02' }, 'at_once'],
    [{ isAmendment: false, iepInEffect: true, consentGivenOn: null }, 'at_once'],
    [{ isAmendment: true, iepInEffect: false, consentGivenOn: null }, 'at_once'],
  ] as const)('%o → %s', (input, expected) => {
    expect(iepTakesEffect(input)).toBe(expected);
  });

  // The meeting and the planned start are 2026-11-02.
  it.each([
    ['consent the day before the meeting', '2026-11-01', '2026-11-02'],
    ['consent on the meeting day', '2026-11-02', '2026-11-02'],
    ['consent the day after', '2026-11-03', '2026-11-03'],
    ['consent a month later', '2026-12-02', '2026-12-02'],
  ])('%s: in effect from %s', (_label, consent, from) => {
    expect(inEffectFrom('2026-11-02', consent)).toBe(from);
  });
  it('services planned to start after consent start as planned', () => {
    expect(inEffectFrom('2026-11-16', '2026-11-02')).toBe('2026-11-16');
    expect(inEffectFrom('2026-11-16', null)).toBe('2026-11-16');
  });

  it('only a given, unrevoked consent after the last exit stands; the latest wins', () => {
    const given = (givenOn: string, status: 'given' | 'revoked' | 'refused' = 'given') => ({
      type: 'initial_services' as const,
      status,
      givenOn,
    });
    expect(standingInitialServicesConsent([given('2025-01-10')], null)).toBe('2025-01-10');
    expect(standingInitialServicesConsent([given('2025-01-10')], '2025-06-01')).toBeNull(); // exited since: an initial case again
    expect(standingInitialServicesConsent([given('2025-06-01')], '2025-06-01')).toBeNull(); // given on the exit day: before it
    expect(standingInitialServicesConsent([given('2025-06-02')], '2025-06-01')).toBe('2025-06-02');
    expect(standingInitialServicesConsent([given('2025-01-10', 'revoked')], null)).toBeNull();
    expect(standingInitialServicesConsent([given('2025-01-10'), given('2026-02-01')], null)).toBe('2026-02-01');
    expect(
      standingInitialServicesConsent([{ type: 'evaluation', status: 'given', givenOn: '2025-01-10' }], null),
    ).toBeNull();
  });

  it('reads the consent from the case record: a revocation or an exit after it ends it; voided events never count', () => {
    const given = ev('consent_given', '2026-11-02', { consentType: 'initial_services', consentId: 'c1' });
    expect(initialServicesConsentFromEvents([given])).toBe('2026-11-02');
    expect(
      initialServicesConsentFromEvents([
        given,
        ev('consent_revoked', '2026-11-20', { consentType: 'initial_services', consentId: 'c1' }),
      ]),
    ).toBeNull();
    expect(
      initialServicesConsentFromEvents([given, ev('exit', '2026-11-20', { reason: 'moved_known_to_continue' })]),
    ).toBeNull();
    expect(initialServicesConsentFromEvents([{ ...given, voided: true }])).toBeNull();
    expect(
      initialServicesConsentFromEvents([ev('consent_given', '2026-11-02', { consentType: 'evaluation' })]),
    ).toBeNull();
    expect(
      initialServicesConsentFromEvents([ev('consent_refused', '2026-11-02', { consentType: 'initial_services' })]),
    ).toBeNull();
  });
});

describe('a refusal may not be overridden by due process (34 CFR 300.300(b)(3)(i))', () => {
  it('the district may pursue an evaluation or a reevaluation through due process, never initial services', () => {
    expect(dueProcessMayOverride('evaluation')).toEqual({ allowed: true, citation: '34 CFR 300.300(a)(3)(i)' });
    expect(dueProcessMayOverride('reevaluation')).toEqual({ allowed: true, citation: '34 CFR 300.300(c)(1)(ii)' });
    expect(dueProcessMayOverride('initial_services')).toEqual({ allowed: false, citation: '34 CFR 300.300(b)(3)(i)' });
  });
  const ctx = { today: '2026-11-30', dateOfBirth: '2015-01-01' };
  it('a due process complaint the district files to override a refusal of initial services is refused, naming the field', () => {
    const problems = validateCaseEvent(
      {
        kind: 'due_process_filed',
        occurredOn: '2026-11-20',
        details: { filedBy: 'district', overridesConsent: 'initial_services' },
      },
      ctx,
    );
    expect(problems).toEqual([
      { path: 'details.overridesConsent', message: expect.stringContaining('34 CFR 300.300(b)(3)(i)') as unknown },
    ]);
  });
  it.each([
    [{ filedBy: 'district', overridesConsent: 'evaluation' }],
    [{ filedBy: 'district', overridesConsent: 'reevaluation' }],
    [{ filedBy: 'parent', overridesConsent: 'initial_services' }],
    [{ filedBy: 'district' }],
    [{}],
  ])('%o is recorded', (details) => {
    expect(validateCaseEvent({ kind: 'due_process_filed', occurredOn: '2026-11-20', details }, ctx)).toEqual([]);
  });
});
