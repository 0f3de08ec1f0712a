/**
 * Autosave for a draft plan: never lose typed work.
 *
 * - Every edit is written at once to this device's storage (key per user and plan), with the value the
 *   section had on the server when the edit began (its "base"). A stored edit is removed only after the
 *   server confirmed it. So a failed request, a reload, a closed tab or an ended session loses nothing;
 *   the next time the plan is opened (after signing in again), the kept edits are restored and sent.
 * - After `delayMs` without typing, the changed sections are saved whole, together, against the version
 *   last seen (optimistic concurrency). Edits made while a save is under way go in the next one.
 * - A stale version (409/412) never overwrites: the plan is fetched again and each changed section is
 *   compared. If the server still has the base value (someone changed *another* section), the edit is
 *   re-sent on the new version. If the server already holds exactly this edit, it is done. Otherwise the
 *   section is held as a conflict until the person chooses "keep mine" or "use theirs".
 * - Offline (a network error, or the browser says so): the edits stay on the device and are sent when
 *   the browser is back online, and on a backing-off timer meanwhile.
 */
import { isApiError, type FieldError } from '../api';
import { draftKey } from '../local-drafts';
import type { AllSections, Plan, SectionKey } from '../types';
import { canEditSection, isSectionKey, sameJson, sectionOf } from './sections';

export type SaveErrorReason = 'invalid' | 'forbidden' | 'notDraft' | 'session' | 'generic';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'offline' }
  | { kind: 'conflict' }
  | { kind: 'error'; reason: SaveErrorReason; errors: FieldError[] };

export interface Conflict {
  section: SectionKey;
  /** What the server holds now. */
  theirs: unknown;
  /** What this person typed. */
  mine: unknown;
}

export interface AutosaveSnapshot {
  /** The plan as the server last confirmed it. */
  plan: Plan;
  /** What the editor shows: the server's sections with this person's unsaved edits over them. */
  values: Partial<AllSections>;
  /** Sections with edits the server has not confirmed yet. */
  dirty: readonly SectionKey[];
  status: SaveStatus;
  conflicts: readonly Conflict[];
  /** How many sections were restored from this device when the plan was opened. */
  restored: number;
  /** Edits kept on this device that cannot be applied (the plan is no longer editable by this person). */
  stranded: Partial<Record<SectionKey, unknown>>;
  /** Counts confirmed saves (the findings are fetched again after each). */
  saves: number;
}

export interface AutosaveDeps {
  save: (version: number, sections: Partial<Record<SectionKey, unknown>>) => Promise<Plan>;
  load: () => Promise<Plan>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  storageKey: string;
  delayMs?: number;
  isOnline?: () => boolean;
}

interface StoredEdits {
  v: 1;
  planId: string;
  sections: Partial<Record<SectionKey, { value: unknown; base: unknown }>>;
  at: string;
}

/** The storage key for one person's unsaved edits of one plan (with every other local draft: src/local-drafts.ts). */
export function editsStorageKey(userId: string, planId: string): string {
  return draftKey('plan', userId, planId);
}

const RETRY_MIN_MS = 3_000;
const RETRY_MAX_MS = 60_000;

export class PlanAutosave {
  private server: Plan;
  private values: Partial<AllSections>;
  /** Changed sections and the server value each edit started from. */
  private readonly dirty = new Map<SectionKey, { base: unknown }>();
  /** Sections in conflict: not sent until the person decides. */
  private readonly held = new Set<SectionKey>();
  private conflicts: Conflict[] = [];
  private stranded: Partial<Record<SectionKey, unknown>> = {};
  private restored = 0;
  private saves = 0;
  private everSaved = false;
  private failure: SaveStatus | null = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = RETRY_MIN_MS;
  private disposed = false;
  private readonly listeners = new Set<() => void>();
  private snapshot: AutosaveSnapshot;
  private readonly delayMs: number;
  private readonly isOnline: () => boolean;

