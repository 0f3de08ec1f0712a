/**
 * What the family shared to prepare for the meeting (staff who manage the case): each preparation checklist shared
 * with the team — who shared it and when, the steps they checked, and their notes (questions, strengths, concerns, what
 * is working, what they want to ask for) in their own words. Labels are the family portal's own (portal.prepare.*),
 * so the team reads the same checklist the family filled in. Not shown to anyone the API does not answer (404/403).
 */
import { useIntl } from 'react-intl';
import { PREPARATION_ITEMS, PREPARATION_NOTES } from '../../../src/domain/family';
import { isApiError } from '../api';
import { useApiQuery } from '../ui/query';
import { preparationsKey } from './keys';
import { useT } from '../i18n';
import { listSharedPreparations, type Meeting, type SharedPreparation } from './api';

export function FamilyPreparations({ meeting }: { meeting: Pick<Meeting, 'id'> }) {
  const t = useT();
  const query = useApiQuery(preparationsKey(meeting.id), (signal) => listSharedPreparations(meeting.id, signal));
  const hidden = query.isError && isApiError(query.error) && (query.error.status === 404 || query.error.status === 403);

  if (hidden) return null;
  return (
    <section
      className="card meeting-card"
      aria-labelledby="prep-heading"
      aria-busy={query.isPending}
      data-testid="family-preparations"
    >
      <h2 id="prep-heading">{t('meetings.prep.title')}</h2>
      <p className="hint">{t('meetings.prep.intro')}</p>
      {query.isPending && <p role="status">{t('meetings.prep.loading')}</p>}
      {query.isError && (
        <div className="notice notice-error" role="alert">
          <p>{t('meetings.prep.error')}</p>
          <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {query.isSuccess &&
        (query.data.length === 0 ? (
          <p className="empty">{t('meetings.prep.none')}</p>
        ) : (
          <ul className="meeting-preps">
            {query.data.map((p) => (
              <li key={`${p.meetingId}-${p.authorName}-${p.sharedAt ?? ''}`}>
                <SharedChecklist prep={p} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function SharedChecklist({ prep: p }: { prep: SharedPreparation }) {
  const t = useT();
  const intl = useIntl();
  const when = (iso: string) => intl.formatDate(iso, { dateStyle: 'long', timeStyle: 'short' });
  const items = PREPARATION_ITEMS.filter((i) => p.checklist.items.includes(i));
  const notes = PREPARATION_NOTES.filter((n) => p.checklist.notes[n].trim());
  const changedAfter = p.sharedAt && p.updatedAt && p.updatedAt > p.sharedAt ? p.updatedAt : null;
  return (
    <article className="meeting-prep">
      <h3 className="meeting-prep-head">
        {t('meetings.prep.sharedBy', { name: p.authorName, date: p.sharedAt ? when(p.sharedAt) : '—' })}
      </h3>
      <p className="meeting-prep-meta">
        {t('portal.prepare.progress', p.progress)}
        {changedAfter && ` · ${t('meetings.prep.changedAfter', { date: when(changedAfter) })}`}
      </p>
      <h4>{t('meetings.prep.steps')}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('meetings.prep.noSteps')}</p>
      ) : (
        <ul className="meeting-prep-items">
          {items.map((i) => (
            <li key={i}>
              <span aria-hidden="true" className="meeting-mark">
                ✓
              </span>
              {t(`portal.prepare.item.${i}`)}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('meetings.prep.notes')}</h4>
      {notes.length === 0 ? (
        <p className="muted">{t('meetings.prep.noNotes')}</p>
      ) : (
        <dl className="meeting-prep-notes">
          {notes.map((n) => (
            <div key={n}>
              <dt>{t(`portal.prepare.note.${n}`)}</dt>
              <dd>{p.checklist.notes[n]}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
