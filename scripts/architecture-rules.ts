/**
 * The architecture rules (ARCHITECTURE.md), as a pure function over the files of the repository: each file is its
 * path relative to the repository root (forward slashes) and its text. scripts/check-architecture.ts reads the tree
 * and calls it; scripts/check-architecture.test.ts feeds it small fake trees.
 *  1. src/domain is pure: it imports nothing outside src/domain (no packages, no node: modules) and reads no clock.
 *  2. Routes never import src/db: files named routes.ts (and src/server/auth.ts's routes go through sessions.ts).
 *  3. The web app imports from src/ only domain rules, the API contract (src/api) and the message catalogues, never server code.
 *  4. src/policy is pure: it imports only src/domain and itself.
 *  4a. src/api (the API contract the web shares) imports only zod, src/domain, the message catalogues' locales and itself.
 *  4b. The web app decides nothing from the signed-in person's role: it reads the abilities the server sends
 *     (scripts/web-role-rule.ts); showing the role's name (`roleLabel(intl, user.role)`) is allowed.
 *  5. src/db imports nothing from the layers above it (src/server, src/features, src/cli, src/notify): the
 *     dependency goes one way, server → features → db.
 *  6. No role comparison outside src/policy: a feature, repository or the HTTP shell asks a named policy function or
 *     predicate (`isGuardian(actor)`, `mayInvite(actor, target)`), never `actor.role === '…'`. src/domain is exempt:
 *     there a role is data (a meeting participant's role, a OneRoster role), not a permission. Caught: `.role`
 *     compared on an actor-like value (`actor`, `person`, `user`, `a`, `this.actor`, `scope.actor`), and a comparison
 *     with a role name only people have (district_admin, principal, case_manager, guardian).
 *  7. No repository or use case trusts its caller: the words "caller has checked" appear nowhere in src/.
 *  8. src/features holds no SQL: no `.query(`/`.exec(` on a database value (`db`, `tx`, `q`) and no INSERT INTO,
 *     UPDATE … SET or DELETE FROM; a use case reads and writes through a repository of src/db.
 */
import path from 'node:path';
import { roleDecisions } from './web-role-rule';

export interface SourceFile {
  /** Relative to the repository root, with forward slashes: 'src/db/handle.ts'. */
  path: string;
  source: string;
}

export function importsOf(source: string): string[] {
  const out: string[] = [];
  const re =
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(re)) {
    // Exactly one of the three alternatives matched, so one group holds the specifier.
    const specifier = m[1] ?? m[2] ?? m[3];
    if (specifier !== undefined) out.push(specifier);
  }
  return out;
}

const posix = path.posix;
const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const inside = (target: string, dir: string) => target === dir || target.startsWith(dir + '/');
const isCode = (f: string) => /\.(ts|tsx)$/.test(f);

/** The repository-relative path a relative import points at (no extension resolution), or null for a package. */
function resolved(file: string, spec: string): string | null {
  return spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), spec)) : null;
}

const ACTOR_ROLE = String.raw`(?:\bactor|\bperson|\buser|\ba|this\.actor|scope\.actor)\.role`;
const ROLE_COMPARISON = new RegExp(
  String.raw`${ACTOR_ROLE}\s*[!=]==?|[!=]==?\s*${ACTOR_ROLE}\b|'(?:district_admin|principal|case_manager|guardian)'\s*[!=]==?|[!=]==?\s*'(?:district_admin|principal|case_manager|guardian)'`,
);
const TRUSTS_CALLER = /caller has checked/i;
const SQL_IN_FEATURE =
  /\b(?:db|tx|q)\.(?:query|exec)\s*[<(]|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b|\bUPDATE\s+\w+\s+SET\b/;
const ABOVE_DB = ['src/server', 'src/features', 'src/cli', 'src/notify'];

type Rule = (code: readonly SourceFile[], files: readonly SourceFile[]) => string[];

/** Rules 1 and 4, 4a: what the pure layers (src/domain, src/policy, the contract in src/api) may import. */
function pureLayerImports(code: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const f of code.filter((f) => inside(f.path, 'src/domain') && !isTest(f.path))) {
    for (const spec of importsOf(f.source)) {
      const r = resolved(f.path, spec);
      if (!r || !inside(r, 'src/domain'))
        violations.push(`${f.path}: src/domain imports "${spec}" (domain imports nothing outside itself)`);
    }
    if (/\bDate\.now\(\)|new Date\(\s*\)/.test(f.source))
      violations.push(`${f.path}: src/domain reads the clock (pass "today" in)`);
  }

  for (const f of code.filter((f) => inside(f.path, 'src/policy') && !isTest(f.path))) {
    for (const spec of importsOf(f.source)) {
      const r = resolved(f.path, spec);
      if (!r || !(inside(r, 'src/policy') || inside(r, 'src/domain')))
        violations.push(`${f.path}: src/policy imports "${spec}" (policy is pure: domain and itself only)`);
    }
  }

  for (const f of code.filter((f) => inside(f.path, 'src/api') && !isTest(f.path))) {
    for (const spec of importsOf(f.source)) {
      const r = resolved(f.path, spec);
      if (
        r ? !(inside(r, 'src/api') || inside(r, 'src/domain') || inside(r, 'src/documents/messages')) : spec !== 'zod'
      )
        violations.push(
          `${f.path}: src/api imports "${spec}" (the contract: zod, src/domain, the message catalogues and itself only)`,
        );
    }
  }
  return violations;
}