  constructor(
    plan: Plan,
    private readonly deps: AutosaveDeps,
  ) {
    this.server = plan;
    this.values = this.serverValues(plan);
    this.delayMs = deps.delayMs ?? 800;
    this.isOnline = deps.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine);
    this.restore();
    this.snapshot = this.makeSnapshot();
  }

  // ---- For React (useSyncExternalStore) ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AutosaveSnapshot => this.snapshot;

  /** Starts sending restored edits and listening for the network; call once the editor is on screen. */
  start(): void {
    this.disposed = false;
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
    }
    if (this.sendable().length) this.schedule(0);
  }

  /** Stops timers and listeners. Edits waiting for the idle delay are sent now (they are on the device anyway). */
  dispose(): void {
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
    const waiting = this.timer !== null;
    this.clearTimers();
    if (waiting && !this.failure && !this.disposed) void this.flush();
    this.disposed = true;
  }

  // ---- Editing ----

  edit<K extends SectionKey>(key: K, value: AllSections[K]): void {
    if (this.disposed || this.held.has(key)) return;
    if (!this.dirty.has(key)) this.dirty.set(key, { base: sectionOf(this.server, key) });
    this.values = { ...this.values, [key]: value };
    if (sameJson(value, this.dirty.get(key)?.base)) this.dirty.delete(key);
    this.persist();
    this.schedule(this.delayMs);
    this.emit();
  }

  /** Saves now (the "try again" button; before finalizing). */
  saveNow(): Promise<void> {
    this.clearTimers();
    return this.flush();
  }

  /**
   * Saves everything that can be saved and waits for it. True when nothing is left unsaved (finalizing
   * may go ahead); false when something could not be saved (offline, a conflict, an error).
   */
  async settle(): Promise<boolean> {
    for (let round = 0; round < 5; round++) {
      this.clearTimers();
      if (this.inFlight) await this.inFlight;
      if (this.conflicts.length) return false;
      if (this.sendable().length === 0) return this.dirty.size === 0;
      await this.flush();
      if (this.failure) return false;
    }
    return this.dirty.size === 0;
  }

  resolveConflict(key: SectionKey, choice: 'mine' | 'theirs'): void {
    const conflict = this.conflicts.find((c) => c.section === key);
    if (!conflict) return;
    this.conflicts = this.conflicts.filter((c) => c.section !== key);
    this.held.delete(key);
    if (choice === 'theirs') {
      this.values = { ...this.values, [key]: sectionOf(this.server, key) };
      this.dirty.delete(key);
    } else {
      // Mine, on top of the version just fetched: the base is what the server holds now.
      this.dirty.set(key, { base: sectionOf(this.server, key) });
    }
    if (!this.conflicts.length && this.failure?.kind === 'conflict') this.failure = null;
    this.persist();
    this.emit();
    if (choice === 'mine') this.schedule(0);
  }

  /** The person chose to throw away what is not saved (after a refusal that retrying cannot fix). */
  discardUnsaved(): void {
    this.clearTimers();
    for (const key of this.dirty.keys()) this.values = { ...this.values, [key]: sectionOf(this.server, key) };
    this.dirty.clear();
    this.held.clear();
    this.conflicts = [];
    this.stranded = {};
    this.failure = null;
    this.persist();
    this.emit();
  }

  /** A newer plan from elsewhere (sharing changes the version too): take it without touching unsaved edits. */
  adopt(plan: Plan): void {
    if (plan.id !== this.server.id || plan.version < this.server.version) return;
    this.server = plan;
    for (const key of this.keys())
      if (!this.dirty.has(key)) this.values = { ...this.values, [key]: sectionOf(plan, key) };
    this.emit();
  }

  // ---- Internals ----

  private keys(): SectionKey[] {
    return (['dates', ...Object.keys(this.server.content)] as string[]).filter(isSectionKey);
  }

  private serverValues(plan: Plan): Partial<AllSections> {
    const out: Partial<Record<SectionKey, unknown>> = {};
    for (const key of (['dates', ...Object.keys(plan.content)] as string[]).filter(isSectionKey))
      out[key] = sectionOf(plan, key);
    return out as Partial<AllSections>;
  }

  private sendable(): SectionKey[] {
    return [...this.dirty.keys()].filter((k) => !this.held.has(k));
  }

  private onOnline = () => {
    if (this.sendable().length) {
      this.retryDelay = RETRY_MIN_MS;
      this.schedule(0);
    }
  };

  private onOffline = () => {
    if (this.dirty.size && !this.inFlight) {
      this.failure = { kind: 'offline' };
      this.emit();
    }
  };

  private schedule(ms: number): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private scheduleRetry(): void {
    if (this.disposed || this.retryTimer) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }

  private clearTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.timer = null;
    this.retryTimer = null;
  }

  private flush(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    const keys = this.sendable();
    if (!keys.length) return Promise.resolve();
    if (!this.isOnline()) {
      this.failure = { kind: 'offline' };
      this.emit();
      this.scheduleRetry();
      return Promise.resolve();
    }
    const run = this.send(keys).finally(() => {
      this.inFlight = null;
      this.emit();
      // More to send (typed while this save was under way, or left after a rebase): go on, unless refused for good.
      const refusedForGood = this.failure?.kind === 'error';
      if (this.again && !this.disposed && !refusedForGood && this.sendable().length) this.schedule(0);
      this.again = false;
    });
    this.inFlight = run;
    this.emit();
    return run;
  }

  private async send(keys: SectionKey[]): Promise<void> {
    const sent: Partial<Record<SectionKey, unknown>> = {};
    for (const k of keys) sent[k] = this.values[k];
    try {
      const plan = await this.deps.save(this.server.version, sent);
      this.confirm(plan, sent);
    } catch (e) {
      await this.refused(e);
    }
  }

  /** The server took `sent`: those edits are done unless the person typed more meanwhile. */
  private confirm(plan: Plan, sent: Partial<Record<SectionKey, unknown>>): void {
    this.server = plan;
    for (const [k, v] of Object.entries(sent) as [SectionKey, unknown][]) {
      if (sameJson(this.values[k], v)) this.dirty.delete(k);
      else this.dirty.set(k, { base: v });
    }
    this.failure = null;
    this.retryDelay = RETRY_MIN_MS;
    this.saves += 1;
    this.everSaved = true;
    this.persist();
  }

  private async refused(e: unknown): Promise<void> {
    if (!isApiError(e)) {
      this.failure = { kind: 'error', reason: 'generic', errors: [] };
      this.scheduleRetry();
      return;
    }
    if (e.code === 'NETWORK') {
      this.failure = { kind: 'offline' };
      this.scheduleRetry();
      return;
    }
    if (e.status === 401) {
      // The app sends the person to sign in; the edits wait on this device.
      this.failure = { kind: 'error', reason: 'session', errors: [] };
      return;
    }
    if (e.status === 412 || e.code === 'VERSION_STALE' || e.code === 'PRECONDITION_FAILED') {
      await this.rebase();
      return;
    }
    if (e.status === 400 || e.status === 422) this.failure = { kind: 'error', reason: 'invalid', errors: e.errors };
    else if (e.status === 403) this.failure = { kind: 'error', reason: 'forbidden', errors: e.errors };
    else if (e.status === 409 || e.status === 404) this.failure = { kind: 'error', reason: 'notDraft', errors: [] };
    else {
      this.failure = { kind: 'error', reason: 'generic', errors: [] };
      this.scheduleRetry();
    }
  }

  /** Someone saved since our version: fetch theirs and sort each of our edits into re-send, done, or conflict. */
  private async rebase(): Promise<void> {
    let fresh: Plan;
    try {
      fresh = await this.deps.load();
    } catch (e) {
      this.failure =
        isApiError(e) && e.code === 'NETWORK' ? { kind: 'offline' } : { kind: 'error', reason: 'generic', errors: [] };
      this.scheduleRetry();
      return;
    }
    this.server = fresh;
    if (fresh.abilities.editSections.length === 0) {
      // Finalized (or taken out of this person's hands) meanwhile: nothing can be saved; the edits stay on the device.
      this.failure = { kind: 'error', reason: 'notDraft', errors: [] };
      this.persist();
      return;
    }
    for (const key of this.keys())
      if (!this.dirty.has(key)) this.values = { ...this.values, [key]: sectionOf(fresh, key) };
    for (const [key, { base }] of [...this.dirty]) {
      const theirs = sectionOf(fresh, key);
      const mine = this.values[key];
      if (sameJson(mine, theirs)) {
        this.dirty.delete(key);
      } else if (!sameJson(base, theirs)) {
        this.held.add(key);
        this.dirty.set(key, { base: theirs });
        this.conflicts = [...this.conflicts.filter((c) => c.section !== key), { section: key, theirs, mine }];
      }
      // else: they changed other sections; ours goes again on the new version.
    }
    this.failure = this.conflicts.length ? { kind: 'conflict' } : null;
    this.persist();
    if (this.sendable().length) this.again = true;
  }

  // ---- This device's copy ----

  private read(): StoredEdits | null {
    try {
      const raw = this.deps.storage?.getItem(this.deps.storageKey);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as { v?: unknown; planId?: unknown; sections?: unknown } | null;
      return parsed && parsed.v === 1 && parsed.planId === this.server.id && typeof parsed.sections === 'object'
        ? (parsed as StoredEdits)
        : null;
    } catch {
      return null;
    }
  }

  private persist(): void {
    const sections: StoredEdits['sections'] = {};
    for (const [key, { base }] of this.dirty) sections[key] = { value: this.values[key], base };
    for (const [key, value] of Object.entries(this.stranded) as [SectionKey, unknown][])
      sections[key] ??= { value, base: null };
    try {
      if (Object.keys(sections).length === 0) this.deps.storage?.removeItem(this.deps.storageKey);
      else {
        const stored: StoredEdits = { v: 1, planId: this.server.id, sections, at: new Date().toISOString() };
        this.deps.storage?.setItem(this.deps.storageKey, JSON.stringify(stored));
      }
    } catch {
      // Storage full or unavailable (private browsing): the edits live in memory until saved.
    }
  }

  private restore(): void {
    const stored = this.read();
    if (!stored) return;
    for (const [key, entry] of Object.entries(stored.sections) as [
      string,
      { value: unknown; base: unknown } | undefined,
    ][]) {
      if (!entry || !isSectionKey(key)) continue;
      const theirs = sectionOf(this.server, key);
      if (!canEditSection(this.server, key)) {
        if (!sameJson(entry.value, theirs)) this.stranded[key] = entry.value;
        continue;
      }
      if (sameJson(entry.value, theirs)) continue; // already saved (the answer was lost on the way back)
      this.values = { ...this.values, [key]: entry.value as AllSections[typeof key] };
      this.restored += 1;
      if (sameJson(entry.base, theirs)) {
        this.dirty.set(key, { base: entry.base });
      } else {
        this.dirty.set(key, { base: theirs });
        this.held.add(key);
        this.conflicts.push({ section: key, theirs, mine: entry.value });
      }
    }
    if (this.conflicts.length) this.failure = { kind: 'conflict' };
    this.persist();
  }

  private status(): SaveStatus {
    if (this.conflicts.length) return { kind: 'conflict' };
    if (this.inFlight) return { kind: 'saving' };
    if (this.failure) return this.failure;
    if (this.dirty.size) return { kind: 'pending' };
    return this.everSaved ? { kind: 'saved' } : { kind: 'idle' };
  }

  private makeSnapshot(): AutosaveSnapshot {
    return {
      plan: this.server,
      values: this.values,
      dirty: [...this.dirty.keys()],
      status: this.status(),
      conflicts: this.conflicts.map((c) => ({ ...c, mine: this.values[c.section] })),
      restored: this.restored,
      stranded: this.stranded,
      saves: this.saves,
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const l of this.listeners) l();
  }
}
