/** Los mensajes en español de un área (consents): las mismas claves que consents.en.ts. */
import type { consentsEn } from './consents.en';

export const consentsEs: Record<keyof typeof consentsEn, string> = {
};
