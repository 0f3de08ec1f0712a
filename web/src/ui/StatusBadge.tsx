import { useIntl } from 'react-intl';
import { statusLabel } from '../labels';

/** A special-education status as a coloured label (the colour repeats the text; it never carries meaning alone). */
export function StatusBadge({ status }: { status: string }) {
  const intl = useIntl();
  return <span className={`badge badge-status-${status}`}>{statusLabel(intl, status)}</span>;
}
