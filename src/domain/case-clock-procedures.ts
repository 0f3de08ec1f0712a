/**
 * The procedural clocks of the case clock (src/domain/case-clock.ts): the procedural safeguards notice, meeting
 * notices, discipline (300.530), what an exit needs, records requests and disputes. Each cites its rule. Pure.
 */
import { EXIT_REASONS, type CaseEventKind } from './case-events';
import { exitRule, type ExitReason } from './exit';
import { recordsRequestDue, type RecordsMeeting } from './family';
import { addDays, type IsoDate } from './dates';
import { calculateDeadline, type DeadlineRule } from './deadlines';
import { changesOfPlacement, disciplineRecords, noticeOf, reviewOf } from './discipline';

import { CLOCK_ONLY_CITATIONS, detail, type Clock, type ClockScope } from './case-clock-scope';

/** Procedural safeguards: on referral, then once a school year (300.504(a)). */
export function safeguardsNoticeClock(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  const notice = s.latest('safeguards_notice');
  if (notice) {
    const d = calculateDeadline({ rule: 'procedural-safeguards-notice', from: notice.occurredOn, profile, calendar });
    return [
      {
        id: `procedural-safeguards-notice:${notice.id}`,
        rule: 'procedural-safeguards-notice',
        due: d.due,
        citation: d.citation,
        basis: d.basis,
        startedOn: notice.occurredOn,
        metOn: null,
        action: { kind: 'record_event', eventKind: 'safeguards_notice' },
      },
    ];
  }
  const lastReferral = s.latest('referral');
  if (!lastReferral) return [];
  return [
    {
      id: `procedural-safeguards-notice:${lastReferral.id}`,
      rule: 'procedural-safeguards-notice',
      due: lastReferral.occurredOn,
      citation: '34 CFR 300.504(a)(1)',
      basis: 'a copy to the parents upon the initial referral or request for evaluation',
      startedOn: lastReferral.occurredOn,
      metOn: null,
      action: { kind: 'record_event', eventKind: 'safeguards_notice' },
    },
  ];
}

/**
 * Meeting notice: early enough, the profile's days before each scheduled meeting (300.322(a)(1)). A notice sent
 * later is met late; once the parent agreed to a shorter notice, it is due by the meeting day itself.
 */
export function meetingNoticeClocks(s: ClockScope): Clock[] {
  const { meetings, profile, calendar } = s.input;
  return meetings
    .filter((x) => x.status === 'scheduled')
    .map((m) => {
      const d = calculateDeadline({ rule: 'meeting-notice', from: m.date, profile, calendar });
      const agreed = m.shorterNoticeAgreedOn ?? null;
      const [due, basis] = agreed
        ? [m.date, `the parent agreed to a shorter notice: before the meeting (otherwise ${d.basis})`]
        : [d.due, d.basis];
      return {
        id: `meeting-notice:${m.id}`,
        rule: 'meeting-notice',
        due,
        citation: d.citation,
        basis,
        estimated: agreed ? false : d.estimated,
        startedOn: null,
        metOn: m.noticeSentOn,
        action: { kind: 'open_meeting', meetingId: m.id },
      };
    });
}

/**
 * Discipline (src/domain/discipline.ts): only a decision to change placement starts clocks — the parents' notice with
 * the procedural safeguards that day (300.530(h)), and the MDR within 10 school days (300.530(e)).
 */
export function disciplineClocks(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  const discipline = disciplineRecords(s.input.events, calendar);
  return changesOfPlacement(discipline, calendar).flatMap((c): Clock[] => {
    const notice = calculateDeadline({ rule: 'discipline-notice', from: c.decidedOn, profile, calendar });
    const d = calculateDeadline({ rule: 'mdr', from: c.decidedOn, profile, calendar });
    return [
      {
        id: `discipline-notice:${c.id}`,
        rule: 'discipline-notice',
        due: notice.due,
        citation: notice.citation,
        basis: notice.basis,
        estimated: notice.estimated,
        startedOn: c.decidedOn,
        metOn: noticeOf(c, discipline.notices)?.notifiedOn ?? null,
        action: { kind: 'open_discipline' },
      },
      {
        id: `mdr:${c.id}`,
        rule: 'mdr',
        due: d.due,
        citation: d.citation,
        basis: d.basis,
        estimated: d.estimated,
        startedOn: c.decidedOn,
        metOn: reviewOf(c, discipline.mdrs)?.heldOn ?? null,
        action: { kind: 'open_discipline' },
      },
    ];
  });
}

/**
 * What leaving needs (300.305(e), 300.102(a)(3)(iii), 300.503): the summary of performance, the prior written notice,
 * the evaluation before finding a child no longer eligible — each due by the exit date, met late when done after it.
 */
