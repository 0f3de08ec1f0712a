/**
 * Leaving special education: what an exit does, and what it needs. Pure.
 *
 * The exit date is the student's last day in special education: the IEP in effect is in effect through it and ends
 * the day after, so every count dated after the exit leaves the student out (the 618 child count, 300.641; SPP/APR
 * indicators) and the count dated on it still includes them. The case's clocks stop with the exit.
 *
 * What each basis of exit needs before it:
 * - graduation with a regular high school diploma: a change in placement, so prior written notice (300.102(a)(3)(iii),
 *   300.503), and a summary of the student's academic achievement and functional performance with recommendations
 *   for meeting their postsecondary goals (300.305(e)(3)); no reevaluation (300.305(e)(2));
 * - exceeding the age of eligibility for FAPE (the state's maximum age): the summary of performance (300.305(e)(3));
 *   no reevaluation (300.305(e)(2));
 * - no longer a child with a disability: an evaluation first (300.305(e)(1)), and prior written notice of the
 *   change in identification (300.503(a));
 * - the parent revoked consent for services: prior written notice before services end (300.300(b)(4)(i));
 * - an alternate diploma or a certificate does not end the right to FAPE (300.102(a)(3)(ii)): the student may
 *   still return until the state's maximum age; nothing more is required here.
 */
import { addDays, type IsoDate } from './dates';
import { activeEvents, EXIT_REASONS, type CaseEvent } from './case-events';

export { EXIT_REASONS };
export type ExitReason = (typeof EXIT_REASONS)[number];

/** A document or event an exit needs. */
export type ExitRequirement = 'summary_of_performance' | 'prior_written_notice' | 'evaluation';

export interface ExitRule {
  /** Whether a Section 504 plan in effect ends too (the student leaves the school), or stays (only IDEA ends). */
  ends504: boolean;
  requires: readonly ExitRequirement[];
  /** The prior written notice's subject, when one is required, and where the law asks for it. */
  noticeSubject: 'graduation' | 'identification' | 'end_of_services' | null;
  noticeCitation?: string;
  citation: string;
}

export const EXIT_RULES = {
  graduated_regular_diploma: {
    ends504: true,
    requires: ['summary_of_performance', 'prior_written_notice'],
    noticeSubject: 'graduation',
    noticeCitation: '34 CFR 300.102(a)(3)(iii); 300.503(a)',
    citation: '34 CFR 300.102(a)(3)(iii); 300.305(e)(2)-(3)',
  },
  alternate_diploma: { ends504: true, requires: [], noticeSubject: null, citation: '34 CFR 300.102(a)(3)(ii)' },
  certificate: { ends504: true, requires: [], noticeSubject: null, citation: '34 CFR 300.102(a)(3)(ii)' },
  reached_maximum_age: {
    ends504: true,
    requires: ['summary_of_performance'],
    noticeSubject: null,
    citation: '34 CFR 300.102(a)(1); 300.305(e)(2)-(3)',
  },
  no_longer_eligible: {
    ends504: false,
    requires: ['evaluation', 'prior_written_notice'],
    noticeSubject: 'identification',
    noticeCitation: '34 CFR 300.503(a)(1)',
    citation: '34 CFR 300.305(e)(1); 300.503(a)',
  },
  moved_known_to_continue: { ends504: true, requires: [], noticeSubject: null, citation: '34 CFR 300.323(e)-(f)' },
  dropped_out: { ends504: true, requires: [], noticeSubject: null, citation: '34 CFR 300.102(a)(1)' },
  parent_revoked_consent: {
    ends504: false,
    requires: ['prior_written_notice'],
    noticeSubject: 'end_of_services',
    noticeCitation: '34 CFR 300.300(b)(4)(i)',
    citation: '34 CFR 300.300(b)(4)',
  },
  deceased: { ends504: true, requires: [], noticeSubject: null, citation: '' },
  other: { ends504: false, requires: [], noticeSubject: null, citation: '' },
} as const satisfies Record<ExitReason, ExitRule>;

export function exitRule(reason: ExitReason): ExitRule {
  return EXIT_RULES[reason];
}

/** The day a plan in effect is ended by an exit on `exitOn`: the day after (the exit date is the last day in effect). */
export function planEndedOnForExit(exitOn: IsoDate): IsoDate {
  return addDays(exitOn, 1);
}

/**
 * The plan-level reasons for ending an IEP (src/features/plans end) that are exits, with the basis of exit recorded
 * for them unless the person ending it names another: an IEP ends early only because the student leaves special
 * education (or is superseded by another IEP), so ending one closes the case too.
 */
export const EXIT_FOR_END_REASON = {
  exited_special_education: 'no_longer_eligible',
  moved: 'moved_known_to_continue',
  graduated: 'graduated_regular_diploma',
  consent_revoked: 'parent_revoked_consent',
  replaced_by_504: 'no_longer_eligible',
  other: null,
} as const satisfies Record<string, ExitReason | null>;
export type PlanEndReason = keyof typeof EXIT_FOR_END_REASON;

/** Events that open a case again after an exit (a new referral, consent to evaluate, a finding of eligibility). */
const REOPENS = (e: CaseEvent) =>
  e.kind === 'referral' ||
  e.kind === 'part_c_referral' ||
  (e.kind === 'consent_given' && e.details.consentType === 'evaluation') ||
  (e.kind === 'eligibility' && e.details.eligible === true);

/** The exit the student is out on: the last exit on the record, unless the case opened again after it; voided ones never count. */
export function currentExit(
  events: readonly CaseEvent[],
): { id: string; occurredOn: IsoDate; reason: ExitReason } | null {
  const ev = activeEvents(events);
  for (const e of [...ev].reverse()) {
    if (REOPENS(e)) return null;
    if (e.kind === 'exit' && (EXIT_REASONS as readonly string[]).includes(String(e.details.reason)))
      return { id: e.id, occurredOn: e.occurredOn, reason: e.details.reason as ExitReason };
  }
  return null;
}
