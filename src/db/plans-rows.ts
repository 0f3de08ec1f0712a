/** A plan as a row: its shape, the columns read, and how a database row becomes one (src/db/plans-repo.ts queries them). */
import type { PlanDates, PlanStatus, PlanType } from '../domain/plan';
import { isoOf, isoOrNull } from './values';

export interface PlanRow {
  id: string;
  studentId: string;
  type: PlanType;
  status: PlanStatus;
  amendmentOf: string | null;
  amendmentMethod: 'meeting' | 'written_agreement' | null;
  dates: PlanDates;
  content: Record<string, unknown>;
  sharedWithFamily: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  finalizedAt: string | null;
  /** The first day in effect (null: never in effect — a draft, a proposal, waiting for or refused consent). */
  inEffectFrom: string | null;
  /** The first day no longer in effect, once ended, and why. */
  endedOn: string | null;
  endReason: string | null;
  /** The plan of its type that was current (in effect or waiting for consent) when this one was started; null: none. */
  basedOn: string | null;
  /** A withdrawn open plan: when, by whom (name), and why. */
  withdrawn: { at: string; byName: string | null; reason: string } | null;
  /** What a withdrawn plan was when withdrawn (a draft, or a proposal the family saw); null otherwise. */
  withdrawnFrom: 'draft' | 'proposed' | null;
}

/** What the federal reports read of a plan. */
export interface ReportPlanRow {
  type: PlanType;
  status: PlanStatus;
  startDate: string | null;
  endDate: string | null;
  inEffectFrom: string | null;
  endedOn: string | null;
  placement: Record<string, unknown> | null;
}

export const SELECT = `SELECT p.id::text AS "id", p.student_id::text AS "studentId", p.type, p.status, p.amendment_of::text AS "amendmentOf",
  p.amendment_method AS "amendmentMethod", p.meeting_date AS "meetingDate", p.start_date AS "startDate", p.end_date AS "endDate",
  p.next_annual_review AS "nextAnnualReview", p.content, p.shared_with_family AS "sharedWithFamily", p.version,
  p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.finalized_at AS "finalizedAt",
  to_char(p.in_effect_from, 'YYYY-MM-DD') AS "inEffectFrom", to_char(p.ended_on, 'YYYY-MM-DD') AS "endedOn", p.end_reason AS "endReason",
  p.based_on::text AS "basedOn", p.withdrawn_at AS "withdrawnAt", p.withdrawn_reason AS "withdrawnReason", p.withdrawn_from AS "withdrawnFrom",
  (SELECT w.first_name || ' ' || w.last_name FROM users w WHERE w.id = p.withdrawn_by) AS "withdrawnByName"
  FROM plans p`;

export type Raw = Omit<PlanRow, 'dates' | 'createdAt' | 'updatedAt' | 'finalizedAt' | 'withdrawn'> &
  PlanDates & {
    createdAt: unknown;
    updatedAt: unknown;
    finalizedAt: unknown;
    withdrawnAt: unknown;
    withdrawnReason: string | null;
    withdrawnByName: string | null;
  };

export function toRow(r: Raw): PlanRow {
  const {
    meetingDate,
    startDate,
    endDate,
    nextAnnualReview,
    createdAt,
    updatedAt,
    finalizedAt,
    withdrawnAt,
    withdrawnReason,
    withdrawnByName,
    ...rest
  } = r;
  return {
    ...rest,
    withdrawn: withdrawnAt ? { at: isoOf(withdrawnAt), byName: withdrawnByName, reason: withdrawnReason ?? '' } : null,
    dates: { meetingDate, startDate, endDate, nextAnnualReview },
    createdAt: isoOf(createdAt),
    updatedAt: isoOf(updatedAt),
    finalizedAt: isoOrNull(finalizedAt),
  };
}
