/**
 * District settings, for the district's administrators (the menu shows it when /me's abilities say so; anyone else
 * gets the API's answer: not found): the state profile with each number's source, the child count date, the IEP
 * meeting notice lead time, and each school's calendar (a school without one is flagged, its clocks estimated).
 */
import { useCallback, useEffect, useState } from 'react';
import { isAbort, isApiError } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { CalendarsCard } from './CalendarsCard';
import { SettingsFormCard } from './SettingsFormCard';
import { useT } from '../i18n';
import { getDistrictSettings, type DistrictSettings } from './api';
import './settings.css';

type Load =
  | { phase: 'loading' }
  | { phase: 'notFound' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; settings: DistrictSettings };

export default function SettingsPage() {
  const t = useT();
  useDocumentTitle(t('settings.title'));
  const [state, setState] = useState<Load>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getDistrictSettings(controller.signal).then(
      (settings) => setState({ phase: 'ready', settings }),
      (error: unknown) => {
        if (isAbort(error)) return;
        setState(isApiError(error) && error.status === 404 ? { phase: 'notFound' } : { phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // A reload after a conflict starts the form again from what is saved; a calendar change only refreshes the list.
  const [formKey, setFormKey] = useState(0);
  const reload = useCallback(() => {
    setAttempt((n) => n + 1);
    setFormKey((n) => n + 1);
  }, []);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const saved = useCallback((settings: DistrictSettings) => setState({ phase: 'ready', settings }), []);

  return (
    <div className="settings-page" aria-busy={state.phase === 'loading'}>
      <PageHeading>{t('settings.title')}</PageHeading>
      {state.phase === 'loading' && (
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      )}
      {state.phase === 'notFound' && <p className="notice notice-info">{t('settings.notFound')}</p>}
      {state.phase === 'error' && <ErrorMessage error={state.error} message={t('settings.error')} onRetry={reload} />}
      {state.phase === 'ready' && (
        <>
          <p className="lede">{t('settings.intro', { district: state.settings.districtName })}</p>
          <SettingsFormCard key={formKey} settings={state.settings} onSaved={saved} onReload={reload} />
          <CalendarsCard settings={state.settings} onChanged={refresh} />
        </>
      )}
    </div>
  );
}
