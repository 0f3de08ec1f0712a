/**
 * The district's state profile, child count date and meeting notice lead time, saved together with the version they
 * were loaded at (If-Match): a stale save is refused and says so. Checks as you go are the domain's own rules; the
 * server checks again (the shared schema first, then the API) and its refusal names the field.
 */
import { useId, useRef, useState, type RefObject } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { z } from 'zod';
import { patchSettingsSchema } from '../../../src/api/settings';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { useForm, type FieldErrors, type Form } from '../ui/form';
import { saveDistrictSettings, type DistrictSettings } from './api';
import {
  COUNT_MONTHS,
  dayOptions,
  daysValue,
  formOf,
  formProblems,
  patchOf,
  profileName,
  withProfile,
  type SettingsForm,
} from './logic';
import { ProfileTable } from './ProfileTable';

/** Which field of the form an API path is about. */
const fieldOf = (path: string) =>
  path.startsWith('meetingNoticeDefault')
    ? 'notice'
    : path === 'childCountDate'
      ? 'countDate'
      : path === 'stateProfile'
        ? 'profile'
        : 'form';

type Status =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'conflict' } | { kind: 'error'; message: string };

/** The form on the shared hook, the checks shown once a save was tried, and what the last save said. */
function useSettingsForm(settings: DistrictSettings, onSaved: (s: DistrictSettings) => void) {
  const t = useT();
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const [fixFirst, setFixFirst] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const profileOf = (f: SettingsForm) => settings.profiles.find((p) => p.code === f.stateProfile);
  const form: Form<SettingsForm> = useForm<SettingsForm, z.output<typeof patchSettingsSchema>>({
    initial: () => formOf(settings),
    schema: patchSettingsSchema,
    toInput: (f) => patchOf(f, profileOf(f)),
    fieldOf,
    onSubmit: async (patch) => {
      try {
        const next = await saveDistrictSettings(settings, patch);
        onSaved(next);
        form.reset(formOf(next));
        setTried(false);
        setSaved(true);
      } finally {
        statusRef.current?.focus();
      }
    },
    onInvalid: () => statusRef.current?.focus(),
  });
  const profile = profileOf(form.values);
  const problems = formProblems(form.values, profile);

  const submit = async () => {
    setTried(true);
    setSaved(false);
    if (problems.countDate || problems.notice) {
      setFixFirst(true);
      statusRef.current?.focus();
      return;
    }
    setFixFirst(false);
    await form.submit();
  };
  const change = (next: Partial<SettingsForm>) => {
    form.setValues((f) => ({ ...f, ...next }));
    setSaved(false);
  };

  const e = form.error;
  const status: Status = form.pending
    ? { kind: 'saving' }
    : fixFirst
      ? { kind: 'error', message: t('settings.fixFields') }
      : isApiError(e) && (e.status === 412 || e.status === 409)
        ? { kind: 'conflict' }
        : (isApiError(e) && (e.status === 400 || e.status === 422)) || Object.keys(form.errors).length
          ? { kind: 'error', message: t('settings.fixFields') }
          : e
            ? { kind: 'error', message: t('settings.saveError') }
            : saved
              ? { kind: 'saved' }
              : { kind: 'idle' };
  // The schema's and the API's messages (the API's words, in English).
  const serverFields: FieldErrors = form.errors;
  return { form, profile, problems, tried, change, submit, status, statusRef, serverFields };
}

type Kit = ReturnType<typeof useSettingsForm> & {
  id: string;
  settings: DistrictSettings;
  errorLang: string | undefined;
};

export function SettingsFormCard({
  settings,
  onSaved,
  onReload,
}: {
  settings: DistrictSettings;
  onSaved: (s: DistrictSettings) => void;
  onReload: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const kit: Kit = {
    ...useSettingsForm(settings, onSaved),
    id,
    settings,
    errorLang: intl.locale === 'en' ? undefined : 'en',
  };
  const { status } = kit;
  return (
    <form
      className="card record-section settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        void kit.submit();
      }}
      noValidate
    >
      <ProfileSection kit={kit} />
      <CountDateSection kit={kit} />
      <NoticeSection kit={kit} />
      <SaveStatus status={status} statusRef={kit.statusRef} onReload={onReload} />
      <p className="form-actions">
        <button type="submit" className="button button-primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('settings.saving') : t('settings.save')}
        </button>
      </p>
    </form>
  );
}

