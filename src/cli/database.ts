/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else embedded PGlite) and migrates it. */
import { connect, type Database } from '../db/connect';
import { migrate } from '../db/migrate';
import type { Config } from '../server/config';

export async function openDatabase(config: Config, log: (m: string) => void = console.log): Promise<Database> {
  const db = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  log(config.databaseUrl ? 'database: PostgreSQL (DATABASE_URL)' : `database: embedded, in ${config.dataDir}`);
  await migrate(db, (m) => log(`migrate: ${m}`));
  return db;
}
