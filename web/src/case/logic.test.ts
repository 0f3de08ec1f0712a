import { describe, expect, it } from 'vitest';
import { CASE_EVENT_KINDS } from '../../../src/domain/case-events';
import { buildDetails, emptyEventForm, fieldOfApiPath } from './event-form';
import {
  actionTarget,
  byUrgency,
  distance,
  drillStatuses,
  percentValue,
  rulesWithDeadlines,
  sortByUrgency,
  sortTimeline,
  total,
} from './logic';
import type { CaseEventRecord, ComplianceSummary, Counts, DeadlineItem } from './types';

const TODAY = '2026-11-30';

function item(over: Partial<DeadlineItem>): DeadlineItem {
  return {
    id: over.id ?? `${over.studentId ?? 's1'}:${over.rule ?? 'annual-review'}`,
    studentId: 's1',
    studentName: 'Naomi Jimenez',
    schoolId: 'sch',
    schoolName: 'Lincoln Middle',
    rule: 'annual-review',
    due: '2026-12-10',
    status: 'upcoming',
    citation: '34 CFR 300.324(b)(1)(i)',
    basis: '',
    startedOn: null,
    metOn: null,
    daysLeft: 10,
    delay: null,
    action: { kind: 'new_plan' },
    estimated: false,
    ...over,
  };
}

describe('most urgent first', () => {
  it('overdue (oldest first), then due soon, delayed and upcoming (nearest first), then met (latest first)', () => {
    const list = [
      item({ id: 'met-old', status: 'met', due: '2026-01-01', metOn: '2026-01-01' }),
      item({ id: 'upcoming', status: 'upcoming', due: '2027-02-01' }),
      item({ id: 'soon-later', status: 'due_soon', due: '2026-12-20' }),
      item({ id: 'overdue-recent', status: 'overdue', due: '2026-11-20' }),
      item({ id: 'met-late-recent', status: 'met_late', due: '2026-10-01', metOn: '2026-11-02' }),
      item({ id: 'delayed', status: 'delayed', due: '2026-11-01' }),
      item({ id: 'soon-first', status: 'due_soon', due: '2026-12-05' }),
      item({ id: 'overdue-oldest', status: 'overdue', due: '2026-09-01' }),
    ];
    expect(sortByUrgency(list).map((i) => i.id)).toEqual([
      'overdue-oldest',
      'overdue-recent',
      'soon-first',
      'soon-later',
      'delayed',
      'upcoming',
      'met-late-recent',
      'met-old',
    ]);
  });

  it('same status and date: by student name, then id (a stable order)', () => {
    const a = item({ id: 'b', studentName: 'Ana', status: 'overdue', due: '2026-11-01' });
    const b = item({ id: 'a', studentName: 'Zoe', status: 'overdue', due: '2026-11-01' });
    expect(byUrgency(a, b)).toBeLessThan(0);
    expect(byUrgency(b, a)).toBeGreaterThan(0);
    expect(sortByUrgency([b, a])).toEqual([a, b]);
  });

  it('does not change the list it is given', () => {
    const list = [item({ id: 'x', status: 'upcoming' }), item({ id: 'y', status: 'overdue', daysLeft: -3 })];
    sortByUrgency(list);
    expect(list.map((i) => i.id)).toEqual(['x', 'y']);
  });
});

describe('how far off', () => {
  it('late, today, ahead', () => {
    expect(distance(item({ status: 'overdue', daysLeft: -1 }))).toEqual({ key: 'deadline.distance.late', days: 1 });
    expect(distance(item({ status: 'overdue', daysLeft: -30 }))).toEqual({ key: 'deadline.distance.late', days: 30 });
    expect(distance(item({ status: 'due_soon', daysLeft: 0 }))).toEqual({ key: 'deadline.distance.today', days: 0 });
    expect(distance(item({ status: 'due_soon', daysLeft: 1 }))).toEqual({ key: 'deadline.distance.left', days: 1 });
    // A delayed deadline past its date still says how late it is.
    expect(distance(item({ status: 'delayed', daysLeft: -4 }))).toEqual({ key: 'deadline.distance.late', days: 4 });
  });

  it('met: on time, or how many days late (from the due date to the day it was met)', () => {
    expect(distance(item({ status: 'met', due: '2026-10-10', metOn: '2026-10-10', daysLeft: -51 }))).toEqual({
      key: 'deadline.distance.metOnTime',
      days: 0,
    });
    expect(distance(item({ status: 'met', due: '2026-10-10', metOn: '2026-10-01', daysLeft: -51 }))).toEqual({
      key: 'deadline.distance.metOnTime',
      days: 0,
    });
    expect(distance(item({ status: 'met_late', due: '2026-10-10', metOn: '2026-10-12', daysLeft: -51 }))).toEqual({
      key: 'deadline.distance.metLate',
      days: 2,
    });
    // Across a month and a leap day.
    expect(distance(item({ status: 'met_late', due: '2028-02-28', metOn: '2028-03-01', daysLeft: 0 }))).toEqual({
      key: 'deadline.distance.metLate',
      days: 2,
    });
  });
});

