/** Demo data for consents (Lincoln). Deterministic. */
import type { Queryable } from './connect';
import type { DemoCaseParams } from './seed-demo-case';

export async function seedDemoConsents(tx: Queryable, p: DemoCaseParams): Promise<void> {
  void tx;
  void p;
}
