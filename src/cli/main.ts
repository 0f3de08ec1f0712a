/** `openiep <verb>`: serve, migrate, seed. Each verb has --help. */
import { serve } from './serve';
import { migrateCommand } from './migrate';
import { seedCommand } from './seed';
import { backupCommand, exportCommand, restoreCommand } from './backup';
import { deadlineCommand } from './deadline';
import { digestCommand } from './digest';
import { importCommand } from './import';
import { reportCommand } from './report';
import { inviteCommand } from './invite';
import { calendarCommand } from './calendar';
import { profileCommand } from './profile';

const VERBS: Record<string, { summary: string; run: (args: string[]) => Promise<number> }> = {
  serve: { summary: 'serve the API and the web app (migrates, and loads the demo into an empty database)', run: serve },
  migrate: { summary: 'apply pending database migrations', run: migrateCommand },
  seed: {
    summary: 'load the demo districts (--demo) or synthetic students (--synthetic --students N --seed S)',
    run: seedCommand,
  },
  backup: { summary: 'write all data to one portable file (--out FILE)', run: backupCommand },
  restore: { summary: 'load a backup into an empty database (--from FILE)', run: restoreCommand },
  deadline: { summary: 'when a legal clock runs out (--rule R --from YYYY-MM-DD [--profile P])', run: deadlineCommand },
  digest: {
    summary: 'send the deadline reminders and daily digest now, then the mail (--date YYYY-MM-DD, --no-mail)',
    run: digestCommand,
  },
  import: {
    summary: 'load a OneRoster 1.1/1.2 CSV roster into a district (--district ID --oneroster DIR [--dry-run])',
    run: importCommand,
  },
  export: { summary: "write a district's data as JSON and CSV files (--district ID --out DIR)", run: exportCommand },
  report: {
    summary:
      'a federal report as CSV: IDEA 618 child count, environments, SPP/APR (--kind K --district ID [--date D] [--out FILE])',
    run: (args) => reportCommand(args),
  },
  invite: {
    summary:
      'give accounts a link to set their password, by mail or printed (--district ID --email E | --all-without-password [--print-link])',
    run: inviteCommand,
  },
  calendar: {
    summary: "import a school's instructional calendar from CSV (import --school ID FILE.csv [--dry-run])",
    run: (args) => calendarCommand(args),
  },
  profile: {
    summary: 'the state profiles: list, show CODE, add FILE.json [--replace]',
    run: (args) => profileCommand(args),
  },
};

function usage(): string {
  return [
    'Usage: openiep <verb> [options]',
    '',
    'Verbs:',
    ...Object.entries(VERBS).map(([k, v]) => `  ${k.padEnd(8)} ${v.summary}`),
    '',
    'Environment: DATABASE_URL (PostgreSQL; else embedded in OPENIEP_DATA_DIR, default ./data), PORT, HOST,',
    "OPENIEP_DEMO_PASSWORD. Run `openiep <verb> --help` for a verb's options.",
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    console.log(usage());
    return 0;
  }
  const v = VERBS[verb];
  if (!v) {
    console.error(`openiep: unknown verb "${verb}"\n\n${usage()}`);
    return 2;
  }
  return v.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`openiep: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
