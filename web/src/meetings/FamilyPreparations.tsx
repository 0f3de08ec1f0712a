/**
 * What the family shared to prepare for the meeting (staff who manage the case): each preparation checklist shared
 * with the team — who shared it and when, the steps they checked, and their notes (questions, strengths, concerns, what
 * is working, what they want to ask for) in their own words. Labels are the family portal's own (portal.prepare.*),
 * so the team reads the same checklist the family filled in. Not shown to anyone the API does not answer (404/403).
 */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { PREPARATION_ITEMS, PREPARATION_NOTES } from '../../../src/domain/family';
import { isAbort, isApiError } from '../api';
import { useT } from '../i18n';
import { listSharedPreparations, type Meeting, type SharedPreparation } from './api';

type State =
  { phase: 'loading' } | { phase: 'hidden' } | { phase: 'error' } | { phase: 'ready'; list: SharedPreparation[] };

export function FamilyPreparations({ meeting }: { meeting: Pick<Meeting, 'id'> }) {
  const t = useT();
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ phase: 'loading' });
    listSharedPreparations(meeting.id, controller.signal).then(
      (list) => setState({ phase: 'ready', list }),
      (e: unknown) => {
        if (isAbort(e)) return;
        setState(isApiError(e) && (e.status === 404 || e.status === 403) ? { phase: 'hidden' } : { phase: 'error' });
      },
    );
    return () => controller.abort();
  }, [meeting.id, attempt]);

  if (state.phase === 'hidden') return null;
  return (
    <section
      className="card meeting-card"
      aria-labelledby="prep-heading"
      aria-busy={state.phase === 'loading'}
      data-testid="family-preparations"
    >
      <h2 id="prep-heading">{t('meetings.prep.title')}</h2>
      <p className="hint">{t('meetings.prep.intro')}</p>
      {state.phase === 'loading' && <p role="status">{t('meetings.prep.loading')}</p>}
      {state.phase === 'error' && (
        <div className="notice notice-error" role="alert">
          <p>{t('meetings.prep.error')}</p>
          <button type="button" className="button button-secondary" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.phase === 'ready' &&
        (state.list.length === 0 ? (
          <p className="empty">{t('meetings.prep.none')}</p>
        ) : (
          <ul className="meeting-preps">
            {state.list.map((p) => (
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
  const notes = PREPARATION_NOTES.filter((n) => p.checklist.notes[n]?.trim());
  const changedAfter = p.sharedAt && p.updatedAt && p.updatedAt > p.sharedAt;
  return (
    <article className="meeting-prep">
      <h3 className="meeting-prep-head">
        {t('meetings.prep.sharedBy', { name: p.authorName, date: p.sharedAt ? when(p.sharedAt) : '—' })}
      </h3>
      <p className="meeting-prep-meta">
        {t('portal.prepare.progress', p.progress)}
        {changedAfter && ` · ${t('meetings.prep.changedAfter', { date: when(p.updatedAt!) })}`}
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
