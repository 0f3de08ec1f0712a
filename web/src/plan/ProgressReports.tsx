/**
 * Progress reports on the plan page (34 CFR 300.320(a)(3)(ii)): the case team drafts a report, rates each goal
 * and sends it to the family; the family reads what was sent, in English or Spanish (PDF).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { isStale } from '../api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import {
  issueProgress,
  listProgress,
  progressPdfUrl,
  PROGRESS_RATINGS,
  saveProgress,
  startProgress,
  type ProgressList,
  type ProgressReport,
} from './progress-api';
import { useApiQuery } from '../ui/query';
import { progressKey } from './keys';
import { ErrorMessage } from '../ui/ErrorMessage';
import { StaleNotice } from '../ui/StaleNotice';

export function ProgressReports({ planId }: { planId: string }) {
  const t = useT();
  const client = useQueryClient();
  const key = progressKey(planId);
  const query = useApiQuery(key, (signal) => listProgress(planId, signal));
  const reports = query.data?.data ?? null;
  const canEdit = query.data?.abilities.edit ?? false;
  const canView = query.data?.abilities.view ?? true;
  // A report that could not be started is said where a failed load is.
  const [startError, setStartError] = useState<unknown>(null);
  const error = startError ?? query.error;
  const [period, setPeriod] = useState('');
  const [busy, setBusy] = useState(false);
  const load = () => {
    setStartError(null);
    void query.refetch();
  };
  const setReports = (update: (list: ProgressReport[]) => ProgressReport[]) =>
    client.setQueryData<ProgressList>(key, (old) => (old ? { ...old, data: update(old.data) } : old));

  // Arriving from a "progress report due" action (/plans/:id#progress): bring the section into view once it is there.
  const loaded = reports !== null;
  useEffect(() => {
    if (loaded && window.location.hash === '#progress') document.getElementById('progress')?.scrollIntoView();
  }, [loaded]);

  if (!canView) return null;
  const replace = (r: ProgressReport) => setReports((list) => list.map((x) => (x.id === r.id ? r : x)));

  return (
    <section className="record-section progress" id="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('progress.title')}</h2>
      <p className="muted">{t('progress.intro')}</p>
      {error !== null && <ErrorMessage error={error} message={t('common.error.generic')} onRetry={load} />}
      {reports !== null && reports.length === 0 && <p className="empty">{t('progress.none')}</p>}
      {reports?.map((r) => (
        <ReportCard key={r.id} report={r} onChange={replace} onReload={() => load()} />
      ))}
      {canEdit && (
        <form
          className="progress-start"
          onSubmit={(e) => {
            e.preventDefault();
            if (!period.trim()) return;
            setBusy(true);
            startProgress(planId, period.trim()).then(
              (r) => {
                setReports((list) => [...list, r]);
                setPeriod('');
                setBusy(false);
              },
              (err: unknown) => {
                setStartError(err);
                setBusy(false);
              },
            );
          }}
        >
          <label htmlFor="progress-period">{t('progress.period')}</label>
          <span className="hint" id="progress-period-hint">
            {t('progress.periodHint')}
          </span>
          <input
            id="progress-period"
            aria-describedby="progress-period-hint"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            maxLength={200}
            required
          />
          <button type="submit" className="button" disabled={busy}>
            {t('progress.start')}
          </button>
        </form>
      )}
    </section>
  );
}

function ReportCard({
  report,
  onChange,
  onReload,
}: {
  report: ProgressReport;
  onChange: (r: ProgressReport) => void;
  onReload: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const [draft, setDraft] = useState(report);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'issued'>('idle');
  const [error, setError] = useState<unknown>(null);
  // A report changed elsewhere (saved, issued, reloaded) is shown as it now is.
  const [shown, setShown] = useState(report);
  if (shown !== report) {
    setShown(report);
    setDraft(report);
  }
  const editing = report.status === 'draft' && report.abilities.edit;
  const headingId = `progress-${report.id}`;

  const save = async (): Promise<ProgressReport | null> => {
    setStatus('saving');
    try {
      const next = await saveProgress(draft);
      onChange(next);
      setStatus('saved');
      setError(null);
      return next;
    } catch (e) {
      setError(e);
      setStatus('idle');
      return null;
    }
  };

  return (
    <article className="card progress-report" aria-labelledby={headingId} data-testid="progress-report">
      <h3 id={headingId}>{report.periodLabel}</h3>
      <p className="muted">
        {report.status === 'issued' && report.issuedOn
          ? t('progress.status.issued', { date: formatIsoDate(intl, report.issuedOn) })
          : t('progress.status.draft')}
      </p>
      <ol className="progress-goals">
        {report.goals.map((g, i) => {
          const entry = draft.entries.find((e) => e.goalId === g.id) ?? { goalId: g.id, rating: null, note: '' };
          const set = (patch: Partial<typeof entry>) =>
            setDraft((d) => ({ ...d, entries: d.entries.map((e) => (e.goalId === g.id ? { ...e, ...patch } : e)) }));
          const rid = `${report.id}-${g.id}`;
          return (
            <li key={g.id}>
              <p className="progress-goal-area">{g.area}</p>
              <p>{g.text}</p>
              {editing ? (
                <div className="progress-fields">
                  <label htmlFor={`${rid}-rating`}>{t('progress.rating')}</label>
                  <select
                    id={`${rid}-rating`}
                    value={entry.rating ?? ''}
                    onChange={(e) => set({ rating: (e.target.value || null) as typeof entry.rating })}
                  >
                    <option value="">{t('progress.rating.none')}</option>
                    {PROGRESS_RATINGS.map((r) => (
                      <option key={r} value={r}>
                        {t(`progress.rating.${r}`)}
                      </option>
                    ))}
                  </select>
                  <label htmlFor={`${rid}-note`}>{t('progress.note')}</label>
                  <textarea
                    id={`${rid}-note`}
                    value={entry.note}
                    rows={3}
                    onChange={(e) => set({ note: e.target.value })}
                  />
                  {report.findings
                    .filter((f) => f.path.startsWith(`entries.${i}.`))
                    .map((f) => (
                      <p key={f.path} className="field-error">
                        {f.message}
                      </p>
                    ))}
                </div>
              ) : (
                <dl className="facts">
                  <div className="fact">
                    <dt>{t('progress.rating')}</dt>
                    <dd>{entry.rating ? t(`progress.rating.${entry.rating}`) : t('progress.rating.none')}</dd>
                  </div>
                  {entry.note && (
                    <div className="fact">
                      <dt>{t('progress.note')}</dt>
                      <dd>{entry.note}</dd>
                    </div>
                  )}
                </dl>
              )}
            </li>
          );
        })}
      </ol>
      {error !== null &&
        (isStale(error) ? (
          <StaleNotice
            message={t('progress.stale')}
            onReload={() => {
              setError(null);
              onReload();
            }}
          />
        ) : (
          <ErrorMessage error={error} message={t('common.error.generic')} />
        ))}
      <div className="actions">
        {editing && (
          <button
            type="button"
            className="button button-secondary"
            disabled={status === 'saving'}
            onClick={() => void save()}
          >
            {t('progress.save')}
          </button>
        )}
        {report.status === 'draft' && report.abilities.issue && (
          <button
            type="button"
            className="button"
            disabled={status === 'saving'}
            onClick={() => {
              void (async () => {
                const saved = await save();
                if (!saved) return;
                try {
                  onChange(await issueProgress(saved));
                  setStatus('issued');
                } catch (e) {
                  setError(e);
                }
              })();
            }}
          >
            {t('progress.issue')}
          </button>
        )}
        <a className="button button-secondary" href={progressPdfUrl(report.id, 'en')}>
          {t('progress.pdf', { language: 'English' })}
        </a>
        <a className="button button-secondary" href={progressPdfUrl(report.id, 'es')} hrefLang="es">
          {t('progress.pdf', { language: 'Español' })}
        </a>
      </div>
      <p role="status" className="muted">
        {status === 'saved' ? t('progress.saved') : status === 'issued' ? t('progress.issued') : ''}
      </p>
    </article>
  );
}
