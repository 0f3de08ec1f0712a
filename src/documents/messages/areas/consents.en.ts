/** English messages of one area (consents). Keys are flat and dotted; consents.es.ts must have the same keys (typed). */
export const consentsEn = {
} as const satisfies Record<string, string>;