describe('the action that clears a deadline', () => {
  const kinds = CASE_EVENT_KINDS;
  it('links to the plan, the meeting, or the student page section', () => {
    expect(actionTarget(item({ status: 'overdue', action: { kind: 'open_plan', planId: 'p1' } }), kinds)).toEqual({
      type: 'link',
      to: '/plans/p1',
      label: 'due.action.openPlan',
    });
    expect(
      actionTarget(
        item({ status: 'due_soon', action: { kind: 'open_plan', planId: 'p1', section: 'progress' } }),
        kinds,
      ),
    ).toEqual({ type: 'link', to: '/plans/p1#progress', label: 'due.action.writeProgress' });
    expect(actionTarget(item({ status: 'overdue', action: { kind: 'open_meeting', meetingId: 'm1' } }), kinds)).toEqual(
      { type: 'link', to: '/meetings/m1', label: 'due.action.openMeeting' },
    );
    // The MDR and the 300.530(h) notice are cleared on the student's discipline page.
    expect(
      actionTarget(item({ status: 'due_soon', studentId: 's1', action: { kind: 'open_discipline' } }), kinds),
    ).toEqual({ type: 'link', to: '/students/s1/discipline', label: 'due.action.openDiscipline' });
    expect(
      actionTarget(
        item({ status: 'due_soon', studentId: 's 9', action: { kind: 'schedule_meeting', purpose: 'annual' } }),
        kinds,
      ),
    ).toEqual({
      type: 'link',
      to: '/students/s%209#meetings-heading',
      label: 'due.action.scheduleMeeting',
    });
    expect(actionTarget(item({ status: 'upcoming', action: { kind: 'new_plan' } }), kinds)).toEqual({
      type: 'link',
      to: '/students/s1#plans-heading',
      label: 'due.action.newPlan',
    });
  });

  it('records an event of a known kind, with the details the API gave (copied, not shared)', () => {
    const details = { consentType: 'evaluation' };
    const target = actionTarget(
      item({ status: 'overdue', action: { kind: 'record_event', eventKind: 'consent_given', details } }),
      kinds,
    );
    expect(target).toEqual({ type: 'record', eventKind: 'consent_given', details: { consentType: 'evaluation' } });
    expect(target?.type === 'record' && target.details).not.toBe(details);
    expect(
      actionTarget(
        item({ status: 'overdue', action: { kind: 'record_event', eventKind: 'safeguards_notice' } }),
        kinds,
      ),
    ).toEqual({ type: 'record', eventKind: 'safeguards_notice', details: {} });
  });

  it('nothing for a met deadline, or an event kind this screen does not record', () => {
    expect(actionTarget(item({ status: 'met', action: { kind: 'open_plan', planId: 'p1' } }), kinds)).toBeNull();
    expect(actionTarget(item({ status: 'met_late', action: { kind: 'open_plan', planId: 'p1' } }), kinds)).toBeNull();
    expect(
      actionTarget(
        item({ status: 'overdue', action: { kind: 'record_event', eventKind: 'safeguards_notice' } }),
        kinds.filter((k) => k !== 'safeguards_notice'),
      ),
    ).toBeNull();
  });
});

