/** A Section 504 plan's findings (34 CFR 104.3(j), 104.33(b), 104.35). */
import type { IsoDate } from '../dates';
import type { PlanDates, Section504Content } from '../plan';
import { meetingDateFindings } from './dates';
import { blank, err, warn, type Finding } from './finding';

/** The impairment, the major life activities it limits, and the accommodations with who provides each (104.3(j), 104.33(b)). */
function impairmentAndAccommodationsFindings(c: Section504Content): Finding[] {
  const out: Finding[] = [];
  if (blank(c.impairment))
    out.push(err('504.impairment', '34 CFR 104.3(j)(1)', 'impairment', 'Name the physical or mental impairment.'));
  if (c.majorLifeActivities.filter((a) => !blank(a)).length === 0)
    out.push(
      err(
        '504.major_life_activities',
        '34 CFR 104.3(j)(2)(ii)',
        'majorLifeActivities',
        'Name the major life activities the impairment substantially limits.',
      ),
    );
  if (c.accommodations.length === 0)
    out.push(
      err(
        '504.accommodations',
        '34 CFR 104.33(b)',
        'accommodations',
        'List the accommodations and services the student needs.',
      ),
    );
  c.accommodations.forEach((a, i) => {
    if (blank(a.description))
      out.push(
        err(
          '504.accommodation_text',
          '34 CFR 104.33(b)',
          `accommodations[${i}].description`,
          'Describe the accommodation.',
        ),
      );
    if (blank(a.responsibleStaff))
      out.push(
        warn(
          '504.responsible_staff',
          '34 CFR 104.33(b)',
          `accommodations[${i}].responsibleStaff`,
          'Name who is responsible for providing it.',
        ),
      );
  });
  return out;
}

/** A Section 504 plan's findings; `heldMeetingDates` as for an IEP (the days of the held meetings that produced it). */
export function plan504Findings(
  c: Section504Content,
  dates: PlanDates,
  heldMeetingDates: readonly IsoDate[] = [],
): Finding[] {
  const out = impairmentAndAccommodationsFindings(c);
  if (!dates.meetingDate)
    out.push(
      err(
        'dates.meeting',
        '34 CFR 104.35(c)',
        'dates.meetingDate',
        'Give the date of the meeting that decided this plan.',
      ),
    );
  out.push(...meetingDateFindings(dates.meetingDate, heldMeetingDates, '34 CFR 104.35(c)'));
  if (!c.reviewDate)
    out.push(
      warn(
        '504.review_date',
        '34 CFR 104.35(d)',
        'reviewDate',
        'Set a date to review the plan (periodic reevaluation).',
      ),
    );
  return out;
}
