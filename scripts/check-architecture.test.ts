/**
 * The architecture check itself (scripts/architecture-rules.ts): fed small fake trees, it must name each kind of
 * violation, and stay quiet on the allowed shapes next to it.
 */
import { describe, expect, it } from 'vitest';
import { checkArchitecture, importsOf, type SourceFile } from './architecture-rules';

const file = (path: string, source: string): SourceFile => ({ path, source });
const check = (...files: SourceFile[]) => checkArchitecture(files);

describe('the architecture check', () => {
  it('reads static, re-exported, side-effect and dynamic imports', () => {
    expect(
      importsOf(`import a from './a';\nexport { b } from "../b";\nimport './c';\nconst d = await import('./d');`),
    ).toEqual(['./a', '../b', './c', './d']);
  });

  it('a tree that keeps the rules has no violations', () => {
    expect(
      check(
        file('src/domain/dates.ts', `import { x } from './x';\nexport const f = (today: string) => today;`),
        file(
          'src/policy/plan.ts',
          `import type { Role } from '../domain/roles';\nimport { isDistrictAdmin } from './predicates';\nexport const m = (actor: { role: Role }) => actor.role === 'district_admin';`,
        ),
        file(
          'src/db/handle.ts',
          `import { AppError } from '../domain/errors';\nimport type { Actor } from '../policy/actor';`,
        ),
        file('src/server/sessions.ts', `import { hashPassword } from '../db/passwords';`),
        file('src/features/meetings/team.ts', `if (participants.some((p) => p.role === 'student')) f();`),
        file('src/domain/roster.ts', `if (role === 'student') x();`),
        file(
          'web/src/App.tsx',
          `import { schema } from '../../src/api/students';\nimport { t } from '../../src/documents/messages';`,
        ),
      ),
    ).toEqual([]);
  });

  it('src/domain imports nothing outside itself and reads no clock', () => {
    const v = check(
      file('src/domain/a.ts', `import fs from 'node:fs';\nimport { x } from '../db/handle';\nconst now = Date.now();`),
    );
    expect(v).toHaveLength(3);
    expect(v[0]).toContain('src/domain imports "node:fs"');
    expect(v[1]).toContain('src/domain imports "../db/handle"');
    expect(v[2]).toContain('reads the clock');
  });

  it('src/policy imports only src/domain and itself', () => {
    expect(check(file('src/policy/a.ts', `import { x } from '../db/students-repo';`))).toEqual([
      expect.stringContaining('src/policy imports "../db/students-repo"'),
    ]);
  });

  it('a routes.ts never imports src/db', () => {
    expect(check(file('src/features/students/routes.ts', `import { createHandle } from '../../db/handle';`))).toEqual([
      expect.stringContaining('a route imports "../../db/handle"'),
    ]);
  });

  it('the web app imports no server code', () => {
    expect(check(file('web/src/x.tsx', `import { buildApp } from '../../src/server/app';`))).toEqual([
      expect.stringContaining('the web app imports "../../src/server/app"'),
    ]);
  });

  it('src/api imports only zod, src/domain and itself', () => {
    expect(
      check(file('src/api/problem.ts', `import { z } from 'zod';\nimport { x } from '../domain/errors';`)),
    ).toEqual([]);
    expect(check(file('src/api/x.ts', `import { y } from '../db/handle';\nimport pg from 'pg';`))).toEqual([
      expect.stringContaining('src/api imports "../db/handle"'),
      expect.stringContaining('src/api imports "pg"'),
    ]);
  });

  it('the web decides nothing from the role (scripts/web-role-rule.ts), and the rule runs on web/src', () => {
    expect(
      check(file('web/src/Layout.tsx', `{user.role === 'district_admin' && <a href="/settings">Settings</a>}`)).length,
    ).toBeGreaterThan(0);
  });

  it('src/db imports nothing from src/server, src/features, src/cli or src/notify', () => {
    const v = check(
      file('src/db/seed-demo.ts', `import { hashPassword } from '../server/passwords';`),
      file(
        'src/db/x.ts',
        `import { f } from '../features/roster/import';\nimport { g } from '../cli/main';\nimport { h } from '../notify/mailer';`,
      ),
    );
    expect(v).toEqual([
      expect.stringContaining('src/db/seed-demo.ts: src/db imports "../server/passwords" from src/server'),
      expect.stringContaining('src/db/x.ts: src/db imports "../features/roster/import" from src/features'),
      expect.stringContaining('"../cli/main" from src/cli'),
      expect.stringContaining('"../notify/mailer" from src/notify'),
    ]);
  });

  it('no role comparison outside src/policy: on an actor-like value, or with a role only people have', () => {
    const v = check(
      file('src/features/a.ts', `if (scope.actor.role === 'guardian') x();`),
      file('src/db/b.ts', `const lean = this.actor.role !== 'teacher';`),
      file('src/server/c.ts', `if (user.role === 'student') y();`),
      file('src/notify/d.ts', `if ('case_manager' === r) z();`),
      file('src/features/e.ts', `return viewerRole === 'district_admin' ? a : b;`),
      file('src/features/f.test.ts', `expect(actor.role === 'guardian').toBe(true);`),
    );
    expect(v).toEqual([
      expect.stringContaining('src/features/a.ts:1: compares a role outside src/policy'),
      expect.stringContaining('src/db/b.ts:1: compares a role'),
      expect.stringContaining('src/server/c.ts:1: compares a role'),
      expect.stringContaining('src/notify/d.ts:1: compares a role'),
      expect.stringContaining('src/features/e.ts:1: compares a role'),
    ]);
  });

  it('no "caller has checked" anywhere in src/, in any case, on the line it is written', () => {
    const v = check(
      file(
        'src/db/audit-repo.ts',
        `/**\n * Entries about one student. The Caller has checked that the actor may see it.\n */`,
      ),
      file('src/domain/x.md', 'the caller has checked'),
    );
    expect(v).toEqual([
      expect.stringContaining('src/db/audit-repo.ts:2: says "the caller has checked"'),
      expect.stringContaining('src/domain/x.md:1'),
    ]);
  });

  it('no SQL in src/features: a database query call or a write statement, on the line it is written', () => {
    const v = check(
      file('src/features/a/use-case.ts', `const rows = await tx.query<{ id: string }>('SELECT 1');`),
      file('src/features/b/use-case.ts', 'const sql = `DELETE FROM sessions WHERE id = $1`;'),
      file('src/features/c/routes.ts', 'const q = request.query; // an HTTP query string is fine'),
      file('src/features/d/use-case.test.ts', `await db.query('UPDATE users SET x = 1');`),
      file('src/db/e-repo.ts', `await this.q.query('INSERT INTO t VALUES (1)');`),
    );
    expect(v).toEqual([
      expect.stringContaining('src/features/a/use-case.ts:1: SQL in a feature'),
      expect.stringContaining('src/features/b/use-case.ts:1: SQL in a feature'),
    ]);
  });
});
