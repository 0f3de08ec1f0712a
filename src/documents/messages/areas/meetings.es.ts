/** Los mensajes en español de un área (meetings): las mismas claves que meetings.en.ts. */
import type { meetingsEn } from './meetings.en';

export const meetingsEs: Record<keyof typeof meetingsEn, string> = {
};
