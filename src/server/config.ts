/** Configuration from the environment, with the defaults README.md documents. */
import path from 'node:path';
import type { SessionConfig } from './sessions';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
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
}

const int = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
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
  };
}
