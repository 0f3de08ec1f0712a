import { isApiError } from '../api';
import { useT } from '../i18n';

/** A failed request, said plainly, with a way to try again. Problem details from the API are English-only, so the catalogue speaks here. */
export function ErrorMessage({ error, message, onRetry }: { error: unknown; message: string; onRetry?: () => void }) {
  const t = useT();
  let reason = t('common.error.generic');
  if (isApiError(error)) {
    if (error.code === 'NETWORK') reason = t('common.error.network');
    else if (error.status === 403) reason = t('common.error.forbidden');
    else if (error.status === 429) reason = t('common.error.rateLimited');
  }
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{message}</strong> {reason}
      </p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
