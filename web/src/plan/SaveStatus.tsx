/**
 * The autosave status, said politely (role="status"): "Saving…", "All changes saved", "Offline — your
 * changes are kept on this device", "Not saved: …". The text is in the live region; the buttons that go
 * with a failure sit beside it, outside, so they are not read out on every change.
 */
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import type { SaveStatus } from './autosave';
import { focusPath } from './sections';

export function saveStatusText(t: ReturnType<typeof useT>, status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return t('plan.save.idle');
    case 'pending':
      return t('plan.save.pending');
    case 'saving':
      return t('plan.save.saving');
    case 'saved':
      return t('plan.save.saved');
    case 'offline':
      return t('plan.save.offline');
    case 'conflict':
      return t('plan.save.conflict');
    case 'error':
      return t('plan.save.error', { reason: t(`plan.save.reason.${status.reason}`) });
  }
}

export function SaveStatusBar({
  status,
  onRetry,
  onDiscard,
}: {
  status: SaveStatus;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const failed = status.kind === 'error' || status.kind === 'offline';
  return (
    <div className={`save-status save-status-${status.kind}`}>
      <p role="status" className="save-status-text" data-testid="save-status">
        <span className="save-status-icon" aria-hidden="true">
          {status.kind === 'saved'
            ? '✓'
            : status.kind === 'saving'
              ? '…'
              : failed || status.kind === 'conflict'
                ? '!'
                : '•'}
        </span>
        {saveStatusText(t, status)}
      </p>
      {status.kind === 'error' && status.errors.length > 0 && (
        <ul className="save-status-errors">
          {status.errors.map((e, i) => (
            <li key={i}>
              <a
                href={`#${e.path}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  // The API names fields with dots ('goals.0.text'); the editor's ids use the findings' form.
                  focusPath(e.path.replace(/\.(\d+)(?=\.|$)/g, '[$1]'));
                }}
              >
                {intl.locale === 'en' ? e.message : t('plan.save.reason.invalid')}
              </a>
            </li>
          ))}
        </ul>
      )}
      {failed && (
        <div className="save-status-actions">
          <button type="button" className="button button-secondary button-small" onClick={onRetry}>
            {t('plan.save.retry')}
          </button>
          {status.kind === 'error' && status.reason !== 'session' && (
            <button type="button" className="button button-quiet button-small" onClick={onDiscard}>
              {t('plan.save.discard')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
