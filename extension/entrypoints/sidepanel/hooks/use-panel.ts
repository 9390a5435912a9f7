/**
 * What the side panel shows, from the background: the session and the unit's inbox and tasks;
 * and what it does: acknowledge a dispatch, report on a task. Each result is announced in the
 * panel's live region.
 * @module
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { InboxCounts } from '../../../../shared/schemas/inbox';
import type { Task, TaskPatch } from '../../../../shared/schemas/task';
import { toPanelTask } from '../../../lib/deadline-state';
import { errorText } from '../../../lib/error-text';
import type { Inbox, PanelTask, Request, Session } from '../../../lib/messaging';
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

/** The inbox once a dispatch is acknowledged: it stays listed, and no longer counts as waiting. */
export function acknowledged(inbox: Inbox, dispatchId: number): Inbox {
  const was = inbox.items.find((item) => item.id === dispatchId);
  if (!was || was.state === 'acknowledged') return inbox;
  return {
    ...inbox,
    items: inbox.items.map((item) => (item.id === dispatchId ? { ...item, state: 'acknowledged' } : item)),
    counts: { ...inbox.counts, unacknowledged: Math.max(0, inbox.counts.unacknowledged - 1) },
  };
}

/** How a task's change moves the server's counts of open, overdue and due-soon tasks. */
function tally(task: PanelTask): Omit<InboxCounts, 'unacknowledged'> {
  const open = task.status === 'done' ? 0 : 1;
  return {
    openTasks: open,
    overdueTasks: open && task.deadlineState === 'qua_han' ? 1 : 0,
    dueSoon: open && task.deadlineState === 'sap_den_han' ? 1 : 0,
  };
}

/**
 * The inbox once a task is reported on: its new status and deadline state (the same rule as
 * the server's, on the server's today), and the counts moved to match, until the next reading.
 */
export function reported(inbox: Inbox, task: Task): Inbox {
  const before = inbox.tasks.find((item) => item.id === task.id);
  if (!before) return inbox;
  const after = toPanelTask(task, undefined, inbox.today, inbox.soonDays);
  const [was, now] = [tally(before), tally(after)];
  const counts = { ...inbox.counts };
  for (const key of ['openTasks', 'overdueTasks', 'dueSoon'] as const)
    counts[key] = Math.max(0, counts[key] - was[key] + now[key]);
  return { ...inbox, tasks: inbox.tasks.map((item) => (item.id === task.id ? after : item)), counts };
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
        setInbox((current) => current && acknowledged(current, dispatchId));
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
        setInbox((current) => current && reported(current, task));
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
