/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, else embedded PGlite) and migrates it.
 * On PostgreSQL with OPENIEP_MIGRATE_DATABASE_URL, the migrations run as that role (the owner), which then
 * grants DATABASE_URL's role what the app needs (src/db/roles.ts); the returned connection is DATABASE_URL's.
 */
import { connect, type Database } from '../db/connect';
import { migrate } from '../db/migrate';
import { applyGrants, currentRole, ownershipWarning } from '../db/roles';
import type { Config } from '../server/config';

export async function openDatabase(
  config: Config,
  log: (m: string) => void = console.log,
  opts: { asOwner?: boolean } = {},
): Promise<Database> {
  if (opts.asOwner && config.migrateDatabaseUrl) {
    // Work only the owner may do (a restore resets the audit trail's sequence).
    await migrateAsOwner(config.migrateDatabaseUrl, log, null);
    log('database: PostgreSQL (OPENIEP_MIGRATE_DATABASE_URL, the owner)');
    return connect({ databaseUrl: config.migrateDatabaseUrl });
  }
  if (config.databaseUrl && config.migrateDatabaseUrl) {
    const db = await connect({ databaseUrl: config.databaseUrl });
    try {
      const appRole = await currentRole(db);
      await migrateAsOwner(config.migrateDatabaseUrl, log, appRole);
      log(`database: PostgreSQL (DATABASE_URL, as "${appRole}")`);
    } catch (e) {
      await db.close();
      throw e;
    }
    return db;
  }
  const db = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  log(config.databaseUrl ? 'database: PostgreSQL (DATABASE_URL)' : `database: embedded, in ${config.dataDir}`);
  try {
    await migrate(db, (m) => log(`migrate: ${m}`));
  } catch (e) {
    await db.close();
    throw e;
  }
  const warning = await ownershipWarning(db);
  if (warning) log(warning);
  return db;
}

/**
 * Migrates as the owner and, given the app's role (when it is another role), grants it what the app needs. Returns
 * the names of the migrations applied.
 */
export async function migrateAsOwner(
  ownerUrl: string,
  log: (m: string) => void,
  appRole: string | null,
): Promise<string[]> {
  const owner = await connect({ databaseUrl: ownerUrl, poolSize: 1 });
  try {
    const applied = await migrate(owner, (m) => log(`migrate: ${m}`));
    if (appRole && appRole !== (await currentRole(owner))) {
      await applyGrants(owner, appRole);
      log(`migrate: granted "${appRole}" what the app needs (no UPDATE, DELETE or TRUNCATE on the audit trail)`);
    }
    return applied;
  } finally {
    await owner.close();
  }
}
