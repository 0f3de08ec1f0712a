/** One school's calendar: the school years on record, then the two ways to enter one (a CSV import, or a year built from its dates). */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { listCalendars, settingsKeys, type CalendarList } from './api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApiQuery } from '../ui/query';
import { CalendarBuild } from './CalendarBuild';
import { CalendarImport } from './CalendarImport';

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
  const client = useQueryClient();
  const query = useApiQuery(settingsKeys.calendars(school.id), (signal) => listCalendars(school.id, signal));

  // An import or a saved year: the school's years load again, and so do the settings that flag missing calendars.
  const changed = useCallback(() => {
    void client.invalidateQueries({ queryKey: settingsKeys.calendars(school.id) });
    onChanged();
  }, [client, school.id, onChanged]);

  return (
    <section
      id={`calendar-panel-${school.id}`}
      className="calendar-panel"
      aria-labelledby={`calendar-panel-${school.id}-heading`}
    >
      <h3 id={`calendar-panel-${school.id}-heading`}>{t('settings.calendar.title', { school: school.name })}</h3>
      {query.isPending && (
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      )}
      {query.isError && (
        <ErrorMessage
          error={query.error}
          message={t('settings.calendar.loadError')}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isSuccess &&
        (query.data.data.length === 0 ? (
          <p className="empty">{t('settings.calendar.none')}</p>
        ) : (
          <CalendarYears school={school} list={query.data} />
        ))}
      {query.isSuccess && (
        <div className="calendar-tools">
          <CalendarImport school={school} currentSchoolYear={currentSchoolYear} onImported={changed} />
          <CalendarBuild
            school={school}
            currentSchoolYear={currentSchoolYear}
            years={query.data.data}
            onSaved={changed}
          />
        </div>
      )}
    </section>
  );
}

/** The school years on record: school days, first to last, and who changed each last. */
function CalendarYears({ school, list }: { school: { name: string }; list: CalendarList }) {
  const t = useT();
  const intl = useIntl();
  return (
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
        {list.data.map((y) => (
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
  );
}
