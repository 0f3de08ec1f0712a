/** The invitation and reset mails, in the recipient's language (plain text; the link is the only way in). */
import { formatMessage, localeOf, type MailText } from '../../notify/render';
import type { PasswordTokenPurpose } from '../../domain/passwords';

/** The page that sets the password, with the one-time token. */
export function setPasswordUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/set-password?token=${encodeURIComponent(token)}`;
}

export interface PasswordMail extends MailText {
  /**
   * The same mail with the link replaced by a mark: what the outbox keeps and shows. The link itself goes only to
   * the SMTP server (or, with `openiep invite --print-link`, to the operator's terminal).
   */
  storedText: string;
}

export function renderPasswordMail(input: {
  purpose: PasswordTokenPurpose;
  preferredLanguage: string;
  name: string;
  email: string;
  token: string;
  publicUrl: string;
}): PasswordMail {
  const locale = localeOf(input.preferredLanguage);
  const values = { name: input.name, email: input.email };
  const t = (id: string, url: string) => formatMessage(locale, id, { ...values, url }) ?? id;
  const hidden = formatMessage(locale, 'accounts.mail.linkHidden', values) ?? '[link hidden]';
  return {
    subject: t(`accounts.mail.${input.purpose}.subject`, ''),
    bodyText: t(`accounts.mail.${input.purpose}.body`, setPasswordUrl(input.publicUrl, input.token)),
    storedText: t(`accounts.mail.${input.purpose}.body`, hidden),
    language: locale,
  };
}

/** A one-time link's token replaced by a mark (the rest of the text unchanged): a second guard on what the outbox shows. */
export function maskTokens(text: string): string {
  return text.replace(/([?&]token=)[A-Za-z0-9_%-]+/g, '$1[hidden]');
}
