/**
 * Saving from the popup and what follows: the `save` message with one body per reference, each
 * answer shown at once (saved, waiting for the network, or failed with its reason), then the
 * recipient picker for what was recorded and the `distribute` messages it confirms.
 * @module
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { DispatchDraft } from '../../../../shared/references';
import type { DispatchCreate } from '../../../../shared/schemas/dispatch';
import type { Request } from '../../../lib/messaging';
import type { ReferenceStatus } from '../../../lib/page-scan';
import { useText } from '../catalogue';
import { buildDispatch, type FieldName, type SaveSource } from '../dispatch-body';

export interface PickerTarget {
  dispatchIds: number[];
  symbols: string[];
  /** The addressees as written, to pre-tick the matching units and groups. */
  addressees: string[];
}

export interface SavingOptions {
  request: Request;
  tabId: number | null;
  signedOut: boolean;
  refresh: () => Promise<void>;
}

/** Moves focus to a reference after its button was disabled under the keyboard user's feet. */
function focusReference(key: string) {
  setTimeout(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const element = [...document.querySelectorAll<HTMLElement>('[data-testid="ref"]')].find(
      (candidate) => candidate.dataset.key === key,
    );
    element?.focus();
  }, 0);
}

export function useSaving({ request, tabId, signedOut, refresh }: SavingOptions) {
  const t = useText();
  const [results, setResults] = useState<Record<string, ReferenceStatus>>({});
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [invalid, setInvalid] = useState<Record<string, FieldName>>({});
  const [message, announce] = useState('');
  const [picker, setPicker] = useState<(PickerTarget & { id: number }) | null>(null);
  const [distributing, setDistributing] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const pickerCount = useRef(0);

  const openPicker = useCallback((target: PickerTarget) => {
    pickerCount.current += 1;
    setPicker({ ...target, id: pickerCount.current });
  }, []);

  const save = async (
    sources: { key: string; source: SaveSource | null }[],
    primary: DispatchDraft | null,
  ) => {
    const keys: string[] = [];
    const bodies: DispatchCreate[] = [];
    const refused: Record<string, FieldName> = {};
    for (const { key, source } of sources) {
      if (!source) continue;
      const built = buildDispatch(source);
      if (built.ok) {
        keys.push(key);
        bodies.push(built.body);
      } else {
        refused[key] = built.field;
      }
    }
    setInvalid((before) => {
      const next = { ...before, ...refused };
      for (const key of keys) delete next[key];
      return next;
    });
    if (Object.keys(refused).length > 0) announce(t('invalidSymbol'));
    if (bodies.length === 0) return;

    setBusy((before) => new Set([...before, ...keys]));
    let statuses: ReferenceStatus[];
    try {
      const answer = await request('save', { tabId, drafts: bodies });
      if (!Array.isArray(answer)) throw new Error('no answer');
      // One status per draft, matched by key, else by position.
      statuses = keys.map((key, index) => {
        const found = answer.find((status) => status?.key === key) ?? answer[index];
        return found
          ? { ...found, key }
          : { key, state: 'error' as const, dispatchId: null, error: t('saveFailed') };
      });
    } catch {
      statuses = keys.map((key) => ({
        key,
        state: 'error' as const,
        dispatchId: null,
        error: t('saveFailed'),
      }));
    } finally {
      setBusy((before) => new Set([...before].filter((key) => !keys.includes(key))));
    }
    setResults((before) => ({
      ...before,
      ...Object.fromEntries(statuses.map((status) => [status.key, status])),
    }));

    const count = (state: ReferenceStatus['state']) => statuses.filter((status) => status.state === state);
    const failed = count('error');
    const parts = [
      count('saved').length > 0 ? t('resultSaved', { n: count('saved').length }) : '',
      count('pending').length > 0 ? t('resultPending', { n: count('pending').length }) : '',
      failed.length > 0 ? t('resultError', { n: failed.length, reason: failed[0]?.error ?? '' }) : '',
    ];
    // Signed out, the background keeps the saves until the clerk signs in: say that, not "failed".
    announce(signedOut ? t('saveNeedsSignIn') : parts.filter(Boolean).join(' '));

    const recorded = statuses.filter((status) => status.state === 'saved' && status.dispatchId !== null);
    if (recorded.length > 0) {
      const symbols = recorded.map((status) => bodies[keys.indexOf(status.key)]?.symbol ?? status.key);
      const addressees =
        primary && recorded.some((status) => status.key === primary.key) ? primary.addressees : [];
      openPicker({ dispatchIds: recorded.map((status) => status.dispatchId as number), symbols, addressees });
    } else if (keys[0]) {
      focusReference(keys[0]);
    }
    void refresh().catch(() => {});
  };

  const distribute = async (unitIds: number[], groupIds: number[]) => {
    if (!picker) return;
    setDistributing(true);
    const answers = await Promise.all(
      picker.dispatchIds.map((dispatchId) =>
        request('distribute', { dispatchId, unitIds, groupIds }).catch((error: unknown) => ({
          ok: false as const,
          error: error instanceof Error ? error.message : String(error),
        })),
      ),
    );
    setDistributing(false);
    const failure = answers.find((answer) => !answer?.ok);
    if (failure) {
      announce(
        t('distributeFailed', {
          reason: (failure && 'error' in failure && failure.error) || t('saveFailed'),
        }),
      );
      return;
    }
    announce(t('distributed', { symbols: picker.symbols.join(', '), n: unitIds.length + groupIds.length }));
    setPicker(null);
  };

  const removeQueued = async (id: string) => {
    try {
      await request('remove-queued', { id });
    } catch {
      // Shown again at the refresh below if it is still there.
    }
    await refresh().catch(() => {});
  };

  const retryQueue = async () => {
    setRetrying(true);
    try {
      await request('retry-queue', {});
    } catch {
      // The queue retries by itself; the refresh below shows where it stands.
    }
    setRetrying(false);
    await refresh().catch(() => {});
  };

  return {
    results,
    busy,
    invalid,
    message,
    announce,
    save,
    picker,
    openPicker,
    closePicker: () => setPicker(null),
    distribute,
    distributing,
    retryQueue,
    retrying,
    removeQueued,
  };
}
