/**
 * What the clerk typed in the popup, kept per tab so that nothing is lost when the popup closes
 * (it closes on every click outside it). Only the edits are kept, by reference key and field,
 * never the values the page gave: a field the clerk did not touch follows the page when it is
 * scanned again. Kept in `storage.session`, which the browser clears when it quits and which
 * page scripts cannot read.
 * @module
 */
import { storage } from 'wxt/utils/storage';

/** The fields of one dispatch the clerk changed, by field name ("subject", "issuedDate", …). */
export type FieldEdits = Record<string, string>;

export interface TabDraft {
  /** By reference key. */
  fields: Record<string, FieldEdits>;
  /** Keys of the listing rows the clerk ticked. */
  selected: string[];
}

export interface DraftStore {
  load(tabId: number): Promise<TabDraft>;
  save(tabId: number, draft: TabDraft): Promise<void>;
}

export const EMPTY_DRAFT: TabDraft = { fields: {}, selected: [] };

/** The subset of WXT's storage the store needs, so tests can hand in a plain map. */
export interface DraftStorage {
  getItem<T>(key: `session:${string}`): Promise<T | null>;
  setItem<T>(key: `session:${string}`, value: T | null): Promise<void>;
}

export function draftKey(tabId: number): `session:${string}` {
  return `session:popup-draft:${tabId}`;
}

/** Whatever storage holds, as a draft: a value of another shape (an older version) reads as empty. */
export function asTabDraft(value: unknown): TabDraft {
  if (typeof value !== 'object' || value === null) return EMPTY_DRAFT;
  const { fields, selected } = value as Partial<Record<keyof TabDraft, unknown>>;
  const draft: TabDraft = { fields: {}, selected: [] };
  if (typeof fields === 'object' && fields !== null) {
    for (const [key, edits] of Object.entries(fields)) {
      if (typeof edits !== 'object' || edits === null) continue;
      const clean: FieldEdits = {};
      for (const [field, text] of Object.entries(edits)) if (typeof text === 'string') clean[field] = text;
      draft.fields[key] = clean;
    }
  }
  if (Array.isArray(selected)) draft.selected = selected.filter((key) => typeof key === 'string');
  return draft;
}

/** A draft with one field of one reference set; an edit back to the page's value is kept too. */
export function withField(draft: TabDraft, key: string, field: string, value: string): TabDraft {
  return { ...draft, fields: { ...draft.fields, [key]: { ...draft.fields[key], [field]: value } } };
}

function isEmpty(draft: TabDraft): boolean {
  return Object.keys(draft.fields).length === 0 && draft.selected.length === 0;
}

/** Drafts in the browser's session storage, one item per tab. */
export function sessionDraftStore(area: DraftStorage = storage): DraftStore {
  return {
    async load(tabId) {
      return asTabDraft(await area.getItem<unknown>(draftKey(tabId)));
    },
    async save(tabId, draft) {
      await area.setItem(draftKey(tabId), isEmpty(draft) ? null : draft);
    },
  };
}

/** Drafts in memory: for tests, and for a popup whose storage failed (better than losing edits at once). */
export function memoryDraftStore(initial: Record<number, TabDraft> = {}): DraftStore {
  const drafts = new Map(Object.entries(initial).map(([tabId, draft]) => [Number(tabId), draft]));
  return {
    async load(tabId) {
      return drafts.get(tabId) ?? EMPTY_DRAFT;
    },
    async save(tabId, draft) {
      drafts.set(tabId, draft);
    },
  };
}
