import { useT } from '../i18n';

/**
 * A save refused because someone else changed the record since this screen loaded it (412, or 409 VERSION_STALE):
 * nothing was overwritten. Says so, and offers to load the record as it is now.
 */
export function StaleNotice({ message, onReload }: { message: string; onReload: () => void }) {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert" data-testid="stale-notice">
      <p>{message}</p>
      <button type="button" className="button button-secondary button-small" onClick={onReload}>
        {t('common.reload')}
      </button>
    </div>
  );
}
