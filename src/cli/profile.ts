/**
 * `openiep profile list | show CODE | add FILE.json [--replace]`: the state profiles — the built-in ones (federal,
 * California, Texas) and those added to the database, so that every app process and every backup has them.
 */
import { must } from '../db/values';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Database } from '../db/connect';
import { districtsUsingProfiles, listAddedProfiles, saveProfile } from '../db/district-repo';
import { systemHandle } from '../db/handle';
import {
  BUILT_IN_PROFILES,
  isBuiltInProfile,
  validateProfileDefinition,
  type StateProfileDefinition,
} from '../domain/state-profiles';
import { loadConfig } from '../server/config';
import { openDatabase } from './database';

const USAGE = `Usage: openiep profile list
       openiep profile show CODE
       openiep profile add FILE.json [--replace]

State profiles hold the numbers that differ by state, each with its citation: the initial evaluation
timeline, the IEP meeting notice lead time the law sets (null where it says only "early enough"; the
district then sets its own in its settings), the transition age, the age of majority, the ages for
developmental delay, and the student portal age. federal, CA and TX are built in; "add" stores another
in the database (validated: every number within its legal bounds and with a citation). Start from a
built-in one: openiep profile show TX > ny.json, edit it, then openiep profile add ny.json.
A district chooses its profile in its settings (the settings screen, or PATCH /api/v1/district/settings).

  --replace   replace an added profile of the same code (a built-in one cannot be replaced)

Exit codes: 0 done, 1 another error, 2 bad options, an unreadable or invalid file, a code that exists.`;

export interface ProfileDeps {
  db?: Database;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

function describe(d: StateProfileDefinition): string {
  const e = d.evaluationTimeline;
  const evaluation = `${e.days} ${e.counting === 'school' ? 'school days' : e.counting === 'calendar' ? 'days' : `days not counting breaks over ${e.excludeBreaksOverSchoolDays} school days`}`;
  const notice = d.meetingNotice
    ? `${d.meetingNotice.days} ${d.meetingNotice.counting === 'school' ? 'school ' : ''}days`
    : '"early enough" (district sets)';
  const dd = d.developmentalDelayAges ? `${d.developmentalDelayAges.min}–${d.developmentalDelayAges.max}` : 'not used';
  return `evaluation ${evaluation}; meeting notice ${notice}; transition ${d.transitionAge}; majority ${d.ageOfMajority}; developmental delay ${dd}`;
}

type Print = (s: string) => void;

/** The profile in the file to add, validated and not a built-in one's code; or the exit code (the reason printed). */
function readProfileFile(file: string, err: Print): StateProfileDefinition | number {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    err(`profile: cannot read ${file} as JSON: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const v = validateProfileDefinition(json);
  if (!v.ok) {
    err(`profile: ${file} is not a valid profile (${v.problems.length} problem${v.problems.length === 1 ? '' : 's'}):`);
    for (const p of v.problems) err(`  ${p.path} — ${p.message}`);
    return 2;
  }
  if (isBuiltInProfile(v.profile.code)) {
    err(`profile: ${v.profile.code} is built in and cannot be replaced; give the profile another code`);
    return 2;
  }
  return v.profile;
}

/** `profile list`: the built-in and added profiles, with how many districts use each. */
async function listProfiles(db: Database, out: Print): Promise<number> {
  const used = await districtsUsingProfiles(db);
  const added = await listAddedProfiles(db);
  const n = (code: string) => `${used[code] ?? 0} district${used[code] === 1 ? '' : 's'}`;
  out('code       source    districts    name — numbers');
  for (const d of Object.values(BUILT_IN_PROFILES))
    out(`${d.code.padEnd(10)} built-in  ${n(d.code).padEnd(12)} ${d.name} — ${describe(d)}`);
  for (const a of added) {
    const v = validateProfileDefinition(a.definition);
    out(
      `${a.code.padEnd(10)} added     ${n(a.code).padEnd(12)} ${a.name} — ${v.ok ? describe(v.profile) : 'INVALID: fix it with profile add --replace'} (added ${a.addedAt})`,
    );
  }
  return 0;
}

/** `profile show CODE`: the profile as JSON. */
async function showProfile(db: Database, code: string, out: Print, err: Print): Promise<number> {
  const def = isBuiltInProfile(code)
    ? BUILT_IN_PROFILES[code]
    : (await listAddedProfiles(db)).find((p) => p.code === code)?.definition;
  if (!def) {
    err(`profile: no profile "${code}" (openiep profile list)`);
    return 2;
  }
  out(JSON.stringify(def, null, 2));
  return 0;
}

/** `profile add`: stores the profile (audited, through a named system handle) unless its code exists and --replace is not given. */
async function addProfile(db: Database, def: StateProfileDefinition, replace: boolean, out: Print, err: Print) {
  const sys = systemHandle(db, 'openiep profile add: a state profile added by whoever runs the server', {
    name: 'openiep profile add',
  });
  const result = await sys.db.transaction(async (tx) => {
    const r = await saveProfile(
      tx,
      { code: def.code, name: def.name, definition: def },
      { replace, addedBy: 'openiep profile add' },
    );
    if (r !== 'exists') {
      await sys.audit(tx, null, {
        action: 'state_profile.add',
        studentId: null,
        purpose: 'openiep profile add',
        context: { code: def.code, name: def.name, replaced: r === 'replaced' },
      });
    }
    return r;
  });
  if (result === 'exists') {
    err(`profile: ${def.code} exists already; add --replace to replace it`);
    return 2;
  }
  out(`profile: ${def.code} (${def.name}) ${result}: ${describe(def)}`);
  return 0;
}

export async function profileCommand(args: string[], deps: ProfileDeps = {}): Promise<number> {
  const out = deps.stdout ?? ((s: string) => console.log(s));
  const err = deps.stderr ?? ((s: string) => console.error(s));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, replace: { type: 'boolean' } },
    });
  } catch (e) {
    err(`profile: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  const [sub, arg, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    out(USAGE);
    return 0;
  }
  if (!sub || !['list', 'show', 'add'].includes(sub) || extra.length || (sub !== 'list' && !arg)) {
    err(
      `profile: ${sub ? `cannot "${[sub, arg, ...extra].filter(Boolean).join(' ')}"` : 'say what to do'}\n\n${USAGE}`,
    );
    return 2;
  }
  const definition = sub === 'add' ? readProfileFile(must(arg, 'a file to add'), err) : null;
  if (typeof definition === 'number') return definition;

  const db = deps.db ?? (await openDatabase(loadConfig(), () => undefined));
  try {
    if (sub === 'list') return await listProfiles(db, out);
    if (sub === 'show') return await showProfile(db, must(arg, 'a profile code'), out, err);
    return await addProfile(db, must(definition, 'the profile read for add'), parsed.values.replace === true, out, err);
  } finally {
    if (!deps.db) await db.close();
  }
}
