/**
 * Lists the functions longer than a limit (default 80 lines) in the given folders, longest first, with a count:
 * the measure issue 10 asks for ("no function over ~80 lines without a reason"). Not part of `npm test`.
 *   node --import tsx scripts/function-lengths.ts src web/src [--over 80]
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const overAt = args.indexOf('--over');
const limit = overAt >= 0 ? Number(args[overAt + 1]) : 80;
const dirs = args.filter((_a, i) => overAt < 0 || (i !== overAt && i !== overAt + 1));

function walk(dir: string, out: string[]): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') walk(p, out);
    } else if (/\.(ts|tsx)$/.test(e.name) && !/\.test\./.test(e.name)) out.push(p);
  }
  return out;
}

const long: { lines: number; where: string }[] = [];
for (const file of dirs.flatMap((d) => walk(d, []))) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (n: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(n) ||
      ts.isArrowFunction(n) ||
      ts.isFunctionExpression(n) ||
      ts.isMethodDeclaration(n)
    ) {
      const first = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const lines = sf.getLineAndCharacterOfPosition(n.getEnd()).line - first + 1;
      const name = n.name?.getText() ?? (ts.isVariableDeclaration(n.parent) ? n.parent.name.getText() : '(anonymous)');
      if (lines > limit) long.push({ lines, where: `${file}:${first + 1} ${name}` });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
long.sort((a, b) => b.lines - a.lines);
for (const f of long) console.log(`${String(f.lines).padStart(4)}  ${f.where}`);
console.log(`${long.length} functions over ${limit} lines`);
