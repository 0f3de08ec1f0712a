/** A notification's text in the reader's language, from its catalogue message id and values. */
import { useIntl } from 'react-intl';
import { isMessageId } from '../i18n';
import type { AppNotification } from './api';

export function useNotificationText(): (n: Pick<AppNotification, 'message' | 'params'>) => string {
  const intl = useIntl();
  return (n) => {
    if (!isMessageId(n.message)) return intl.formatMessage({ id: 'notifications.inbox.unknown' });
    try {
      return intl.formatMessage({ id: n.message }, n.params);
    } catch {
      return intl.formatMessage({ id: 'notifications.inbox.unknown' });
    }
  };
}
