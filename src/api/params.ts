/**
 * What every route shares (zod): path parameters (ids are UUIDs, refused as 400 naming the field otherwise), the
 * `lang` of a printed document, and the bodies that are not JSON (a PDF, a CSV, nothing).
 */
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '../documents/messages';

export const uuidParam = z.uuid({ error: 'Must be a UUID.' });
export const idParams = z.strictObject({ id: uuidParam });

/** `?lang=` of a printed document: English or Spanish, English when not given. */
export const documentQuery = z.strictObject({
  lang: z.enum(LOCALES, { error: 'Use en or es.' }).default(DEFAULT_LOCALE),
});
export type DocumentQuery = z.infer<typeof documentQuery>;

/** `?lang=` of a printed document whose default is the record's own language. */
export const optionalLangQuery = z.strictObject({ lang: z.enum(LOCALES, { error: 'Use en or es.' }).optional() });
export type OptionalLangQuery = z.infer<typeof optionalLangQuery>;

/** A PDF download (the body is not JSON). */
export const pdfResponse = z.unknown().describe('application/pdf');
/** A CSV download (the body is not JSON). */
export const csvResponse = z.unknown().describe('text/csv');
/** 204 No Content. */
export const noContent = z.null();
