/** The accounts API's shapes (zod): invitations, reset requests, setting a password from a link. */
import { z } from 'zod';

export const inviteResponseSchema = z.object({ userId: z.string(), email: z.string(), expiresAt: z.string() });

export const resetRequestSchema = z.strictObject({ email: z.string().trim().min(3).max(320) });
export const resetResponseSchema = z.object({ message: z.string() });

export const setPasswordSchema = z.strictObject({
  token: z.string().min(1, { message: 'Required.' }).max(200),
  password: z.string().max(1024),
});

/** The one answer to every reset request, whether or not the email is an account's. */
export const RESET_ANSWER = 'If an account exists for this email, a link to set a new password has been sent to it.';
