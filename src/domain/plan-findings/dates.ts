/**
 * Findings on a plan's dates: the meeting that decided it (300.324(a)), when services begin (300.320(a)(7)), the
 * one-year limit (300.324(b)(1)(i)), services not before the meeting (300.323(c)) and the next annual review.
 */
import { addDays, daysBetween, longDateEn, type IsoDate } from '../dates';
import type { PlanDates } from '../plan';
import { err, warn, type Finding } from './finding';
import { latestEndDate } from './period';

/**
 * The plan's meeting date is the day of the held meeting that produced it (300.324(a); the annual review runs from
 * it, 300.324(b)(1)(i)): when one or more held meetings named this plan, a meeting date that is none of their days is
 * an error (the meeting sets it when marked held; this catches a date changed since, or a final plan named later).
 * No finding when no held meeting produced the plan (an amendment by written agreement, a plan from before OpenIEP).
 */
export function meetingDateFindings(
  meetingDate: IsoDate | null,
  heldOn: readonly IsoDate[],
  citation: string,
): Finding[] {
  if (!meetingDate || heldOn.length === 0 || heldOn.includes(meetingDate)) return [];
  const held = heldOn.reduce((latest, d) => (d > latest ? d : latest));
  return [
    err(
      'dates.meeting_held',
      citation,
      'dates.meetingDate',
      `The meeting that produced this plan was held on ${longDateEn(held)}; the plan gives ${longDateEn(meetingDate)} as its meeting date.`,
      {
        meetingDate,
        heldOn: held,
      },
    ),
  ];
}

/** An IEP's start and end: both given, in order, and at most a year apart (300.320(a)(7), 300.324(b)(1)(i)). */
function periodFindings({ startDate, endDate }: PlanDates): Finding[] {
  const out: Finding[] = [];
  if (!startDate)
    out.push(err('dates.start', '34 CFR 300.320(a)(7)', 'dates.startDate', 'Give the projected date services begin.'));
  if (!endDate)
    out.push(
      err('dates.end', '34 CFR 300.324(b)(1)(i)', 'dates.endDate', 'Give the date this IEP ends (at most one year).'),
    );
  if (startDate && endDate) {
    if (endDate < startDate)
      out.push(
        err('dates.order', '34 CFR 300.324(b)(1)(i)', 'dates.endDate', 'The end date is before the start date.', {
          startDate,
          endDate,
        }),
      );
    else if (endDate > latestEndDate(startDate)) {
      const latest = latestEndDate(startDate);
      out.push(
        err(
          'dates.one_year',
          '34 CFR 300.324(b)(1)(i)',
          'dates.endDate',
          `An IEP is reviewed at least once a year: end it no later than ${longDateEn(latest)}.`,
          { startDate, latestEnd: latest },
        ),
      );
    }
  }
  return out;
}

/** Services begin on or after the meeting (300.323(c)); the next annual review is within a year of it (300.324(b)(1)(i)). */
function afterMeetingFindings({ meetingDate, startDate, nextAnnualReview }: PlanDates): Finding[] {
  const out: Finding[] = [];
  if (meetingDate && startDate && startDate < meetingDate)
    out.push(
      err(
        'dates.start_after_meeting',
        '34 CFR 300.323(c)',
        'dates.startDate',
        'Services cannot start before the meeting that decides them.',
        { meetingDate, startDate },
      ),
    );
  if (
    meetingDate &&
    nextAnnualReview &&
    daysBetween(meetingDate, nextAnnualReview) > daysBetween(meetingDate, latestEndDate(meetingDate)) + 1
  ) {
    const latest = addDays(latestEndDate(meetingDate), 1);
    out.push(
      err(
        'dates.annual_review',
        '34 CFR 300.324(b)(1)(i)',
        'dates.nextAnnualReview',
        `The next annual review must be within one year of this meeting: no later than ${longDateEn(latest)}.`,
        { meetingDate, latestReview: latest },
      ),
    );
  }
  if (!nextAnnualReview)
    out.push(
      warn(
        'dates.annual_review_missing',
        '34 CFR 300.324(b)(1)(i)',
        'dates.nextAnnualReview',
        'Set the date of the next annual review.',
      ),
    );
  return out;
}

/** An IEP's dates (300.324(a), 300.320(a)(7), 300.323(c), 300.324(b)(1)(i)). */
export function iepDatesFindings(dates: PlanDates, heldOn: readonly IsoDate[]): Finding[] {
  return [
    ...(dates.meetingDate
      ? []
      : [err('dates.meeting', '34 CFR 300.324(a)', 'dates.meetingDate', 'Give the date of the IEP meeting.')]),
    ...meetingDateFindings(dates.meetingDate, heldOn, '34 CFR 300.324(a)'),
    ...periodFindings(dates),
    ...afterMeetingFindings(dates),
  ];
}
