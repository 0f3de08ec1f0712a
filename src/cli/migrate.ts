/** `openiep migrate [--grant-to ROLE] [--print-grants ROLE]`: the schema, and the app role's privileges. */
import { parseArgs } from 'node:util';
import { connect } from '../db/connect';
import { migrate } from '../db/migrate';
import { applyGrants, currentRole, grantScript, ownershipWarning } from '../db/roles';
import { loadConfig, type Config } from '../server/config';

const HELP = `Usage: openiep migrate [--grant-to ROLE] [--print-grants ROLE]

Applies every pending migration (forward-only) to the configured database: as OPENIEP_MIGRATE_DATABASE_URL's
role (the owner of the schema) when it is set, else as DATABASE_URL's, else to the embedded database.

On PostgreSQL the app should run as a role that owns nothing (README, "Database roles"): it may then read and
append to the audit trail but never change, delete, truncate it or drop its trigger.

  --grant-to ROLE       after migrating, grant ROLE what the app needs and nothing more (run it after every
                        migration; done by itself when both OPENIEP_MIGRATE_DATABASE_URL and DATABASE_URL are set,
                        for DATABASE_URL's role)
  --print-grants ROLE   print those GRANT statements, to run by hand (psql -f)

Exit codes: 0 done, 2 bad options, 1 a database error.`;

export async function runMigrate(
  config: Pick<Config, 'databaseUrl' | 'migrateDatabaseUrl' | 'dataDir'>,
  opts: { grantTo?: string | undefined; printGrants?: string | undefined },
  out: (m: string) => void,
  log: (m: string) => void,
): Promise<number> {
  const ownerUrl = config.migrateDatabaseUrl ?? config.databaseUrl;
  const db = await connect({ databaseUrl: ownerUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    log(
      ownerUrl
        ? `database: PostgreSQL (${config.migrateDatabaseUrl ? 'OPENIEP_MIGRATE_DATABASE_URL' : 'DATABASE_URL'}, as "${await currentRole(db)}")`
        : `database: embedded, in ${config.dataDir}`,
    );
    await migrate(db, (m) => log(`migrate: ${m}`));
    log('migrate: up to date');
    if ((opts.grantTo || opts.printGrants) && db.kind !== 'postgres') {
      log('migrate: the embedded database has one user; database roles apply to PostgreSQL only');
      return opts.printGrants && !opts.grantTo ? 0 : 2;
    }
    let grantTo = opts.grantTo;
    if (!grantTo && config.migrateDatabaseUrl && config.databaseUrl) {
      const app = await connect({ databaseUrl: config.databaseUrl, poolSize: 1 });
      try {
        const role = await currentRole(app);
        if (role !== (await currentRole(db))) grantTo = role;
      } finally {
        await app.close();
      }
    }
    if (grantTo) {
      await applyGrants(db, grantTo);
      log(`migrate: granted "${grantTo}" what the app needs (no UPDATE, DELETE or TRUNCATE on the audit trail)`);
    }
    if (opts.printGrants) out(await grantScript(db, opts.printGrants));
    if (!grantTo && !opts.printGrants && db.kind === 'postgres' && (await ownershipWarning(db))) {
      log(
        'migrate: to run the app as a role that owns nothing, `openiep migrate --print-grants ROLE` prints the GRANT statements (README, "Database roles")',
      );
    }
    return 0;
  } finally {
    await db.close();
  }
}

export async function migrateCommand(args: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'grant-to': { type: 'string' },
        'print-grants': { type: 'string' },
      },
    }).values;
  } catch (e) {
    console.error(`migrate: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  // The GRANT statements go to standard output (to pipe into psql); everything else to standard error.
  return runMigrate(
    loadConfig(),
    { grantTo: values['grant-to'], printGrants: values['print-grants'] },
    console.log,
    console.error,
  );
}
