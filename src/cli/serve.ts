import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isEmpty, seedDemo } from '../db/seed-demo';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase } from './database';
import { loadMailConfig } from '../notify/mailer';
import { startNotificationScheduler } from '../notify/scheduler';
import { parseArgs } from 'node:util';

export async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: {
    help: { type: 'boolean', short: 'h' },
    'build-if-missing': { type: 'boolean' },
    'no-demo': { type: 'boolean' },
  } });
  if (values.help) {
    console.log(
      'Usage: openiep serve [--build-if-missing] [--no-demo]\n\n' +
        'Serves the API and web app on http://HOST:PORT (default 127.0.0.1:3000). Migrates the database and, when it is\n' +
        'empty, loads the demo districts (unless --no-demo). --build-if-missing builds the web app first if it is not built.',
    );
    return 0;
  }
  const config = loadConfig();
  if (values['build-if-missing'] && !fs.existsSync(path.join(config.webDir, 'index.html'))) {
    console.log('web: building the web app (first start)…');
    execFileSync(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  const db = await openDatabase(config);
  if (!values['no-demo'] && (await isEmpty(db))) {
    const given = process.env.OPENIEP_DEMO_PASSWORD;
    const password = given || crypto.randomBytes(9).toString('base64url');
    await seedDemo(db, password);
    console.log('demo: loaded Lincoln Unified and Riverside (admin@lincoln.demo, casemanager@lincoln.demo, teacher@lincoln.demo,');
    console.log('      provider@lincoln.demo, parent@lincoln.demo, student@lincoln.demo, admin@riverside.demo)');
    console.log(given ? 'demo: password from OPENIEP_DEMO_PASSWORD' : `demo: password for every demo account: ${password}`);
  }
  const app = await buildApp({ db, config, serveWeb: true, logger: true });
  // Reminders, the daily digest and mail (OPENIEP_SCHEDULER=off leaves them to `openiep digest` run by cron).
  const scheduler =
    process.env.OPENIEP_SCHEDULER === 'off' ? null : startNotificationScheduler({ db, config, mail: loadMailConfig(), log: { info: (m) => app.log.info(m), error: (m) => app.log.error(m) } });
  const stop = async () => {
    await scheduler?.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  console.log(`OpenIEP is serving on http://${config.host}:${config.port}`);
  return -1; // keep running
}
