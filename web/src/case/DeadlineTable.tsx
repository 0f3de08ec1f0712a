/** A student's deadlines as a table (stacked on phones): what, when, status, and the action that clears each. */
import { useIntl } from 'react-intl';
import { delayReasonLabel, ruleExplanation, ruleLabel } from './labels';
import { distance } from './logic';
import type { CaseEventRecord, DeadlineItem } from './types';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { useUser } from '../session';
import { DeadlineActions } from './DeadlineActions';
import { DeadlineBadge } from './DeadlineBadge';

export function DeadlineTable({
  items,
  today,
  name,
  family,
  canWrite,
  onRecorded,
}: {
  items: DeadlineItem[];
  today: string;
  name: string;
  family: boolean;
  canWrite: boolean;
  onRecorded: (event: CaseEventRecord) => void;
}) {
  const t = useT();
  const showActions = canWrite && items.some((i) => i.status !== 'met' && i.status !== 'met_late');
  return (
    <table className="data-table stacked deadline-table">
      <caption className="visually-hidden">{t('case.deadlines.caption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('case.deadlines.column.what')}</th>
          <th scope="col">{t('case.deadlines.column.due')}</th>
          <th scope="col">{t('case.deadlines.column.status')}</th>
          {showActions && <th scope="col">{t('case.deadlines.column.action')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <DeadlineRow
            key={item.id}
            item={item}
            today={today}
            family={family}
            showActions={showActions}
            onRecorded={onRecorded}
          />
        ))}
      </tbody>
    </table>
  );
}

/** One deadline: what it is (its citation and basis for staff, a plain explanation for the family), when, its status. */
function DeadlineRow({
  item,
  today,
  family,
  showActions,
  onRecorded,
}: {
  item: DeadlineItem;
  today: string;
  family: boolean;
  showActions: boolean;
  onRecorded: (event: CaseEventRecord) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const d = distance(item);
  return (
    <tr key={item.id} data-testid="deadline-row" data-rule={item.rule} data-status={item.status}>
      <WhatCell item={item} family={family} />
      <td>
        <span className="cell-label" aria-hidden="true">
          {t('case.deadlines.column.due')}
        </span>
        <span>
          <time dateTime={item.due}>{formatIsoDate(intl, item.due)}</time>
          {item.estimated && (
            <span className="deadline-estimated" data-testid="deadline-estimated">
              <span className="badge badge-warning">{t('calendar.estimated')}</span>
              <span className="cell-note">{t('calendar.estimatedHint')}</span>
            </span>
          )}
          <span
            className={`cell-note${item.daysLeft < 0 && (item.status === 'overdue' || item.status === 'delayed') ? ' due-late' : ''}`}
          >
            {t(d.key, { days: d.days })}
          </span>
        </span>
      </td>
      <StatusCell item={item} family={family} />
      {showActions && (
        <td>
          <span className="cell-label" aria-hidden="true">
            {t('case.deadlines.column.action')}
          </span>
          <DeadlineActions item={item} today={today} showStudent={false} onRecorded={(event) => onRecorded(event)} />
        </td>
      )}
    </tr>
  );
}

/** The deadline's name: a plain explanation for the family; its citation and basis for staff. */
function WhatCell({ item, family }: { item: DeadlineItem; family: boolean }) {
  const intl = useIntl();
  const user = useUser();
  const explanation = family ? ruleExplanation(intl, item.rule, user.abilities.portal === 'student') : '';
  return (
    <th scope="row" className="cell-title">
      <span className="deadline-what">{ruleLabel(intl, item.rule)}</span>
      {explanation && <span className="cell-note">{explanation}</span>}
      {!family && (
        <>
          <span className="citation">{item.citation}</span>
          {item.basis && (
            <span className="cell-note" lang={intl.locale === 'en' ? undefined : 'en'}>
              {item.basis}
            </span>
          )}
        </>
      )}
    </th>
  );
}

/** Its status, with when it was met and any delay the rules allow (the staff's note only for staff). */
function StatusCell({ item, family }: { item: DeadlineItem; family: boolean }) {
  const t = useT();
  const intl = useIntl();
  return (
    <td>
      <span className="cell-label" aria-hidden="true">
        {t('case.deadlines.column.status')}
      </span>
      <span>
        <DeadlineBadge status={item.status} />
        {item.metOn && (
          <span className="cell-note">{t('case.deadlines.metOn', { date: formatIsoDate(intl, item.metOn) })}</span>
        )}
        {item.delay && (
          <span className="cell-note deadline-delay">
            {t(item.delay.allowed ? 'case.deadlines.delayAllowed' : 'case.deadlines.delayNotAllowed', {
              reason: delayReasonLabel(intl, item.delay.reason),
            })}
            {item.delay.citation && <span className="citation">{item.delay.citation}</span>}
            {!family && item.delay.note && <span className="delay-note">“{item.delay.note}”</span>}
          </span>
        )}
      </span>
    </td>
  );
}
