/** Demo data for meetings (Lincoln). Deterministic. */
import type { Queryable } from './connect';
import type { DemoCaseParams } from './seed-demo-case';

export async function seedDemoMeetings(tx: Queryable, p: DemoCaseParams): Promise<void> {
  void tx;
  void p;
}
