/** Los mensajes en español de un área (portal): las mismas claves que portal.en.ts. */
import type { portalEn } from './portal.en';

export const portalEs: Record<keyof typeof portalEn, string> = {
};
