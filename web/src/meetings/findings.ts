/**
 * Words for what the meetings API explains in English: the findings of the 300.321 / 300.322 checks (by their stable
 * codes, MEETING_FINDING_RULES in src/domain/meetings.ts) and the notice lead time. Pure — no React — so a test can
 * render every code with both catalogues. The screens (web/src/components/meetings/text.ts) format the result.
 */
import { MEETING_FINDING_RULES, PARENT_CONTACT_RULE, requiredMembers, type MeetingFindingRule, type ParticipantFacts } from '../../../src/domain/meetings';
import { STATE_PROFILES, type StateProfileCode } from '../../../src/domain/state-profiles';

export const isFindingRule = (rule: string): rule is MeetingFindingRule => (MEETING_FINDING_RULES as readonly string[]).includes(rule);

/** The catalogue key of a finding code. */
export const findingKey = (rule: MeetingFindingRule) => `meetings.finding.${rule}` as const;

/** A rule the server named in a refusal (422): its code, citation and English text, with the path it is about. */
export interface RuleError {
  rule: string;
  citation: string;
  path: string;
  message: string;
}

/**
 * The API lists each broken rule of a refused hold or notice as { path, message: "<rule> (<citation>): <English>" }
 * (src/features/meetings/hold-meeting.ts, notice.ts). Null when the message is not of that form (a plain field error).
 */
export function parseRuleError(e: { path: string; message: string }): RuleError | null {
  const m = /^(\S+) \((.+?)\): ([\s\S]*)$/.exec(e.message);
  return m ? { rule: m[1]!, citation: m[2]!, path: e.path, message: m[3]! } : null;
}

/** What the words of a finding need from the meeting as the page has it. */
export interface FindingContext {
  date: string;
  participants: readonly { id: string; name: string; role: string; interpretsEvaluations: boolean; excusalAgreedOn: string | null; writtenInputOn: string | null }[];
  team: { parentContact: { attempts: number; methods: number; minAttempts: number; minMethods: number } } | null;
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
  /** The member the finding is about (its path names a participant), to prefix the words with. */
  memberName: string | null;
}

const ALL_REQUIREMENTS = requiredMembers({ transitionDiscussed: true, studentInRegularClass: true });

/**
 * The catalogue key and values for a finding: who fills the requirement it is about, the dates of the excusal, the
 * documented attempts to reach the parents. Every value any finding's message uses is given; each message picks its own.
 */
export function findingWords(f: { rule: MeetingFindingRule; path: string }, m: FindingContext, fmt: FindingFormat): FindingWords {
  const pid = /^participants\.(.+)$/.exec(f.path)?.[1];
  const who = pid ? m.participants.find((p) => p.id === pid) : undefined;
  const requirement = /^team\.[a-z_]+\.(.+)$/.exec(f.rule)?.[1];
  const fills = ALL_REQUIREMENTS.find((r) => r.requirement === requirement)?.fills;
  const names = fills ? m.participants.filter((p) => fills(p as unknown as ParticipantFacts)).map((p) => p.name) : [];
  const contact = m.team?.parentContact ?? { attempts: 0, methods: 0, ...PARENT_CONTACT_RULE };
  return {
    key: findingKey(f.rule),
    values: {
      names: names.length ? fmt.list(names) : '—',
      attempts: contact.attempts,
      methods: contact.methods,
      minAttempts: contact.minAttempts,
      minMethods: contact.minMethods,
      agreedOn: who?.excusalAgreedOn ? fmt.day(who.excusalAgreedOn) : '—',
      inputOn: who?.writtenInputOn ? fmt.day(who.writtenInputOn) : '—',
      meetingDay: fmt.day(m.date),
    },
    memberName: who?.name ?? null,
  };
}

/** The notice lead time as the deadline engine explains it (`basis` of the meeting's notice), read back into data. */
export interface LeadTime {
  counting: 'calendar' | 'school';
  days: number;
  /** The state profile's code when its name is one of STATE_PROFILES; else null (then `profileName` is shown as it is). */
  profile: StateProfileCode | null;
  profileName: string;
  /** Beyond the district's calendar: weekdays assumed. */
  estimated: boolean;
}

/**
 * Reads calculateDeadline's 'meeting-notice' basis (src/domain/deadlines.ts): "notice at least 10 days before the meeting
 * (Federal (IDEA minimums))", "… 5 school days … (Texas) (beyond the district calendar: weekdays assumed)". Null when
 * it is worded otherwise, so the screen shows the date and citation alone rather than English words.
 */
export function parseLeadTimeBasis(basis: string): LeadTime | null {
  const m = /^notice at least (\d+) (school )?days before the meeting \((.+?)\)( \(beyond the district calendar[^)]*\))?$/.exec(basis);
  if (!m) return null;
  const profileName = m[3]!;
  const profile = (Object.keys(STATE_PROFILES) as StateProfileCode[]).find((code) => STATE_PROFILES[code].name === profileName) ?? null;
  return { counting: m[2] ? 'school' : 'calendar', days: Number(m[1]), profile, profileName, estimated: Boolean(m[4]) };
}
