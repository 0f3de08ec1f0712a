/** Findings on an IEP's services (300.320(a)(4), (a)(7)): special education, and each service's frequency, location and duration. */
import { longDateEn } from '../dates';
import type { IepContent, PlanDates } from '../plan';
import { blank, err, warn, type Finding } from './finding';

/** What a service needs (300.320(a)(7)), as the codes `services.frequency_location_duration` lists in `params.missing`. */
export const SERVICE_PARTS = ['service', 'minutes', 'frequency', 'location', 'start_date', 'end_date'] as const;
export type ServicePart = (typeof SERVICE_PARTS)[number];

const SERVICE_PART_WORDS: Record<ServicePart, string> = {
  service: 'the service',
  minutes: 'minutes per session',
  frequency: 'frequency',
  location: 'location',
  start_date: 'start date',
  end_date: 'duration (end date)',
};

type Service = IepContent['services'][number];

function missingParts(s: Service): ServicePart[] {
  const missing: ServicePart[] = [];
  if (!s.minutesPerSession || s.minutesPerSession <= 0) missing.push('minutes');
  if (!s.sessions || s.sessions <= 0 || !s.per) missing.push('frequency');
  if (!s.location || (s.location === 'other' && blank(s.locationDetail))) missing.push('location');
  if (!s.startDate) missing.push('start_date');
  if (!s.endDate) missing.push('end_date');
  if (blank(s.service)) missing.push('service');
  return missing;
}

/** One service: complete (300.320(a)(7)), its dates in order and within the plan's. */
function serviceFindings(s: Service, p: string, dates: PlanDates): Finding[] {
  const out: Finding[] = [];
  const missing = missingParts(s);
  if (missing.length)
    out.push(
      err(
        'services.frequency_location_duration',
        '34 CFR 300.320(a)(7)',
        p,
        `This service needs ${missing.map((m) => SERVICE_PART_WORDS[m]).join(', ')}.`,
        { missing },
      ),
    );
  if (s.startDate && s.endDate && s.endDate < s.startDate)
    out.push(
      err('services.dates', '34 CFR 300.320(a)(7)', `${p}.endDate`, 'The service ends before it starts.', {
        startDate: s.startDate,
        endDate: s.endDate,
      }),
    );
  if (s.startDate && dates.startDate && s.startDate < dates.startDate)
    out.push(
      warn(
        'services.before_plan',
        '34 CFR 300.320(a)(7)',
        `${p}.startDate`,
        `The service starts on ${longDateEn(s.startDate)}, before the IEP does (${longDateEn(dates.startDate)}).`,
        { startDate: s.startDate, planStart: dates.startDate },
      ),
    );
  if (s.endDate && dates.endDate && s.endDate > dates.endDate)
    out.push(
      warn(
        'services.after_plan',
        '34 CFR 300.320(a)(7)',
        `${p}.endDate`,
        `The service continues to ${longDateEn(s.endDate)}, after the IEP ends (${longDateEn(dates.endDate)}).`,
        { endDate: s.endDate, planEnd: dates.endDate },
      ),
    );
  return out;
}

export function servicesFindings(services: IepContent['services'], dates: PlanDates): Finding[] {
  return [
    ...(services.some((s) => s.kind === 'special_education')
      ? []
      : [
          err(
            'services.special_education',
            '34 CFR 300.320(a)(4)',
            'services',
            'An IEP states the special education (specially designed instruction) the child will receive.',
          ),
        ]),
    ...services.flatMap((s, i) => serviceFindings(s, `services[${i}]`, dates)),
  ];
}
