/** The one place that finds every unsaved copy this browser keeps: listing, discarding, and the old key names. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptLegacyDrafts, allowDraftWrites, discardDrafts, draftKey, draftStorage, listDrafts } from './local-drafts';

/** A localStorage of its own (Node has none). */
class MemoryStorage {
  private readonly m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  keys() {
    return [...this.m.keys()].sort();
  }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  vi.stubGlobal('window', { localStorage: store });
  allowDraftWrites();
});
afterEach(() => vi.unstubAllGlobals());

const ANA = 'user-ana';
const BEN = 'user-ben';

describe('local drafts', () => {
  it('lists the copies of every editor under the one prefix, oldest first, with where each is saved from', () => {
    store.setItem(
      draftKey('plan', ANA, 'plan-1'),
      JSON.stringify({ v: 1, planId: 'plan-1', sections: {}, at: '2026-11-30T10:05:00Z' }),
    );
    store.setItem(
      draftKey('sop', ANA, 'sop-1'),
      JSON.stringify({ version: 2, values: {}, studentId: 'stu-9', at: '2026-11-30T10:01:00Z' }),
    );
    store.setItem('openiep.lang', 'es'); // not a draft
    store.setItem('openiep.hadSession', '1');
    expect(listDrafts(ANA)).toEqual([
      {
        key: 'openiep.draft.sop.user-ana.sop-1',
        kind: 'sop',
        userId: ANA,
        recordId: 'sop-1',
        path: '/students/stu-9',
        at: '2026-11-30T10:01:00Z',
      },
      {
        key: 'openiep.draft.plan.user-ana.plan-1',
        kind: 'plan',
        userId: ANA,
        recordId: 'plan-1',
        path: '/plans/plan-1',
        at: '2026-11-30T10:05:00Z',
      },
    ]);
  });

  it("one person's list leaves out another's copies; the whole browser's list has them all", () => {
    store.setItem(draftKey('plan', ANA, 'p1'), '{}');
    store.setItem(draftKey('plan', BEN, 'p2'), 'not json');
    expect(listDrafts(ANA).map((d) => d.recordId)).toEqual(['p1']);
    expect(listDrafts(BEN).map((d) => d.recordId)).toEqual(['p2']);
    expect(
      listDrafts()
        .map((d) => d.recordId)
        .sort(),
    ).toEqual(['p1', 'p2']);
  });

  it('finds copies kept under the old names (an old summary copy has no owner: listed for everyone)', () => {
    store.setItem(`openiep.planEdits.v1.${ANA}.p1`, '{}');
    store.setItem('openiep.sop.s1', '{}');
    expect(listDrafts(BEN).map((d) => [d.kind, d.recordId, d.userId])).toEqual([['sop', 's1', null]]);
    expect(
      listDrafts(ANA)
        .map((d) => [d.kind, d.recordId])
        .sort(),
    ).toEqual([
      ['plan', 'p1'],
      ['sop', 's1'],
    ]);
  });

  it('moves old plan copies to the new key, keeping a newer copy there', () => {
    store.setItem(`openiep.planEdits.v1.${ANA}.p1`, '"old-1"');
    store.setItem(`openiep.planEdits.v1.${ANA}.p2`, '"old-2"');
    store.setItem(draftKey('plan', ANA, 'p2'), '"new-2"');
    adoptLegacyDrafts();
    expect(store.keys()).toEqual([draftKey('plan', ANA, 'p1'), draftKey('plan', ANA, 'p2')]);
    expect(store.getItem(draftKey('plan', ANA, 'p1'))).toBe('"old-1"');
    expect(store.getItem(draftKey('plan', ANA, 'p2'))).toBe('"new-2"');
  });

  it('discarding removes what was listed, and an editor cannot write its copy back until someone signs in', () => {
    store.setItem(draftKey('plan', ANA, 'p1'), '{}');
    store.setItem(draftKey('plan', BEN, 'p2'), '{}');
    discardDrafts(listDrafts(ANA));
    expect(store.keys()).toEqual([draftKey('plan', BEN, 'p2')]);
    draftStorage()!.setItem(draftKey('plan', ANA, 'p1'), '{"late":true}');
    expect(store.getItem(draftKey('plan', ANA, 'p1'))).toBeNull();
    allowDraftWrites();
    draftStorage()!.setItem(draftKey('plan', ANA, 'p1'), '{}');
    expect(store.getItem(draftKey('plan', ANA, 'p1'))).toBe('{}');
  });
});
