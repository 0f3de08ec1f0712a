import { parseArgs } from 'node:util';
import { backup, restore } from '../db/backup';
import { exportDistrict } from '../db/export';
import { loadConfig } from '../server/config';
import { openDatabase } from './database';

export async function backupCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { help: { type: 'boolean', short: 'h' }, out: { type: 'string' } },
  });
  if (values.help || !values.out) {
    console.log(
      "Usage: openiep backup --out FILE.jsonl.gz\n\nWrites every district's data (not sessions) to one portable file, on either database.",
    );
    return values.help ? 0 : 2;
  }
  const db = await openDatabase(loadConfig());
  try {
    const counts = await backup(db, values.out, console.log);
    console.log(`backup: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows written to ${values.out}`);
  } finally {
    await db.close();
  }
  return 0;
}

export async function restoreCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { help: { type: 'boolean', short: 'h' }, from: { type: 'string' } },
  });
  if (values.help || !values.from) {
    console.log(
      'Usage: openiep restore --from FILE.jsonl.gz\n\nLoads a backup into an empty database (it is migrated first). Everything is restored in one transaction, or nothing.\n' +
        "On PostgreSQL with OPENIEP_MIGRATE_DATABASE_URL, it runs as that role (the owner): it sets the audit trail's sequence.",
    );
    return values.help ? 0 : 2;
  }
  const db = await openDatabase(loadConfig(), console.log, { asOwner: true });
  try {
    const counts = await restore(db, values.from, console.log);
    console.log(`restore: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows restored`);
  } finally {
    await db.close();
  }
  return 0;
}

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { help: { type: 'boolean', short: 'h' }, district: { type: 'string' }, out: { type: 'string' } },
  });
  if (values.help || !values.district || !values.out) {
    console.log(
      "Usage: openiep export --district ID --out DIR\n\nWrites the district's data to DIR as one JSON and one CSV file per table (no password hashes).",
    );
    return values.help ? 0 : 2;
  }
  const db = await openDatabase(loadConfig());
  try {
    await exportDistrict(db, values.district, values.out, console.log);
  } finally {
    await db.close();
  }
  return 0;
}
