/**
 * The clerk's edits for the popup's tab, written to the draft store on every change (the
 * popup can close at any moment: a click outside it is enough) and read back on opening.
 * @module
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type DraftStore, EMPTY_DRAFT, type TabDraft, withField } from '../../../lib/drafts';

export interface TabDraftHandle {
  /** null while loading. */
  draft: TabDraft | null;
  setField: (key: string, field: string, value: string) => void;
  setSelected: (keys: readonly string[]) => void;
}

export function useTabDraft(store: DraftStore, tabId: number | null): TabDraftHandle {
  const [draft, setDraft] = useState<TabDraft | null>(tabId === null ? EMPTY_DRAFT : null);
  const current = useRef<TabDraft>(EMPTY_DRAFT);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    store.load(tabId).then(
      (loaded) => {
        if (!live) return;
        current.current = loaded;
        setDraft(loaded);
      },
      () => live && setDraft(EMPTY_DRAFT),
    );
    return () => {
      live = false;
    };
  }, [store, tabId]);

  const update = useCallback(
    (change: (draft: TabDraft) => TabDraft) => {
      const next = change(current.current);
      current.current = next;
      setDraft(next);
      if (tabId !== null)
        store.save(tabId, next).catch((error: unknown) => console.warn('draft not kept', error));
    },
    [store, tabId],
  );

  const setField = useCallback(
    (key: string, field: string, value: string) => update((draft) => withField(draft, key, field, value)),
    [update],
  );
  const setSelected = useCallback(
    (keys: readonly string[]) => update((draft) => ({ ...draft, selected: [...keys] })),
    [update],
  );
  return { draft, setField, setSelected };
}
