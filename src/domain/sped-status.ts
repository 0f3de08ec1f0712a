import { developmentalDelayAllowed } from './disability';
/** Where a student stands in special education. */
export const SPED_STATUSES = ['none', 'referred', 'evaluating', 'eligible_iep', 'plan_504', 'exited'] as const;
export type SpedStatus = (typeof SPED_STATUSES)[number];

/** Statuses that carry a disability category (an IDEA eligibility determination, 300.306). */
export function statusCarriesDisability(status: SpedStatus): boolean {
  switch (status) {
    case 'eligible_iep':
      return true;
    case 'none':
    case 'referred':
    case 'evaluating':
    case 'plan_504':
    case 'exited':
      return false;
  }
}

/** Content rule: a primary category is required for an IEP-eligible student and forbidden otherwise; the secondary needs a primary and must differ. */
export function disabilityFindings(
  input: {
    spedStatus: SpedStatus;
    primaryDisability: string | null;
    secondaryDisability: string | null;
  },
  /** When given: developmental delay is allowed only within the state's age range on that day (300.8(b), 300.111(b)). */
  age?: { years: number; developmentalDelayAges: { min: number; max: number } | null; profileName: string },
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (age) {
    for (const key of ['primaryDisability', 'secondaryDisability'] as const) {
      if (input[key] === 'developmental_delay' && !developmentalDelayAllowed(age.years, age.developmentalDelayAges))
        out.push({
          path: key,
          message: age.developmentalDelayAges
            ? `Developmental delay applies to children aged ${age.developmentalDelayAges.min} through ${age.developmentalDelayAges.max} (${age.profileName}); this child is ${age.years} (34 CFR 300.8(b), 300.111(b)).`
            : `${age.profileName} does not use developmental delay as a category (34 CFR 300.111(b)).`,
        });
    }
  }
  const carries = statusCarriesDisability(input.spedStatus);
  if (carries && !input.primaryDisability)
    out.push({
      path: 'primaryDisability',
      message: 'An eligible student needs a primary disability category (34 CFR 300.306).',
    });
  if (!carries && (input.primaryDisability || input.secondaryDisability))
    out.push({
      path: 'primaryDisability',
      message: 'Only a student found eligible under IDEA has a disability category.',
    });
  if (input.secondaryDisability && !input.primaryDisability)
    out.push({ path: 'secondaryDisability', message: 'A secondary category needs a primary category.' });
  if (input.secondaryDisability && input.secondaryDisability === input.primaryDisability)
    out.push({ path: 'secondaryDisability', message: 'The secondary category must differ from the primary.' });
  return out;
}

export interface SpedStanding {
  spedStatus: SpedStatus;
  primaryDisability: string | null;
  secondaryDisability: string | null;
}

/**
 * The status a recorded case event leaves a student in — status follows the record, it is never a step a person must
 * take first (a referral starts the clock whatever the field said). Null: the event changes nothing.
 * - a referral (or a referral from Part C) opens a case: referred, unless one is already under way;
 * - consent to evaluate given, or an evaluation planned: evaluating, unless already eligible;
 * - eligible (300.306(c)): eligible for an IEP, with the categories found (first = primary);
 * - not eligible, on an initial evaluation: back to none (or the 504 plan in effect); on a reevaluation of an eligible
 *   student nothing changes until the exit is recorded (300.305(e)(1));
 * - an exit: exited (or the 504 plan in effect, when only IDEA ends), the categories cleared.
 */
export function statusAfterEvent(
  current: SpedStanding,
  event: { kind: string; details: Record<string, unknown> },
  ctx: { plan504InEffect: boolean },
): SpedStanding | null {
  const s = current.spedStatus;
  const none = (): SpedStanding => ({
    spedStatus: ctx.plan504InEffect ? 'plan_504' : 'none',
    primaryDisability: null,
    secondaryDisability: null,
  });
  switch (event.kind) {
    case 'referral':
    case 'part_c_referral':
      return s === 'none' || s === 'exited' || s === 'plan_504'
        ? { spedStatus: 'referred', primaryDisability: null, secondaryDisability: null }
        : null;
    case 'consent_given':
      if (event.details.consentType !== 'evaluation') return null;
      return s === 'none' || s === 'referred' || s === 'exited' || s === 'plan_504'
        ? { spedStatus: 'evaluating', primaryDisability: null, secondaryDisability: null }
        : null;
    case 'evaluation_planned':
      return s === 'none' || s === 'referred' || s === 'exited' || s === 'plan_504'
        ? { spedStatus: 'evaluating', primaryDisability: null, secondaryDisability: null }
        : null;
    case 'eligibility': {
      if (event.details.eligible === true) {
        const cats = Array.isArray(event.details.categories) ? event.details.categories.map(String) : [];
        return {
          spedStatus: 'eligible_iep',
          primaryDisability: cats[0] ?? current.primaryDisability,
          secondaryDisability: cats[1] ?? null,
        };
      }
      return s === 'referred' || s === 'evaluating' ? none() : null;
    }
    case 'exit':
      return ctx.plan504InEffect
        ? none()
        : { spedStatus: 'exited', primaryDisability: null, secondaryDisability: null };
    default:
      return null;
  }
}
