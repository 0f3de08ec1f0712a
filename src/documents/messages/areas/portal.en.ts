/** English messages of one area (portal). Keys are flat and dotted; portal.es.ts must have the same keys (typed). */
export const portalEn = {
} as const satisfies Record<string, string>;
