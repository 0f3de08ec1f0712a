/** The account endpoints the public pages use: ask for a reset link, set a password from a link. */
import { request } from '../api';

/** `none`: this installation sends no mail, so a reset link can only come from the district administrator. */
export type ResetDelivery = 'mail' | 'none';

export function getResetDelivery(signal?: AbortSignal): Promise<{ delivery: ResetDelivery }> {
  return request<{ delivery: ResetDelivery }>('GET', '/api/v1/password-reset', { signal, quiet401: true });
}

export function requestPasswordReset(email: string): Promise<{ message: string; delivery: ResetDelivery }> {
  return request<{ message: string; delivery: ResetDelivery }>('POST', '/api/v1/password-reset', { body: { email } });
}

export function setPasswordFromLink(token: string, password: string): Promise<void> {
  return request<undefined>('POST', '/api/v1/password', { body: { token, password }, quiet401: true });
}
