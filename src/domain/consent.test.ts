import { describe, expect, it } from 'vitest';
import {
  answerTransition,
  CONSENT_CITATIONS,
  CONSENT_STATUSES,
  CONSENT_TYPES,
  paperAnswerProblems,
  requestDateProblems,
  requestProblems,
  revocationEffect,
  revokeTransition,
  signatureProblems,
} from './consent';

describe('consent transitions (34 CFR 300.9, 300.300)', () => {
  it.each([
    ['requested', 'given', { ok: true, status: 'given' }],
    ['requested', 'refused', { ok: true, status: 'refused' }],
    ['given', 'given', { ok: false, reason: 'already_answered' }],
    ['given', 'refused', { ok: false, reason: 'already_answered' }],
    ['refused', 'given', { ok: false, reason: 'already_answered' }],
    ['revoked', 'given', { ok: false, reason: 'already_answered' }],
  ] as const)('answering %s with %s → %j', (from, decision, expected) => {
    expect(answerTransition(from, decision)).toEqual(expected);
  });

  it('only a given consent can be revoked (300.9(c)(1))', () => {
    expect(CONSENT_STATUSES.map((s) => [s, revokeTransition(s).ok])).toEqual([
      ['requested', false],
      ['given', true],
      ['refused', false],
      ['revoked', false],
    ]);
    expect(revokeTransition('given')).toEqual({ ok: true, status: 'revoked' });
  });

  it('every consent type has its citation', () => {
    for (const t of CONSENT_TYPES) expect(CONSENT_CITATIONS[t]).toMatch(/^34 CFR 300\.(300|622)/);
  });
});

describe('what a revocation affects', () => {
  it('revoking consent for services ends services, and prior written notice comes first (300.300(b)(4))', () => {
    const e = revocationEffect('initial_services');
    expect(e).toMatchObject({
      endsServices: true,
      requiresPriorWrittenNotice: true,
      stops: 'services',
      retroactive: false,
    });
    expect(e.citation).toBe('34 CFR 300.300(b)(4)');
  });
  it.each(['evaluation', 'reevaluation', 'release_of_information'] as const)(
    'revoking %s consent does not end services',
    (t) => {
      expect(revocationEffect(t)).toMatchObject({
        endsServices: false,
        requiresPriorWrittenNotice: false,
        retroactive: false,
      });
    },
  );
});

describe('signing in the portal: typed name and an explicit checkbox', () => {
  it('accepts a typed name and confirm: true', () => {
    expect(signatureProblems({ typedName: 'Elena Lopez', confirm: true })).toEqual([]);
  });
  it.each([
    [{ typedName: '', confirm: true }, ['typedName']],
    [{ typedName: '   ', confirm: true }, ['typedName']],
    [{ confirm: true }, ['typedName']],
    [{ typedName: 'Elena', confirm: false }, ['confirm']],
    [{ typedName: 'Elena', confirm: 'true' }, ['confirm']],
    [{ typedName: 'Elena', confirm: 1 }, ['confirm']],
    [{ typedName: 'Elena' }, ['confirm']],
    [{}, ['typedName', 'confirm']],
    [{ typedName: 'x'.repeat(201), confirm: true }, ['typedName']],
  ])('%j → problems with %j', (input, paths) => {
    expect(signatureProblems(input).map((p) => p.path)).toEqual(paths);
  });
});

describe('a paper answer recorded by staff', () => {
  it.each([
    [{ signerName: 'Elena Lopez', signedOn: '2026-11-25' }, []],
    [{ signerName: 'Elena Lopez', signedOn: '2026-11-20' }, []], // the day requested
    [{ signerName: 'Elena Lopez', signedOn: '2026-11-30' }, []], // today
    [{ signerName: 'Elena Lopez', signedOn: '2026-12-01' }, ['signedOn']], // the future
    [{ signerName: 'Elena Lopez', signedOn: '2026-11-19' }, ['signedOn']], // before the request
    [{ signerName: ' ', signedOn: '2026-11-25' }, ['signerName']],
    [{}, ['signerName', 'signedOn']],
  ])('%j → %j', (input, paths) => {
    expect(paperAnswerProblems(input, '2026-11-20', '2026-11-30').map((p) => p.path)).toEqual(paths);
  });
});

describe('the day of a request: a paper request is recorded afterwards with its real day', () => {
  it.each([
    ['2026-11-30', []], // today
    ['2026-11-29', []], // yesterday: handed over at a meeting, recorded today
    ['2026-12-01', ['requestedOn']], // tomorrow is not a request made
    ['2014-01-28', []], // the day the student was born
    ['2014-01-27', ['requestedOn']], // before it
  ])('requested on %s → %j', (requestedOn, paths) => {
    expect(requestDateProblems(requestedOn, '2026-11-30', '2014-01-28').map((p) => p.path)).toEqual(paths);
  });
  it('so a form signed on the day it was handed over is not "before it was requested"', () => {
    expect(
      paperAnswerProblems({ signerName: 'Elena Lopez', signedOn: '2026-11-20' }, '2026-11-20', '2026-11-30'),
    ).toEqual([]);
  });
});

describe('what a request must describe (300.9(b))', () => {
  it('a description is required', () => {
    expect(requestProblems({ type: 'evaluation', description: ' ' }).map((p) => p.path)).toEqual(['description']);
  });
  it('a release of records names the records and the recipient', () => {
    expect(
      requestProblems({ type: 'release_of_information', description: 'Share records' }).map((p) => p.path),
    ).toEqual(['recordsToRelease', 'releaseTo']);
    expect(
      requestProblems({
        type: 'release_of_information',
        description: 'Share records',
        recordsToRelease: 'Speech evaluation, 2026',
        releaseTo: 'Dr. Ruiz, Valley Clinic',
      }),
    ).toEqual([]);
  });
});

describe('ending services on a revoked consent (300.300(b)(4)(i))', () => {
  it('needs an issued end-of-services prior written notice first', async () => {
    const { endOfServicesNoticeFinding } = await import('./consent');
    expect(endOfServicesNoticeFinding('consent_revoked', [])).toMatchObject({
      path: 'reason',
      citation: '34 CFR 300.300(b)(4)(i)',
    });
    expect(
      endOfServicesNoticeFinding('consent_revoked', [{ subject: 'end_of_services', status: 'draft' }]),
    ).not.toBeNull();
    expect(endOfServicesNoticeFinding('consent_revoked', [{ subject: 'fape', status: 'issued' }])).not.toBeNull();
    expect(
      endOfServicesNoticeFinding('consent_revoked', [{ subject: 'end_of_services', status: 'issued' }]),
    ).toBeNull();
    expect(endOfServicesNoticeFinding('moved', [])).toBeNull();
  });
});
