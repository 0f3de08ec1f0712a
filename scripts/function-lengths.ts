/**
 * Lists the functions longer than a limit (default 80 lines) in the given folders, longest first, with a count:
 * the measure issue 10 asks for ("no function over ~80 lines without a reason"), the same one the size rule of
 * `npm run check:arch` uses (scripts/size-rules.ts). Lists marked `Long function:` too.
 *   node --import tsx scripts/function-lengths.ts src web/src [--over 80]
 */
import fs from 'node:fs';
import path from 'node:path';
import { functionLengths } from './size-rules';

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
  for (const fn of functionLengths(file, fs.readFileSync(file, 'utf8')))
    if (fn.lines > limit) long.push({ lines: fn.lines, where: `${file}:${fn.line} ${fn.name}` });
}
long.sort((a, b) => b.lines - a.lines);
for (const f of long) console.log(`${String(f.lines).padStart(4)}  ${f.where}`);
console.log(`${long.length} functions over ${limit} lines`);