describe('recording an event: details by kind', () => {
  it('a safeguards notice needs only its date; the date defaults to today', () => {
    const form = emptyEventForm('safeguards_notice', TODAY);
    expect(form.occurredOn).toBe(TODAY);
    expect(buildDetails(form, TODAY)).toEqual({ details: {}, problems: [] });
  });

  it('refuses a date after today, and an empty one', () => {
    expect(
      buildDetails({ ...emptyEventForm('safeguards_notice', TODAY), occurredOn: '2026-12-01' }, TODAY).problems,
    ).toEqual([{ field: 'occurredOn', message: 'case.record.error.future' }]);
    expect(buildDetails({ ...emptyEventForm('safeguards_notice', TODAY), occurredOn: '' }, TODAY).problems).toEqual([
      { field: 'occurredOn', message: 'case.record.error.required' },
    ]);
  });

  it('consent needs its type; referral its source; exit its reason; a meeting its purpose', () => {
    expect(buildDetails(emptyEventForm('consent_given', TODAY), TODAY).problems).toEqual([
      { field: 'consentType', message: 'case.record.error.required' },
    ]);
    expect(buildDetails({ ...emptyEventForm('consent_given', TODAY), consentType: 'evaluation' }, TODAY)).toEqual({
      details: { consentType: 'evaluation' },
      problems: [],
    });
    expect(buildDetails({ ...emptyEventForm('referral', TODAY), source: 'astrologer' }, TODAY).problems).toEqual([
      { field: 'source', message: 'case.record.error.choose' },
    ]);
    expect(
      buildDetails({ ...emptyEventForm('exit', TODAY), exitReason: 'graduated_regular_diploma' }, TODAY).details,
    ).toEqual({ reason: 'graduated_regular_diploma' });
    expect(buildDetails({ ...emptyEventForm('iep_meeting', TODAY), purpose: 'annual' }, TODAY).details).toEqual({
      purpose: 'annual',
    });
  });

  it('the prefilled details of an action are kept (a consent type, a delay’s rule)', () => {
    const form = emptyEventForm('consent_given', TODAY, { consentType: 'reevaluation' });
    expect(buildDetails(form, TODAY).details).toEqual({ consentType: 'reevaluation' });
    const delay = emptyEventForm('delay', TODAY, { rule: 'initial-evaluation' });
    expect(delay.delayRule).toBe('initial-evaluation');
    expect(buildDetails(delay, TODAY).problems).toEqual([
      { field: 'delayReason', message: 'case.record.error.required' },
    ]);
    expect(
      buildDetails(
        { ...delay, delayReason: 'parent_did_not_produce_child', note: '  Missed two appointments.  ' },
        TODAY,
      ),
    ).toEqual({
      details: { rule: 'initial-evaluation', reason: 'parent_did_not_produce_child', note: 'Missed two appointments.' },
      problems: [],
    });
  });

  it('details the form does not show (a plan id) are sent as the action gave them', () => {
    const form = emptyEventForm('progress_report', TODAY, { planId: 'p-1' });
    expect(buildDetails(form, TODAY)).toEqual({ details: { planId: 'p-1' }, problems: [] });
    const meeting = emptyEventForm('iep_meeting', TODAY, { purpose: 'annual', meetingId: 'm-1' });
    expect(buildDetails(meeting, TODAY).details).toEqual({ purpose: 'annual', meetingId: 'm-1' });
  });

  it('eligibility: eligible needs one to three categories; not eligible may be referred to 504 (categories dropped)', () => {
    const base = emptyEventForm('eligibility', TODAY);
    expect(buildDetails(base, TODAY).problems).toEqual([{ field: 'eligible', message: 'case.record.error.required' }]);
    expect(buildDetails({ ...base, eligible: 'yes' }, TODAY).problems).toEqual([
      { field: 'categories', message: 'case.record.error.categories' },
    ]);
    expect(buildDetails({ ...base, eligible: 'yes', categories: ['a', 'b', 'c', 'd'] }, TODAY).problems).toEqual([
      { field: 'categories', message: 'case.record.error.tooManyCategories' },
    ]);
    expect(
      buildDetails(
        { ...base, eligible: 'yes', categories: ['specific_learning_disability'], referredTo504: true },
        TODAY,
      ).details,
    ).toEqual({
      eligible: true,
      categories: ['specific_learning_disability'],
      referredTo504: false,
    });
    expect(buildDetails({ ...base, eligible: 'no', categories: ['autism'], referredTo504: true }, TODAY)).toEqual({
      details: { eligible: false, categories: [], referredTo504: true },
      problems: [],
    });
  });

  it('removal days are optional but must be a whole number from 1 to 365', () => {
    const base = emptyEventForm('disciplinary_removal', TODAY);
    expect(buildDetails(base, TODAY)).toEqual({ details: {}, problems: [] });
    expect(buildDetails({ ...base, days: '11' }, TODAY).details).toEqual({ days: 11 });
    expect(buildDetails({ ...base, days: '0' }, TODAY).problems).toEqual([
      { field: 'days', message: 'case.record.error.number' },
    ]);
    expect(buildDetails({ ...base, days: '2.5' }, TODAY).problems).toEqual([
      { field: 'days', message: 'case.record.error.number' },
    ]);
  });

  it('an evaluation’s report date is not after today', () => {
    const base = { ...emptyEventForm('evaluation_completed', TODAY), reevaluation: true };
    expect(buildDetails(base, TODAY).details).toEqual({ reevaluation: true });
    expect(buildDetails({ ...base, reportSharedOn: '2027-01-01' }, TODAY).problems).toEqual([
      { field: 'reportSharedOn', message: 'case.record.error.future' },
    ]);
  });

  it('maps the API’s error paths to the form’s controls', () => {
    expect(fieldOfApiPath('occurredOn', 'referral')).toBe('occurredOn');
    expect(fieldOfApiPath('details.consentType', 'consent_given')).toBe('consentType');
    expect(fieldOfApiPath('/body/details/consentType', 'consent_given')).toBe('consentType');
    expect(fieldOfApiPath('details.reason', 'exit')).toBe('exitReason');
    expect(fieldOfApiPath('details.reason', 'delay')).toBe('delayReason');
    expect(fieldOfApiPath('details.rule', 'delay')).toBe('delayRule');
    expect(fieldOfApiPath('details.categories.0', 'eligibility')).toBe('categories');
  });
});

