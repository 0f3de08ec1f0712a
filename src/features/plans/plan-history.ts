import type { DataHandle } from '../../db/handle';

/** The versions that left draft, oldest first. */
export async function planHistory(handle: DataHandle, opts: { id: string }) {
  return handle.read(async (scope) => {
    const p = await scope.plans.get(opts.id);
    const versions = await scope.plans.versions(p.plan.id);
    await scope.audit({ action: 'plan.history', studentId: p.plan.studentId, context: { planId: p.plan.id } });
    return {
      data: versions.map((v) => ({
        version: v.version,
        status: v.status,
        savedAt: v.savedAt,
        savedBy: v.savedByName,
        dates: v.dates,
        content: Object.fromEntries(
          Object.entries(v.content).filter(([k]) => p.abilities.viewSections.includes(k as never)),
        ),
      })),
    };
  });
}
