/** Demo data for family (Lincoln). Deterministic. */
import type { Queryable } from './connect';
import type { DemoCaseParams } from './seed-demo-case';

export async function seedDemoFamily(tx: Queryable, p: DemoCaseParams): Promise<void> {
  void tx;
  void p;
}
