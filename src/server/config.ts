/** Configuration from the environment, with the defaults README.md documents. */
import path from 'node:path';
import type { SessionConfig } from './sessions';

export interface Config {
  port: number;
  host: string;
  /** The app's connection (DATABASE_URL): on PostgreSQL, best a role that owns nothing (README, "Database roles"). */
  databaseUrl: string | undefined;
  /** The owner's connection, for migrations (OPENIEP_MIGRATE_DATABASE_URL); without it, DATABASE_URL migrates. */
  migrateDatabaseUrl: string | undefined;
  dataDir: string;
  secureCookies: boolean;
  session: SessionConfig;
  /** Sign-in attempts per IP per minute. */
  signInRateLimit: number;
  /** Requests per IP per minute for the whole API (0 = off). */
  apiRateLimit: number;
  bodyLimitBytes: number;
  webDir: string;
  logLevel: string;
  /**
   * Today's date for the legal clocks (YYYY-MM-DD, the district's day). OPENIEP_TODAY pins it (demos, tests);
   * otherwise the date in OPENIEP_TIME_ZONE (default America/Los_Angeles) at the moment of asking.
   */
  today: () => string;
  /** Deadline reminders: days before a due date at which a reminder is sent (OPENIEP_REMINDER_DAYS, default 30,14,7). */
  reminderDays: number[];
  /** "Due soon" means due within this many days (OPENIEP_DUE_SOON_DAYS, default 14). */
  dueSoonDays: number;
  timeZone: string;
}

const int = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    migrateDatabaseUrl: env.OPENIEP_MIGRATE_DATABASE_URL || undefined,
    dataDir: path.resolve(env.OPENIEP_DATA_DIR ?? './data'),
    secureCookies: env.OPENIEP_SECURE_COOKIES === 'true',
    session: {
      idleMinutes: int(env.OPENIEP_SESSION_IDLE_MINUTES, 480),
      absoluteHours: int(env.OPENIEP_SESSION_MAX_HOURS, 24),
      maxFailedAttempts: int(env.OPENIEP_MAX_FAILED_SIGNINS, 5),
      lockoutMinutes: int(env.OPENIEP_LOCKOUT_MINUTES, 15),
    },
    signInRateLimit: int(env.OPENIEP_SIGNIN_RATE_LIMIT, 30),
    apiRateLimit: int(env.OPENIEP_API_RATE_LIMIT, 0),
    bodyLimitBytes: int(env.OPENIEP_BODY_LIMIT_BYTES, 1_048_576),
    webDir: path.resolve(env.OPENIEP_WEB_DIR ?? 'dist/web'),
    logLevel: env.OPENIEP_LOG_LEVEL ?? 'info',
    timeZone: env.OPENIEP_TIME_ZONE ?? 'America/Los_Angeles',
    today: todayFn(env.OPENIEP_TODAY, env.OPENIEP_TIME_ZONE ?? 'America/Los_Angeles'),
    reminderDays: (env.OPENIEP_REMINDER_DAYS ?? '30,14,7')
      .split(',')
      .map((x) => x.trim())
      .filter((x) => /^\d+$/.test(x))
      .map(Number),
    dueSoonDays: int(env.OPENIEP_DUE_SOON_DAYS, 14),
  };
}

/** The date (YYYY-MM-DD) in a time zone now, or the pinned date. */
function todayFn(pinned: string | undefined, timeZone: string): () => string {
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return () => pinned;
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return () => fmt.format(new Date());
}
