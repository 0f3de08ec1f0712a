/**
 * Words for what the meetings API says as data: the findings of the 300.321 / 300.322 checks (a stable `code`, the
 * values its words need in `params`: src/features/meetings/presenter.ts) — the team, the notice's contents and timing
 * (`notice.timing`: sent late, or no longer in time), the plan a held meeting produced — and the notice lead time
 * (`notice.leadTime`). A refused hold or notice carries the same findings in its problem body (`findings`). The API's English (`message`,
 * `basis`) is shown only for a code or profile this build does not know. Pure — no React — so a test can render
 * every code with both catalogues. The screens (web/src/meetings/text.ts) format the result.
 */
import type { z } from 'zod';
import { MEETING_FINDING_RULES, PARENT_CONTACT_RULE, type MeetingFindingRule } from '../../../src/domain/meetings';
import type { findingParamsSchema, findingSchema, leadTimeSchema } from '../../../src/api/meetings';

export type FindingParams = z.infer<typeof findingParamsSchema>;
export type LeadTime = z.infer<typeof leadTimeSchema>;

/**
 * A finding as the API sends it, on the meeting (team, notice) or in a refusal's problem (`message`: English, for a code
 * this build does not know). `rule` repeats `code` for older clients and is not read here.
 */
export type StructuredFinding = Omit<z.infer<typeof findingSchema>, 'rule'>;

export const isFindingRule = (rule: string): rule is MeetingFindingRule =>
  (MEETING_FINDING_RULES as readonly string[]).includes(rule);

/** The catalogue key of a finding code. */
export const findingKey = (rule: MeetingFindingRule) => `meetings.finding.${rule}` as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

/**
 * The findings of a refused hold or notice: the problem's `findings` (src/server/schemas.ts), each with its code,
 * citation and values. Entries not of that shape are left out; [] when the problem has none (an older server, or a
 * plain field error), and the screen then shows the problem's `errors` as sent.
 */
export function refusalFindings(problem: Record<string, unknown> | null | undefined): StructuredFinding[] {
  const list = problem?.findings;
  if (!Array.isArray(list)) return [];
  return list.flatMap((f): StructuredFinding[] => {
    if (
      !isRecord(f) ||
      !isStr(f.code) ||
      !isStr(f.citation) ||
      !isStr(f.path) ||
      !isStr(f.message) ||
      !isRecord(f.params)
    )
      return [];
    return [
      {
        code: f.code,
        citation: f.citation,
        severity: f.severity === 'warning' ? 'warning' : 'error',
        path: f.path,
        message: f.message,
        params: f.params,
      },
    ];
  });
}

export interface FindingFormat {
  /** An ISO day as the reader writes dates. */
  day(iso: string): string;
  /** Names as a list in the reader's language ("Ana and Sam" / "Ana y Sam"). */
  list(names: string[]): string;
}

export interface FindingWords {
  key: ReturnType<typeof findingKey>;
  values: Record<string, string | number>;
  /** The member the finding is about (its params name a participant), to prefix the words with. */
  memberName: string | null;
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const day = (v: unknown, fmt: FindingFormat) => (isStr(v) && v ? fmt.day(v) : '—');

/**
 * The catalogue key and values for a finding, from its code and params: who fills the requirement it is about, the
 * days of an excusal, the documented attempts to reach the parents. Every value any finding's message uses is given;
 * each message picks its own. Null for a code this build does not know (then the API's `message` is shown).
 */
export function findingWords(f: { code: string; params: FindingParams }, fmt: FindingFormat): FindingWords | null {
  if (!isFindingRule(f.code)) return null;
  const p = f.params;
  const names = Array.isArray(p.names) ? p.names.filter(isStr) : [];
  return {
    key: findingKey(f.code),
    values: {
      names: names.length ? fmt.list(names) : '—',
      attempts: num(p.attempts, 0),
      methods: num(p.methods, 0),
      minAttempts: num(p.minAttempts, PARENT_CONTACT_RULE.minAttempts),
      minMethods: num(p.minMethods, PARENT_CONTACT_RULE.minMethods),
      agreedOn: day(p.agreedOn, fmt),
      inputOn: day(p.inputOn, fmt),
      meetingDay: day(p.meetingDate, fmt),
      // A late notice (notice.sent_late, notice.period_passed): the last day, the day sent, the lead time.
      due: day(p.due, fmt),
      sentOn: day(p.sentOn, fmt),
      days: num(p.days, 0),
      counting: p.counting === 'school' ? 'school' : 'calendar',
      // The plan a held meeting produced (held.plan_meeting_date).
      planMeetingDay: day(p.planMeetingDate, fmt),
    },
    memberName: p.participantId && isStr(p.name) && p.name ? p.name : null,
  };
}

export interface LeadTimeWords {
  key: 'meetings.leadTime.calendar' | 'meetings.leadTime.school';
  days: number;
  /** The catalogue key naming the profile ('meetings.leadTime.profile.CA'); the screen checks the catalogue has it. */
  profileKey: `meetings.leadTime.profile.${string}`;
  /** Add 'meetings.leadTime.estimated': school days beyond the district's calendar were counted as weekdays. */
  estimated: boolean;
}

/** How early the notice goes out, as catalogue keys and values, from the lead time's data (never from `basis`). */
export function leadTimeWords(lt: Pick<LeadTime, 'days' | 'counting' | 'profile' | 'estimated'>): LeadTimeWords {
  return {
    key: lt.counting === 'school' ? 'meetings.leadTime.school' : 'meetings.leadTime.calendar',
    days: lt.days,
    profileKey: `meetings.leadTime.profile.${lt.profile}`,
    estimated: lt.counting === 'school' && lt.estimated,
  };
}
