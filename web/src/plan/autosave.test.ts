/** The autosave store: saves after the idle delay, keeps edits on the device until confirmed, never overwrites a newer save. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import type { Plan } from '../types';
import { PlanAutosave, type AutosaveDeps } from './autosave';

const PL = {
  academic: '',
  functional: '',
  strengths: '',
  parentConcerns: '',
  studentInput: '',
  impactOnGeneralCurriculum: '',
};

function plan(
  version: number,
  content: Partial<{ presentLevels: typeof PL; esy: { determination: string | null; services: string } }> = {},
): Plan {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    studentId: '22222222-2222-4222-8222-222222222222',
    type: 'iep',
    status: 'draft',
    amendmentOf: null,
    amendmentMethod: null,
    dates: { meetingDate: null, startDate: null, endDate: null, nextAnnualReview: null },
    sharedWithFamily: false,
    version,
    updatedAt: '2026-09-01T00:00:00Z',
    finalizedAt: null,
    inEffectFrom: null,
    endedOn: null,
    endReason: null,
    basedOn: null,
    withdrawn: null,
    abilities: {
      view: true,
      viewSections: ['dates', 'presentLevels', 'esy'],
      editSections: ['dates', 'presentLevels', 'esy'],
      finalize: true,
      propose: true,
      amend: false,
      end: false,
      share: true,
      print: true,
      withdraw: true,
      ownDisciplineOnly: false,
    },
    content: { presentLevels: PL, esy: { determination: null, services: '' }, ...content },
    environmentCode: null,
  };
}

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const KEY = 'edits';
const stale = () => new ApiError({ status: 409, code: 'VERSION_STALE', title: 'Edited by someone else', detail: '' });
const network = () => new ApiError({ status: 0, code: 'NETWORK', title: 'Network error', detail: '' });

function setup(initial = plan(1), overrides: Partial<AutosaveDeps> = {}) {
  const storage = new MemoryStorage();
  const save = vi.fn<AutosaveDeps['save']>();
  const load = vi.fn<AutosaveDeps['load']>();
  let online = true;
  const make = (p = initial) =>
    new PlanAutosave(p, { save, load, storage, storageKey: KEY, delayMs: 800, isOnline: () => online, ...overrides });
  return { storage, save, load, make, setOnline: (v: boolean) => (online = v) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PlanAutosave', () => {
  it('keeps an edit on the device at once, saves it after 800 ms idle with the version it edits, and forgets it once confirmed', async () => {
    const { storage, save, make } = setup();
    const s = make();
    s.start();
    s.edit('presentLevels', { ...PL, academic: 'R' });
    s.edit('presentLevels', { ...PL, academic: 'Reads' });
    expect(storage.getItem(KEY)).toContain('Reads');
    expect(s.getSnapshot().status.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    save.mockResolvedValueOnce(plan(2, { presentLevels: { ...PL, academic: 'Reads' } }));
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(1, { presentLevels: { ...PL, academic: 'Reads' } });
    expect(s.getSnapshot().status.kind).toBe('saved');
    expect(s.getSnapshot().plan.version).toBe(2);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('sends what was typed during a save in the next one, on the new version', async () => {
    const { save, make } = setup();
    const s = make();
    s.start();
    let release: (p: Plan) => void = () => {};
    save.mockImplementationOnce(() => new Promise<Plan>((r) => (release = r)));
    s.edit('presentLevels', { ...PL, academic: 'A' });
    await vi.advanceTimersByTimeAsync(800);
    expect(s.getSnapshot().status.kind).toBe('saving');
    s.edit('presentLevels', { ...PL, academic: 'AB' });
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1); // still waiting for the first answer
    save.mockResolvedValueOnce(plan(3, { presentLevels: { ...PL, academic: 'AB' } }));
    release(plan(2, { presentLevels: { ...PL, academic: 'A' } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(2, { presentLevels: { ...PL, academic: 'AB' } });
    expect(s.getSnapshot().status.kind).toBe('saved');
    expect(s.getSnapshot().dirty).toEqual([]);
  });

  it('offline: says so, keeps the edit, and sends it when the network is back', async () => {
    const { storage, save, make, setOnline } = setup();
    const s = make();
    s.start();
    save.mockRejectedValueOnce(network());
    s.edit('presentLevels', { ...PL, functional: 'F' });
    await vi.advanceTimersByTimeAsync(800);
    expect(s.getSnapshot().status.kind).toBe('offline');
    expect(storage.getItem(KEY)).toContain('"functional":"F"');
    setOnline(false);
    await vi.advanceTimersByTimeAsync(3_000); // the retry finds the browser offline: no request
    expect(save).toHaveBeenCalledTimes(1);
    setOnline(true);
    save.mockResolvedValueOnce(plan(2, { presentLevels: { ...PL, functional: 'F' } }));
    await vi.advanceTimersByTimeAsync(6_000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(s.getSnapshot().status.kind).toBe('saved');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('an ended session (401) keeps the edit on the device and does not retry by itself', async () => {
    const { storage, save, make } = setup();
    const s = make();
    s.start();
    save.mockRejectedValueOnce(new ApiError({ status: 401, code: 'SESSION_EXPIRED', title: '', detail: '' }));
    s.edit('presentLevels', { ...PL, strengths: 'S' });
    await vi.advanceTimersByTimeAsync(800);
    expect(s.getSnapshot().status).toMatchObject({ kind: 'error', reason: 'session' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(storage.getItem(KEY)).toContain('"strengths":"S"');
  });

  it('restores kept edits on the next opening and sends them when they still apply', async () => {
    const first = setup();
    first.save.mockRejectedValue(new ApiError({ status: 401, code: 'SESSION_EXPIRED', title: '', detail: '' }));
    const a = first.make();
    a.start();
    a.edit('presentLevels', { ...PL, strengths: 'S' });
    await vi.advanceTimersByTimeAsync(800);
    a.dispose();

    // The same device, signed in again: a new store for the same plan, still at version 1 on the server.
    first.save.mockReset();
    first.save.mockResolvedValueOnce(plan(2, { presentLevels: { ...PL, strengths: 'S' } }));
    const b = first.make();
    expect(b.getSnapshot().restored).toBe(1);
    expect(b.getSnapshot().values.presentLevels).toMatchObject({ strengths: 'S' });
    b.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(first.save).toHaveBeenCalledWith(1, { presentLevels: { ...PL, strengths: 'S' } });
    expect(b.getSnapshot().status.kind).toBe('saved');
    expect(first.storage.getItem(KEY)).toBeNull();
  });

  it('a stale version where someone changed another section: re-sent on their version, no conflict', async () => {
    const { save, load, make } = setup();
    const s = make();
    s.start();
    save.mockRejectedValueOnce(stale());
    load.mockResolvedValueOnce(plan(2, { esy: { determination: 'needed', services: 'ESY' } }));
    save.mockResolvedValueOnce(
      plan(3, { presentLevels: { ...PL, academic: 'mine' }, esy: { determination: 'needed', services: 'ESY' } }),
    );
    s.edit('presentLevels', { ...PL, academic: 'mine' });
    await vi.advanceTimersByTimeAsync(800);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(2, { presentLevels: { ...PL, academic: 'mine' } });
    expect(s.getSnapshot().conflicts).toEqual([]);
    expect(s.getSnapshot().status.kind).toBe('saved');
    expect(s.getSnapshot().values.esy).toEqual({ determination: 'needed', services: 'ESY' });
  });

  it('a stale version where someone changed the same section: held as a conflict until the person chooses', async () => {
    const { storage, save, load, make } = setup();
    const s = make();
    s.start();
    save.mockRejectedValueOnce(stale());
    const theirs = { ...PL, academic: 'theirs' };
    load.mockResolvedValueOnce(plan(2, { presentLevels: theirs }));
    s.edit('presentLevels', { ...PL, academic: 'mine' });
    await vi.advanceTimersByTimeAsync(800);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1); // nothing overwritten, nothing retried
    const snap = s.getSnapshot();
    expect(snap.status.kind).toBe('conflict');
    expect(snap.conflicts).toEqual([{ section: 'presentLevels', theirs, mine: { ...PL, academic: 'mine' } }]);
    expect(storage.getItem(KEY)).toContain('mine');
    // Typing into a held section is refused (the reconcile screen replaces its form).
    s.edit('presentLevels', { ...PL, academic: 'other' });
    expect(s.getSnapshot().values.presentLevels).toMatchObject({ academic: 'mine' });

    save.mockResolvedValueOnce(plan(3, { presentLevels: { ...PL, academic: 'mine' } }));
    s.resolveConflict('presentLevels', 'mine');
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith(2, { presentLevels: { ...PL, academic: 'mine' } });
    expect(s.getSnapshot().status.kind).toBe('saved');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('"use theirs" drops this person’s edit and shows theirs', async () => {
    const { storage, save, load, make } = setup();
    const s = make();
    s.start();
    save.mockRejectedValueOnce(stale());
    const theirs = { ...PL, academic: 'theirs' };
    load.mockResolvedValueOnce(plan(2, { presentLevels: theirs }));
    s.edit('presentLevels', { ...PL, academic: 'mine' });
    await vi.advanceTimersByTimeAsync(800);
    await vi.advanceTimersByTimeAsync(0);
    s.resolveConflict('presentLevels', 'theirs');
    expect(s.getSnapshot().values.presentLevels).toEqual(theirs);
    expect(s.getSnapshot().dirty).toEqual([]);
    expect(s.getSnapshot().status.kind).not.toBe('conflict');
    expect(storage.getItem(KEY)).toBeNull();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('a stale answer where the server already has exactly this edit (the reply was lost): done, no conflict', async () => {
    const { save, load, make } = setup();
    const s = make();
    s.start();
    save.mockRejectedValueOnce(stale());
    load.mockResolvedValueOnce(plan(2, { presentLevels: { ...PL, academic: 'mine' } }));
    s.edit('presentLevels', { ...PL, academic: 'mine' });
    await vi.advanceTimersByTimeAsync(800);
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(s.getSnapshot().conflicts).toEqual([]);
    expect(s.getSnapshot().dirty).toEqual([]);
  });

  it('a kept edit whose section was changed by someone else since opens as a conflict', () => {
    const { storage, make } = setup();
    storage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        planId: plan(1).id,
        at: '',
        sections: { presentLevels: { value: { ...PL, academic: 'mine' }, base: PL } },
      }),
    );
    const s = make(plan(4, { presentLevels: { ...PL, academic: 'theirs' } }));
    expect(s.getSnapshot().status.kind).toBe('conflict');
    expect(s.getSnapshot().conflicts[0]).toMatchObject({
      section: 'presentLevels',
      theirs: { academic: 'theirs' },
      mine: { academic: 'mine' },
    });
  });

  it('kept edits for a plan that can no longer be edited are kept and shown, not applied', () => {
    const { storage, make } = setup();
    storage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        planId: plan(1).id,
        at: '',
        sections: { presentLevels: { value: { ...PL, academic: 'mine' }, base: PL } },
      }),
    );
    const active = { ...plan(5), status: 'active' as const, abilities: { ...plan(5).abilities, editSections: [] } };
    const s = make(active);
    expect(s.getSnapshot().stranded).toEqual({ presentLevels: { ...PL, academic: 'mine' } });
    expect(s.getSnapshot().values.presentLevels).toEqual(PL);
    expect(storage.getItem(KEY)).toContain('mine');
  });

  it('settle() saves what is pending and says whether anything is left unsaved', async () => {
    const { save, make } = setup();
    const s = make();
    s.start();
    s.edit('presentLevels', { ...PL, academic: 'x' });
    save.mockResolvedValueOnce(plan(2, { presentLevels: { ...PL, academic: 'x' } }));
    await expect(s.settle()).resolves.toBe(true);
    s.edit('presentLevels', { ...PL, academic: 'y' });
    save.mockRejectedValueOnce(
      new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        title: '',
        detail: '',
        errors: [{ path: 'presentLevels.academic', message: 'Too long' }],
      }),
    );
    await expect(s.settle()).resolves.toBe(false);
    expect(s.getSnapshot().status).toMatchObject({
      kind: 'error',
      reason: 'invalid',
      errors: [{ path: 'presentLevels.academic', message: 'Too long' }],
    });
  });
});
