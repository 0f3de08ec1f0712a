/**
 * Optimistic concurrency for the HTTP layer: a record's ETag is `"<id>.<version>"`, and a write names the version it
 * edits with If-Match, or a body `version` (428 without either where the use case requires one, 412 when an If-Match
 * is stale, 409 when a body `version` is).
 *
 * The route only collects what the request says (`claimOf`); the use case reads it with `expectedVersion` AFTER the
 * policy has granted access, so that someone the record is not for gets 404 whatever they send — never a 428 or 412
 * that would tell them the record exists.
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
  if (!m || m[1] !== id)
    throw new AppError('PRECONDITION_FAILED', `If-Match does not name a version of ${what}. Use the ETag from GET.`);
  return Number(m[2]);
}

/** What a write says about the version it edits, unread: the If-Match header and the body's `version`, if any. */
export interface VersionClaim {
  ifMatch: string | undefined;
  version: number | undefined;
}

/** The claim of a request (a repeated If-Match header counts as none we can read: it is refused as stale). */
export function claimOf(ifMatch: string | string[] | undefined, version?: number): VersionClaim {
  return { ifMatch: Array.isArray(ifMatch) ? ifMatch.join(', ') : ifMatch, version };
}

export interface ExpectedVersion {
  version: number;
  /** True when it came from If-Match: a stale one is 412 (PRECONDITION_FAILED) rather than 409 (VERSION_STALE). */
  fromIfMatch: boolean;
}

/**
 * The version a write edits, read once the caller is known to see the record: If-Match first (412 when it names
 * another record), else the body's `version`; 428 (VERSION_REQUIRED) when there is neither. `tagId` is the id the
 * record's ETag carries (`etag(tagId, version)`).
 */
export function expectedVersion(claim: VersionClaim, tagId: string, what: string): ExpectedVersion {
  const fromHeader = versionFromIfMatch(claim.ifMatch, tagId, what);
  if (fromHeader !== null) return { version: fromHeader, fromIfMatch: true };
  if (claim.version !== undefined) return { version: claim.version, fromIfMatch: false };
  throw new AppError(
    'VERSION_REQUIRED',
    `Say which version of ${what} you are changing: send If-Match with the ETag you loaded, or a "version" field.`,
    [{ path: 'version', message: 'Required: the version you are editing.' }],
  );
}

/** As `expectedVersion`, but a write that names no version is let through (null): for actions whose check is optional. */
export function optionalExpectedVersion(claim: VersionClaim, tagId: string, what: string): ExpectedVersion | null {
  return claim.ifMatch === undefined && claim.version === undefined ? null : expectedVersion(claim, tagId, what);
}

/** Refuses a write made on a version that is no longer the record's: 412 for If-Match, 409 for a body `version`. */
export function assertCurrent(expected: ExpectedVersion | null, current: number, message: string): void {
  if (expected !== null && expected.version !== current) throw staleError(expected, message);
}

/** The refusal of a stale write (also for a conditional UPDATE that found the row moved on). */
export function staleError(expected: ExpectedVersion | null, message: string): AppError {
  return new AppError(expected === null || expected.fromIfMatch ? 'PRECONDITION_FAILED' : 'VERSION_STALE', message);
}
