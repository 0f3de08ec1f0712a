/**
 * The settings screen's logic, apart from React: the form's values and the patch they make, their checks (the
 * domain's own rules: src/domain/count-date.ts, src/domain/state-profiles.ts), the import's rejected rows read back
 * from the API's paths, and the words for a profile's numbers.
 */
import type { IntlShape } from 'react-intl';
import { countDateSettingProblem } from '../../../src/domain/count-date';
import { meetingNoticeDefaultProblem } from '../../../src/domain/state-profiles';
import type { DistrictSettings, ProfileDefinition, SettingsPatch } from './api';

export interface SettingsForm {
  stateProfile: string;
  countMode: 'default' | 'fixed';
  /** '10', '11' or '12'. */
  month: string;
  /** '1' … '31'. */
  day: string;
  noticeDays: string;
  noticeCounting: 'calendar' | 'school';
}

export const COUNT_MONTHS = ['10', '11', '12'] as const;

/** The days a count date may fall on in a month: October 1–31, November 1–30, December 1 (34 CFR 300.641(a)). */
export function dayOptions(month: string): number[] {
  const last = month === '10' ? 31 : month === '11' ? 30 : 1;
  return Array.from({ length: last }, (_, i) => i + 1);
}

export function formOf(s: DistrictSettings): SettingsForm {
  const [month = '', day] = s.childCountDate.setting ? s.childCountDate.setting.split('-') : ['10', '01'];
  const notice = s.meetingNoticeDefault ?? s.effectiveProfile.meetingNotice;
  return {
    stateProfile: s.stateProfile,
    countMode: s.childCountDate.setting ? 'fixed' : 'default',
    month,
    day: String(Number(day)),
    noticeDays: String(notice.days),
    noticeCounting: notice.counting,
  };
}

/** After choosing another profile: a state whose law sets a lead time fixes its counting and its minimum. */
export function withProfile(form: SettingsForm, profile: ProfileDefinition | undefined): SettingsForm {
  const law = profile?.meetingNotice ?? null;
  if (!profile || !law) return { ...form, stateProfile: profile?.code ?? form.stateProfile };
  const days = Number(form.noticeDays);
  return {
    ...form,
    stateProfile: profile.code,
    noticeCounting: law.counting,
    noticeDays: String(
      form.noticeCounting === law.counting && Number.isInteger(days) && days > law.days ? days : law.days,
    ),
  };
}

export const countDateSetting = (f: SettingsForm): string | null =>
  f.countMode === 'default' ? null : `${f.month.padStart(2, '0')}-${f.day.padStart(2, '0')}`;

export interface FormProblems {
  countDate?: 'invalid';
  notice?:
    | { kind: 'invalidDays' }
    | { kind: 'belowLaw'; days: number; counting: 'calendar' | 'school' }
    | { kind: 'counting' };
}

/** The form's problems by the domain's rules (the server checks the same, and has the last word). */
export function formProblems(f: SettingsForm, profile: ProfileDefinition | undefined): FormProblems {
  const out: FormProblems = {};
  const count = countDateSetting(f);
  if (count !== null && countDateSettingProblem(count)) out.countDate = 'invalid';
  const days = Number(f.noticeDays);
  if (!/^\d+$/.test(f.noticeDays.trim())) out.notice = { kind: 'invalidDays' };
  else if (profile) {
    const p = meetingNoticeDefaultProblem(profile, { days, counting: f.noticeCounting });
    const law = profile.meetingNotice;
    if (p && law && p.path.endsWith('.days') && days >= 1)
      out.notice = { kind: 'belowLaw', days: law.days, counting: law.counting };
    else if (p && p.path.endsWith('.counting')) out.notice = { kind: 'counting' };
    else if (p) out.notice = { kind: 'invalidDays' };
  }
  return out;
}

/** The PATCH body: a lead time equal to the law's is not stored (the law stands); "first Thursday" is null. */
export function patchOf(f: SettingsForm, profile: ProfileDefinition | undefined): SettingsPatch {
  const law = profile?.meetingNotice ?? null;
  const days = Number(f.noticeDays);
  return {
    stateProfile: f.stateProfile,
    childCountDate: countDateSetting(f),
    meetingNoticeDefault:
      law && days === law.days && f.noticeCounting === law.counting ? null : { days, counting: f.noticeCounting },
  };
}

export interface ImportIssue {
  line: number;
  field: string;
  reason: string;
}

/** A refused import's rows, from the problem's errors (`lines.<line>.<field>`), in line order. */
export function rejectedRows(errors: readonly { path: string; message: string }[]): ImportIssue[] {
  return errors
    .map((e) => {
      const m = /^lines\.(\d+)\.(.+)$/.exec(e.path);
      return m?.[2] !== undefined
        ? { line: Number(m[1]), field: m[2], reason: e.message }
        : { line: 0, field: e.path, reason: e.message };
    })
    .sort((a, b) => a.line - b.line);
}

const BUILT_IN_NAMES = new Set(['federal', 'CA', 'TX']);

/** A profile's name in the reader's language (built-in ones from the catalogue; added ones as they were named). */
export function profileName(intl: IntlShape, p: Pick<ProfileDefinition, 'code' | 'name'>): string {
  return BUILT_IN_NAMES.has(p.code)
    ? intl.formatMessage({ id: `settings.profileName.${p.code as 'federal' | 'CA' | 'TX'}` })
    : p.name;
}

export function daysValue(intl: IntlShape, days: number, counting: 'calendar' | 'school'): string {
  return intl.formatMessage(
    { id: counting === 'school' ? 'settings.value.schoolDays' : 'settings.value.calendarDays' },
    { days },
  );
}

export function evaluationValue(intl: IntlShape, t: ProfileDefinition['evaluationTimeline']): string {
  if (t.counting === 'calendar_excluding_breaks')
    return intl.formatMessage(
      { id: 'settings.value.breaks' },
      { days: t.days, breaks: t.excludeBreaksOverSchoolDays ?? 5 },
    );
  return daysValue(intl, t.days, t.counting);
}

/** School years around today's, for the year pickers (last year, this year, next year). */
export function nearbySchoolYears(current: string): string[] {
  const first = Number(current.slice(0, 4));
  return [first - 1, first, first + 1].map((y) => `${y}-${y + 1}`);
}
