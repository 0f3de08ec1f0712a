/** English messages of one area (notifications). Keys are flat and dotted; notifications.es.ts must have the same keys (typed). */
export const notificationsEn = {
} as const satisfies Record<string, string>;
