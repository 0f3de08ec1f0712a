/**
 * The event form's logic: which details an event of each kind asks for, the form's empty state, the details body
 * built from what was typed (with the problems found before sending), and which field an API error path names.
 * No React here.
 */
import {
  CONSENT_TYPES,
  EXIT_REASONS,
  MEETING_PURPOSES,
  REFERRAL_SOURCES,
  type CaseEventKind,
} from '../../../src/domain/case-events';
export type DetailField =
  | 'source'
  | 'consentType'
  | 'eligibility'
  | 'purpose'
  | 'delay'
  | 'exitReason'
  | 'evaluation'
  | 'requestedBy'
  | 'days'
  | 'manifestation'
  | 'scheduledFor'
  | 'dueProcess'
  | 'partC';

const FIELDS: Partial<Record<CaseEventKind, DetailField[]>> = {
  referral: ['source'],
  part_c_referral: ['partC'],
  consent_requested: ['consentType'],
  consent_given: ['consentType'],
  consent_refused: ['consentType'],
  consent_revoked: ['consentType'],
  evaluation_completed: ['evaluation'],
  eligibility: ['eligibility'],
  iep_meeting: ['purpose'],
  records_request: ['requestedBy'],
  disciplinary_removal: ['days'],
  mdr_held: ['manifestation'],
  delay: ['delay'],
  exit: ['exitReason'],
  resolution_meeting_scheduled: ['scheduledFor'],
  hearing_scheduled: ['scheduledFor'],
  due_process_filed: ['dueProcess'],
};

export function detailFields(kind: CaseEventKind): DetailField[] {
  return FIELDS[kind] ?? [];
}

/** What the form holds, as typed (strings from the controls). */
export interface EventForm {
  kind: CaseEventKind;
  occurredOn: string;
  source: string;
  consentType: string;
  eligible: '' | 'yes' | 'no';
  categories: string[];
  referredTo504: boolean;
  purpose: string;
  delayRule: string;
  delayReason: string;
  note: string;
  exitReason: string;
  reevaluation: boolean;
  reportSharedOn: string;
  /** part_c_referral: the date the child was found eligible for Part C (SPP/APR indicator 12 (e)). */
  partCEligibleOn: string;
  requestedBy: string;
  days: string;
  manifestation: '' | 'yes' | 'no';
  /** The day a resolution session or a hearing is set for. */
  scheduledFor: string;
  /** Who filed a due process complaint, and the consent the district asks to override (never initial services). */
  filedBy: '' | 'parent' | 'district';
  overridesConsent: string;
  /** Details the action gave that the form does not show (a plan's or a meeting's id): sent as they are. */
  carry: Record<string, unknown>;
}

/** The detail keys the form's controls hold. */
const FORM_KEYS = new Set([
  'source',
  'consentType',
  'eligible',
  'categories',
  'referredTo504',
  'purpose',
  'rule',
  'reason',
  'note',
  'reevaluation',
  'reportSharedOn',
  'partCEligibleOn',
  'requestedBy',
  'days',
  'manifestation',
  'scheduledFor',
  'filedBy',
  'overridesConsent',
]);

export function emptyEventForm(kind: CaseEventKind, today: string, details: Record<string, unknown> = {}): EventForm {
  const s = (k: string) => (typeof details[k] === 'string' ? details[k] : '');
  return {
    kind,
    occurredOn: today,
    source: s('source'),
    consentType: s('consentType'),
    eligible: details.eligible === true ? 'yes' : details.eligible === false ? 'no' : '',
    categories: Array.isArray(details.categories)
      ? details.categories.filter((c): c is string => typeof c === 'string')
      : [],
    referredTo504: details.referredTo504 === true,
    purpose: s('purpose'),
    delayRule: s('rule'),
    delayReason: s('reason'),
    note: s('note'),
    exitReason: s('reason') && kind === 'exit' ? s('reason') : '',
    reevaluation: details.reevaluation === true,
    reportSharedOn: s('reportSharedOn'),
    partCEligibleOn: s('partCEligibleOn'),
    requestedBy: s('requestedBy'),
    days: typeof details.days === 'number' ? String(details.days) : '',
    manifestation: details.manifestation === true ? 'yes' : details.manifestation === false ? 'no' : '',
    scheduledFor: s('scheduledFor'),
    filedBy: details.filedBy === 'parent' || details.filedBy === 'district' ? details.filedBy : '',
    overridesConsent: s('overridesConsent'),
    carry: Object.fromEntries(Object.entries(details).filter(([k]) => !FORM_KEYS.has(k))),
  };
}

