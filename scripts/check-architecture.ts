/**
 * Architecture rules, checked on every `npm test` (ARCHITECTURE.md). The rules themselves, and what each says, are in
 * scripts/architecture-rules.ts (a pure function, tested by scripts/check-architecture.test.ts); this reads src/ and
 * web/ and reports. Exits non-zero and names every violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkArchitecture, type SourceFile } from './architecture-rules';

const root = path.resolve(import.meta.dirname, '..');

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const files: SourceFile[] = ['src', 'web'].flatMap((d) =>
  walk(path.join(root, d)).map((f) => ({
    path: path.relative(root, f).split(path.sep).join('/'),
    source: fs.readFileSync(f, 'utf8'),
  })),
);
const violations = checkArchitecture(files);

if (violations.length) {
  console.error(`Architecture check failed (${violations.length}):\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log(
  'Architecture check: domain and policy pure, routes reach the database only through use cases, web imports no server code, ' +
    'decides nothing from roles, src/db imports nothing from above it, roles are compared only in src/policy, no method trusts its caller.',
);
