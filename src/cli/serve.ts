import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isEmpty, seedDemo } from '../db/seed-demo';
import { buildApp } from '../server/app';
import { loadConfig, type Config } from '../server/config';
import { createLogger } from '../server/logging';
import type { Logger } from 'pino';
import { openDatabase } from './database';
import { loadMailConfig } from '../notify/mailer';
import { startNotificationScheduler } from '../notify/scheduler';
import { parseArgs } from 'node:util';

export async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      'build-if-missing': { type: 'boolean' },
      'no-demo': { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: openiep serve [--build-if-missing] [--no-demo]\n\n' +
        'Serves the API and web app on http://HOST:PORT (default 127.0.0.1:3000). Migrates the database and, when it is\n' +
        'empty, loads the demo districts (unless --no-demo). --build-if-missing builds the web app first if it is not built.',
    );
    return 0;
  }
  const config = loadConfig();
  // Every line `serve` writes is a JSON log line from this one logger, the one the app logs requests through.
  const log = createLogger(config.logLevel);
  try {
    return await run(config, log, {
      buildIfMissing: values['build-if-missing'] === true,
      demo: values['no-demo'] !== true,
    });
  } catch (err) {
    log.fatal({ err }, 'serve: could not start');
    return 1;
  }
}

async function run(config: Config, log: Logger, opts: { buildIfMissing: boolean; demo: boolean }): Promise<number> {
  if (opts.buildIfMissing && !fs.existsSync(path.join(config.webDir, 'index.html'))) {
    log.info('web: building the web app (first start)');
    // Vite's own output goes to stderr, so that stdout holds JSON lines only.
    execFileSync(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      stdio: ['ignore', process.stderr, 'inherit'],
    });
  }
  const db = await openDatabase(config, (m) => log.info(m));
  if (opts.demo && (await isEmpty(db))) {
    const given = process.env.OPENIEP_DEMO_PASSWORD;
    const password = given || crypto.randomBytes(9).toString('base64url');
    await seedDemo(db, password);
    log.info(
      {
        accounts: [
          'admin@lincoln.demo',
          'casemanager@lincoln.demo',
          'teacher@lincoln.demo',
          'provider@lincoln.demo',
          'parent@lincoln.demo',
          'student@lincoln.demo',
          'admin@riverside.demo',
        ],
      },
      'demo: loaded Lincoln Unified and Riverside',
    );
    // The demo's own accounts only (README): a random password must be shown once to be usable.
    log.info(
      given ? 'demo: password from OPENIEP_DEMO_PASSWORD' : `demo: password for every demo account: ${password}`,
    );
  }
  const app = await buildApp({ db, config, serveWeb: true, logger: log });
  // Reminders, the daily digest and mail (OPENIEP_SCHEDULER=off leaves them to `openiep digest` run by cron).
  const scheduler =
    process.env.OPENIEP_SCHEDULER === 'off'
      ? null
      : startNotificationScheduler({
          db,
          config,
          mail: loadMailConfig(),
          log: { info: (m) => app.log.info(m), error: (m) => app.log.error(m) },
        });
  const stop = async () => {
    await scheduler?.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  log.info(`OpenIEP is serving on http://${config.host}:${config.port}`);
  return -1; // keep running
}
