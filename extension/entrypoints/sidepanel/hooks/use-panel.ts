/**
 * What the side panel shows, from the background: the session and the unit's inbox and tasks;
 * and what it does: acknowledge a dispatch, report on a task. Each result is announced in the
 * panel's live region.
 * @module
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TaskPatch } from '../../../../shared/schemas/task';
import { errorText } from '../../../lib/error-text';
import type { Inbox, Request, Session } from '../../../lib/messaging';
import { useText } from '../catalogue';

export interface PanelData {
  phase: 'loading' | 'ready' | 'error';
  session: Session | null;
  inbox: Inbox | null;
  error: string | null;
  message: string;
  busy: ReadonlySet<string>;
  refresh: () => Promise<void>;
  ack: (dispatchId: number, symbol: string, note: string) => Promise<void>;
  report: (taskId: number, title: string, patch: TaskPatch) => Promise<boolean>;
}

export function usePanel(request: Request): PanelData {
  const t = useText();
  const [phase, setPhase] = useState<PanelData['phase']>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());

  const mark = (key: string, on: boolean) =>
    setBusy((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const refresh = useCallback(async () => {
    try {
      const signedIn = await request('get-session', {});
      setSession(signedIn);
      if (!signedIn?.user) {
        setInbox(null);
        setPhase('ready');
        return;
      }
      const answer = await request('get-inbox', {});
      if (answer?.ok) {
        setInbox(answer.data);
        setError(null);
        setPhase('ready');
      } else {
        setError(answer?.error ?? '');
        setPhase('error');
        // A 401 ends the session in the background: show the sign-in prompt.
        const after = await request('get-session', {});
        setSession(after);
      }
    } catch (caught) {
      setError(errorText(caught));
      setPhase('error');
    }
  }, [request]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const ack = async (dispatchId: number, symbol: string, note: string) => {
    const key = `ack-${dispatchId}`;
    mark(key, true);
    try {
      const answer = await request('ack', note.trim() ? { dispatchId, note: note.trim() } : { dispatchId });
      if (answer?.ok) {
        setInbox(
          (current) =>
            current && {
              ...current,
              items: current.items.map((item) =>
                item.id === dispatchId ? { ...item, state: 'acknowledged' as const } : item,
              ),
            },
        );
        setMessage(t('acked', { symbol }));
      } else setMessage(t('ackFailed', { symbol, reason: answer?.error ?? '' }));
    } catch (caught) {
      setMessage(t('ackFailed', { symbol, reason: errorText(caught) }));
    } finally {
      mark(key, false);
    }
  };

  const report = async (taskId: number, title: string, patch: TaskPatch) => {
    const key = `task-${taskId}`;
    mark(key, true);
    try {
      const answer = await request('update-task', { taskId, patch });
      if (answer?.ok) {
        const { updates: _updates, ...task } = answer.data;
        setInbox(
          (current) =>
            current && { ...current, tasks: current.tasks.map((item) => (item.id === taskId ? task : item)) },
        );
        setMessage(t('reported', { title }));
        return true;
      }
      setMessage(t('reportFailed', { reason: answer?.error ?? '' }));
    } catch (caught) {
      setMessage(t('reportFailed', { reason: errorText(caught) }));
    } finally {
      mark(key, false);
    }
    return false;
  };

  return { phase, session, inbox, error, message, busy, refresh, ack, report };
}
