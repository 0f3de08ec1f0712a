/**
 * "What is due": on the home page of a case manager (their caseload), a principal (their schools) and a
 * district administrator (the district), every deadline that is overdue or due soon, most urgent first.
 * Each item names the student and the deadline, its date and how late or near it is, the rule's citation,
 * its status in words, and the one action that clears it. Recording an event here refreshes the list.
 */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { caseKeys, listDeadlines } from './api';
import { useAnnouncement } from './hooks';
import { useApiQuery } from '../ui/query';
import { eventKindLabel, ruleLabel } from './labels';
import { distance, sortByUrgency } from './logic';
import type { CaseEventRecord, DeadlineItem } from './types';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { ErrorMessage } from '../ui/ErrorMessage';
import { DeadlineActions } from './DeadlineActions';
import { DeadlineBadge } from './DeadlineBadge';

/** How many items the panel shows at most; the rest are counted, and administrators have the dashboard. */
export const DUE_PANEL_LIMIT = 50;

const DUE_QUERY = { status: ['overdue', 'due_soon'], limit: DUE_PANEL_LIMIT } as const;

export function DuePanel({ scope }: { scope: 'caseload' | 'schools' | 'district' }) {
  const t = useT();
  const intl = useIntl();
  const query = useApiQuery(caseKeys.deadlines(DUE_QUERY), async (signal) => {
    const list = await listDeadlines(DUE_QUERY, signal);
    return { ...list, data: sortByUrgency(list.data) };
  });
  const { announcement, statusRef, announce } = useAnnouncement();

  // Recording reloads the list (the form invalidates the case clock's queries).
  const onRecorded = useCallback(
    (event: CaseEventRecord, item: DeadlineItem) => {
      announce(t('due.recorded', { what: eventKindLabel(intl, event.kind), name: item.studentName }));
    },
    [t, intl, announce],
  );

  const list = query.data;
  const items = list?.data ?? [];
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const dueSoon = items.filter((i) => i.status === 'due_soon').length;

  return (
    <section className="due-panel card" aria-labelledby="due-heading" aria-busy={query.isPending}>
      <h2 id="due-heading">{t('due.title')}</h2>
      <p className="hint due-scope">{t(`due.scope.${scope}`)}</p>
      <p ref={statusRef} tabIndex={-1} className="due-announcement" role="status">
        {announcement}
      </p>
      {query.isPending && <p className="list-status">{t('due.loading')}</p>}
      {query.isError && (
        <ErrorMessage error={query.error} message={t('due.error')} onRetry={() => void query.refetch()} />
      )}
      {list && (
        <>
          <p className="due-counts">
            {items.length === 0 ? t('due.none') : t('due.counts', { overdue, dueSoon })}
            {items.length >= DUE_PANEL_LIMIT && (
              <span className="hint"> {t('due.more', { count: DUE_PANEL_LIMIT })}</span>
            )}
          </p>
          {items.length > 0 && (
            <ol className="due-list" aria-label={t('due.listLabel')}>
              {items.map((item) => (
                <DueItem key={item.id} item={item} today={list.asOf} onRecorded={onRecorded} />
              ))}
            </ol>
          )}
        </>
      )}
      {scope !== 'caseload' && (
        <p className="due-footer">
          <Link to="/compliance">{t('due.dashboardLink')}</Link>
        </p>
      )}
    </section>
  );
}

function DueItem({
  item,
  today,
  onRecorded,
}: {
  item: DeadlineItem;
  today: string;
  onRecorded: (e: CaseEventRecord, item: DeadlineItem) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const d = distance(item);
  return (
    <li
      className={`due-item due-item-${item.status}`}
      data-testid="due-item"
      data-rule={item.rule}
      data-status={item.status}
      data-student={item.studentId}
    >
      <div className="due-item-main">
        <p className="due-item-title">
          <Link
            to={`/students/${encodeURIComponent(item.studentId)}`}
            state={{ from: '/' }}
            className="due-item-student"
          >
            {item.studentName}
          </Link>
          <span className="due-item-what">{ruleLabel(intl, item.rule)}</span>
        </p>
        <p className="due-item-when">
          <DeadlineBadge status={item.status} />{' '}
          <span>
            {t('deadline.dueOn', { date: formatIsoDate(intl, item.due) })}
            {' · '}
            <strong className={item.daysLeft < 0 ? 'due-late' : undefined}>{t(d.key, { days: d.days })}</strong>
          </span>
        </p>
        <p className="citation">
          {item.citation}
          {item.schoolName && <span className="due-item-school"> · {item.schoolName}</span>}
        </p>
      </div>
      <DeadlineActions item={item} today={today} onRecorded={onRecorded} />
    </li>
  );
}
