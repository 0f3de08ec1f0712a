/**
 * Unsaved copies of a child's records kept in this browser (src/local-drafts.ts), shown where they would otherwise be
 * left behind:
 * - SignOutDraftsDialog: signing out with copies kept asks first (modal): open each to save it, or discard them and
 *   sign out. The list follows the editors still saving; once empty, signing out needs nothing more.
 * - ExpiredDraftsNotice: on the sign-in page after a session ended, how many are kept (no names: the next person at
 *   this browser may read it), with a discard that asks for confirmation. Signing in again restores and saves them.
 */
import { useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n';
import { discardDrafts, listDrafts, type LocalDraft } from '../local-drafts';
import { closeDialog, Confirm, Dialog, useConfirm } from '../ui/Dialog';

const POLL_MS = 1000;

/** The person's copies, read again every second while shown (an editor may still be saving one). */
function useDrafts(userId: string | undefined): LocalDraft[] {
  const [drafts, setDrafts] = useState(() => listDrafts(userId));
  useEffect(() => {
    const read = () =>
      setDrafts((old) => {
        const next = listDrafts(userId);
        return next.length === old.length && next.every((d, i) => d.key === old.at(i)?.key && d.at === old.at(i)?.at)
          ? old
          : next;
      });
    const timer = window.setInterval(read, POLL_MS);
    window.addEventListener('storage', read);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('storage', read);
    };
  }, [userId]);
  return drafts;
}

export function SignOutDraftsDialog({
  userId,
  busy,
  onSignOut,
  onCancel,
}: {
  userId: string;
  busy: boolean;
  /** Sign out, after removing `discard` (empty when everything got saved meanwhile). */
  onSignOut: (discard: LocalDraft[]) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const drafts = useDrafts(userId);

  const when = (at: string | null) =>
    at ? t('drafts.keptAt', { when: intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' }) }) : null;

  return (
    <Dialog
      className="case-dialog local-drafts-dialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-intro`}
      onDismiss={onCancel}
      testId="local-drafts-dialog"
    >
      <div className="case-dialog-inner">
        <h2 id={`${id}-title`}>{t('drafts.dialog.title')}</h2>
        {drafts.length > 0 ? (
          <>
            <p id={`${id}-intro`}>{t('drafts.dialog.intro')}</p>
            <ul className="local-drafts-list">
              {drafts.map((d) => (
                <li key={d.key}>
                  <span>
                    {t(`drafts.kind.${d.kind}`)}
                    {d.at && <span className="muted"> — {when(d.at)}</span>}
                  </span>
                  {d.path && (
                    <Link
                      to={d.path}
                      className="button button-secondary button-small"
                      onClick={(e) => closeDialog(e.currentTarget)}
                    >
                      {t('drafts.open')}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p id={`${id}-intro`} role="status">
            {t('drafts.allSaved')}
          </p>
        )}
        <div className="plan-actions-row">
          {drafts.length > 0 ? (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => onSignOut(drafts)}>
              {t('drafts.discardAndSignOut')}
            </button>
          ) : (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => onSignOut([])}>
              {t('drafts.signOut')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={(e) => closeDialog(e.currentTarget)}>
            {t('drafts.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

export function ExpiredDraftsNotice() {
  const t = useT();
  const drafts = useDrafts(undefined);
  const confirm = useConfirm();
  const [discarded, setDiscarded] = useState(false);

  if (discarded) {
    return (
      <p className="notice notice-info" role="status">
        {t('drafts.discarded')}
      </p>
    );
  }
  if (drafts.length === 0) return null;
  return (
    <div className="notice notice-warning local-drafts-notice" data-testid="expired-drafts">
      <p>{t('drafts.expired.notice', { count: drafts.length })}</p>
      {confirm.asking ? (
        <Confirm
          question={t('drafts.expired.confirm')}
          yes={t('drafts.expired.confirmYes')}
          no={t('drafts.expired.confirmNo')}
          className="button-small"
          onYes={() => {
            discardDrafts(drafts);
            confirm.done();
            setDiscarded(true);
          }}
          onNo={confirm.cancel}
        />
      ) : (
        <button type="button" className="button button-secondary button-small" onClick={confirm.ask}>
          {t('drafts.expired.discard')}
        </button>
      )}
    </div>
  );
}
