import type { z } from 'zod';
import type { DataHandle } from '../../db/handle';
import type { PlanRow } from '../../db/plans-repo';
import { AppError, type FieldError } from '../../domain/errors';
import type { PlanDates } from '../../domain/plan';
import { sectionsOf, type PlanAbilities, type PlanSection } from '../../policy/plan';
import type { Actor } from '../../policy/actor';
import { assertCurrent, expectedVersion, type VersionClaim } from '../../server/etag';
import { presentPlan } from './presenter';
import { iepSectionSchemas, plan504SectionSchemas } from '../../api/plans';

export interface UpdatePlanOptions {
  id: string;
  /** The version the editor loaded (If-Match or `version`), read once the caller may see the plan. */
  claim: VersionClaim;
  sections: Record<string, unknown>;
}

function validateSections(plan: PlanRow, sections: Record<string, unknown>): Record<string, unknown> {
  const schemas: Record<string, z.ZodType> = plan.type === 'iep' ? iepSectionSchemas : plan504SectionSchemas;
  const errors: FieldError[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(sections)) {
    const schema = schemas[key];
    if (!schema) {
      errors.push({ path: key, message: `Not a section of a${plan.type === 'iep' ? 'n IEP' : ' 504 plan'}.` });
      continue;
    }
    const r = schema.safeParse(value);
    if (r.success) parsed[key] = r.data;
    else
      for (const issue of r.error.issues)
        errors.push({ path: [key, ...issue.path.map(String)].join('.'), message: issue.message });
  }
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'Some sections are not valid; see errors.', errors);
  return parsed;
}

/** JSON with object keys sorted, so that the same item compares equal whatever order its keys came in (jsonb reorders them). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  // The values JSON.stringify gives undefined for (its declared type says string).
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return 'undefined';
  return JSON.stringify(v);
}

/** A provider changes only goals and services of their own discipline (the plan's `ownDisciplineOnly`, src/policy/plan.ts). */
function checkDisciplineItems(
  actor: Actor,
  abilities: PlanAbilities,
  plan: PlanRow,
  sections: Record<string, unknown>,
): void {
  if (!abilities.ownDisciplineOnly) return;
  for (const key of ['goals', 'services'] as const) {
    if (!(key in sections)) continue;
    const before = new Map(
      ((plan.content[key] as { id: string; discipline: string | null }[] | undefined) ?? []).map((i) => [i.id, i]),
    );
    const after = new Map((sections[key] as { id: string; discipline: string | null }[]).map((i) => [i.id, i]));
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const a = before.get(id);
      const b = after.get(id);
      if (canonical(a) === canonical(b)) continue;
      const touched = [a, b].filter((x): x is { id: string; discipline: string | null } => x !== undefined);
      if (touched.some((x) => x.discipline !== actor.discipline)) {
        throw new AppError(
          'FORBIDDEN',
          `A provider changes only ${key} of their own discipline (${actor.discipline ?? 'none'}).`,
          [{ path: key, message: 'Includes an item of another discipline.' }],
        );
      }
    }
  }
}

/** Saves whole sections of a draft: resolve → authorize (per section) → check version → validate → write + audit. */
export async function updatePlan(handle: DataHandle, opts: UpdatePlanOptions) {
  return handle.run(async (scope) => {
    const current = await scope.plans.get(opts.id);
    const { plan, abilities } = current;
    const want = expectedVersion(opts.claim, plan.id, 'this plan');
    if (plan.status !== 'draft')
      throw new AppError('INVALID_STATE', 'Only a draft can be changed; amend the plan in effect instead.');
    const sections = validateSections(plan, opts.sections);
    const denied = Object.keys(sections).filter((k) => !abilities.editSections.includes(k as PlanSection));
    if (denied.length)
      throw new AppError(
        'FORBIDDEN',
        `You may not change: ${denied.join(', ')}.`,
        denied.map((d) => ({ path: d, message: 'Not yours to change.' })),
      );
    checkDisciplineItems(scope.actor, abilities, plan, sections);
    assertCurrent(
      want,
      plan.version,
      'This plan was changed by someone else since you loaded it. Reload to see their change, then apply yours.',
    );
    const expected = want.version;
    const { dates: newDates, ...rest } = sections as { dates?: PlanDates } & Record<string, unknown>;
    const content = { ...plan.content, ...rest };
    const dates = newDates ?? plan.dates;
    await scope.plans.save(plan.id, expected, content, dates);
    await scope.audit({
      action: 'plan.update',
      studentId: plan.studentId,
      context: { planId: plan.id, fromVersion: expected, sections: Object.keys(sections) },
    });
    return presentPlan(await scope.plans.get(plan.id));
  });
}

export const ALL_SECTIONS = (type: 'iep' | '504') => sectionsOf(type);