/** A field the person must fix before the form is sent: the form's control name and the message key. */
export interface FormProblem {
  field: string;
  message:
    | 'case.record.error.required'
    | 'case.record.error.partCAfterReferral'
    | 'case.record.error.future'
    | 'case.record.error.number'
    | 'case.record.error.choose'
    | 'case.record.error.categories'
    | 'case.record.error.tooManyCategories';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An eligibility names at most three categories (a primary and up to two more; the API's limit). */
export const MAX_CATEGORIES = 3;

/** The details that are one choice from a list: the detail's name in the API and the codes it accepts. */
const CHOICES = {
  source: ['source', REFERRAL_SOURCES],
  consentType: ['consentType', CONSENT_TYPES],
  purpose: ['purpose', MEETING_PURPOSES],
  exitReason: ['reason', EXIT_REASONS],
} as const satisfies Record<string, readonly [string, readonly string[]]>;

/** An eligibility: eligible or not, its categories (at least one, at most three), and a referral to 504. */
function addEligibility(form: EventForm, details: Record<string, unknown>, problems: FormProblem[]): void {
  if (!form.eligible) problems.push({ field: 'eligible', message: 'case.record.error.required' });
  details.eligible = form.eligible === 'yes';
  details.categories = form.eligible === 'yes' ? [...form.categories] : [];
  if (form.eligible === 'yes' && form.categories.length === 0)
    problems.push({ field: 'categories', message: 'case.record.error.categories' });
  if (form.categories.length > MAX_CATEGORIES)
    problems.push({ field: 'categories', message: 'case.record.error.tooManyCategories' });
  details.referredTo504 = form.eligible === 'no' && form.referredTo504;
}

/** A date the person may leave empty; when given, a whole date no later than `latest` (else `tooLate`). */
function addOptionalDate(
  field: 'reportSharedOn' | 'partCEligibleOn',
  value: string,
  latest: string,
  tooLate: FormProblem['message'],
  details: Record<string, unknown>,
  problems: FormProblem[],
): void {
  if (!value) return;
  if (!ISO_DATE.test(value)) problems.push({ field, message: 'case.record.error.required' });
  else if (value > latest) problems.push({ field, message: tooLate });
  details[field] = value;
}

/**
 * The details object for the API from the form, and what is missing. The API checks again (and names the
 * field); this only saves a round trip for the obvious: a required choice left empty, a date after today.
 */
export function buildDetails(
  form: EventForm,
  today: string,
): { details: Record<string, unknown>; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const details: Record<string, unknown> = { ...form.carry };
  const need = (field: string, value: string, allowed?: readonly string[]) => {
    if (!value) problems.push({ field, message: 'case.record.error.required' });
    else if (allowed && !allowed.includes(value)) problems.push({ field, message: 'case.record.error.choose' });
  };
  if (!ISO_DATE.test(form.occurredOn)) problems.push({ field: 'occurredOn', message: 'case.record.error.required' });
  else if (form.occurredOn > today) problems.push({ field: 'occurredOn', message: 'case.record.error.future' });

  for (const f of detailFields(form.kind)) {
    switch (f) {
      case 'source':
      case 'consentType':
      case 'purpose':
      case 'exitReason': {
        const [key, allowed] = CHOICES[f];
        need(f, form[f], allowed);
        details[key] = form[f];
        break;
      }
      case 'eligibility':
        addEligibility(form, details, problems);
        break;
      case 'delay':
        need('delayRule', form.delayRule);
        need('delayReason', form.delayReason);
        details.rule = form.delayRule;
        details.reason = form.delayReason;
        break;
      case 'evaluation':
        details.reevaluation = form.reevaluation;
        addOptionalDate('reportSharedOn', form.reportSharedOn, today, 'case.record.error.future', details, problems);
        break;
      case 'partC':
        // The child was found eligible for Part C before (or on) the day of the referral.
        addOptionalDate(
          'partCEligibleOn',
          form.partCEligibleOn,
          form.occurredOn,
          'case.record.error.partCAfterReferral',
          details,
          problems,
        );
        break;
      case 'requestedBy':
        if (form.requestedBy.trim()) details.requestedBy = form.requestedBy.trim();
        break;
      case 'days': {
        if (form.days.trim()) {
          const n = Number(form.days);
          if (!Number.isInteger(n) || n < 1 || n > 365)
            problems.push({ field: 'days', message: 'case.record.error.number' });
          details.days = n;
        }
        break;
      }
      case 'manifestation':
        if (form.manifestation) details.manifestation = form.manifestation === 'yes';
        break;
      case 'scheduledFor':
        if (!ISO_DATE.test(form.scheduledFor))
          problems.push({ field: 'scheduledFor', message: 'case.record.error.required' });
        details.scheduledFor = form.scheduledFor;
        break;
      case 'dueProcess':
        if (form.filedBy) details.filedBy = form.filedBy;
        if (form.filedBy === 'district' && form.overridesConsent) details.overridesConsent = form.overridesConsent;
        break;
    }
  }
  // Every kind may carry a note.
  if (form.note.trim()) details.note = form.note.trim();
  return { details, problems };
}

/** The form control an API error path points at ('details.consentType' → 'consentType', 'details.reason' on exit → 'exitReason'). */
export function fieldOfApiPath(path: string, kind: CaseEventKind): string {
  const p = path
    .replace(/^\/?body[./]/, '')
    .replace(/^\//, '')
    .replace(/\//g, '.');
  if (p === 'occurredOn' || p === 'kind') return p;
  const d = p.replace(/^details\.?/, '');
  if (kind === 'exit' && d === 'reason') return 'exitReason';
  if (kind === 'delay') return d === 'rule' ? 'delayRule' : d === 'reason' ? 'delayReason' : d === 'note' ? 'note' : d;
  return d === '' ? 'details' : (d.split('.')[0] ?? d);
}
