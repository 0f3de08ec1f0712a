/** Los mensajes en español de un área (caseClock): las mismas claves que caseClock.en.ts. */
import type { caseClockEn } from './caseClock.en';

export const caseClockEs: Record<keyof typeof caseClockEn, string> = {
};
