/**
 * Architecture rules, checked on every `npm test` (ARCHITECTURE.md). The rules themselves, and what each says, are in
 * scripts/architecture-rules.ts (a pure function, tested by scripts/check-architecture.test.ts); this reads src/ and
 * web/ and reports. Exits non-zero and names every violation.
 *
 * Then the size rule (scripts/size-rules.ts, tested by scripts/size-rules.test.ts) over src/, web/src/, bench/ and
 * scripts/. For now it only reports (names the offenders and counts them, exit 0); `--sizes=enforce` (or
 * OPENIEP_SIZES=enforce) makes an offender fail the check like an architecture violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkArchitecture, type SourceFile } from './architecture-rules';
import { checkSizes } from './size-rules';

const root = path.resolve(import.meta.dirname, '..');

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const read = (dirs: string[]): SourceFile[] =>
  dirs.flatMap((d) =>
    walk(path.join(root, d)).map((f) => ({
      path: path.relative(root, f).split(path.sep).join('/'),
      source: fs.readFileSync(f, 'utf8'),
    })),
  );

const files = read(['src', 'web']);
const violations = checkArchitecture(files);

const enforceSizes =
  process.argv.includes('--sizes=enforce') || (process.env.OPENIEP_SIZES ?? '').toLowerCase() === 'enforce';
const sizes = checkSizes([...files, ...read(['bench', 'scripts'])]);
if (sizes.length) {
  const say = enforceSizes ? console.error : console.warn;
  say(
    `Size rule${enforceSizes ? ' failed' : ' (report only; --sizes=enforce to fail)'}: ${sizes.length} ` +
      `over the limit without a reason:\n  ${sizes.join('\n  ')}`,
  );
}

if (violations.length) {
  console.error(`Architecture check failed (${violations.length}):\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
if (enforceSizes && sizes.length) process.exit(1);
console.log(
  'Architecture check: domain and policy pure, routes reach the database only through use cases, web imports no server code, ' +
    'decides nothing from roles, src/db imports nothing from above it, roles are compared only in src/policy, no method trusts its caller' +
    (sizes.length
      ? `; ${sizes.length} over the size limits (reported above).`
      : '; no function or file over the size limits.'),
);
