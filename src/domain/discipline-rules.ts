/**
 * What a new discipline record must say before it is kept: the content rules (dates in order, the facts a type
 * needs) and the law's rules (a pattern needs more than 10 school days and substantially similar behaviour, an
 * MDR that finds a manifestation says what follows). Pure. Each problem names its field; `rule` problems cite
 * the regulation and are refused as rule violations (422), the others as invalid input (400).
 *
 * What is NOT refused, because a record system keeps the truth: a notice given after the decision day and an MDR
 * held after its 10th school day (they are recorded and shown "met late"), a 300.530(g) setting longer than 45
 * school days (recorded and shown as a finding).
 */
import { daysBetween, type IsoDate } from './dates';
import type { SchoolCalendar } from './deadlines';
import { schoolYearOf } from './calendar';
import {
  REMOVAL_LIMIT_DAYS,
  removalCounts,
  schoolDaysBetween,
  type BEHAVIOR_PLAN_ACTIONS,
  type BusFacts,
  type ChangeOfPlacement,
  type InSchoolFacts,
  type PLACEMENT_OUTCOMES,
  type Removal,
  type RemovalType,
  type SpecialCircumstance,
} from './discipline';

export interface DisciplineProblem {
  path: string;
  message: string;
  /** Set when the problem is a rule of law (refused 422, RULE_VIOLATION); else the input is invalid (400). */
  citation?: string;
}

export interface NewRemoval {
  type: RemovalType;
  decidedOn: IsoDate;
  firstDay: IsoDate;
  lastDay: IsoDate;
  inSchool?: InSchoolFacts | null | undefined;
  bus?: BusFacts | null | undefined;
  specialCircumstance?: SpecialCircumstance | null | undefined;
}

/** The longest removal one record may span (an expulsion for the rest of a year and the summer). */
export const MAX_REMOVAL_CALENDAR_DAYS = 400;

export function validateRemoval(r: NewRemoval, ctx: { today: IsoDate; calendar: SchoolCalendar }): DisciplineProblem[] {
  const out: DisciplineProblem[] = [];
  if (r.decidedOn > ctx.today)
    out.push({
      path: 'decidedOn',
      message: `A removal is recorded once decided: ${r.decidedOn} is after today (${ctx.today}).`,
    });
  if (r.lastDay < r.firstDay)
    out.push({ path: 'lastDay', message: 'The last day of the removal is on or after its first day.' });
  else if (daysBetween(r.firstDay, r.lastDay) > MAX_REMOVAL_CALENDAR_DAYS)
    out.push({
      path: 'lastDay',
      message: `One removal spans at most ${MAX_REMOVAL_CALENDAR_DAYS} days; record a longer one as two.`,
    });
  else if (schoolDaysBetween(r.firstDay, r.lastDay, ctx.calendar).days.length === 0)
    out.push({
      path: 'firstDay',
      message: 'There is no school day from the first to the last day: a removal is counted in school days.',
    });
  if (r.decidedOn > r.lastDay)
    out.push({
      path: 'decidedOn',
      message: 'The decision to remove is made on or before the last day of the removal.',
    });
  if (r.type === 'in_school_suspension' && !r.inSchool) {
    out.push({
      path: 'inSchool',
      message:
        'An in-school suspension records whether the student kept progressing in the general curriculum, kept the IEP services and kept the time with non-disabled peers (71 Fed. Reg. 46715).',
    });
  }
  if (r.type !== 'in_school_suspension' && r.inSchool)
    out.push({ path: 'inSchool', message: 'Only an in-school suspension records these facts.' });
  if (r.type === 'bus_suspension' && !r.bus)
    out.push({
      path: 'bus',
      message:
        'A bus suspension records whether transportation is in the IEP and whether other transportation was provided (71 Fed. Reg. 46715).',
    });
  if (r.type !== 'bus_suspension' && r.bus)
    out.push({ path: 'bus', message: 'Only a bus suspension records these facts.' });
  if (r.type === 'interim_alternative_setting' && !r.specialCircumstance) {
    out.push({
      path: 'specialCircumstance',
      message:
        'A removal to an interim alternative educational setting without regard to manifestation is for a weapon, drugs or serious bodily injury (34 CFR 300.530(g)).',
      citation: '34 CFR 300.530(g)',
    });
  }
  if (r.type !== 'interim_alternative_setting' && r.specialCircumstance)
    out.push({
      path: 'specialCircumstance',
      message: 'Only a 300.530(g) interim alternative educational setting names a special circumstance.',
    });
  return out;
}

export interface NewPatternDetermination {
  determinedOn: IsoDate;
  pattern: boolean;
  removalIds: readonly string[];
  substantiallySimilarBehavior: boolean;
}

/** The most counted school days the listed removals have in any one school year. */
export function seriesDays(removals: readonly Removal[], cal: SchoolCalendar): number {
  const byYear = new Map<string, Set<IsoDate>>();
  for (const r of removals) {
    if (!removalCounts(r).counts) continue;
    for (const d of schoolDaysBetween(r.firstDay, r.lastDay, cal).days) {
      const y = schoolYearOf(d);
      const days = byYear.get(y) ?? new Set<IsoDate>();
      byYear.set(y, days);
      days.add(d);
    }
  }
  return Math.max(0, ...[...byYear.values()].map((s) => s.size));
}

