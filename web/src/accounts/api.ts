/** The account endpoints the public pages use: ask for a reset link, set a password from a link. */
import { request } from '../api';

export function requestPasswordReset(email: string): Promise<{ message: string }> {
  return request<{ message: string }>('POST', '/api/v1/password-reset', { body: { email } });
}

export function setPasswordFromLink(token: string, password: string): Promise<void> {
  return request<void>('POST', '/api/v1/password', { body: { token, password }, quiet401: true });
}
