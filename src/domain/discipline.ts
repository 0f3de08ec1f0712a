/**
 * Discipline as 34 CFR 300.530–300.536 count it: removals in school days, the year's cumulative count against
 * 10, changes of placement, the 300.530(h) notice and the manifestation determination review (MDR). Pure: the
 * school calendar and today are arguments; no I/O, no clock.
 *
 * Counting rules (each is one decision, tested in discipline.test.ts):
 * - A removal is recorded in whole school days, its first and its last day included. A school day the student was
 *   removed for part of is recorded as a whole day of removal: counting hours could only lower the count, and the
 *   count is what protects the child (300.530(b), (d)).
 * - School days are the instructional days of the student's school calendar; where the calendar does not cover a
 *   date, weekdays stand in and the result says `estimated`.
 * - A day counts once however many removals cover it. Each day counts in its own school year (July 1–June 30,
 *   calendar.ts schoolYearOf): on July 1 the count restarts.
 * - Which removals count (71 Fed. Reg. 46715, Aug. 14, 2006, the commentary to 300.530): an out-of-school suspension,
 *   an expulsion and a 300.530(g) setting always; an in-school suspension unless the student was afforded the chance
 *   to progress appropriately in the general curriculum, to receive the IEP's services AND to participate with
 *   non-disabled peers as in the current placement (any of the three false: it counts); a bus suspension only when
 *   transportation is in the IEP and no other transportation was provided. A removal recorded before removals had a
 *   type (a `disciplinary_removal` event with only `days`) is read as an out-of-school suspension.
 * - Day N of the year is the Nth counted school day of removal in that school year. From day 11 services are
 *   required (300.530(b)(2), (d)(1)); days 1–10 only if children without disabilities get them (300.530(d)(3)).
 * - Consecutive: counted days with no school day between them are one run, so back-to-back removals (across a
 *   weekend or a break) are one removal for this rule. A run of more than 10 school days is a change of placement
 *   (300.536(a)(1)); so are an expulsion and a 300.530(g) setting, whatever their length; and a series the district
 *   determines to be a pattern (300.536(a)(2), (b)(1)).
 * - The decision to change placement is the decision to impose the removal that makes it one: for a run, the
 *   removal that holds its 11th school day; for an expulsion or a 300.530(g) setting, that removal; for a pattern,
 *   the district's determination. Whether a removal is a change of placement is decided on the days decided
 *   (planned), not on the days served: a return to placement after the MDR ends the days removed, not the decision.
 * - The 300.530(h) notice is due on the day of the decision; the MDR on the 10th school day after it (the decision
 *   day is day 0, as every clock in deadlines.ts).
 *
 * Long file: the counting rules of 300.530–300.536 are stated once above and implemented below; they share the removal records and the citations table.
 */
import { activeEvents, type CaseEvent } from './case-events';
import { addDays, daysBetween, isIsoDate, type IsoDate } from './dates';
import { addSchoolDays, type SchoolCalendar } from './deadlines';

// ---- The numbers, each with its source ----

/** Removals of "not more than 10 consecutive school days" (300.530(b)(1)); more is a change of placement (300.536(a)(1)). */
export const REMOVAL_LIMIT_DAYS = 10;
/** "Within 10 school days of any decision to change the placement" (300.530(e)(1)). */
export const MDR_SCHOOL_DAYS = 10;
/** A 300.530(g) interim alternative educational setting is "for not more than 45 school days". */
export const SPECIAL_CIRCUMSTANCES_MAX_DAYS = 45;
/**
 * The case manager is told when the year's count reaches this day: two school days before the 10th, time to gather
 * the team, plan services for day 11 (300.530(d)) and weigh a pattern (300.536) before the next removal.
 */
export const DISCIPLINE_WARNING_DAY = 8;