export function exitClocks(s: ClockScope): Clock[] {
  const { input, events } = s;
  const lastExit = s.latest('exit');
  if (!lastExit || !(EXIT_REASONS as readonly string[]).includes(String(detail(lastExit, 'reason')))) return [];
  const reason = String(detail(lastExit, 'reason')) as ExitReason;
  const rule = exitRule(reason);
  const on = lastExit.occurredOn;
  // The first done on or before the exit (within the year before it), or else the first done after it.
  const firstFor = (days: readonly IsoDate[]) => {
    const sorted = [...days].sort();
    return sorted.filter((d) => d <= on && d > addDays(on, -366)).at(-1) ?? sorted.find((d) => d > on) ?? null;
  };
  const clocks: Clock[] = [];
  if (rule.requires.includes('summary_of_performance'))
    clocks.push({
      id: `summary-of-performance:${lastExit.id}`,
      rule: 'summary-of-performance',
      due: on,
      citation: CLOCK_ONLY_CITATIONS['summary-of-performance'],
      basis:
        'a summary of academic achievement and functional performance, with recommendations for the postsecondary goals, for a student who graduates with a regular diploma or exceeds the age of eligibility',
      startedOn: null,
      metOn: firstFor(input.summariesProvidedOn ?? []),
      action: { kind: 'open_section', section: 'exit' },
    });
  if (rule.requires.includes('prior_written_notice') && rule.noticeSubject) {
    const issued = (input.notices ?? [])
      .filter((n) => n.status === 'issued' && n.subject === rule.noticeSubject && n.issuedOn)
      .flatMap((n) => n.issuedOn ?? []);
    clocks.push({
      id: `exit-notice:${lastExit.id}`,
      rule: 'exit-notice',
      due: on,
      citation: rule.noticeCitation ?? CLOCK_ONLY_CITATIONS['exit-notice'],
      basis: `prior written notice before the change (${rule.noticeSubject.replace(/_/g, ' ')})`,
      startedOn: null,
      metOn: firstFor(issued),
      action: { kind: 'open_section', section: 'notices' },
    });
  }
  if (rule.requires.includes('evaluation')) {
    const lastEligible = [...events]
      .reverse()
      .find((e) => e.kind === 'eligibility' && detail(e, 'eligible') === true && e.occurredOn <= on);
    const evaluations = events
      .filter((e) => e.kind === 'evaluation_completed' && (!lastEligible || e.occurredOn > lastEligible.occurredOn))
      .map((e) => e.occurredOn);
    clocks.push({
      id: `exit-evaluation:${lastExit.id}`,
      rule: 'exit-evaluation',
      due: on,
      citation: CLOCK_ONLY_CITATIONS['exit-evaluation'],
      basis: 'an evaluation before determining that the child is no longer a child with a disability',
      startedOn: null,
      metOn: firstFor(evaluations),
      action: { kind: 'record_event', eventKind: 'evaluation_completed', details: { reevaluation: true } },
    });
  }
  return clocks;
}

const RECORDS_MEETING_WORDS = {
  iep_meeting: 'the IEP meeting',
  resolution_meeting: 'the resolution session',
  hearing: 'the due process hearing',
} as const;

/**
 * Records: within 45 days of the request, and before any IEP meeting, resolution session or hearing (300.613(a)).
 * Meetings held or scheduled count (not cancelled ones); of resolution sessions and hearings, the latest date set.
 */
export function recordsRequestClocks(s: ClockScope): Clock[] {
  const { meetings, profile, calendar } = s.input;
  const lastScheduled = (kind: CaseEventKind) => {
    const e = s.latest(kind);
    return e && typeof detail(e, 'scheduledFor') === 'string' ? String(detail(e, 'scheduledFor')) : null;
  };
  const recordsMeetings: RecordsMeeting[] = [
    ...meetings.filter((m) => m.status !== 'cancelled').map((m) => ({ on: m.date, kind: 'iep_meeting' as const })),
    ...[lastScheduled('resolution_meeting_scheduled')]
      .filter((d): d is string => d !== null)
      .map((on) => ({ on, kind: 'resolution_meeting' as const })),
    ...[lastScheduled('hearing_scheduled')]
      .filter((d): d is string => d !== null)
      .map((on) => ({ on, kind: 'hearing' as const })),
  ];
  return s.events
    .filter((e) => e.kind === 'records_request')
    .map((r) => {
      const d = calculateDeadline({ rule: 'records-request', from: r.occurredOn, profile, calendar });
      const { due, before } = recordsRequestDue(r.occurredOn, recordsMeetings);
      const basis = before
        ? `before ${RECORDS_MEETING_WORDS[before.kind]} on ${before.on} (sooner than 45 days after the request)`
        : d.basis;
      const provided = s.after(
        'records_provided',
        r.occurredOn,
        (e) => detail(e, 'requestId') === undefined || detail(e, 'requestId') === r.id,
      );
      return {
        id: `records-request:${r.id}`,
        rule: 'records-request',
        due,
        citation: d.citation,
        basis,
        startedOn: r.occurredOn,
        metOn: provided?.occurredOn ?? null,
        action: { kind: 'record_event', eventKind: 'records_provided', details: { requestId: r.id } },
      };
    });
}

/** Disputes: a state complaint decided within 60 days; due process resolution meeting and decision. */
const DISPUTE_CLOCKS: [CaseEventKind, DeadlineRule, CaseEventKind][] = [
  ['state_complaint_filed', 'state-complaint', 'state_complaint_decided'],
  ['due_process_filed', 'due-process-resolution-meeting', 'resolution_meeting_held'],
  ['due_process_filed', 'due-process-decision', 'due_process_decided'],
];

export function disputeClocks(s: ClockScope): Clock[] {
  const { profile, calendar } = s.input;
  return DISPUTE_CLOCKS.flatMap(([start, rule, stop]) =>
    s.events
      .filter((e) => e.kind === start)
      .map((f): Clock => {
        const d = calculateDeadline({ rule, from: f.occurredOn, profile, calendar });
        return {
          id: `${rule}:${f.id}`,
          rule,
          due: d.due,
          citation: d.citation,
          basis: d.basis,
          startedOn: f.occurredOn,
          metOn: s.after(stop, f.occurredOn)?.occurredOn ?? null,
          action: { kind: 'record_event', eventKind: stop },
        };
      }),
  );
}
