/** One school's calendar: the school years on record, then the two ways to enter one (a CSV import, or a year built from its dates). */
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { isAbort } from '../api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { listCalendars, type CalendarList } from './api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { CalendarBuild } from './CalendarBuild';
import { CalendarImport } from './CalendarImport';

type Load = { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; list: CalendarList };

export function CalendarPanel({
  school,
  currentSchoolYear,
  onChanged,
}: {
  school: { id: string; name: string };
  currentSchoolYear: string;
  onChanged: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const [state, setState] = useState<Load>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listCalendars(school.id, controller.signal).then(
      (list) => setState({ phase: 'ready', list }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [school.id, attempt]);

  const changed = useCallback(() => {
    setAttempt((n) => n + 1);
    onChanged();
  }, [onChanged]);

  return (
    <section
      id={`calendar-panel-${school.id}`}
      className="calendar-panel"
      aria-labelledby={`calendar-panel-${school.id}-heading`}
    >
      <h3 id={`calendar-panel-${school.id}-heading`}>{t('settings.calendar.title', { school: school.name })}</h3>
      {state.phase === 'loading' && (
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      )}
      {state.phase === 'error' && (
        <ErrorMessage
          error={state.error}
          message={t('settings.calendar.loadError')}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {state.phase === 'ready' &&
        (state.list.data.length === 0 ? (
          <p className="empty">{t('settings.calendar.none')}</p>
        ) : (
          <table className="data-table stacked calendar-years">
            <caption>{t('settings.calendar.yearsCaption', { school: school.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.calendar.column.year')}</th>
                <th scope="col">{t('settings.calendar.column.schoolDays')}</th>
                <th scope="col">{t('settings.calendar.column.span')}</th>
                <th scope="col">{t('settings.calendar.column.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {state.list.data.map((y) => (
                <tr key={y.schoolYear} data-testid="calendar-year" data-year={y.schoolYear}>
                  <th scope="row">{y.schoolYear}</th>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {t('settings.calendar.column.schoolDays')}
                    </span>
                    <span>{intl.formatNumber(y.instructionalDays)}</span>
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {t('settings.calendar.column.span')}
                    </span>
                    <span>
                      {y.firstInstructionalDay && y.lastInstructionalDay
                        ? t('settings.calendar.span', {
                            first: formatIsoDate(intl, y.firstInstructionalDay),
                            last: formatIsoDate(intl, y.lastInstructionalDay),
                          })
                        : '—'}
                    </span>
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {t('settings.calendar.column.updated')}
                    </span>
                    <span>
                      {t('settings.calendar.updated', {
                        when: intl.formatDate(y.updatedAt, { dateStyle: 'medium' }),
                        name: y.updatedByName ?? 'OpenIEP',
                      })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {state.phase === 'ready' && (
        <div className="calendar-tools">
          <CalendarImport school={school} currentSchoolYear={currentSchoolYear} onImported={changed} />
          <CalendarBuild
            school={school}
            currentSchoolYear={currentSchoolYear}
            years={state.list.data}
            onSaved={changed}
          />
        </div>
      )}
    </section>
  );
}