export const REMOVAL_TYPES = [
  'out_of_school_suspension',
  'in_school_suspension',
  'bus_suspension',
  'expulsion',
  'interim_alternative_setting',
] as const;
export type RemovalType = (typeof REMOVAL_TYPES)[number];
/** 300.530(g)(1)–(3); the terms are defined in 300.530(i). */
export const SPECIAL_CIRCUMSTANCES = ['weapon', 'drugs', 'serious_bodily_injury'] as const;
export type SpecialCircumstance = (typeof SPECIAL_CIRCUMSTANCES)[number];
export const CHANGE_OF_PLACEMENT_BASES = ['consecutive', 'expulsion', 'special_circumstances', 'pattern'] as const;
export type ChangeOfPlacementBasis = (typeof CHANGE_OF_PLACEMENT_BASES)[number];
export const BASIS_CITATIONS: Record<ChangeOfPlacementBasis, string> = {
  consecutive: '34 CFR 300.536(a)(1)',
  expulsion: '34 CFR 300.536(a)(1)',
  special_circumstances: '34 CFR 300.530(g)',
  pattern: '34 CFR 300.536(a)(2), (b)(1)',
};
/** How the parents were notified of a decision to change placement (300.530(h)). */
export const NOTICE_METHODS = ['in_person', 'phone', 'letter', 'email', 'portal'] as const;
/** After a manifestation: an FBA and a BIP, or a review of the BIP the child has (300.530(f)(1)). */
export const BEHAVIOR_PLAN_ACTIONS = ['fba_and_bip', 'review_bip'] as const;
/** After a manifestation: back to the placement (300.530(f)(2)), a change agreed by parent and district, or the 300.530(g) setting goes on. */
export const PLACEMENT_OUTCOMES = ['return', 'agreed_change', 'special_circumstances_setting'] as const;

export const DISCIPLINE_CITATIONS = {
  count: '34 CFR 300.530(b); 71 Fed. Reg. 46715 (Aug. 14, 2006)',
  services: '34 CFR 300.530(b)(2), (d)',
  changeOfPlacement: '34 CFR 300.536(a)',
  pattern: '34 CFR 300.536(a)(2), (b)(1)',
  notice: '34 CFR 300.530(h)',
  mdr: '34 CFR 300.530(e)',
  manifestation: '34 CFR 300.530(e)(2), (f)',
  remedy: '34 CFR 300.530(e)(3)',
  notManifestation: '34 CFR 300.530(c), (d)',
  specialCircumstances: '34 CFR 300.530(g)',
} as const;

// ---- Records (as read from the case events) ----

export interface InSchoolFacts {
  /** Afforded the chance to continue to progress appropriately in the general curriculum. */
  generalCurriculum: boolean;
  /** Continued to receive the services in the IEP. */
  iepServices: boolean;
  /** Continued to participate with non-disabled peers to the extent they would have in the current placement. */
  nondisabledPeers: boolean;
}
export interface BusFacts {
  /** Transportation is a related service in the IEP. */
  transportationInIep: boolean;
  /** The district provided other transportation during the suspension. */
  otherTransportationProvided: boolean;
}

export interface Removal {
  id: string;
  type: RemovalType;
  /** The day the district decided on the removal (the case event's date). */
  decidedOn: IsoDate;
  firstDay: IsoDate;
  lastDay: IsoDate;
  inSchool: InSchoolFacts | null;
  bus: BusFacts | null;
  specialCircumstance: SpecialCircumstance | null;
  behavior: string;
  /** Recorded before removals had a type: read as an out-of-school suspension. */
  legacy: boolean;
}

export interface PatternDetermination {
  id: string;
  determinedOn: IsoDate;
  pattern: boolean;
  removalIds: string[];
  substantiallySimilarBehavior: boolean;
  lengthOfRemovals: string;
  totalTimeRemoved: string;
  proximity: string;
  determinedBy: string;
}

export interface DisciplineNotice {
  id: string;
  decisionId: string;
  notifiedOn: IsoDate;
  safeguardsNoticeProvided: boolean;
  method: string | null;
}

export interface ManifestationReview {
  id: string;
  heldOn: IsoDate;
  /** The decision it reviews (a removal's or a pattern determination's id); null when recorded without one. */
  decisionId: string | null;
  /** 300.530(e)(1)(i); null when the outcome was not recorded (an MDR meeting held, or an old record). */
  causedByDisability: boolean | null;
  /** 300.530(e)(1)(ii). */
  failureToImplementIep: boolean | null;
  /** 300.530(e)(2): either answer yes. Old records carry only this. */
  manifestation: boolean | null;
  behaviorPlan: (typeof BEHAVIOR_PLAN_ACTIONS)[number] | null;
  placement: (typeof PLACEMENT_OUTCOMES)[number] | null;
  returnedOn: IsoDate | null;
  remedySteps: string;
  services: string;
  participants: string;
  /** An IEP meeting held for a manifestation determination, with no outcome recorded here. */
  fromMeeting: boolean;
}

