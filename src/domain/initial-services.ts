/**
 * Consent to the initial provision of special education and related services (34 CFR 300.300(b)). Pure: dates and
 * the student's records are arguments.
 *
 * - 300.300(b)(1): the district must obtain informed written consent from the parent before the initial provision of
 *   special education and related services. A student's first IEP may be written and finalized at the meeting, but it
 *   is not in effect — nothing is provided, and nothing counts it as served — until that consent is recorded.
 * - 300.300(b)(2): the district makes reasonable efforts to obtain that consent.
 * - 300.300(b)(3): if the parent refuses, or does not answer, the district (i) may not use mediation or due process
 *   (subpart E) to obtain agreement or a ruling that services may be provided; (ii) is not in violation of the
 *   requirement to make FAPE available; (iii) is not required to convene an IEP meeting or develop an IEP.
 *   (Before the 2008 amendments these were 300.300(b)(4); revocation of services consent is (b)(4) now.)
 * - 300.503(a)(2): the district's refusal to initiate the provision of FAPE is given in prior written notice.
 * A child whose services ended (an exit, a revoked consent: 300.300(b)(4)) and who comes back is an initial case again.
 */
import { activeEvents, type CaseEvent, type ConsentType } from './case-events';
import type { IsoDate } from './dates';

export const INITIAL_SERVICES_CONSENT_CITATION = '34 CFR 300.300(b)(1)';
/** The district may not override a refusal of (or silence about) initial services by mediation or due process. */
export const NO_OVERRIDE_CITATION = '34 CFR 300.300(b)(3)(i)';
/** After a refusal the district is not in violation of the requirement to make FAPE available, nor required to write an IEP. */
export const NOT_IN_VIOLATION_CITATION = '34 CFR 300.300(b)(3)(ii)-(iii)';

export interface InitialServicesConsentFacts {
  type: ConsentType;
  status: 'requested' | 'given' | 'refused' | 'revoked';
  /** The day the parent gave consent (the paper's date, or the day signed in the portal). */
  givenOn: IsoDate | null;
}

/**
 * The day the consent to initial services that stands today was given, or null: a consent of that type that is given
 * (a refused or revoked one is not), given after the student's last exit from special education (when there is one) —
 * the latest such consent.
 */
export function standingInitialServicesConsent(
  consents: readonly InitialServicesConsentFacts[],
  lastExitOn: IsoDate | null,
): IsoDate | null {
  let best: IsoDate | null = null;
  for (const c of consents) {
    if (c.type !== 'initial_services' || c.status !== 'given' || c.givenOn === null) continue;
    if (lastExitOn !== null && c.givenOn <= lastExitOn) continue;
    if (best === null || c.givenOn > best) best = c.givenOn;
  }
  return best;
}

/**
 * The standing consent to initial services read from the case record: `consent_given` events of that type (from the
 * consent forms or recorded by staff) not revoked since (300.9(c)), after the last exit. Voided events never count.
 */
export function initialServicesConsentFromEvents(events: readonly CaseEvent[]): IsoDate | null {
  const ev = activeEvents(events);
  const lastExitOn = ev.filter((e) => e.kind === 'exit').at(-1)?.occurredOn ?? null;
  const ofType = (e: CaseEvent) => e.details.consentType === 'initial_services';
  const consents: InitialServicesConsentFacts[] = ev
    .filter((e) => e.kind === 'consent_given' && ofType(e))
    .map((g) => {
      const revoked = ev.some(
        (r) =>
          r.kind === 'consent_revoked' &&
          ofType(r) &&
          r.occurredOn >= g.occurredOn &&
          (r.details.consentId === undefined ||
            g.details.consentId === undefined ||
            r.details.consentId === g.details.consentId),
      );
      return { type: 'initial_services', status: revoked ? 'revoked' : 'given', givenOn: g.occurredOn };
    });
  return standingInitialServicesConsent(consents, lastExitOn);
}

export type TakesEffect = 'at_once' | 'awaiting_consent';

/**
 * Whether an IEP being finalized is in effect at once, or waits for the parent's consent to initial services:
 * an amendment, or an IEP that follows one in effect (an annual review, a reevaluation), is in effect at once — the
 * services already stand on consent; so is an IEP when the consent to initial services already stands. Otherwise —
 * the student's first IEP in the district, or the first since services ended — it waits (300.300(b)(1)).
 */
export function iepTakesEffect(input: {
  isAmendment: boolean;
  iepInEffect: boolean;
  consentGivenOn: IsoDate | null;
}): TakesEffect {
  if (input.isAmendment || input.iepInEffect || input.consentGivenOn !== null) return 'at_once';
  return 'awaiting_consent';
}

/**
 * The first day an IEP is in effect: its start date, or the day consent to initial services was given when that is
 * later (services are not provided before consent, 300.300(b)(1)). Consent on the meeting day with services starting
 * that day: in effect that day.
 */
export function inEffectFrom(startDate: IsoDate, consentGivenOn: IsoDate | null): IsoDate {
  return consentGivenOn !== null && consentGivenOn > startDate ? consentGivenOn : startDate;
}

/**
 * Whether the district may use the procedural safeguards (mediation, due process) to override a parent's refusal of, or
 * failure to answer, a consent request: yes for an initial evaluation (300.300(a)(3)(i)) and a reevaluation
 * (300.300(c)(1)(ii)); never for the initial provision of services (300.300(b)(3)); a release of records is the
 * parent's to give (300.622), not a matter for a hearing.
 */
export const DUE_PROCESS_OVERRIDE = {
  evaluation: { allowed: true, citation: '34 CFR 300.300(a)(3)(i)' },
  reevaluation: { allowed: true, citation: '34 CFR 300.300(c)(1)(ii)' },
  initial_services: { allowed: false, citation: NO_OVERRIDE_CITATION },
  release_of_information: { allowed: false, citation: '34 CFR 300.622(a)' },
} as const satisfies Record<ConsentType, { allowed: boolean; citation: string }>;

export function dueProcessMayOverride(type: ConsentType): { allowed: boolean; citation: string } {
  return DUE_PROCESS_OVERRIDE[type];
}
