/** Los mensajes en español de un área (notifications): las mismas claves que notifications.en.ts. */
import type { notificationsEn } from './notifications.en';

export const notificationsEs: Record<keyof typeof notificationsEn, string> = {
};
