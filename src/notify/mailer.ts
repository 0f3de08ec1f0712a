/**
 * The mailer: notifications become outbox mails (rendered in the recipient's language), and outbox mails are
 * sent by SMTP (nodemailer) when OPENIEP_SMTP_URL is set. Without SMTP, mail stays in the outbox, which the
 * district administrator reads (GET /api/v1/admin/outbox). A mail that fails is tried again later (1, 2, 4 …
 * minutes, at most 6 hours apart) up to MAIL_MAX_ATTEMPTS times; its last error stays visible in the outbox.
 */
import nodemailer, { type Mail } from 'nodemailer';

/** A nodemailer transport (SMTP in production, the test's own in tests). */
export type Transporter = Mail;
import type { Database } from '../db/connect';
import { systemHandle } from '../db/handle';
import { MailQueue } from '../db/notifications-repo';
import { DIGEST_MAILED_KINDS, MAIL_MAX_ATTEMPTS, mailRetryDelayMinutes } from '../domain/notifications';
import { renderNotificationMail } from './render';

export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://…:465 (OPENIEP_SMTP_URL); null = keep mail in the outbox. */
  smtpUrl: string | null;
  /** The From address (OPENIEP_MAIL_FROM). */
  from: string;
  /** Where the app is, for links in mail (OPENIEP_PUBLIC_URL). */
  publicUrl: string;
  /** The hour (0–23, in OPENIEP_TIME_ZONE) at which the daily digest runs (OPENIEP_DIGEST_HOUR). */
  digestHour: number;
}

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const hour =
    env.OPENIEP_DIGEST_HOUR && /^\d{1,2}$/.test(env.OPENIEP_DIGEST_HOUR) ? Number(env.OPENIEP_DIGEST_HOUR) : 6;
  return {
    smtpUrl: env.OPENIEP_SMTP_URL?.trim() || null,
    from: env.OPENIEP_MAIL_FROM?.trim() || 'OpenIEP <no-reply@localhost>',
    publicUrl: (env.OPENIEP_PUBLIC_URL?.trim() || 'http://127.0.0.1:3000').replace(/\/+$/, ''),
    digestHour: hour <= 23 ? hour : 6,
  };
}

/** The SMTP password never appears in logs or errors. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export function createTransport(cfg: MailConfig): Transporter | null {
  if (!cfg.smtpUrl) return null;
  // Short timeouts: the sender runs in the server process; a dead mail server must not hold it for minutes.
  return nodemailer.createTransport({
    url: cfg.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

/** Turns waiting notifications (those mailed one by one) into outbox mails. Returns how many mails were written. */
export async function queueNotificationMail(db: Database, cfg: Pick<MailConfig, 'publicUrl'>): Promise<number> {
  const queue = new MailQueue(systemHandle(db, 'mail: turn notifications into outbox mail for their recipients'));
  let total = 0;
  for (;;) {
    const n = await queue.queueImmediate(DIGEST_MAILED_KINDS, (p) => ({
      ...renderNotificationMail({
        preferredLanguage: p.preferredLanguage,
        recipientName: p.recipientName,
        kind: p.kind,
        message: p.message,
        params: p.params,
        link: p.link,
        publicUrl: cfg.publicUrl,
      }),
      kind: p.kind,
    }));
    total += n;
    if (n < 200) return total;
  }
}

export interface SendResult {
  sent: number;
  failed: number;
}

/** Sends due outbox mails through `transport`. Each mail is claimed first, so two servers never send one twice. */
export async function sendOutbox(
  db: Database,
  transport: Transporter,
  cfg: Pick<MailConfig, 'from'>,
  batch = 50,
): Promise<SendResult> {
  const queue = new MailQueue(systemHandle(db, 'mail: send the outbox by SMTP'));
  const result: SendResult = { sent: 0, failed: 0 };
  for (;;) {
    const claimed = await queue.claim(batch, MAIL_MAX_ATTEMPTS);
    for (const m of claimed) {
      try {
        await transport.sendMail({
          from: cfg.from,
          to: m.toAddress,
          subject: m.subject,
          text: m.bodyText,
          headers: { 'Content-Language': m.language, 'Auto-Submitted': 'auto-generated' },
        });
        await queue.markSent(m.id);
        result.sent++;
      } catch (e) {
        await queue.markFailed(m.id, e instanceof Error ? e.message : String(e), mailRetryDelayMinutes(m.attempts));
        result.failed++;
      }
    }
    if (claimed.length < batch) return result;
  }
}

/** One pass of the mailer: write waiting notifications to the outbox, and send what is due when SMTP is configured. */
export async function deliverMail(
  db: Database,
  cfg: MailConfig,
  transport: Transporter | null = null,
): Promise<{ queued: number } & SendResult> {
  const queued = await queueNotificationMail(db, cfg);
  const t = transport ?? createTransport(cfg);
  if (!t) return { queued, sent: 0, failed: 0 };
  try {
    return { queued, ...(await sendOutbox(db, t, cfg)) };
  } finally {
    if (!transport) t.close();
  }
}
