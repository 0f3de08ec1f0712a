/** The discipline API's shapes, inferred from the server's zod schemas (type-only: nothing from the server reaches the bundle). */
import type { z } from 'zod';
import type {
  disciplineSummarySchema,
  newMdrSchema,
  newNoticeSchema,
  newPlacementDecisionSchema,
  newRemovalSchema,
  recordedResponseSchema,
} from '../../../src/api/discipline';

export type DisciplineSummary = z.infer<typeof disciplineSummarySchema>;
export type RemovalView = DisciplineSummary['removals'][number];
export type DecisionView = DisciplineSummary['decisions'][number];
export type Determination = DisciplineSummary['determinations'][number];
export type NextStep = DisciplineSummary['nextSteps'][number];
export type Recorded = z.infer<typeof recordedResponseSchema>;
export type NewRemovalBody = z.input<typeof newRemovalSchema>;
export type NewPlacementDecisionBody = z.input<typeof newPlacementDecisionSchema>;
export type NewNoticeBody = z.input<typeof newNoticeSchema>;
export type NewMdrBody = z.input<typeof newMdrSchema>;
