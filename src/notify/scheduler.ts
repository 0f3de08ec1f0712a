/**
 * The in-process scheduler of `openiep serve`: every 15 seconds it mails waiting notifications (and retries failed
 * mail), and once a day, from OPENIEP_DIGEST_HOUR in OPENIEP_TIME_ZONE, it runs the digest job. No job
 * library is needed: runs never overlap (the next tick is set when one ends), a server started after the hour
 * runs the day's digest at once, and the dedupe keys make a second run on the same day (a restart, a second
 * server on PostgreSQL) deliver nothing twice.
 */
import type { Database } from '../db/connect';
import type { Config } from '../server/config';
import { runDigest } from './digest';
import { createTransport, deliverMail, redactUrl, type MailConfig } from './mailer';

export interface SchedulerLog {
  info(msg: string): void;
  error(msg: string): void;
}

/** Mail goes out within this long of the notification; the digest check is an in-memory comparison. */
const TICK_MS = 15_000;

/** The hour (0–23) it is now in a time zone. */
export function hourIn(timeZone: string, now: Date = new Date()): number {
  const h = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(now);
  return Number(h) % 24;
}

export function startNotificationScheduler(opts: {
  db: Database;
  config: Config;
  mail: MailConfig;
  log: SchedulerLog;
  firstTickMs?: number;
}): { stop(): Promise<void> } {
  const { db, config, mail, log } = opts;
  const transport = createTransport(mail);
  log.info(
    mail.smtpUrl
      ? `mail: sending by SMTP (${redactUrl(mail.smtpUrl)})`
      : 'mail: no OPENIEP_SMTP_URL; mail stays in the outbox (Mail outbox page)',
  );
  let lastDigest: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = async () => {
    try {
      const today = config.today();
      if (lastDigest !== today && hourIn(config.timeZone) >= mail.digestHour) {
        const r = await runDigest(db, {
          today,
          reminderDays: config.reminderDays,
          dueSoonDays: config.dueSoonDays,
          publicUrl: mail.publicUrl,
        });
        lastDigest = today;
        log.info(
          `digest ${today}: ${r.people} people, ${r.reminders} new reminders, ${r.digests} digests${r.errors.length ? `, ${r.errors.length} errors` : ''}`,
        );
        for (const e of r.errors) log.error(`digest: user ${e.userId}: ${e.error}`);
      }
      const d = await deliverMail(db, mail, transport);
      if (d.queued || d.sent || d.failed)
        log.info(`mail: ${d.queued} written to the outbox, ${d.sent} sent, ${d.failed} failed (will retry)`);
    } catch (e) {
      log.error(`notifications: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = null;
        schedule(TICK_MS);
      });
    }, ms);
    timer.unref();
  };
  schedule(opts.firstTickMs ?? 5_000);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running;
      transport?.close();
    },
  };
}
