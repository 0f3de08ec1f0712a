/**
 * How invitation and reset mails leave: straight to the SMTP server, once, right after the transaction that made
 * the link commits. The outbox keeps a copy with the link masked (src/features/accounts/mail.ts) and its state,
 * never the link: a district administrator who reads the outbox cannot take over an account, and a database
 * dump holds no usable link. So such a mail is not retried from the outbox (there is nothing to retry with);
 * when the SMTP server refuses it, the outbox says so and the person asks again or is invited again.
 * Without SMTP there is no LinkMailer: invitations come from `openiep invite --print-link` on the server.
 */
import { PasswordLinksRepo } from '../../db/accounts-repo';
import type { Database } from '../../db/connect';
import { systemHandle } from '../../db/handle';
import { createTransport, type MailConfig, type Transporter } from '../../notify/mailer';

export interface LinkMail {
  outboxId: string;
  to: string;
  subject: string;
  /** The mail with the link: handed to the SMTP server only. */
  bodyText: string;
  language: string;
}

export type Delivery = 'sent' | 'failed';

export const NOT_RETRIED =
  'One-time links are not kept, so this mail is not retried: ask again, or send a new invitation.';

export class LinkMailer {
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly transport: Transporter,
    private readonly from: string,
    private readonly ownsTransport = true,
  ) {}

  /** A mailer for the configured SMTP server, or null when none is configured (OPENIEP_SMTP_URL unset). */
  static fromConfig(cfg: MailConfig): LinkMailer | null {
    const t = createTransport(cfg);
    return t ? new LinkMailer(t, cfg.from) : null;
  }

  /** Sends now and records the outcome on the outbox copy; never throws. */
  async send(db: Database, mail: LinkMail): Promise<Delivery> {
    let error: string | null = null;
    try {
      await this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.bodyText,
        headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    try {
      // The mail has left (or not): no person asked for this bookkeeping, so it goes through a system handle.
      const sys = systemHandle(db, 'account mail: record whether an invitation or reset mail was sent');
      await new PasswordLinksRepo(sys.db).markMailSent(
        mail.outboxId,
        error === null ? null : `${error.slice(0, 300)} — ${NOT_RETRIED}`,
      );
    } catch {
      /* the mail went (or not) whatever the bookkeeping; the next request is unaffected */
    }
    return error === null ? 'sent' : 'failed';
  }

  /** Sends after the answer has gone (a reset request must not take longer for a known email than an unknown one). */
  sendLater(db: Database, mail: LinkMail): void {
    const p = this.send(db, mail).finally(() => this.running.delete(p));
    this.running.add(p);
  }

  /** Resolves when every mail handed to sendLater has been tried (tests; shutting down). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  async close(): Promise<void> {
    await this.idle();
    if (this.ownsTransport) this.transport.close();
  }
}
