/** The query keys of the public account pages. */
export const resetDeliveryKey = ['password-reset', 'delivery'] as const;
