/**
 * Architecture rules, checked on every `npm test` (ARCHITECTURE.md):
 *  1. src/domain is pure: it imports nothing outside src/domain (no packages, no node: modules) and reads no clock.
 *  2. Routes never import src/db: files named routes.ts (and src/server/auth.ts's routes go through sessions.ts).
 *  3. The web app imports from src/ only domain rules, zod schemas (src/api, features' schemas) and the message catalogues, never server code.
 *  4. src/policy is pure: it imports only src/domain and itself.
 *  5. src/api (the API contract the web shares) imports only zod, src/domain and itself.
 *  6. The web app decides nothing from the signed-in person's role: it reads the abilities the server sends
 *     (scripts/web-role-rule.ts); showing the role's name (`roleLabel(intl, user.role)`) is allowed.
 * Exits non-zero and names every violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { roleDecisions } from './web-role-rule';

const root = path.resolve(import.meta.dirname, '..');
const violations: string[] = [];

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

export function importsOf(source: string): string[] {
  const out: string[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

function resolved(file: string, spec: string): string | null {
  return spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : null;
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const rel = (f: string) => path.relative(root, f);
const inside = (target: string, dir: string) => target === dir || target.startsWith(dir + path.sep);

const domain = path.join(root, 'src/domain');
const policy = path.join(root, 'src/policy');
const db = path.join(root, 'src/db');

for (const f of walk(domain).filter((f) => !isTest(f))) {
  const src = fs.readFileSync(f, 'utf8');
  for (const spec of importsOf(src)) {
    const r = resolved(f, spec);
    if (!r || !inside(r, domain)) violations.push(`${rel(f)}: src/domain imports "${spec}" (domain imports nothing outside itself)`);
  }
  if (/\bDate\.now\(\)|new Date\(\s*\)/.test(src)) violations.push(`${rel(f)}: src/domain reads the clock (pass "today" in)`);
}

for (const f of walk(policy).filter((f) => !isTest(f))) {
  for (const spec of importsOf(fs.readFileSync(f, 'utf8'))) {
    const r = resolved(f, spec);
    if (!r || !(inside(r, policy) || inside(r, domain))) violations.push(`${rel(f)}: src/policy imports "${spec}" (policy is pure: domain and itself only)`);
  }
}

const api = path.join(root, 'src/api');
for (const f of walk(api).filter((f) => !isTest(f))) {
  for (const spec of importsOf(fs.readFileSync(f, 'utf8'))) {
    const r = resolved(f, spec);
    if (r ? !(inside(r, api) || inside(r, domain)) : spec !== 'zod') violations.push(`${rel(f)}: src/api imports "${spec}" (the contract: zod, src/domain and itself only)`);
  }
}

for (const f of walk(path.join(root, 'src')).filter((f) => /(^|[/\\])routes\.ts$/.test(f))) {
  for (const spec of importsOf(fs.readFileSync(f, 'utf8'))) {
    const r = resolved(f, spec);
    if (r && inside(r, db)) violations.push(`${rel(f)}: a route imports "${spec}" from src/db (go through a use case and the data handle)`);
  }
}

const webAllowed = [path.join(root, 'src/domain'), path.join(root, 'src/documents/messages'), path.join(root, 'src/api')];
for (const f of walk(path.join(root, 'web'))) {
  for (const spec of importsOf(fs.readFileSync(f, 'utf8'))) {
    const r = resolved(f, spec);
    if (!r || !inside(r, path.join(root, 'src'))) continue;
    const ok = webAllowed.some((d) => inside(r, d)) || /[/\\]features[/\\][^/\\]+[/\\]schemas(\.ts)?$/.test(r);
    if (!ok) violations.push(`${rel(f)}: the web app imports "${spec}" (only domain, schemas and message catalogues)`);
  }
}

for (const f of walk(path.join(root, 'web/src')).filter((f) => !isTest(f))) {
  for (const d of roleDecisions(fs.readFileSync(f, 'utf8'))) violations.push(`${rel(f)}: ${d}`);
}

if (violations.length) {
  console.error(`Architecture check failed (${violations.length}):\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log('Architecture check: domain and policy pure, routes reach the database only through use cases, web imports no server code and decides nothing from roles.');
