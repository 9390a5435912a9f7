/**
 * What to tell a unit head, given what they were already told and their inbox now: pure, so
 * every rule is tested without a browser. Each dispatch is told once; each task deadline once
 * per due date (a deadline moved later is news again); the first look after a sign-in gives
 * one summary instead of a notification per item already waiting.
 * @module
 */
import type { Inbox, InboxDispatch, InboxTask } from '../../shared/schemas/inbox';
import type { NotifiedState } from '../lib/storage';

/** More new items than this at once become one notification counting them. */
export const MAX_SEPARATE = 3;
/** Ids remembered per kind: enough to outlast the inbox's 50-item lists many times over. */
export const REMEMBERED = 500;

export type Notice =
  | { kind: 'summary'; dispatches: number; dueSoon: number; soonDays: number }
  | { kind: 'dispatch'; dispatch: InboxDispatch }
  | { kind: 'dispatches'; count: number }
  | { kind: 'due'; task: InboxTask }
  | { kind: 'dues'; count: number; soonDays: number };

export interface Decision {
  notices: Notice[];
  next: NotifiedState;
}

/** One account on one server: what was told to it means nothing to another. */
export function userKey(serverUrl: string, userId: number): string {
  return `${serverUrl}#${userId}`;
}

export function taskDueKey(task: Pick<InboxTask, 'id' | 'dueDate'>): string {
  return `${task.id}@${task.dueDate ?? ''}`;
}

/** Current first, then what was remembered before, without repeats, at most REMEMBERED. */
function remember<T>(current: readonly T[], before: readonly T[]): T[] {
  return [...new Set([...current, ...before])].slice(0, REMEMBERED);
}

/** The tasks the inbox says are due within its `soonDays` (from today), still open. */
function dueSoon(inbox: Inbox): InboxTask[] {
  return inbox.dueSoon.filter((task) => task.status !== 'done' && task.dueDate !== null);
}

export function decide(previous: NotifiedState | null, inbox: Inbox, user: string): Decision {
  const soon = dueSoon(inbox);
  const dispatchIds = inbox.dispatches.map((dispatch) => dispatch.id);
  const taskDues = soon.map(taskDueKey);

  if (previous?.user !== user) {
    // Everything waiting now is "seen": one summary, from the exact counts, if anything waits.
    const { unacknowledged, dueSoon: dueCount } = inbox.counts;
    const notices: Notice[] =
      unacknowledged > 0 || dueCount > 0
        ? [{ kind: 'summary', dispatches: unacknowledged, dueSoon: dueCount, soonDays: inbox.soonDays }]
        : [];
    return {
      notices,
      next: { user, dispatchIds: remember(dispatchIds, []), taskDues: remember(taskDues, []) },
    };
  }

  const toldDispatches = new Set(previous.dispatchIds);
  const toldDues = new Set(previous.taskDues);
  const newDispatches = inbox.dispatches.filter((dispatch) => !toldDispatches.has(dispatch.id));
  const newDues = soon.filter((task) => !toldDues.has(taskDueKey(task)));

  const notices: Notice[] = [];
  if (newDispatches.length > MAX_SEPARATE) notices.push({ kind: 'dispatches', count: newDispatches.length });
  else for (const dispatch of newDispatches) notices.push({ kind: 'dispatch', dispatch });
  if (newDues.length > MAX_SEPARATE)
    notices.push({ kind: 'dues', count: newDues.length, soonDays: inbox.soonDays });
  else for (const task of newDues) notices.push({ kind: 'due', task });

  return {
    notices,
    next: {
      user,
      dispatchIds: remember(dispatchIds, previous.dispatchIds),
      taskDues: remember(taskDues, previous.taskDues),
    },
  };
}