/** The state profile and the numbers it sets, each with its source. */
function ProfileSection({ kit }: { kit: Kit }) {
  const t = useT();
  const intl = useIntl();
  const { id, settings, profile, serverFields, errorLang, change } = kit;
  const form = kit.form.values;
  return (
    <section aria-labelledby={`${id}-profile`}>
      <h2 id={`${id}-profile`}>{t('settings.profile.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-profile-select`}>{t('settings.profile.label')}</label>
        <select
          id={`${id}-profile-select`}
          value={form.stateProfile}
          aria-describedby={`${id}-profile-hint${serverFields.profile ? ` ${id}-profile-error` : ''}`}
          onChange={(e) =>
            change(
              withProfile(
                { ...form },
                settings.profiles.find((p) => p.code === e.target.value),
              ),
            )
          }
        >
          {settings.profiles.map((p) => (
            <option key={p.code} value={p.code}>
              {p.builtIn ? profileName(intl, p) : t('settings.profile.added', { name: p.name })}
            </option>
          ))}
        </select>
        <p className="hint" id={`${id}-profile-hint`}>
          {t('settings.profile.hint')}
        </p>
        {serverFields.profile && (
          <p className="field-error" id={`${id}-profile-error`} lang={errorLang}>
            {serverFields.profile}
          </p>
        )}
      </div>
      {profile && <ProfileTable profile={profile} />}
    </section>
  );
}

/** The child count date: the federal default, or a fixed day. */
function CountDateSection({ kit }: { kit: Kit }) {
  const t = useT();
  const intl = useIntl();
  const { id, settings, problems, tried, serverFields, errorLang, change } = kit;
  const form = kit.form.values;
  const countError =
    (tried && problems.countDate ? t('settings.countDate.invalid') : null) ?? serverFields.countDate ?? null;
  return (
    <section aria-labelledby={`${id}-count`}>
      <h2 id={`${id}-count`}>{t('settings.countDate.title')}</h2>
      <p className="hint">{t('settings.countDate.intro', { citation: settings.childCountDate.citation })}</p>
      <fieldset className="field" aria-describedby={countError ? `${id}-count-error` : undefined}>
        <legend>{t('settings.countDate.legend')}</legend>
        <div className="radio-options radio-options-stacked">
          <span className="radio-option">
            <input
              type="radio"
              id={`${id}-count-default`}
              name={`${id}-count`}
              checked={form.countMode === 'default'}
              onChange={() => change({ countMode: 'default' })}
            />
            <label htmlFor={`${id}-count-default`}>{t('settings.countDate.default')}</label>
          </span>
          <span className="radio-option">
            <input
              type="radio"
              id={`${id}-count-fixed`}
              name={`${id}-count`}
              checked={form.countMode === 'fixed'}
              onChange={() => change({ countMode: 'fixed' })}
            />
            <label htmlFor={`${id}-count-fixed`}>{t('settings.countDate.fixed')}</label>
          </span>
        </div>
        {form.countMode === 'fixed' && <CountDay kit={kit} invalid={Boolean(countError)} />}
        {countError && (
          <p className="field-error" id={`${id}-count-error`} lang={serverFields.countDate ? errorLang : undefined}>
            {countError}
          </p>
        )}
      </fieldset>
      <p className="settings-now" data-testid="count-date-current">
        {t('settings.countDate.current', { date: formatIsoDate(intl, settings.childCountDate.current) })}
      </p>
    </section>
  );
}

/** A fixed count day: the month (October to December) and the day. */
function CountDay({ kit, invalid }: { kit: Kit; invalid: boolean }) {
  const t = useT();
  const intl = useIntl();
  const { id, change } = kit;
  const form = kit.form.values;
  return (
    <div className="field-grid field-grid-narrow count-date-fields">
      <div className="field">
        <label htmlFor={`${id}-month`}>{t('settings.countDate.month')}</label>
        <select
          id={`${id}-month`}
          value={form.month}
          aria-invalid={invalid ? true : undefined}
          onChange={(e) =>
            change({
              month: e.target.value,
              day: dayOptions(e.target.value).includes(Number(form.day)) ? form.day : '1',
            })
          }
        >
          {COUNT_MONTHS.map((m) => (
            <option key={m} value={m}>
              {intl.formatDate(`2026-${m}-01T00:00:00Z`, { month: 'long', timeZone: 'UTC' })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-day`}>{t('settings.countDate.day')}</label>
        <select
          id={`${id}-day`}
          value={form.day}
          aria-invalid={invalid ? true : undefined}
          onChange={(e) => change({ day: e.target.value })}
        >
          {dayOptions(form.month).map((d) => (
            <option key={d} value={String(d)}>
              {d}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** What is wrong with the lead time: below the law's, not a number of days (once a save was tried), or the API's words. */
function noticeErrorOf(kit: Kit, t: ReturnType<typeof useT>, intl: IntlShape): string | null {
  const notice = kit.problems.notice;
  const local =
    kit.tried && notice
      ? notice.kind === 'belowLaw'
        ? t('settings.notice.belowLaw', { lead: daysValue(intl, notice.days, notice.counting) })
        : t('settings.notice.invalidDays')
      : null;
  return local ?? kit.serverFields.notice ?? null;
}

/** The IEP meeting notice lead time: the law's, or the district's where the law sets none (or more than it). */
function NoticeSection({ kit }: { kit: Kit }) {
  const t = useT();
  const intl = useIntl();
  const { id, settings, profile, serverFields, errorLang, change } = kit;
  const form = kit.form.values;
  const law = profile?.meetingNotice ?? null;
  const noticeError = noticeErrorOf(kit, t, intl);
  const effective = settings.effectiveProfile.meetingNotice;
  const sourceKey =
    effective.source === 'law'
      ? 'settings.notice.source.law'
      : effective.setByDistrict
        ? 'settings.notice.source.district'
        : 'settings.notice.source.fallback';
  return (
    <section aria-labelledby={`${id}-notice`}>
      <h2 id={`${id}-notice`}>{t('settings.notice.title')}</h2>
      <p className="hint">
        {law
          ? t('settings.notice.lawSets', {
              state: profile ? profileName(intl, profile) : '',
              lead: daysValue(intl, law.days, law.counting),
            })
          : t('settings.notice.lawSilent', { state: profile ? profileName(intl, profile) : '' })}{' '}
        <span className="citation" lang="en">
          {profile?.citations.meetingNotice}
        </span>
      </p>
      <div className="field-grid field-grid-narrow">
        <div className="field field-number">
          <label htmlFor={`${id}-notice-days`}>{t('settings.notice.days')}</label>
          <input
            id={`${id}-notice-days`}
            type="number"
            inputMode="numeric"
            min={law?.days ?? 1}
            max={60}
            value={form.noticeDays}
            aria-invalid={noticeError ? true : undefined}
            aria-describedby={noticeError ? `${id}-notice-error` : undefined}
            onChange={(e) => change({ noticeDays: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-notice-counting`}>{t('settings.notice.counting')}</label>
          <select
            id={`${id}-notice-counting`}
            value={form.noticeCounting}
            disabled={law !== null}
            onChange={(e) => change({ noticeCounting: e.target.value === 'school' ? 'school' : 'calendar' })}
          >
            <option value="calendar">{t('settings.notice.calendar')}</option>
            <option value="school">{t('settings.notice.school')}</option>
          </select>
        </div>
      </div>
      {noticeError && (
        <p className="field-error" id={`${id}-notice-error`} lang={serverFields.notice ? errorLang : undefined}>
          {noticeError}
        </p>
      )}
      {!law && !settings.effectiveProfile.meetingNotice.setByDistrict && (
        <p className="hint">{t('settings.notice.fallback')}</p>
      )}
      <p className="settings-now" data-testid="notice-current">
        {t('settings.notice.now', {
          lead: daysValue(intl, effective.days, effective.counting),
          source: t(sourceKey),
        })}
      </p>
    </section>
  );
}

/** Saved, a conflict (with Reload), or why the save failed; focused after each try. */
function SaveStatus({
  status,
  statusRef,
  onReload,
}: {
  status: Status;
  statusRef: RefObject<HTMLDivElement | null>;
  onReload: () => void;
}) {
  const t = useT();
  return (
    <div ref={statusRef} tabIndex={-1} className="settings-status">
      {status.kind === 'saved' && (
        <p className="notice notice-success" role="status">
          {t('settings.saved')}
        </p>
      )}
      {status.kind === 'conflict' && (
        <div className="notice notice-error" role="alert">
          <p>{t('settings.conflict')}</p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            {t('settings.reload')}
          </button>
        </div>
      )}
      {status.kind === 'error' && (
        <p className="notice notice-error" role="alert">
          {status.message}
        </p>
      )}
    </div>
  );
}
