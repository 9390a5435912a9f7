/**
 * What the popup shows, from the background: the tab's scan with each reference's status, the
 * session and the offline queue. Read once on opening, then again every few seconds while the
 * popup stays open, so that a queued save turning into a saved one (or a page adding content)
 * shows without reopening.
 * @module
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { QueuedSave, Request, Session } from '../../../lib/messaging';
import type { TabState } from '../../../lib/page-scan';

export interface PopupData {
  phase: 'loading' | 'ready' | 'error';
  tabState: TabState | null;
  /** null until known, or when the background could not say. */
  session: Session | null;
  queue: QueuedSave[];
  refresh: () => Promise<void>;
}

export function usePopupData(request: Request, tabId: number | null, refreshMs: number): PopupData {
  const [phase, setPhase] = useState<PopupData['phase']>('loading');
  const [tabState, setTabState] = useState<TabState | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [queue, setQueue] = useState<QueuedSave[]>([]);
  const last = useRef({ tabState: '', queue: '', session: '' });

  /** Sets `value` only when it differs from the last one: the popup polls, and most polls change nothing. */
  const changed = (name: keyof typeof last.current, value: unknown) => {
    const json = JSON.stringify(value ?? null);
    if (json === last.current[name]) return false;
    last.current[name] = json;
    return true;
  };

  const refresh = useCallback(async () => {
    const [state, waiting, signedIn] = await Promise.all([
      tabId === null ? null : request('get-tab-state', { tabId }),
      request('get-queue', {}).catch(() => null),
      // Signing in on the options page while the popup is open shows here too.
      request('get-session', {}).catch(() => null),
    ]);
    if (changed('session', signedIn)) setSession(signedIn ?? null);
    if (changed('tabState', state)) setTabState(state ?? null);
    if (changed('queue', waiting)) setQueue(Array.isArray(waiting) ? waiting : []);
  }, [request, tabId]);

  useEffect(() => {
    let live = true;
    refresh().then(
      () => live && setPhase('ready'),
      () => live && setPhase('error'),
    );
    if (refreshMs <= 0)
      return () => {
        live = false;
      };
    // A failed poll keeps what is shown; the next one may work.
    const timer = setInterval(() => void refresh().catch(() => {}), refreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [request, refresh, refreshMs, tabId]);

  return { phase, tabState, session, queue, refresh };
}
