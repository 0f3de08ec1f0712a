/**
 * Parental consent (34 CFR 300.9, 300.300, 300.622): what is asked, how it is answered, and what a revocation
 * does. Pure: no clock, no database; dates are arguments.
 *
 * A consent request is `requested` until the parent answers it: `given` or `refused`. Only a given consent can be
 * `revoked`, and a revocation is not retroactive: it does not undo what was done while consent stood
 * (300.9(c)(2)). Every state is final except `given`; a parent who changes their mind after refusing is asked
 * again (a new request), so each answer stays on the record as it was signed.
 */
import { CONSENT_TYPES, type ConsentType } from './case-events';
import type { IsoDate } from './dates';

export { CONSENT_TYPES, type ConsentType };

export const CONSENT_STATUSES = ['requested', 'given', 'refused', 'revoked'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];
export const CONSENT_DECISIONS = ['given', 'refused'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];
/** How an answer (or a written revocation) reached the district: signed in the portal, or on paper and recorded by staff. */
export const CONSENT_METHODS = ['portal', 'paper'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Where the law asks for each kind of consent. */
export const CONSENT_CITATIONS = {
  evaluation: '34 CFR 300.300(a)',
  initial_services: '34 CFR 300.300(b)',
  reevaluation: '34 CFR 300.300(c)',
  release_of_information: '34 CFR 300.622',
} as const satisfies Record<ConsentType, string>;

export type ConsentTransition =
  { ok: true; status: ConsentStatus } | { ok: false; reason: 'already_answered' | 'not_given' | 'not_requested' };

/** requested → given | refused. Anything else has been answered already. */
export function answerTransition(from: ConsentStatus, decision: ConsentDecision): ConsentTransition {
  if (from !== 'requested') return { ok: false, reason: 'already_answered' };
  return { ok: true, status: decision };
}

/** given → revoked (300.9(c)(1): the parent may revoke at any time). A refused or pending request has nothing to revoke. */
export function revokeTransition(from: ConsentStatus): ConsentTransition {
  if (from !== 'given') return { ok: false, reason: 'not_given' };
  return { ok: true, status: 'revoked' };
}

export interface ConsentDates {
  status: ConsentStatus;
  /** The day consent was given (the paper's date, or the day signed in the portal). */
  givenOn: IsoDate | null;
  /** The day it was revoked. */
  revokedOn: IsoDate | null;
}

export interface RevocationEffect {
  /** The district must stop providing special education and related services (300.300(b)(4)(i)). */
  endsServices: boolean;
  /** Prior written notice (300.503) must be given before services end (300.300(b)(4)(ii)). */
  requiresPriorWrittenNotice: boolean;
  /** What the revocation stops, in a few words (for the record and the case manager). */
  stops: 'evaluation' | 'services' | 'reevaluation' | 'disclosure';
  citation: string;
  /** Always false: what was done while consent stood is not undone (300.9(c)(2)). */
  retroactive: false;
}

/** What revoking each kind of consent affects. */
export const REVOCATION_EFFECTS = {
  evaluation: {
    endsServices: false,
    requiresPriorWrittenNotice: false,
    stops: 'evaluation',
    citation: '34 CFR 300.9(c)(1)',
    retroactive: false,
  },
  initial_services: {
    endsServices: true,
    requiresPriorWrittenNotice: true,
    stops: 'services',
    citation: '34 CFR 300.300(b)(4)',
    retroactive: false,
  },
  reevaluation: {
    endsServices: false,
    requiresPriorWrittenNotice: false,
    stops: 'reevaluation',
    citation: '34 CFR 300.9(c)(1)',
    retroactive: false,
  },
  release_of_information: {
    endsServices: false,
    requiresPriorWrittenNotice: false,
    stops: 'disclosure',
    citation: '34 CFR 300.9(c)(1); 300.622',
    retroactive: false,
  },
} as const satisfies Record<ConsentType, RevocationEffect>;

export function revocationEffect(type: ConsentType): RevocationEffect {
  return REVOCATION_EFFECTS[type];
}

export interface FieldProblem {
  path: string;
  message: string;
}

export const TYPED_NAME_MAX = 200;

/**
 * A signature in the portal: the parent types their name and ticks an explicit checkbox. The name must not be
 * blank; the checkbox must be literally `true` (not "yes", not 1).
 */
export function signatureProblems(input: { typedName?: unknown; confirm?: unknown }): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = typeof input.typedName === 'string' ? input.typedName.trim() : '';
  if (!name) out.push({ path: 'typedName', message: 'Type your full name to sign.' });
  else if (name.length > TYPED_NAME_MAX)
    out.push({ path: 'typedName', message: `At most ${TYPED_NAME_MAX} characters.` });
  if (input.confirm !== true)
    out.push({ path: 'confirm', message: 'Tick the box to confirm that typing your name is your signature.' });
  return out;
}

