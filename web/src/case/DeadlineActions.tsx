/**
 * The one action that clears a deadline: a link to the plan or meeting that does, or a button that opens
 * the form to record the event (in a dialog). For a deadline still running, "Record a delay" too: an allowed
 * reason keeps it visible but stops it counting as overdue.
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { CASE_EVENT_KINDS, type CaseEventKind } from '../../../src/domain/case-events';
import { eventKindLabel, ruleLabel } from './labels';
import { actionTarget } from './logic';
import type { CaseEventRecord, DeadlineItem } from './types';
import { useT } from '../i18n';
import { RecordEventDialog } from './RecordEventDialog';

export function DeadlineActions({
  item,
  today,
  onRecorded,
  showDelay = true,
  showStudent = true,
}: {
  item: DeadlineItem;
  today: string;
  onRecorded: (event: CaseEventRecord, item: DeadlineItem) => void;
  showDelay?: boolean;
  /** Name the student in the accessible name (lists across students). */
  showStudent?: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  const location = useLocation();
  const [open, setOpen] = useState<{ kind: CaseEventKind; details: Record<string, unknown> } | null>(null);
  const target = actionTarget(item, CASE_EVENT_KINDS);
  const what = ruleLabel(intl, item.rule);
  const context = showStudent
    ? t('due.action.context', { name: item.studentName, what })
    : t('due.action.contextRule', { what });
  const canDelay = showDelay && (item.status === 'overdue' || item.status === 'due_soon');

  if (!target && !canDelay) return null;

  return (
    <div className="deadline-actions">
      {target?.type === 'link' && (
        <Link className="button button-primary button-small" to={target.to} state={{ from: location.pathname }}>
          {t(target.label)}
          <span className="visually-hidden"> {context}</span>
        </Link>
      )}
      {target?.type === 'record' && (
        <button
          type="button"
          className="button button-primary button-small"
          onClick={() => setOpen({ kind: target.eventKind, details: target.details })}
        >
          {t('due.action.record', { what: eventKindLabel(intl, target.eventKind) })}
          <span className="visually-hidden"> {context}</span>
        </button>
      )}
      {canDelay && (
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => setOpen({ kind: 'delay', details: { rule: item.rule } })}
        >
          {t('due.action.delay')}
          <span className="visually-hidden"> {context}</span>
        </button>
      )}
      {open && (
        <RecordEventDialog
          studentId={item.studentId}
          title={t('case.record.titleFor', { what: eventKindLabel(intl, open.kind), name: item.studentName })}
          intro={t('case.record.introFor', {
            what,
            due: intl.formatDate(`${item.due}T00:00:00Z`, { timeZone: 'UTC', dateStyle: 'long' }),
          })}
          today={today}
          kind={open.kind}
          details={open.details}
          onRecorded={(event) => {
            setOpen(null);
            onRecorded(event, item);
          }}
          onDismiss={() => setOpen(null)}
        />
      )}
    </div>
  );
}
