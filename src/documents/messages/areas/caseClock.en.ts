/** English messages of one area (caseClock). Keys are flat and dotted; caseClock.es.ts must have the same keys (typed). */
export const caseClockEn = {
} as const satisfies Record<string, string>;
