/** A deadline's status as a labelled badge: the words carry the meaning, the colour and the mark repeat it. */
import { useIntl } from 'react-intl';
import { deadlineStatusLabel } from './labels';
import type { DeadlineStatusCode } from './types';

const MARK: Record<DeadlineStatusCode, string> = {
  overdue: '!',
  due_soon: '◷',
  delayed: '‖',
  upcoming: '○',
  met: '✓',
  met_late: '✓',
};

export function DeadlineBadge({ status }: { status: DeadlineStatusCode }) {
  const intl = useIntl();
  return (
    <span className={`badge badge-deadline badge-deadline-${status}`} data-status={status}>
      <span aria-hidden="true" className="badge-mark">
        {MARK[status]}
      </span>
      {deadlineStatusLabel(intl, status)}
    </span>
  );
}
