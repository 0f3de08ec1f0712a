/**
 * The case clock's API shapes (src/features/case/*): deadlines, case events, the compliance summary, inferred from the
 * server's zod schemas (type-only imports), so a response the web does not follow fails the type check. The codes
 * come from the pure domain modules (src/domain/case-events.ts, src/domain/deadlines.ts).
 */
import type { z } from 'zod';
import type { ClockRule } from '../../../src/domain/case-clock';
import type { DeadlineStatus } from '../../../src/domain/deadlines';
import type {
  deadlineItemSchema,
  deadlinesQuery,
  deadlinesResponse,
  eventSchema,
  missingCalendarSchema,
  newEventSchema,
  summaryResponse,
} from '../../../src/api/case';

/** The engine's rules, plus the clocks of the case alone (progress reports, consent to services, exits). */
export type DeadlineRuleCode = ClockRule;
export type DeadlineStatusCode = DeadlineStatus;

export const DEADLINE_STATUSES = [
  'overdue',
  'due_soon',
  'delayed',
  'upcoming',
  'met_late',
  'met',
] as const satisfies readonly DeadlineStatusCode[];
/** Deadlines still running (not met). */
export const OPEN_STATUSES = [
  'overdue',
  'due_soon',
  'delayed',
  'upcoming',
] as const satisfies readonly DeadlineStatusCode[];

/** What clears a deadline: record an event, or go to the plan or meeting that does. */
export type DeadlineAction = DeadlineItem['action'];
export type DeadlineDelay = NonNullable<DeadlineItem['delay']>;
export type DeadlineItem = z.infer<typeof deadlineItemSchema>;
/** A school of the students listed without its calendar for the current school year. */
export type MissingCalendar = z.infer<typeof missingCalendarSchema>;
export type DeadlineList = z.infer<typeof deadlinesResponse>;
export type CaseEventRecord = z.infer<typeof eventSchema>;

export type NewCaseEventBody = z.input<typeof newEventSchema>;

export type ComplianceSummary = z.infer<typeof summaryResponse>;
export type Counts = ComplianceSummary['totals'];
export type IndicatorId = ComplianceSummary['indicators'][number]['id'];

/**
 * GET /api/v1/deadlines's filters as a screen builds them: the API's query after parsing (src/api/case.ts), where `status`
 * is a list the client writes comma-separated and a null filter is left out of the URL.
 */
export type DeadlineQuery = {
  [K in 'rule' | 'schoolId' | 'limit']?: DeadlinesFilter[K] | null;
} & { status?: readonly NonNullable<DeadlinesFilter['status']>[number][] };
type DeadlinesFilter = z.output<typeof deadlinesQuery>;
