/** The accounts API's shapes (zod): invitations, reset requests, setting a password from a link. */
import { z } from 'zod';

/** `delivery`: whether the SMTP server took the mail (`failed`: the outbox says why; invite again). */
export const inviteResponseSchema = z.object({
  userId: z.string(),
  email: z.string(),
  expiresAt: z.string(),
  delivery: z.enum(['sent', 'failed']),
});

export const resetRequestSchema = z.strictObject({ email: z.string().trim().min(3).max(320) });
/** How reset links reach people on this installation: by mail, or not at all (ask the district administrator). */
export const resetDeliverySchema = z.object({ delivery: z.enum(['mail', 'none']) });
export const resetResponseSchema = z.object({ message: z.string(), delivery: z.enum(['mail', 'none']) });

export const setPasswordSchema = z.strictObject({
  token: z.string().min(1, { error: 'Required.' }).max(200),
  password: z.string().max(1024),
});

/** The one answer to every reset request, whether or not the email is an account's. */
export const RESET_ANSWER = 'If an account exists for this email, a link to set a new password has been sent to it.';
/** The answer when this installation sends no mail (the same for every email too). */
export const RESET_ANSWER_NO_MAIL =
  'This installation does not send mail. Ask your district administrator for a link to set a new password.';

export function resetAnswer(delivery: 'mail' | 'none'): string {
  return delivery === 'mail' ? RESET_ANSWER : RESET_ANSWER_NO_MAIL;
}
