/**
 * A school year built from its first and last day of school and its closures (src/domain/calendar.ts buildSchoolYear
 * on the server): weekdays between are school days except during closures; every other date of the year is not.
 * Replacing a year on record sends its version (If-Match), so a calendar changed meanwhile is not overwritten.
 */
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { saveCalendarYear, type CalendarYearSummary } from './api';
import { nearbySchoolYears } from './logic';

interface ClosureRow {
  key: number;
  from: string;
  to: string;
  note: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; year: string; count: number }
  | { kind: 'conflict' }
  | { kind: 'error'; fields: Record<string, string> };

export function CalendarBuild({
  school,
  currentSchoolYear,
  years,
  onSaved,
}: {
  school: { id: string; name: string };
  currentSchoolYear: string;
  years: readonly CalendarYearSummary[];
  onSaved: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const [year, setYear] = useState(currentSchoolYear);
  const [firstDay, setFirstDay] = useState('');
  const [lastDay, setLastDay] = useState('');
  const [closures, setClosures] = useState<ClosureRow[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const statusRef = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const onRecord = years.find((y) => y.schoolYear === year) ?? null;
  const fields = status.kind === 'error' ? status.fields : {};
  const errorLang = intl.locale === 'en' ? undefined : 'en';

  const setClosure = (key: number, patch: Partial<ClosureRow>) =>
    setClosures((cs) => cs.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const remove = (key: number) => {
    setClosures((cs) => cs.filter((c) => c.key !== key));
    addButton.current?.focus();
  };

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const saved = await saveCalendarYear(school.id, year, onRecord?.version ?? null, {
        firstDay,
        lastDay,
        closures: closures.map(({ from, to, note }) => ({ from, to, note })),
      });
      setStatus({ kind: 'saved', year: saved.schoolYear, count: saved.instructionalDays });
      onSaved();
    } catch (err) {
      if (isApiError(err) && (err.status === 412 || err.status === 428)) setStatus({ kind: 'conflict' });
      else if (isApiError(err) && err.status === 400)
        setStatus({ kind: 'error', fields: Object.fromEntries(err.errors.map((x) => [x.path, x.message])) });
      else setStatus({ kind: 'error', fields: { form: t('settings.build.error') } });
    }
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const error = (path: string) =>
    fields[path] ? (
      <p className="field-error" id={`${id}-${path}-error`} lang={errorLang}>
        {fields[path]}
      </p>
    ) : null;
  const describedBy = (path: string) => (fields[path] ? `${id}-${path}-error` : undefined);

  return (
    <form className="calendar-build" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} noValidate>
      <h4 id={`${id}-title`}>{t('settings.build.title')}</h4>
      <p className="hint">{t('settings.build.intro')}</p>
      <div className="field-grid field-grid-narrow">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('settings.build.year')}</label>
          <select id={`${id}-year`} value={year} onChange={(e) => setYear(e.target.value)}>
            {nearbySchoolYears(currentSchoolYear).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-date">
          <label htmlFor={`${id}-first`}>{t('settings.build.firstDay')}</label>
          <input
            id={`${id}-first`}
            type="date"
            required
            value={firstDay}
            aria-invalid={fields.firstDay ? true : undefined}
            aria-describedby={describedBy('firstDay')}
            onChange={(e) => setFirstDay(e.target.value)}
          />
          {error('firstDay')}
        </div>
        <div className="field field-date">
          <label htmlFor={`${id}-last`}>{t('settings.build.lastDay')}</label>
          <input
            id={`${id}-last`}
            type="date"
            required
            value={lastDay}
            aria-invalid={fields.lastDay ? true : undefined}
            aria-describedby={describedBy('lastDay')}
            onChange={(e) => setLastDay(e.target.value)}
          />
          {error('lastDay')}
        </div>
      </div>
      <fieldset className="field closures">
        <legend>{t('settings.build.closures')}</legend>
        {closures.map((c, i) => (
          <fieldset key={c.key} className="closure" data-testid="closure">
            <legend className="visually-hidden">{t('settings.build.closure', { n: i + 1 })}</legend>
            <div className="field field-date">
              <label htmlFor={`${id}-c${c.key}-from`}>{t('settings.build.closureFrom')}</label>
              <input
                id={`${id}-c${c.key}-from`}
                type="date"
                value={c.from}
                aria-describedby={describedBy(`closures.${i}.from`)}
                onChange={(e) => setClosure(c.key, { from: e.target.value })}
              />
              {error(`closures.${i}.from`)}
            </div>
            <div className="field field-date">
              <label htmlFor={`${id}-c${c.key}-to`}>{t('settings.build.closureTo')}</label>
              <input
                id={`${id}-c${c.key}-to`}
                type="date"
                value={c.to}
                aria-describedby={describedBy(`closures.${i}.to`)}
                onChange={(e) => setClosure(c.key, { to: e.target.value })}
              />
              {error(`closures.${i}.to`)}
            </div>
            <div className="field">
              <label htmlFor={`${id}-c${c.key}-note`}>{t('settings.build.closureNote')}</label>
              <input
                id={`${id}-c${c.key}-note`}
                type="text"
                maxLength={200}
                value={c.note}
                onChange={(e) => setClosure(c.key, { note: e.target.value })}
              />
            </div>
            <button type="button" className="button button-quiet button-small" onClick={() => remove(c.key)}>
              {t('settings.build.removeClosure', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          ref={addButton}
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setClosures((cs) => [...cs, { key: nextKey, from: '', to: '', note: '' }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t('settings.build.addClosure')}
        </button>
      </fieldset>
      {onRecord && <p className="hint">{t('settings.build.replaceWarning', { year })}</p>}
      <div ref={statusRef} tabIndex={-1}>
        {status.kind === 'saved' && (
          <p className="notice notice-success" role="status">
            {t('settings.build.saved', { year: status.year, school: school.name, count: status.count })}
          </p>
        )}
        {status.kind === 'conflict' && (
          <p className="notice notice-error" role="alert">
            {t('settings.build.conflict')}
          </p>
        )}
        {status.kind === 'error' && (
          <p className="notice notice-error" role="alert">
            {fields.form ?? t('settings.build.error')}
          </p>
        )}
      </div>
      <p className="form-actions">
        <button type="submit" className="button button-primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('settings.build.saving') : t('settings.build.save')}
        </button>
      </p>
    </form>
  );
}
