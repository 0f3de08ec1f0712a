/**
 * The schools and whether each has its calendar for the current school year; a warning names those without one (their
 * school-day clocks are estimates). Each school opens its calendar: the years on record, a CSV import, a year built
 * from its first and last day and closures.
 */
import { useState } from 'react';
import { useT } from '../i18n';
import type { DistrictSettings } from './api';
import { CalendarPanel } from './CalendarPanel';

export function CalendarsCard({ settings, onChanged }: { settings: DistrictSettings; onChanged: () => void }) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const year = settings.currentSchoolYear;
  const missing = settings.schools.filter((s) => !s.hasCurrentCalendar);
  const school = settings.schools.find((s) => s.id === open) ?? null;
  return (
    <section className="card record-section settings-calendars" aria-labelledby="settings-calendars-heading">
      <h2 id="settings-calendars-heading">{t('settings.calendars.title')}</h2>
      <p className="hint">{t('settings.calendars.intro')}</p>
      {missing.length > 0 && (
        <p className="notice notice-warning" data-testid="calendar-warning">
          {t('settings.calendars.missingWarning', {
            count: missing.length,
            year,
            names: missing.map((s) => s.name).join(', '),
          })}
        </p>
      )}
      <table className="data-table stacked calendars-table">
        <caption className="visually-hidden">{t('settings.calendars.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.calendars.column.school')}</th>
            <th scope="col">{t('settings.calendars.column.calendar', { year })}</th>
            <th scope="col">{t('settings.calendars.column.action')}</th>
          </tr>
        </thead>
        <tbody>
          {settings.schools.map((s) => (
            <tr key={s.id} data-testid="calendar-school" data-school={s.name} data-present={s.hasCurrentCalendar}>
              <th scope="row">{s.name}</th>
              <td>
                <span className="cell-label" aria-hidden="true">
                  {t('settings.calendars.column.calendar', { year })}
                </span>
                <span className={`badge ${s.hasCurrentCalendar ? 'badge-calendar-present' : 'badge-warning'}`}>
                  {s.hasCurrentCalendar ? t('settings.calendars.present') : t('settings.calendars.missing')}
                </span>
              </td>
              <td>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-expanded={open === s.id}
                  aria-controls={open === s.id ? `calendar-panel-${s.id}` : undefined}
                  onClick={() => setOpen(open === s.id ? null : s.id)}
                >
                  {open === s.id
                    ? t('settings.calendars.close', { school: s.name })
                    : t('settings.calendars.open', { school: s.name })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {school && <CalendarPanel key={school.id} school={school} currentSchoolYear={year} onChanged={onChanged} />}
    </section>
  );
}
