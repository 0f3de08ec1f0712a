/**
 * A school year built from its first and last day of school and its closures (src/domain/calendar.ts buildSchoolYear
 * on the server): weekdays between are school days except during closures; every other date of the year is not.
 * Replacing a year on record sends its version (If-Match), so a calendar changed meanwhile is not overwritten.
 * The form is the shared hook on the API's own schema (its "first and last day" branch).
 */
import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import { putCalendarSchema } from '../../../src/api/settings';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { useForm, type Form } from '../ui/form';
import { saveCalendarYear, type CalendarYearSummary } from './api';
import { nearbySchoolYears } from './logic';

interface ClosureRow {
  key: number;
  from: string;
  to: string;
  note: string;
}

interface BuildValues {
  year: string;
  firstDay: string;
  lastDay: string;
  closures: ClosureRow[];
}

/** The API's schema for a year built from its first and last day and its closures. */
const buildSchema = putCalendarSchema.options[0];

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; year: string; count: number }
  | { kind: 'conflict' }
  | { kind: 'error' };

/** A field's message from the API or the schema (English: lang="en" elsewhere), and the id that describes it. */
interface Kit {
  id: string;
  form: Form<BuildValues>;
  error: (path: string) => ReactNode;
  describedBy: (path: string) => string | undefined;
}

function useBuildForm(
  school: { id: string },
  currentSchoolYear: string,
  years: readonly CalendarYearSummary[],
  onSaved: () => void,
) {
  const [saved, setSaved] = useState<{ year: string; count: number } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const focusStatus = () => requestAnimationFrame(() => statusRef.current?.focus());
  const onRecordOf = (year: string) => years.find((y) => y.schoolYear === year) ?? null;
  const form = useForm({
    initial: (): BuildValues => ({ year: currentSchoolYear, firstDay: '', lastDay: '', closures: [] }),
    schema: buildSchema,
    toInput: (v: BuildValues) => ({
      firstDay: v.firstDay,
      lastDay: v.lastDay,
      closures: v.closures.map(({ from, to, note }) => ({ from, to, note })),
    }),
    onInvalid: focusStatus,
    onSubmit: async (body, v) => {
      setSaved(null);
      try {
        const year = await saveCalendarYear(school.id, v.year, onRecordOf(v.year)?.version ?? null, body);
        setSaved({ year: year.schoolYear, count: year.instructionalDays });
        onSaved();
      } finally {
        focusStatus();
      }
    },
  });
  const e = form.error;
  const status: Status = form.pending
    ? { kind: 'saving' }
    : isApiError(e) && (e.status === 412 || e.status === 428)
      ? { kind: 'conflict' }
      : e || Object.keys(form.errors).length
        ? { kind: 'error' }
        : saved
          ? { kind: 'saved', ...saved }
          : { kind: 'idle' };
  return { form, status, statusRef, onRecord: onRecordOf(form.values.year) };
}

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
  const { form, status, statusRef, onRecord } = useBuildForm(school, currentSchoolYear, years, onSaved);
  const errorLang = intl.locale === 'en' ? undefined : 'en';
  const fields = form.errors;
  const kit: Kit = {
    id,
    form,
    error: (path) =>
      fields[path] ? (
        <p className="field-error" id={`${id}-${path}-error`} lang={errorLang}>
          {fields[path]}
        </p>
      ) : null,
    describedBy: (path) => (fields[path] ? `${id}-${path}-error` : undefined),
  };

  return (
    <form className="calendar-build" aria-labelledby={`${id}-title`} onSubmit={(e) => void form.submit(e)} noValidate>
      <h4 id={`${id}-title`}>{t('settings.build.title')}</h4>
      <p className="hint">{t('settings.build.intro')}</p>
      <YearAndDays kit={kit} currentSchoolYear={currentSchoolYear} />
      <Closures kit={kit} />
      {onRecord && <p className="hint">{t('settings.build.replaceWarning', { year: form.values.year })}</p>}
      <BuildStatus status={status} statusRef={statusRef} school={school} />
      <p className="form-actions">
        <button type="submit" className="button button-primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('settings.build.saving') : t('settings.build.save')}
        </button>
      </p>
    </form>
  );
}

/** The school year, and its first and last day of school. */
function YearAndDays({ kit, currentSchoolYear }: { kit: Kit; currentSchoolYear: string }) {
  const t = useT();
  const { id, form, error, describedBy } = kit;
  return (
    <div className="field-grid field-grid-narrow">
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('settings.build.year')}</label>
        <select id={`${id}-year`} value={form.values.year} onChange={(e) => form.set('year', e.target.value)}>
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
          value={form.values.firstDay}
          aria-invalid={form.errors.firstDay ? true : undefined}
          aria-describedby={describedBy('firstDay')}
          onChange={(e) => form.set('firstDay', e.target.value)}
        />
        {error('firstDay')}
      </div>
      <div className="field field-date">
        <label htmlFor={`${id}-last`}>{t('settings.build.lastDay')}</label>
        <input
          id={`${id}-last`}
          type="date"
          required
          value={form.values.lastDay}
          aria-invalid={form.errors.lastDay ? true : undefined}
          aria-describedby={describedBy('lastDay')}
          onChange={(e) => form.set('lastDay', e.target.value)}
        />
        {error('lastDay')}
      </div>
    </div>
  );
}

/** The closures: each a first and last day and a note; add and remove rows. */
function Closures({ kit }: { kit: Kit }) {
  const t = useT();
  const { id, form, error, describedBy } = kit;
  const [nextKey, setNextKey] = useState(1);
  const addButton = useRef<HTMLButtonElement>(null);
  const setClosures = (f: (cs: ClosureRow[]) => ClosureRow[]) =>
    form.setValues((v) => ({ ...v, closures: f(v.closures) }));
  const setClosure = (key: number, patch: Partial<ClosureRow>) =>
    setClosures((cs) => cs.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const remove = (key: number) => {
    setClosures((cs) => cs.filter((c) => c.key !== key));
    addButton.current?.focus();
  };
  return (
    <fieldset className="field closures">
      <legend>{t('settings.build.closures')}</legend>
      {form.values.closures.map((c, i) => (
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
  );
}

/** Saved (with the school days it holds), a conflict, or a refusal; focused after each try. */
function BuildStatus({
  status,
  statusRef,
  school,
}: {
  status: Status;
  statusRef: RefObject<HTMLDivElement | null>;
  school: { name: string };
}) {
  const t = useT();
  return (
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
          {t('settings.build.error')}
        </p>
      )}
    </div>
  );
}
