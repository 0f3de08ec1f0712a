/** The invitation and reset mails, in the recipient's language (plain text; the link is the only way in). */
import { formatMessage, localeOf, type MailText } from '../../notify/render';
import type { PasswordTokenPurpose } from '../../domain/passwords';

/** The page that sets the password, with the one-time token. */
export function setPasswordUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/set-password?token=${encodeURIComponent(token)}`;
}

export function renderPasswordMail(input: {
  purpose: PasswordTokenPurpose;
  preferredLanguage: string;
  name: string;
  email: string;
  token: string;
  publicUrl: string;
}): MailText {
  const locale = localeOf(input.preferredLanguage);
  const values = { name: input.name, email: input.email, url: setPasswordUrl(input.publicUrl, input.token) };
  const t = (id: string) => formatMessage(locale, id, values) ?? id;
  return { subject: t(`accounts.mail.${input.purpose}.subject`), bodyText: t(`accounts.mail.${input.purpose}.body`), language: locale };
}
