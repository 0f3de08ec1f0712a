/** The query keys of plans: one plan's page and what hangs off it sit under planKey(id). */
export const planKey = (id: string) => ['plan', id] as const;
export const planPageKey = (id: string) => ['plan', id, 'page'] as const;
/** A student's plans (under the student's key). */
export const plansKey = (studentId: string) => ['student', studentId, 'plans'] as const;
/** A plan's progress reports. */
export const progressKey = (planId: string) => ['plan', planId, 'progress'] as const;
