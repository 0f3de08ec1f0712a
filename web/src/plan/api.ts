/**
 * The plans API (src/features/plans/routes.ts), through the app's one client (web/src/api.ts: cookie,
 * CSRF header, problem+json → ApiError, 401 → sign-in).
 *
 * Optimistic concurrency: a plan's ETag is `"<id>.<version>"`, so the version the editor holds *is* its
 * ETag: saves send `If-Match: "<id>.<version>"`, and a stale one answers 412 (the editor treats 409 alike).
 */
import { EXIT_FOR_END_REASON, type ExitReason, type PlanEndReason } from '../../../src/domain/exit';
import { request } from '../api';
import type {
  BankGoal,
  Finding,
  GoalBankQuery,
  GoalCheck,
  NewBankGoal,
  Plan,
  PlanChange,
  PlanSummary,
  PlanVersion,
  SectionKey,
} from '../types';

const planPath = (id: string) => `/api/v1/plans/${encodeURIComponent(id)}`;

export async function listPlans(studentId: string, signal?: AbortSignal): Promise<PlanSummary[]> {
  return (
    await request<{ data: PlanSummary[] }>('GET', `/api/v1/students/${encodeURIComponent(studentId)}/plans`, { signal })
  ).data;
}

export function createPlan(studentId: string, type: 'iep' | '504', startFrom: 'empty' | 'active'): Promise<Plan> {
  return request<Plan>('POST', `/api/v1/students/${encodeURIComponent(studentId)}/plans`, {
    body: { type, startFrom },
  });
}

export function getPlan(id: string, signal?: AbortSignal): Promise<Plan> {
  return request<Plan>('GET', planPath(id), { signal });
}

/** Saves whole sections of a draft that is at `version` (409/412 when someone saved since). */
export function savePlanSections(
  id: string,
  version: number,
  sections: Partial<Record<SectionKey, unknown>>,
): Promise<Plan> {
  return request<Plan>('PATCH', planPath(id), { body: sections, headers: { 'If-Match': `"${id}.${version}"` } });
}

/** The plan's findings, each with the day they were computed for (the response's `asOf`: it sets the tense of their words). */
export async function getFindings(id: string, signal?: AbortSignal): Promise<Finding[]> {
  const res = await request<{ data: Omit<Finding, 'asOf'>[]; asOf: string }>('GET', `${planPath(id)}/findings`, {
    signal,
  });
  return res.data.map((f) => ({ ...f, asOf: res.asOf }));
}

/** `version`: the version on screen, sent as If-Match (412 when someone changed the plan since). */
export function finalizePlan(id: string, version?: number): Promise<Plan> {
  return request<Plan>(
    'POST',
    `${planPath(id)}/finalize`,
    version === undefined ? {} : { headers: { 'If-Match': `"${id}.${version}"` } },
  );
}

/** Draft → proposed: the district's offer to the family (422 while errors remain). */
export function proposePlan(id: string, version?: number): Promise<Plan> {
  return request<Plan>(
    'POST',
    `${planPath(id)}/propose`,
    version === undefined ? {} : { headers: { 'If-Match': `"${id}.${version}"` } },
  );
}

export const END_REASONS = Object.keys(EXIT_FOR_END_REASON) as PlanEndReason[];
export type EndReason = PlanEndReason;

/** Active → ended, with the reason; for an IEP, the student's exit is recorded too (its basis: `exitReason`, or the one the reason implies). */
export function endPlan(id: string, reason: EndReason, note: string, exitReason?: ExitReason): Promise<Plan> {
  return request<Plan>('POST', `${planPath(id)}/end`, {
    body: { reason, note, ...(exitReason ? { exitReason } : {}) },
  });
}

/** Draft or proposal → withdrawn (kept, never in effect), naming the version withdrawn (412 when someone changed it). */
export function withdrawPlan(id: string, version: number, reason: string): Promise<Plan> {
  return request<Plan>('POST', `${planPath(id)}/withdraw`, {
    body: { reason },
    headers: { 'If-Match': `"${id}.${version}"` },
  });
}

/** The record a refusal points to (problem+json `links`), e.g. rel "open-plan": the open plan that blocks starting another. */
export function problemLink(problem: Record<string, unknown> | null, rel: string): string | null {
  const links = problem?.links;
  if (!Array.isArray(links)) return null;
  const hit = links.find(
    (l): l is { rel: string; id: string } =>
      typeof l === 'object' &&
      l !== null &&
      (l as { rel?: unknown }).rel === rel &&
      typeof (l as { id?: unknown }).id === 'string',
  );
  return hit?.id ?? null;
}

export function amendPlan(id: string, method: 'meeting' | 'written_agreement'): Promise<Plan> {
  return request<Plan>('POST', `${planPath(id)}/amendments`, { body: { method } });
}

export function sharePlan(id: string, shared: boolean): Promise<Plan> {
  return request<Plan>('POST', `${planPath(id)}/share`, { body: { shared } });
}

export type { PlanChange } from '../types';

/** What changed between this plan and the one it amends (GET /plans/{id}/changes). */
export async function getPlanChanges(id: string, signal?: AbortSignal): Promise<PlanChange[]> {
  return (await request<{ against: string; data: PlanChange[] }>('GET', `${planPath(id)}/changes`, { signal })).data;
}

export async function getPlanVersions(id: string, signal?: AbortSignal): Promise<PlanVersion[]> {
  return (await request<{ data: PlanVersion[] }>('GET', `${planPath(id)}/versions`, { signal })).data;
}

export function checkGoal(text: string, signal?: AbortSignal): Promise<GoalCheck> {
  return request<GoalCheck>('POST', '/api/v1/goal-checks', { body: { text }, signal });
}

/** Example goals from the starter bank and the district's own (the district's first), filtered. */
export async function searchGoalBank(query: GoalBankQuery, signal?: AbortSignal): Promise<BankGoal[]> {
  const q = query.q?.trim().slice(0, 100);
  return (
    await request<{ data: BankGoal[] }>('GET', '/api/v1/goal-bank', {
      query: { q, area: query.area, gradeBand: query.gradeBand },
      signal,
    })
  ).data;
}

/** Adds a goal to the district's bank: 201, or 422 when it is not measurable, 403 for a role that does not add. */
export function addToGoalBank(goal: NewBankGoal): Promise<BankGoal> {
  return request<BankGoal>('POST', '/api/v1/goal-bank', { body: goal });
}
