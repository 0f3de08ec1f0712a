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

  let definition: StateProfileDefinition | null = null;
  if (sub === 'add') {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(must(arg, 'a file to add'), 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      err(`profile: cannot read ${arg} as JSON: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    const v = validateProfileDefinition(json);
    if (!v.ok) {
      err(
        `profile: ${arg} is not a valid profile (${v.problems.length} problem${v.problems.length === 1 ? '' : 's'}):`,
      );
      for (const p of v.problems) err(`  ${p.path} — ${p.message}`);
      return 2;
    }
    definition = v.profile;
    if (isBuiltInProfile(definition.code)) {
      err(`profile: ${definition.code} is built in and cannot be replaced; give the profile another code`);
      return 2;
    }
  }

  const db = deps.db ?? (await openDatabase(loadConfig(), () => undefined));
  try {
    if (sub === 'list') {
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
    if (sub === 'show') {
      const code = must(arg, 'a profile code');
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
    const def = must(definition, 'the profile read for add');
    const sys = systemHandle(db, 'openiep profile add: a state profile added by whoever runs the server', {
      name: 'openiep profile add',
    });
    const result = await sys.db.transaction(async (tx) => {
      const r = await saveProfile(
        tx,
        { code: def.code, name: def.name, definition: def },
        { replace: parsed.values.replace === true, addedBy: 'openiep profile add' },
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
  } finally {
    if (!deps.db) await db.close();
  }
}