/** A paper answer recorded by staff: who signed it and on which day (not after today, not before the request). */
export function paperAnswerProblems(
  input: { signerName?: unknown; signedOn?: unknown },
  requestedOn: IsoDate,
  today: IsoDate,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = typeof input.signerName === 'string' ? input.signerName.trim() : '';
  if (!name) out.push({ path: 'signerName', message: 'Write the name of the parent who signed the form.' });
  else if (name.length > TYPED_NAME_MAX)
    out.push({ path: 'signerName', message: `At most ${TYPED_NAME_MAX} characters.` });
  const on = typeof input.signedOn === 'string' ? input.signedOn : '';
  if (!on) out.push({ path: 'signedOn', message: 'Give the date written on the signed form.' });
  else if (on > today) out.push({ path: 'signedOn', message: 'The form cannot be signed in the future.' });
  else if (on < requestedOn)
    out.push({ path: 'signedOn', message: 'The form cannot be signed before it was requested.' });
  return out;
}

/**
 * The day the parents were asked. A request handed over on paper (at a meeting, say) is recorded afterwards with its
 * real day, so that the answer signed on that paper is not dated "before it was requested": the record keeps what
 * happened. Not after today (a request recorded is one made), not before the student was born.
 */
export function requestDateProblems(requestedOn: IsoDate, today: IsoDate, dateOfBirth: IsoDate): FieldProblem[] {
  if (requestedOn > today)
    return [{ path: 'requestedOn', message: 'A request is recorded once it is made: not after today.' }];
  if (requestedOn < dateOfBirth) return [{ path: 'requestedOn', message: 'The date is before the student was born.' }];
  return [];
}

/**
 * What a request must say (300.9(a), (b)): the activity is described; for a release of records, which records and
 * to whom (300.9(b), 300.622).
 */
export function requestProblems(input: {
  type: ConsentType;
  description: string;
  recordsToRelease?: string | null;
  releaseTo?: string | null;
}): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!input.description.trim())
    out.push({
      path: 'description',
      message: 'Describe the activity the parent is asked to consent to (34 CFR 300.9(b)).',
    });
  if (input.type === 'release_of_information') {
    if (!input.recordsToRelease?.trim())
      out.push({ path: 'recordsToRelease', message: 'List the records to be released (34 CFR 300.9(b)).' });
    if (!input.releaseTo?.trim())
      out.push({ path: 'releaseTo', message: 'Say to whom the records will be released (34 CFR 300.9(b)).' });
  }
  return out;
}

/**
 * Ending special education and related services because the parent revoked consent for them: the district must
 * first give prior written notice (34 CFR 300.300(b)(4)(i)). Pure: the caller passes the student's issued notices.
 * Returns the finding that refuses the ending, or null when it may go ahead.
 */
export function endOfServicesNoticeFinding(
  reason: string,
  issuedNotices: readonly { subject: string; status: string }[],
): { path: string; message: string; citation: string } | null {
  if (reason !== 'consent_revoked') return null;
  if (issuedNotices.some((n) => n.subject === 'end_of_services' && n.status === 'issued')) return null;
  return {
    path: 'reason',
    citation: '34 CFR 300.300(b)(4)(i)',
    message:
      'Services end on a revoked consent only after the prior written notice of ending them is issued to the parents.',
  };
}
