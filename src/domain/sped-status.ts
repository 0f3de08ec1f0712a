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
export function disabilityFindings(input: {
  spedStatus: SpedStatus;
  primaryDisability: string | null;
  secondaryDisability: string | null;
}): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const carries = statusCarriesDisability(input.spedStatus);
  if (carries && !input.primaryDisability)
    out.push({ path: 'primaryDisability', message: 'An eligible student needs a primary disability category (34 CFR 300.306).' });
  if (!carries && (input.primaryDisability || input.secondaryDisability))
    out.push({ path: 'primaryDisability', message: 'Only a student found eligible under IDEA has a disability category.' });
  if (input.secondaryDisability && !input.primaryDisability)
    out.push({ path: 'secondaryDisability', message: 'A secondary category needs a primary category.' });
  if (input.secondaryDisability && input.secondaryDisability === input.primaryDisability)
    out.push({ path: 'secondaryDisability', message: 'The secondary category must differ from the primary.' });
  return out;
}