export interface DisciplineRecords {
  removals: Removal[];
  determinations: PatternDetermination[];
  notices: DisciplineNotice[];
  mdrs: ManifestationReview[];
}

/** The case event kinds that make up a student's discipline record (recorded through the discipline API only). */
export const DISCIPLINE_EVENT_KINDS = [
  'disciplinary_removal',
  'pattern_determination',
  'discipline_notice',
  'mdr_held',
] as const;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const bool = (v: unknown) => (typeof v === 'boolean' ? v : null);
const date = (v: unknown) => (typeof v === 'string' && isIsoDate(v) ? v : null);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | null =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : null;

/** The school day `n` school days long from `first` (first included when it is a school day). */
export function lastDayOf(first: IsoDate, n: number, cal: SchoolCalendar): IsoDate {
  // Counting from the day before makes `first` day 1 when it is a school day.
  return addSchoolDays(addDays(first, -1), Math.max(1, n), cal).due;
}

/** The discipline records among a student's case events (voided ones left out). */
export function disciplineRecords(events: readonly CaseEvent[], cal: SchoolCalendar): DisciplineRecords {
  const out: DisciplineRecords = { removals: [], determinations: [], notices: [], mdrs: [] };
  for (const e of activeEvents(events)) {
    const d = e.details;
    if (e.kind === 'disciplinary_removal') {
      const type = oneOf(REMOVAL_TYPES, d.type);
      const first = date(d.firstDay) ?? e.occurredOn;
      const days = typeof d.days === 'number' && d.days >= 1 ? Math.floor(d.days) : 1;
      const last = date(d.lastDay) ?? lastDayOf(first, days, cal);
      const inSchool = d.inSchool as Partial<InSchoolFacts> | undefined;
      const bus = d.bus as Partial<BusFacts> | undefined;
      out.removals.push({
        id: e.id,
        type: type ?? 'out_of_school_suspension',
        decidedOn: e.occurredOn,
        firstDay: first,
        lastDay: last < first ? first : last,
        inSchool: inSchool
          ? {
              generalCurriculum: inSchool.generalCurriculum === true,
              iepServices: inSchool.iepServices === true,
              nondisabledPeers: inSchool.nondisabledPeers === true,
            }
          : null,
        bus: bus
          ? {
              transportationInIep: bus.transportationInIep === true,
              otherTransportationProvided: bus.otherTransportationProvided === true,
            }
          : null,
        specialCircumstance: oneOf(SPECIAL_CIRCUMSTANCES, d.specialCircumstance),
        behavior: str(d.behavior),
        legacy: type === null,
      });
    } else if (e.kind === 'pattern_determination') {
      out.determinations.push({
        id: e.id,
        determinedOn: e.occurredOn,
        pattern: d.pattern === true,
        removalIds: Array.isArray(d.removalIds) ? d.removalIds.filter((x): x is string => typeof x === 'string') : [],
        substantiallySimilarBehavior: d.substantiallySimilarBehavior === true,
        lengthOfRemovals: str(d.lengthOfRemovals),
        totalTimeRemoved: str(d.totalTimeRemoved),
        proximity: str(d.proximity),
        determinedBy: str(d.determinedBy),
      });
    } else if (e.kind === 'discipline_notice') {
      out.notices.push({
        id: e.id,
        decisionId: str(d.decisionId),
        notifiedOn: e.occurredOn,
        safeguardsNoticeProvided: d.safeguardsNoticeProvided === true,
        method: str(d.method) || null,
      });
    } else if (e.kind === 'mdr_held' || (e.kind === 'iep_meeting' && d.purpose === 'manifestation_determination')) {
      const q1 = bool(d.causedByDisability);
      const q2 = bool(d.failureToImplementIep);
      out.mdrs.push({
        id: e.id,
        heldOn: e.occurredOn,
        decisionId: str(d.decisionId) || str(d.removalId) || null,
        causedByDisability: q1,
        failureToImplementIep: q2,
        manifestation: q1 !== null && q2 !== null ? q1 || q2 : bool(d.manifestation),
        behaviorPlan: oneOf(BEHAVIOR_PLAN_ACTIONS, d.behaviorPlan),
        placement: oneOf(PLACEMENT_OUTCOMES, d.placement),
        returnedOn: date(d.returnedOn),
        remedySteps: str(d.remedySteps),
        services: str(d.services),
        participants: str(d.participants),
        fromMeeting: e.kind === 'iep_meeting',
      });
    }
  }
  return out;
}

