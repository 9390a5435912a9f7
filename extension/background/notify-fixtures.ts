/**
 * Tests only: `GET /api/me/inbox` answers for the notification tests.
 * @module
 */
import type { Inbox, InboxDispatch, InboxTask } from '../../shared/schemas/inbox';

export function inboxDispatch(id: number, fields: Partial<InboxDispatch> = {}): InboxDispatch {
  return {
    id,
    symbol: `${id}/UBND-NC`,
    subject: `về việc số ${id}`,
    issuingBody: 'UBND tỉnh',
    issuedDate: '2026-11-20',
    receivedDate: '2026-11-21',
    receivedNumber: id,
    urgency: 'normal',
    sentAt: '2026-11-21T02:00:00.000Z',
    pendingUnits: 1,
    nextDueDate: null,
    ...fields,
  };
}

export function inboxTask(
  id: number,
  dueDate: string,
  daysLeft: number,
  fields: Partial<InboxTask> = {},
): InboxTask {
  return {
    id,
    dispatchId: 1,
    dispatchSymbol: '3944/UBND-NC',
    title: `Báo cáo số ${id}`,
    leadUnitId: 2,
    dueDate,
    status: 'in_progress',
    progress: 20,
    completedAt: null,
    deadlineState: 'sap_den_han',
    daysLeft,
    ...fields,
  };
}

/** An inbox whose counts follow its lists, as the server's do when nothing is cut off. */
export function serverInbox(dispatches: InboxDispatch[], dueSoon: InboxTask[] = [], soonDays = 3): Inbox {
  return {
    scope: 'unit',
    unitId: 2,
    today: '2026-11-26',
    soonDays,
    counts: {
      unacknowledged: dispatches.length,
      openTasks: dueSoon.length,
      overdueTasks: 0,
      dueSoon: dueSoon.length,
    },
    dispatches,
    tasks: dueSoon,
    dueSoon,
  };
}
