import { loadConfig } from '../server/config';
import { openDatabase } from './database';
import { parseArgs } from 'node:util';

export async function migrateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log('Usage: openiep migrate\n\nApplies every pending migration (forward-only) to the configured database.');
    return 0;
  }
  const db = await openDatabase(loadConfig());
  await db.close();
  console.log('migrate: up to date');
  return 0;
}