// ---- School days and what counts ----

/** The school days from `first` to `last`, both included, and whether the calendar had to be guessed. */
export function schoolDaysBetween(
  first: IsoDate,
  last: IsoDate,
  cal: SchoolCalendar,
): { days: IsoDate[]; estimated: boolean } {
  const days: IsoDate[] = [];
  let estimated = false;
  const n = Math.min(daysBetween(first, last), 800);
  for (let i = 0; i <= n; i++) {
    const d = addDays(first, i);
    if (!cal.covers(d)) estimated = true;
    if (cal.isInstructional(d)) days.push(d);
  }
  return { days, estimated };
}

export type CountReason =
  | 'out_of_school_suspension'
  | 'legacy_read_as_suspension'
  | 'in_school_not_afforded'
  | 'in_school_afforded'
  | 'bus_transport_in_iep'
  | 'bus_not_in_iep'
  | 'bus_other_transport'
  | 'expulsion'
  | 'special_circumstances';

/** Whether a removal's days count as days of removal, and why (71 Fed. Reg. 46715; 300.530(b)). */
export function removalCounts(r: Pick<Removal, 'type' | 'inSchool' | 'bus' | 'legacy'>): {
  counts: boolean;
  reason: CountReason;
} {
  switch (r.type) {
    case 'out_of_school_suspension':
      return { counts: true, reason: r.legacy ? 'legacy_read_as_suspension' : 'out_of_school_suspension' };
    case 'in_school_suspension': {
      const f = r.inSchool;
      const afforded = f !== null && f.generalCurriculum && f.iepServices && f.nondisabledPeers;
      return afforded
        ? { counts: false, reason: 'in_school_afforded' }
        : { counts: true, reason: 'in_school_not_afforded' };
    }
    case 'bus_suspension': {
      if (!r.bus?.transportationInIep) return { counts: false, reason: 'bus_not_in_iep' };
      if (r.bus.otherTransportationProvided) return { counts: false, reason: 'bus_other_transport' };
      return { counts: true, reason: 'bus_transport_in_iep' };
    }
    case 'expulsion':
      return { counts: true, reason: 'expulsion' };
    case 'interim_alternative_setting':
      return { counts: true, reason: 'special_circumstances' };
  }
}

/** The next school day after `d` (at most a year on). */
function nextSchoolDay(d: IsoDate, cal: SchoolCalendar): IsoDate {
  let x = addDays(d, 1);
  for (let i = 0; i < 400 && !cal.isInstructional(x); i++) x = addDays(x, 1);
  return x;
}

// ---- Changes of placement ----

export interface ChangeOfPlacement {
  /** The id of the record that carries the decision: the removal's, or the pattern determination's. */
  id: string;
  basis: ChangeOfPlacementBasis;
  decidedOn: IsoDate;
  removalIds: string[];
  citation: string;
}

const BASIS_RANK: Record<ChangeOfPlacementBasis, number> = {
  special_circumstances: 0,
  expulsion: 1,
  consecutive: 2,
  pattern: 3,
};

/**
 * Every change of placement on record (300.536(a); 300.530(g)): runs of more than 10 consecutive school days of
 * counted removal, expulsions, 300.530(g) settings, and series the district determined to be a pattern.
 */
