/**
 * Vitest's asymmetric matchers typed as `unknown` instead of `any`, so that an expected object can hold one without
 * an unsafe `any` in it. Each is exactly the matcher of the same name on `expect`.
 */
import { expect } from 'vitest';

export const anyString = (): unknown => expect.any(String);
export const anyNumber = (): unknown => expect.any(Number);
export const stringContaining = (text: string): unknown => expect.stringContaining(text);
export const stringMatching = (pattern: string | RegExp): unknown => expect.stringMatching(pattern);
export const objectContaining = (object: Record<string, unknown>): unknown => expect.objectContaining(object);
export const arrayContaining = (array: unknown[]): unknown => expect.arrayContaining(array);
