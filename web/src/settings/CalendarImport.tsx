/**
 * A school's calendar from a CSV file (upload or paste): "Check the file" asks the server for a dry run — what each
 * school year would hold and what it replaces, the warnings, or every rejected row by line and column — then
 * "Import" writes it. Nothing is written while a row is rejected. The server's reasons are English (lang="en").
 */
import { useId, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { importCalendar, type CalendarImportResult } from './api';
import { nearbySchoolYears, rejectedRows, type ImportIssue } from './logic';

type State =
  | { kind: 'editing' }
  | { kind: 'checking' }
  | { kind: 'checked'; result: CalendarImportResult }
  | { kind: 'importing'; result: CalendarImportResult }
  | { kind: 'rejected'; rows: ImportIssue[] }
  | { kind: 'done'; result: CalendarImportResult }
  | { kind: 'error'; message: string };

function IssueTable({ caption, rows, testId }: { caption: string; rows: readonly ImportIssue[]; testId: string }) {
  const t = useT();
  const intl = useIntl();
  return (
    <table className="data-table stacked import-issues" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.import.column.line')}</th>
          <th scope="col">{t('settings.import.column.field')}</th>
          <th scope="col">{t('settings.import.column.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.line}:${r.field}:${r.reason}`}>
            <th scope="row">{r.line || '—'}</th>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('settings.import.column.field')}
              </span>
              <code>{r.field}</code>
            </td>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('settings.import.column.reason')}
              </span>
              <span lang={intl.locale === 'en' ? undefined : 'en'}>{r.reason}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CalendarImport({
  school,
  currentSchoolYear,
  onImported,
}: {
  school: { id: string; name: string };
  currentSchoolYear: string;
  onImported: () => void;
}) {
  const t = useT();
  const id = useId();
  const [csv, setCsv] = useState('');
  const [year, setYear] = useState('');
  const [state, setState] = useState<State>({ kind: 'editing' });
  const resultRef = useRef<HTMLDivElement>(null);
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  const edited = (text: string) => {
    setCsv(text);
    if (state.kind !== 'editing') setState({ kind: 'editing' });
  };

  const run = async (dryRun: boolean) => {
    if (!csv.trim()) {
      setState({ kind: 'error', message: t('settings.import.empty') });
      focusResult();
      return;
    }
    const previous = state.kind === 'checked' ? state.result : null;
    setState(dryRun || !previous ? { kind: 'checking' } : { kind: 'importing', result: previous });
    try {
      const result = await importCalendar(school.id, { csv, dryRun, ...(year ? { schoolYear: year } : {}) });
      setState(dryRun ? { kind: 'checked', result } : { kind: 'done', result });
      if (!dryRun) {
        setCsv('');
        onImported();
      }
    } catch (err) {
      if (isApiError(err) && err.status === 422) setState({ kind: 'rejected', rows: rejectedRows(err.errors) });
      else
        setState({
          kind: 'error',
          message: isApiError(err) && err.code === 'NETWORK' ? t('common.error.network') : t('settings.import.error'),
        });
    }
    focusResult();
  };

  const busy = state.kind === 'checking' || state.kind === 'importing';

  return (
    <section className="calendar-import" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('settings.import.title')}</h4>
      <p className="hint">{t('settings.import.intro')}</p>
      <ImportInputs
        id={id}
        csv={csv}
        year={year}
        currentSchoolYear={currentSchoolYear}
        onCsv={edited}
        onYear={setYear}
      />
      <p className="form-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run(true)}>
          {state.kind === 'checking' ? t('settings.import.checking') : t('settings.import.check')}
        </button>
      </p>

      <ImportResult state={state} resultRef={resultRef} school={school} busy={busy} onImport={() => void run(false)} />
    </section>
  );
}

/** The CSV (a file, or pasted) and the school year to keep from it. */
function ImportInputs({
  id,
  csv,
  year,
  currentSchoolYear,
  onCsv,
  onYear,
}: {
  id: string;
  csv: string;
  year: string;
  currentSchoolYear: string;
  onCsv: (text: string) => void;
  onYear: (year: string) => void;
}) {
  const t = useT();
  const chooseFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) onCsv(await file.text());
  };
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('settings.import.file')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(e) => void chooseFile(e)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('settings.import.paste')}</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          spellCheck={false}
          value={csv}
          onChange={(e) => onCsv(e.target.value)}
          placeholder="date,instructional,note"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('settings.import.year')}</label>
        <select id={`${id}-year`} value={year} onChange={(e) => onYear(e.target.value)}>
          <option value="">{t('settings.import.anyYear')}</option>
          {nearbySchoolYears(currentSchoolYear).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** What the last check or import said: a preview (with Import), the rejected rows, the years imported, or an error. */
function ImportResult({
  state,
  resultRef,
  school,
  busy,
  onImport,
}: {
  state: State;
  resultRef: RefObject<HTMLDivElement | null>;
  school: { name: string };
  busy: boolean;
  onImport: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const span = (y: CalendarImportResult['years'][number]) =>
    y.firstInstructionalDay && y.lastInstructionalDay
      ? t('settings.calendar.span', {
          first: formatIsoDate(intl, y.firstInstructionalDay),
          last: formatIsoDate(intl, y.lastInstructionalDay),
        })
      : '—';
  return (
    <div ref={resultRef} tabIndex={-1} className="import-result" aria-live="polite">
      {state.kind === 'error' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'rejected' && (
        <div className="notice notice-error" role="alert" data-testid="import-rejected">
          <p>{t('settings.import.rejected', { count: state.rows.length })}</p>
          <IssueTable caption={t('settings.import.rejectedCaption')} rows={state.rows} testId="rejected-rows" />
        </div>
      )}
      {(state.kind === 'checked' || state.kind === 'importing') && (
        <div className="notice notice-info" data-testid="import-preview">
          <p>{t('settings.import.preview')}</p>
          <ul>
            {state.result.years.map((y) => (
              <li key={y.schoolYear}>
                {t('settings.import.previewYear', {
                  year: y.schoolYear,
                  listed: y.listed,
                  school: y.instructionalDays,
                  span: span(y),
                  replaces: y.replaces
                    ? t('settings.import.replaces', { days: y.replaces.days })
                    : t('settings.import.replacesNone'),
                })}
              </li>
            ))}
          </ul>
          {state.result.warnings.length > 0 && (
            <IssueTable
              caption={t('settings.import.warningsCaption')}
              rows={state.result.warnings}
              testId="import-warnings"
            />
          )}
          <p className="form-actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={onImport}>
              {state.kind === 'importing' ? t('settings.import.importing') : t('settings.import.confirm')}
            </button>
          </p>
        </div>
      )}
      {state.kind === 'done' && (
        <p className="notice notice-success" role="status" data-testid="import-done">
          {t('settings.import.done', {
            school: school.name,
            years: state.result.years.map((y) => y.schoolYear).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
