/** English messages of one area (meetings). Keys are flat and dotted; meetings.es.ts must have the same keys (typed). */
export const meetingsEn = {
} as const satisfies Record<string, string>;
