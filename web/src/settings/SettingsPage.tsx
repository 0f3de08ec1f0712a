/**
 * District settings, for the district's administrators (the menu shows it when /me's abilities say so; anyone else
 * gets the API's answer: not found): the state profile with each number's source, the child count date, the IEP
 * meeting notice lead time, and each school's calendar (a school without one is flagged, its clocks estimated).
 */
import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { useApiQuery } from '../ui/query';
import { CalendarsCard } from './CalendarsCard';
import { SettingsFormCard } from './SettingsFormCard';
import { useT } from '../i18n';
import { getDistrictSettings, settingsKeys, type DistrictSettings } from './api';
import './settings.css';

type Load =
  | { phase: 'loading' }
  | { phase: 'notFound' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; settings: DistrictSettings };

export default function SettingsPage() {
  const t = useT();
  useDocumentTitle(t('settings.title'));
  const client = useQueryClient();
  const query = useApiQuery(settingsKeys.district, getDistrictSettings);
  const state: Load =
    query.status === 'success'
      ? { phase: 'ready', settings: query.data }
      : query.status === 'error'
        ? isApiError(query.error) && query.error.status === 404
          ? { phase: 'notFound' }
          : { phase: 'error', error: query.error }
        : { phase: 'loading' };

  // A reload after a conflict starts the form again from what is saved; a calendar change only refreshes the list.
  const [formKey, setFormKey] = useState(0);
  const { refetch } = query;
  const reload = useCallback(() => {
    void refetch();
    setFormKey((n) => n + 1);
  }, [refetch]);
  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: settingsKeys.district }), [client]);
  const saved = useCallback(
    (settings: DistrictSettings) => client.setQueryData(settingsKeys.district, settings),
    [client],
  );

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
