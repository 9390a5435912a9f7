import { describe, expect, it } from 'vitest';
import {
  asTabDraft,
  type DraftStorage,
  draftKey,
  memoryDraftStore,
  sessionDraftStore,
  withField,
} from './drafts';

function mapStorage(): DraftStorage & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    async getItem<T>(key: string) {
      return (items.get(key) ?? null) as T | null;
    },
    async setItem<T>(key: string, value: T | null) {
      if (value === null) items.delete(key);
      else items.set(key, structuredClone(value));
    },
  };
}

describe('sessionDraftStore', () => {
  it('keeps a draft per tab in session storage and reads it back', async () => {
    const area = mapStorage();
    const store = sessionDraftStore(area);
    const draft = withField(
      { fields: {}, selected: ['3944/UBND-NC'] },
      '3944/UBND-NC',
      'subject',
      'về việc …',
    );

    await store.save(12, draft);

    expect([...area.items.keys()]).toEqual([draftKey(12)]);
    expect(draftKey(12)).toBe('session:popup-draft:12');
    expect(await store.load(12)).toEqual(draft);
    expect(await store.load(13)).toEqual({ fields: {}, selected: [] });
  });

  it('removes the item once the draft is empty', async () => {
    const area = mapStorage();
    const store = sessionDraftStore(area);
    await store.save(1, { fields: {}, selected: ['X'] });
    await store.save(1, { fields: {}, selected: [] });
    expect(area.items.size).toBe(0);
  });
});

describe('asTabDraft', () => {
  it('reads anything else than a draft as an empty one, and drops values of the wrong type', () => {
    expect(asTabDraft(null)).toEqual({ fields: {}, selected: [] });
    expect(asTabDraft('x')).toEqual({ fields: {}, selected: [] });
    expect(asTabDraft({ fields: { A: { subject: 's', year: 2020 }, B: 'x' }, selected: ['A', 3] })).toEqual({
      fields: { A: { subject: 's' } },
      selected: ['A'],
    });
  });
});

describe('withField', () => {
  it('sets one field without touching the others or the original', () => {
    const before = { fields: { A: { subject: 's' } }, selected: [] };
    const after = withField(before, 'A', 'issuedDate', '2020-08-27');
    expect(after.fields.A).toEqual({ subject: 's', issuedDate: '2020-08-27' });
    expect(before.fields.A).toEqual({ subject: 's' });
  });
});

describe('memoryDraftStore', () => {
  it('starts from the drafts given', async () => {
    const store = memoryDraftStore({ 5: { fields: {}, selected: ['K'] } });
    expect(await store.load(5)).toEqual({ fields: {}, selected: ['K'] });
  });
});