export function changesOfPlacement(
  records: Pick<DisciplineRecords, 'removals' | 'determinations'>,
  cal: SchoolCalendar,
): ChangeOfPlacement[] {
  const byId = new Map<string, ChangeOfPlacement>();
  const add = (c: ChangeOfPlacement) => {
    const prev = byId.get(c.id);
    if (!prev) return void byId.set(c.id, c);
    const keep = BASIS_RANK[c.basis] < BASIS_RANK[prev.basis] ? c : prev;
    byId.set(c.id, { ...keep, removalIds: [...new Set([...prev.removalIds, ...c.removalIds])] });
  };
  // Runs of consecutive counted days (on the days decided).
  const holders = new Map<IsoDate, Removal[]>();
  for (const r of records.removals) {
    if (!removalCounts(r).counts) continue;
    for (const d of schoolDaysBetween(r.firstDay, r.lastDay, cal).days) {
      const list = holders.get(d) ?? [];
      holders.set(d, list);
      list.push(r);
    }
  }
  const days = [...holders.keys()].sort();
  let run: IsoDate[] = [];
  const closeRun = () => {
    // Every day of a run has its removals in `holders`, so a run past the limit has a trigger.
    const eleventhDay = run[REMOVAL_LIMIT_DAYS];
    const eleventh = eleventhDay === undefined ? [] : (holders.get(eleventhDay) ?? []);
    const [trigger] = [...eleventh].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id));
    if (trigger) {
      const members = new Set(run.flatMap((d) => (holders.get(d) ?? []).map((r) => r.id)));
      add({
        id: trigger.id,
        basis: 'consecutive',
        decidedOn: trigger.decidedOn,
        removalIds: [...members],
        citation: BASIS_CITATIONS.consecutive,
      });
    }
    run = [];
  };
  for (const d of days) {
    const last = run.at(-1);
    if (last !== undefined && nextSchoolDay(last, cal) !== d) closeRun();
    run.push(d);
  }
  closeRun();
  for (const r of records.removals) {
    if (r.type === 'expulsion')
      add({
        id: r.id,
        basis: 'expulsion',
        decidedOn: r.decidedOn,
        removalIds: [r.id],
        citation: BASIS_CITATIONS.expulsion,
      });
    if (r.type === 'interim_alternative_setting')
      add({
        id: r.id,
        basis: 'special_circumstances',
        decidedOn: r.decidedOn,
        removalIds: [r.id],
        citation: BASIS_CITATIONS.special_circumstances,
      });
  }
  for (const p of records.determinations) {
    if (p.pattern)
      add({
        id: p.id,
        basis: 'pattern',
        decidedOn: p.determinedOn,
        removalIds: p.removalIds,
        citation: BASIS_CITATIONS.pattern,
      });
  }
  return [...byId.values()].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id));
}

/** The MDR that reviews a change of placement: the one recorded for it, else one held on or after the decision for no decision in particular. */
export function reviewOf(
  cop: Pick<ChangeOfPlacement, 'id' | 'decidedOn'>,
  mdrs: readonly ManifestationReview[],
): ManifestationReview | null {
  const linked = mdrs.filter((m) => m.decisionId === cop.id).sort((a, b) => a.heldOn.localeCompare(b.heldOn))[0];
  if (linked) return linked;
  return (
    mdrs
      .filter((m) => m.decisionId === null && m.heldOn >= cop.decidedOn)
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn))[0] ?? null
  );
}

/** The day the 300.530(h) notice was given for a decision: the first notice that gave the safeguards notice too. */
export function noticeOf(
  cop: Pick<ChangeOfPlacement, 'id'>,
  notices: readonly DisciplineNotice[],
): DisciplineNotice | null {
  return (
    notices
      .filter((n) => n.decisionId === cop.id && n.safeguardsNoticeProvided)
      .sort((a, b) => a.notifiedOn.localeCompare(b.notifiedOn))[0] ?? null
  );
}

/** The MDR's due date: the 10th school day after the decision (300.530(e)(1)). */
export function mdrDue(decidedOn: IsoDate, cal: SchoolCalendar): { due: IsoDate; estimated: boolean } {
  return addSchoolDays(decidedOn, MDR_SCHOOL_DAYS, cal);
}

/** What the law requires after an MDR, from its two answers (300.530(e)(2), (e)(3), (f), (c)–(d)). */
export function mdrConsequences(
  m: Pick<ManifestationReview, 'causedByDisability' | 'failureToImplementIep' | 'manifestation'>,
  basis: ChangeOfPlacementBasis | null,
): string[] {
  const manifestation =
    m.causedByDisability !== null && m.failureToImplementIep !== null
      ? m.causedByDisability || m.failureToImplementIep
      : m.manifestation;
  if (manifestation === null) return [];
  const out: string[] = [];
  if (manifestation) {
    out.push('fba_bip');
    out.push(basis === 'special_circumstances' ? 'special_circumstances_setting_continues' : 'return_to_placement');
  } else {
    out.push('discipline_proceeds_with_services');
  }
  if (m.failureToImplementIep === true) out.push('remedy_deficiencies');
  return out;
}
