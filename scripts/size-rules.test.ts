/**
 * The size rule (scripts/size-rules.ts): fed small fake files, it names a long function and a long file, and lets
 * them pass with the markers `Long function:` (the comment directly above) and `Long file:` (the opening comment).
 */
import { describe, expect, it } from 'vitest';
import { checkSizes, functionLengths, lineCount, openingComment } from './size-rules';

const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
/** A function declaration of exactly `lines` lines. */
const fn = (name: string, lines: number) => `function ${name}() {\n${body(lines - 2)}\n}\n`;
const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const c${i} = ${i};`).join('\n') + '\n';

describe('the size rule', () => {
  it('measures a function from its first to its last line, arrows and methods too', () => {
    const src = `${fn('f', 81)}const g = () => {\n${body(3)}\n};\nclass K {\n  m() {\n    return 1;\n  }\n}\n`;
    expect(functionLengths('a.ts', src).map((f) => [f.name, f.line, f.lines])).toEqual([
      ['f', 1, 81],
      ['g', 82, 5],
      ['m', 88, 3],
    ]);
  });

  it('a function of 80 lines passes; of 81 fails, naming the file, line, name and length', () => {
    expect(checkSizes([{ path: 'src/domain/a.ts', source: fn('ok', 80) }])).toEqual([]);
    expect(checkSizes([{ path: 'src/domain/a.ts', source: `\n${fn('tooLong', 81)}` }])).toEqual([
      expect.stringMatching(/^src\/domain\/a\.ts:2: tooLong is 81 lines, over 80/),
    ]);
  });

  it('a long function passes with "Long function:" in the comment directly above it, and only there', () => {
    const marked = `// Long function: one literal table.\n${fn('table', 90)}`;
    const markedArrow = `/**\n * The codes.\n * Long function: one literal table.\n */\nexport const table = () => {\n${body(90)}\n};\n`;
    const markedElsewhere = `// Long function: about something else.\nconst x = 1;\n${fn('table', 90)}`;
    const markedInside = `function table() {\n  // Long function: inside does not count.\n${body(90)}\n}\n`;
    expect(checkSizes([{ path: 'src/a.ts', source: marked }])).toEqual([]);
    expect(checkSizes([{ path: 'src/a.ts', source: markedArrow }])).toEqual([]);
    expect(checkSizes([{ path: 'src/a.ts', source: markedElsewhere }])).toHaveLength(1);
    expect(checkSizes([{ path: 'src/a.ts', source: markedInside }])).toHaveLength(1);
  });

  it('a file of 400 lines passes; of 401 fails unless its opening comment says "Long file:"', () => {
    expect(lineCount(lines(400))).toBe(400);
    expect(checkSizes([{ path: 'bench/a.ts', source: lines(400) }])).toEqual([]);
    expect(checkSizes([{ path: 'bench/a.ts', source: lines(401) }])).toEqual([
      expect.stringMatching(/^bench\/a\.ts: 401 lines, over 400/),
    ]);
    const reasoned = `/**\n * The catalogue.\n * Long file: one table of messages.\n */\n${lines(500)}`;
    expect(openingComment(reasoned)).toContain('Long file:');
    expect(checkSizes([{ path: 'scripts/a.ts', source: reasoned }])).toEqual([]);
    const lateReason = `${lines(450)}// Long file: too late, not the opening comment.\n`;
    expect(checkSizes([{ path: 'scripts/a.ts', source: lateReason }])).toHaveLength(1);
  });

  it('looks at src, web/src, bench and scripts, not at tests, test/ or other folders', () => {
    const long = lines(401);
    const at = (...paths: string[]) => checkSizes(paths.map((path) => ({ path, source: long })));
    expect(at('src/a.ts', 'web/src/A.tsx', 'bench/a.ts', 'scripts/a.ts')).toHaveLength(4);
    expect(
      at('src/a.test.ts', 'web/src/A.test.tsx', 'test/a.ts', 'test/support/a.ts', 'web/vite.ts', 'src/a.json'),
    ).toEqual([]);
  });
});
