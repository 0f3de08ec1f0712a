import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { AUDIT_EVENTS } from '../../domain/audit-events';
import { DISABILITY_CATEGORY_CODES } from '../../domain/disability';
import { GRADES } from '../../domain/grades';
import { ROLES } from '../../domain/roles';
import { SPED_STATUSES } from '../../domain/sped-status';
import { en } from './en';
import { es } from './es';

/** Every argument of an ICU message as "name:type", and the cases of each select (plural cases differ by language, so they are not compared). */
function signature(message: string): string[] {
  const out = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      switch (el.type) {
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          out.add(`${el.value}:${TYPE[el.type]}`);
          break;
        case TYPE.select:
          out.add(`${el.value}:select[${Object.keys(el.options).sort().join(',')}]`);
          for (const o of Object.values(el.options)) walk(o.value);
          break;
        case TYPE.plural:
          out.add(`${el.value}:plural`);
          for (const o of Object.values(el.options)) walk(o.value);
          break;
        case TYPE.tag:
          out.add(`<${el.value}>:tag`);
          walk(el.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return [...out].sort();
}

describe('message catalogues', () => {
  const enKeys = Object.keys(en).sort();
  const esMessages: Record<string, string> = es;

  it('Spanish has exactly the English keys', () => {
    expect(Object.keys(es).sort()).toEqual(enKeys);
  });

  it.each(enKeys)('%s: Spanish keeps the English placeholders', (key) => {
    const english = (en as Record<string, string>)[key]!;
    const spanish = esMessages[key];
    expect(spanish, `es is missing ${key}`).toBeTypeOf('string');
    expect(spanish!.trim(), `es ${key} is empty`).not.toBe('');
    expect(signature(spanish!)).toEqual(signature(english));
  });

  it('the signature sees placeholders, selects and plurals (so the comparison above can fail)', () => {
    expect(signature('Hi {name}, {count, plural, one {# item} other {# items for {who}}}')).toEqual([
      'count:plural',
      'name:argument',
      'who:argument',
    ]);
    expect(signature('{r, select, a {A} other {B}}')).not.toEqual(signature('{r, select, a {A} b {B} other {C}}'));
    expect(signature('Hola {nombre}')).not.toEqual(signature('Hello {name}'));
  });

  it('every domain code shown in the interface has a label', () => {
    const keys = new Set(enKeys);
    const expected = [
      ...ROLES.map((r) => `role.${r}`),
      ...SPED_STATUSES.map((s) => `status.${s}`),
      ...DISABILITY_CATEGORY_CODES.map((d) => `disability.${d}`),
      ...Object.keys(AUDIT_EVENTS).map((a) => `audit.${a}`),
      ...GRADES.filter((g) => !/^\d+$/.test(g)).map((g) => `grade.${g}`),
    ];
    expect(expected.filter((k) => !keys.has(k))).toEqual([]);
  });
});
