import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors, issuePath, withoutField } from './form';

describe('fieldErrors', () => {
  it('puts each path error on its field, the first message winning', () => {
    expect(
      fieldErrors([
        { path: 'date', message: 'Required.' },
        { path: 'date', message: 'Second.' },
        { path: 'goals.0.text', message: 'Too long.' },
      ]),
    ).toEqual({ date: 'Required.', 'goals.0.text': 'Too long.' });
  });

  it('maps paths to the form’s fields and words', () => {
    expect(
      fieldErrors(
        [{ path: 'body.reason', message: 'Say why.' }],
        (p) => p.replace(/^body\./, ''),
        (e) => `!${e.message}`,
      ),
    ).toEqual({ reason: '!Say why.' });
  });
});

describe('issuePath', () => {
  it('writes a zod issue path as the API does', () => {
    const r = z.object({ goals: z.array(z.object({ text: z.string().min(1) })) }).safeParse({ goals: [{ text: '' }] });
    expect(r.success).toBe(false);
    expect(issuePath(r.error?.issues[0]?.path ?? [])).toBe('goals.0.text');
    expect(issuePath([])).toBe('(body)');
  });
});

describe('withoutField', () => {
  it('drops one field’s message and keeps the same object when there is none', () => {
    const errors = { date: 'Required.', note: 'Too long.' };
    expect(withoutField(errors, 'date')).toEqual({ note: 'Too long.' });
    expect(withoutField(errors, 'kind')).toBe(errors);
  });
});
