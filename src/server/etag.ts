/**
 * Optimistic concurrency for the HTTP layer: a record's ETag is `"<id>.<version>"`, and a write names the version it
 * edits with If-Match (428 without one where the use case requires it, 412 when it is stale).
 */
import { AppError } from '../domain/errors';

export const etag = (id: string, version: number) => `"${id}.${version}"`;

/**
 * The version an If-Match header names for the record `id` (null when there is none); 412 when it names another
 * record or is not an ETag of ours. `what` names the record in the message ("this plan").
 */
export function versionFromIfMatch(header: string | undefined, id: string, what: string): number | null {
  if (header === undefined) return null;
  const m = /^(?:W\/)?"(.+)\.(\d+)"$/.exec(header.trim());
  if (!m || m[1] !== id) throw new AppError('PRECONDITION_FAILED', `If-Match does not name a version of ${what}. Use the ETag from GET.`);
  return Number(m[2]);
}