export function validatePatternDetermination(
  p: NewPatternDetermination,
  ctx: { today: IsoDate; removals: ReadonlyMap<string, Removal>; calendar: SchoolCalendar },
): DisciplineProblem[] {
  const out: DisciplineProblem[] = [];
  if (p.determinedOn > ctx.today)
    out.push({
      path: 'determinedOn',
      message: `A determination is recorded once made: ${p.determinedOn} is after today (${ctx.today}).`,
    });
  const series: Removal[] = [];
  p.removalIds.forEach((id, i) => {
    const r = ctx.removals.get(id);
    if (r) series.push(r);
    else out.push({ path: `removalIds.${i}`, message: 'Not a removal on this student’s record (or it was voided).' });
  });
  if (out.length) return out;
  if (p.pattern) {
    const days = seriesDays(series, ctx.calendar);
    if (days <= REMOVAL_LIMIT_DAYS) {
      out.push({
        path: 'pattern',
        message: `A series of removals is a pattern only when it totals more than ${REMOVAL_LIMIT_DAYS} school days in a school year; these total ${days} (34 CFR 300.536(a)(2)(i)).`,
        citation: '34 CFR 300.536(a)(2)(i)',
      });
    }
    if (!p.substantiallySimilarBehavior) {
      out.push({
        path: 'substantiallySimilarBehavior',
        message:
          'A series of removals is a pattern only when the behavior is substantially similar to the behavior in the previous incidents (34 CFR 300.536(a)(2)(ii)).',
        citation: '34 CFR 300.536(a)(2)(ii)',
      });
    }
  }
  return out;
}

export function validateNotice(
  n: { notifiedOn: IsoDate },
  decision: ChangeOfPlacement | undefined,
  today: IsoDate,
): DisciplineProblem[] {
  if (!decision)
    return [{ path: 'decisionId', message: 'No decision to change placement with this id on the student’s record.' }];
  const out: DisciplineProblem[] = [];
  if (n.notifiedOn > today)
    out.push({
      path: 'notifiedOn',
      message: `A notice is recorded once given: ${n.notifiedOn} is after today (${today}).`,
    });
  if (n.notifiedOn < decision.decidedOn)
    out.push({
      path: 'notifiedOn',
      message: `The parents are notified of a decision once it is made (${decision.decidedOn}).`,
    });
  return out;
}

export interface NewManifestationReview {
  heldOn: IsoDate;
  causedByDisability: boolean;
  failureToImplementIep: boolean;
  behaviorPlan?: (typeof BEHAVIOR_PLAN_ACTIONS)[number] | undefined;
  placement?: (typeof PLACEMENT_OUTCOMES)[number] | undefined;
  returnedOn?: IsoDate | undefined;
  remedySteps?: string | undefined;
}

export function validateManifestationReview(
  m: NewManifestationReview,
  decision: ChangeOfPlacement | undefined,
  today: IsoDate,
): DisciplineProblem[] {
  if (!decision)
    return [{ path: 'decisionId', message: 'No decision to change placement with this id on the student’s record.' }];
  const out: DisciplineProblem[] = [];
  if (m.heldOn > today)
    out.push({ path: 'heldOn', message: `An MDR is recorded once held: ${m.heldOn} is after today (${today}).` });
  if (m.heldOn < decision.decidedOn)
    out.push({
      path: 'heldOn',
      message: `A manifestation determination reviews a decision already made (${decision.decidedOn}).`,
    });
  const manifestation = m.causedByDisability || m.failureToImplementIep;
  if (manifestation) {
    if (!m.behaviorPlan)
      out.push({
        path: 'behaviorPlan',
        message:
          'When the conduct was a manifestation, the IEP team conducts an FBA and implements a BIP, or reviews and modifies the BIP the child has (34 CFR 300.530(f)(1)).',
        citation: '34 CFR 300.530(f)(1)',
      });
    if (!m.placement)
      out.push({
        path: 'placement',
        message:
          'When the conduct was a manifestation, the child returns to the placement from which removed unless the parent and the district agree to a change, or it was a 300.530(g) removal (34 CFR 300.530(f)(2)).',
        citation: '34 CFR 300.530(f)(2)',
      });
    if (m.placement === 'special_circumstances_setting' && decision.basis !== 'special_circumstances') {
      out.push({
        path: 'placement',
        message:
          'Only a removal under 34 CFR 300.530(g) (weapon, drugs, serious bodily injury) continues in the interim setting after a manifestation (34 CFR 300.530(f)(2)).',
        citation: '34 CFR 300.530(f)(2)',
      });
    }
  } else if (m.placement) {
    out.push({
      path: 'placement',
      message:
        'Return to placement follows only a manifestation; otherwise the disciplinary change proceeds as for children without disabilities, with services (34 CFR 300.530(c), (d)).',
      citation: '34 CFR 300.530(c)',
    });
  }
  if (m.returnedOn !== undefined) {
    if (m.placement !== 'return')
      out.push({
        path: 'returnedOn',
        message: 'The day of return is recorded when the child returns to the placement.',
      });
    else if (m.returnedOn < decision.decidedOn)
      out.push({ path: 'returnedOn', message: `The child returns after the decision (${decision.decidedOn}).` });
  }
  if (m.failureToImplementIep && !(m.remedySteps ?? '').trim()) {
    out.push({
      path: 'remedySteps',
      message:
        'When the conduct was the direct result of a failure to implement the IEP, the district takes immediate steps to remedy those deficiencies: say which (34 CFR 300.530(e)(3)).',
      citation: '34 CFR 300.530(e)(3)',
    });
  }
  return out;
}
