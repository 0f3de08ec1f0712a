/**
 * Copies of typing the server has not confirmed yet, kept in this browser's localStorage so that a failed request,
 * a closed tab or an ended session loses nothing (the plan editor's autosave, the summary of performance). They hold
 * a child's records, so they are all kept under one prefix, where this module finds them: sign-out lists them and
 * removes them once the person has saved or discarded them; after a session ended, the sign-in page offers the same.
 *
 * Key: `openiep.draft.<kind>.<userId>.<recordId>`; the value is the editor's own JSON (with `at`, when it was kept).
 */

export const DRAFT_PREFIX = 'openiep.draft.';
export const DRAFT_KINDS = ['plan', 'sop'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export interface LocalDraft {
  key: string;
  kind: DraftKind;
  /** Whose typing it is (null: kept before drafts named their owner). */
  userId: string | null;
  recordId: string;
  /** Where it is saved from: the page that restores and sends it; null when not known. */
  path: string | null;
  /** When it was last kept (ISO), when the editor says. */
  at: string | null;
}

/** The names used before this module: still found (and moved to the new keys by adoptLegacyDrafts). */
const LEGACY_PLAN = /^openiep\.planEdits\.v1\.([^.]+)\.([^.]+)$/;
const LEGACY_SOP = /^openiep\.sop\.([^.]+)$/;

export function draftKey(kind: DraftKind, userId: string, recordId: string): string {
  return `${DRAFT_PREFIX}${kind}.${userId}.${recordId}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** After "discard and sign out", an editor still on screen may try to keep its copy once more: refused until sign-in. */
let writesBlocked = false;

/** The storage the editors keep their copies in: localStorage, except that writes wait while a discard is under way. */
export function draftStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  const s = storage();
  if (!s) return null;
  return {
    getItem: (k) => s.getItem(k),
    setItem: (k, v) => {
      if (!writesBlocked) s.setItem(k, v);
    },
    removeItem: (k) => s.removeItem(k),
  };
}

/** Editors may keep copies again (a person signed in). */
export function allowDraftWrites(): void {
  writesBlocked = false;
}

function parse(key: string, raw: string | null): LocalDraft | null {
  let at: string | null = null;
  let studentId: string | null = null;
  try {
    const v = JSON.parse(raw ?? 'null') as { at?: unknown; studentId?: unknown } | null;
    if (v && typeof v.at === 'string') at = v.at;
    if (v && typeof v.studentId === 'string') studentId = v.studentId;
  } catch {
    /* not ours to read: listed all the same, so that it can be removed */
  }
  const pathOf = (kind: DraftKind, recordId: string) =>
    kind === 'plan' ? `/plans/${recordId}` : studentId ? `/students/${studentId}` : null;
  if (key.startsWith(DRAFT_PREFIX)) {
    const [kind, userId, ...rest] = key.slice(DRAFT_PREFIX.length).split('.');
    const recordId = rest.join('.');
    if (!kind || !(DRAFT_KINDS as readonly string[]).includes(kind) || !userId || !recordId) return null;
    return { key, kind: kind as DraftKind, userId, recordId, path: pathOf(kind as DraftKind, recordId), at };
  }
  const [, planUser, planId] = LEGACY_PLAN.exec(key) ?? [];
  if (planUser !== undefined && planId !== undefined)
    return { key, kind: 'plan', userId: planUser, recordId: planId, path: pathOf('plan', planId), at };
  const [, sopId] = LEGACY_SOP.exec(key) ?? [];
  if (sopId !== undefined) return { key, kind: 'sop', userId: null, recordId: sopId, path: null, at };
  return null;
}

/**
 * The copies kept in this browser: all of them, or those of one person (and those whose owner is not known).
 * Oldest first.
 */
export function listDrafts(userId?: string): LocalDraft[] {
  const s = storage();
  if (!s) return [];
  const out: LocalDraft[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key) continue;
    const d = parse(key, s.getItem(key));
    if (d && (userId === undefined || d.userId === null || d.userId === userId)) out.push(d);
  }
  return out.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '') || a.key.localeCompare(b.key));
}

/**
 * Removes the copies listed (what the person agreed to discard), and keeps editors still on screen from writing
 * them back until someone signs in.
 */
export function discardDrafts(drafts: readonly LocalDraft[]): void {
  writesBlocked = true;
  const s = storage();
  for (const d of drafts) {
    try {
      s?.removeItem(d.key);
    } catch {
      /* nothing more to do */
    }
  }
}

/** Moves plan copies kept under the old name to their key here (run once when the app starts). */
export function adoptLegacyDrafts(): void {
  const s = storage();
  if (!s) return;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) keys.push(s.key(i) ?? '');
  for (const key of keys) {
    const [, userId, planId] = LEGACY_PLAN.exec(key) ?? [];
    if (userId === undefined || planId === undefined) continue;
    try {
      const value = s.getItem(key);
      if (value !== null && s.getItem(draftKey('plan', userId, planId)) === null)
        s.setItem(draftKey('plan', userId, planId), value);
      s.removeItem(key);
    } catch {
      /* storage full: left under the old name, still listed and removable */
    }
  }
}