/** Rules 2 and 5: routes never import src/db, and src/db imports nothing from the layers above it. */
function databaseImports(code: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const f of code.filter((f) => inside(f.path, 'src') && /(^|\/)routes\.ts$/.test(f.path))) {
    for (const spec of importsOf(f.source)) {
      const r = resolved(f.path, spec);
      if (r && inside(r, 'src/db'))
        violations.push(`${f.path}: a route imports "${spec}" from src/db (go through a use case and the data handle)`);
    }
  }

  for (const f of code.filter((f) => inside(f.path, 'src/db'))) {
    for (const spec of importsOf(f.source)) {
      const r = resolved(f.path, spec);
      const above = r ? ABOVE_DB.find((d) => inside(r, d)) : undefined;
      if (above)
        violations.push(
          `${f.path}: src/db imports "${spec}" from ${above} (the data layer imports nothing from the layers above it)`,
        );
    }
  }
  return violations;
}

/** Rules 3 and 4b: the web app imports no server code and decides nothing from the signed-in person's role. */
function webRules(code: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  const webAllowed = ['src/domain', 'src/documents/messages', 'src/api'];
  for (const f of code.filter((f) => inside(f.path, 'web'))) {
    for (const spec of importsOf(f.source)) {
      const r = resolved(f.path, spec);
      if (!r || !inside(r, 'src')) continue;
      if (!webAllowed.some((d) => inside(r, d)))
        violations.push(
          `${f.path}: the web app imports "${spec}" (only domain, the API contract in src/api and message catalogues)`,
        );
    }
  }

  for (const f of code.filter((f) => inside(f.path, 'web/src') && !isTest(f.path))) {
    for (const d of roleDecisions(f.source)) violations.push(`${f.path}: ${d}`);
  }
  return violations;
}

/** Each line of the files that matches a pattern, as a violation with its line number. */
function linesMatching(files: readonly SourceFile[], pattern: RegExp, say: (line: string) => string): string[] {
  return files.flatMap((f) =>
    f.source.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${f.path}:${i + 1}: ${say(line.trim())}`] : [])),
  );
}

/** Rules 6, 7 and 8: no role comparison outside src/policy, no method trusts its caller, no SQL in a feature. */
const sourceLineRules: Rule = (code, files) => [
  ...linesMatching(
    code.filter(
      (f) => inside(f.path, 'src') && !inside(f.path, 'src/policy') && !inside(f.path, 'src/domain') && !isTest(f.path),
    ),
    ROLE_COMPARISON,
    (line) => `compares a role outside src/policy (ask a named policy function or predicate): ${line}`,
  ),
  ...linesMatching(
    files.filter((f) => inside(f.path, 'src')),
    TRUSTS_CALLER,
    () => 'says "the caller has checked" (check the scope in the method itself)',
  ),
  ...linesMatching(
    code.filter((f) => inside(f.path, 'src/features') && !isTest(f.path)),
    SQL_IN_FEATURE,
    (line) => `SQL in a feature (add a repository method in src/db): ${line}`,
  ),
];

const RULES: readonly Rule[] = [pureLayerImports, databaseImports, webRules, sourceLineRules];

/** Every violation, one line each naming the file and the rule; empty when the tree keeps the rules. */
export function checkArchitecture(files: readonly SourceFile[]): string[] {
  const code = files.filter((f) => isCode(f.path));
  return RULES.flatMap((rule) => rule(code, files));
}
