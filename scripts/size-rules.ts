/**
 * The size rule (issue 10 item 6), as a pure function over the files of the repository, like
 * scripts/architecture-rules.ts: each file is its path relative to the repository root and its text.
 *  - A function over 80 lines fails unless the comment directly above it contains `Long function:` and the reason.
 *  - A source file over 400 lines fails unless its opening comment contains `Long file:` and the reason.
 * Both apply to the code that is not a test: .ts and .tsx under src/, web/src/, bench/ and scripts/, not *.test.ts(x),
 * not test/. scripts/check-architecture.ts runs it; scripts/function-lengths.ts lists the lengths with the same measure.
 */
import ts from 'typescript';

export interface SizedFile {
  /** Relative to the repository root, with forward slashes: 'src/domain/plan-rules.ts'. */
  path: string;
  source: string;
}

export const FUNCTION_LINE_LIMIT = 80;
export const FILE_LINE_LIMIT = 400;
export const LONG_FUNCTION = 'Long function:';
export const LONG_FILE = 'Long file:';

const SIZED_DIRS = ['src/', 'web/src/', 'bench/', 'scripts/'];

/** Whether the size rule looks at a file: non-test TypeScript under src, web/src, bench or scripts. */
export function isSized(file: string): boolean {
  return (
    /\.(ts|tsx)$/.test(file) &&
    !/\.test\.tsx?$/.test(file) &&
    !file.endsWith('.d.ts') &&
    SIZED_DIRS.some((d) => file.startsWith(d))
  );
}

/** Lines as `wc -l` counts them, plus a last line without a newline. */
export function lineCount(source: string): number {
  if (source === '') return 0;
  const lines = source.split('\n').length;
  return source.endsWith('\n') ? lines - 1 : lines;
}

export interface FunctionLength {
  name: string;
  /** 1-based line of the function's first token. */
  line: number;
  lines: number;
  /** The comment lines directly above the statement the function starts (or is assigned in). */
  commentAbove: string;
}

const isFunction = (n: ts.Node): n is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n);

/** The declaration a function is named by (`const f = () => …`, `{ f: function () … }`), to find its comment. */
function anchorOf(n: ts.Node): ts.Node {
  let a = n;
  while (
    ts.isVariableDeclaration(a.parent) ||
    ts.isVariableDeclarationList(a.parent) ||
    ts.isVariableStatement(a.parent) ||
    ts.isPropertyAssignment(a.parent) ||
    ts.isExportAssignment(a.parent)
  )
    a = a.parent;
  return a;
}

const COMMENT_LINE = /^\s*(\/\/|\/\*|\*|\*\/)|\*\/\s*$/;

/** The run of comment lines that ends on the line just above `line` (0-based). */
function commentLinesAbove(lines: readonly string[], line: number): string {
  const out: string[] = [];
  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i] ?? '';
    if (!COMMENT_LINE.test(text)) break;
    out.unshift(text);
  }
  return out.join('\n');
}

/** Every function, arrow, function expression and method of one file, with its length in lines. */
export function functionLengths(file: string, source: string): FunctionLength[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const lines = source.split('\n');
  const out: FunctionLength[] = [];
  const visit = (n: ts.Node): void => {
    if (isFunction(n)) {
      const first = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const last = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      const name = n.name?.getText() ?? (ts.isVariableDeclaration(n.parent) ? n.parent.name.getText() : '(anonymous)');
      const anchorLine = sf.getLineAndCharacterOfPosition(anchorOf(n).getStart()).line;
      out.push({ name, line: first + 1, lines: last - first + 1, commentAbove: commentLinesAbove(lines, anchorLine) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The comments before the first statement of a file (after a shebang). */
export function openingComment(source: string): string {
  return (ts.getLeadingCommentRanges(source, 0) ?? []).map((r) => source.slice(r.pos, r.end)).join('\n');
}

/** Every breach of the size rule, one line each naming the file, the line and the length; empty when none. */
export function checkSizes(files: readonly SizedFile[]): string[] {
  const violations: string[] = [];
  for (const f of files.filter((f) => isSized(f.path))) {
    const lines = lineCount(f.source);
    if (lines > FILE_LINE_LIMIT && !openingComment(f.source).includes(LONG_FILE))
      violations.push(
        `${f.path}: ${lines} lines, over ${FILE_LINE_LIMIT} (split it, or say why in its opening comment with "${LONG_FILE}")`,
      );
    for (const fn of functionLengths(f.path, f.source)) {
      if (fn.lines > FUNCTION_LINE_LIMIT && !fn.commentAbove.includes(LONG_FUNCTION))
        violations.push(
          `${f.path}:${fn.line}: ${fn.name} is ${fn.lines} lines, over ${FUNCTION_LINE_LIMIT} (split it, or say why in a comment above it with "${LONG_FUNCTION}")`,
        );
    }
  }
  return violations;
}
