/**
 * The case clock's API shapes (src/features/case/*): deadlines, case events, the compliance summary.
 * The codes come from the pure domain modules (src/domain/case-events.ts, src/domain/deadlines.ts).
 */
import type { z } from 'zod';
import type { CaseEventKind } from '../../../src/domain/case-events';
import type { ClockRule } from '../../../src/domain/case-clock';
import type { DeadlineStatus } from '../../../src/domain/deadlines';
import type { deadlineItemSchema, deadlinesResponse, eventSchema, summaryResponse } from '../../../src/features/case/schemas';

/** The engine's rules, plus the clocks of the case alone (progress reports, consent to services, exits). */
export type DeadlineRuleCode = ClockRule;
export type DeadlineStatusCode = DeadlineStatus;

export const DEADLINE_STATUSES = ['overdue', 'due_soon', 'delayed', 'upcoming', 'met_late', 'met'] as const satisfies readonly DeadlineStatusCode[];
/** Deadlines still running (not met). */
export const OPEN_STATUSES = ['overdue', 'due_soon', 'delayed', 'upcoming'] as const satisfies readonly DeadlineStatusCode[];

/** What clears a deadline: record an event, or go to the plan or meeting that does. */
export type DeadlineAction =
  | { kind: 'record_event'; eventKind: string; details?: Record<string, unknown> }
  | { kind: 'open_plan'; planId: string; section?: 'progress' }
  | { kind: 'new_plan' }
  | { kind: 'open_meeting'; meetingId: string }
  | { kind: 'schedule_meeting'; purpose: string }
  | { kind: 'open_section'; section: 'consents' | 'notices' | 'exit' }
  | { kind: 'open_discipline' };

export interface DeadlineDelay {
  reason: string;
  /** The law excuses this delay for this rule: the deadline shows as delayed, not overdue. */
  allowed: boolean;
  citation: string;
  note: string;
}

export interface DeadlineItem {
  id: string;
  studentId: string;
  studentName: string;
  schoolId: string;
  schoolName: string;
  rule: DeadlineRuleCode;
  due: string;
  status: DeadlineStatusCode;
  citation: string;
  basis: string;
  startedOn: string | null;
  metOn: string | null;
  /** Days from today to the due date; negative when late. */
  daysLeft: number;
  delay: DeadlineDelay | null;
  action: DeadlineAction | null;
  /** The date counts school days the school's calendar does not cover (Monday–Friday assumed): an estimate. */
  estimated: boolean;
}

/** A school of the students listed without its calendar for the current school year. */
export interface MissingCalendar {
  schoolId: string;
  schoolName: string;
  schoolYear: string;
}

export interface DeadlineList {
  asOf: string;
  data: DeadlineItem[];
  missingCalendars: MissingCalendar[];
}

export interface CaseEventRecord {
  id: string;
  studentId: string;
  kind: CaseEventKind;
  occurredOn: string;
  details: Record<string, unknown>;
  sourceType: string | null;
  sourceId: string | null;
  recordedByName: string;
  recordedAt: string;
  voided: boolean;
  voidedAt: string | null;
  voidedByName: string | null;
  voidReason: string | null;
}

export interface NewCaseEventBody {
  kind: CaseEventKind;
  occurredOn: string;
  details: Record<string, unknown>;
}

export type Counts = Record<DeadlineStatusCode, number>;

export type IndicatorId = 'spp11' | 'spp12' | 'spp13';

export interface ComplianceSummary {
  asOf: string;
  /** How many students the counts cover. */
  students: number;
  totals: Counts;
  byRule: { rule: DeadlineRuleCode; citation: string; counts: Counts }[];
  bySchool: { schoolId: string; schoolName: string; counts: Counts; byRule: { rule: DeadlineRuleCode; counts: Counts }[] }[];
  /** What the caller may do: download the federal reports and the indicators' child-level CSVs. */
  abilities: { downloadReports: boolean };
  indicators: {
    id: IndicatorId;
    numerator: number;
    denominator: number;
    percent: number | null;
    citation: string;
    /** The reporting year measured (July 1 – June 30, to date); null for indicator 13 (as of today). */
    schoolYear: string | null;
    pending: number;
    excluded: { reason: string; citation: string; children: number }[];
  }[];
}

export interface DeadlineQuery {
  status?: readonly DeadlineStatusCode[];
  rule?: string | null;
  schoolId?: string | null;
  limit?: number;
}

// These shapes are narrower than the API's zod schemas (codes instead of strings); the compiler checks that they
// still agree with them: every field the API sends is here, and every value here is one the API may send.
type Agrees<Mine, Api> = [Mine] extends [Api] ? ([keyof Api] extends [keyof Mine] ? true : false) : false;
type Check<T extends true> = T;
export type ApiAgreement = [
  Check<Agrees<DeadlineItem, Omit<z.infer<typeof deadlineItemSchema>, 'action'> & { action: unknown }>>,
  Check<Agrees<CaseEventRecord, z.infer<typeof eventSchema>>>,
  Check<Agrees<ComplianceSummary, z.infer<typeof summaryResponse>>>,
  Check<Agrees<MissingCalendar, z.infer<typeof deadlinesResponse>['missingCalendars'][number]>>,
];