describe('the timeline', () => {
  const ev = (id: string, occurredOn: string, recordedAt: string): CaseEventRecord => ({
    id,
    studentId: 's1',
    kind: 'referral',
    occurredOn,
    details: {},
    sourceType: null,
    sourceId: null,
    recordedByName: 'Maria Alvarez',
    recordedAt,
    voided: false,
    voidedAt: null,
    voidedByName: null,
    voidReason: null,
  });
  it('newest first: by date, then by when it was recorded', () => {
    const list = [
      ev('a', '2026-01-05', '2026-01-05T10:00:00Z'),
      ev('c', '2026-03-01', '2026-03-01T09:00:00Z'),
      ev('b2', '2026-01-05', '2026-02-01T08:00:00Z'),
    ];
    expect(sortTimeline(list).map((e) => e.id)).toEqual(['c', 'b2', 'a']);
  });
});

describe('the dashboard’s numbers', () => {
  const counts = (c: Partial<Counts>): Counts => ({
    upcoming: 0,
    due_soon: 0,
    overdue: 0,
    delayed: 0,
    met: 0,
    met_late: 0,
    ...c,
  });
  it('totals every status', () => {
    expect(total(counts({ upcoming: 1, due_soon: 2, overdue: 3, delayed: 4, met: 5, met_late: 6 }))).toBe(21);
    expect(total(counts({}))).toBe(0);
  });
  it('leaves out rules with no deadlines', () => {
    const summary = {
      byRule: [
        { rule: 'annual-review', citation: '', counts: counts({ overdue: 1 }) },
        { rule: 'mdr', citation: '', counts: counts({}) },
      ],
    } as unknown as ComplianceSummary;
    expect(rulesWithDeadlines(summary).map((r) => r.rule)).toEqual(['annual-review']);
  });
  it('percent: one decimal, or none when nothing was counted', () => {
    expect(percentValue({ numerator: 0, denominator: 0, percent: null })).toBeNull();
    expect(percentValue({ numerator: 2, denominator: 3, percent: null })).toBe(66.7);
    expect(percentValue({ numerator: 2, denominator: 3, percent: 66.66666 })).toBe(66.7);
    expect(percentValue({ numerator: 4, denominator: 4, percent: 100 })).toBe(100);
  });
  it('a drill-down asks for the chosen status, or every status', () => {
    expect(drillStatuses('overdue')).toEqual(['overdue']);
    expect(drillStatuses(null)).toHaveLength(6);
    expect(drillStatuses('bogus')).toHaveLength(6);
  });
});
