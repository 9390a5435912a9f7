import { browser } from 'wxt/browser';
import type { User } from '../../shared/schemas/auth';
import type {
  DispatchCreate,
  DispatchDetail,
  DispatchListItem,
  DispatchStatus,
  Recipient,
} from '../../shared/schemas/dispatch';
import type { DeadlineState, InboxCounts } from '../../shared/schemas/inbox';
import type { Group, Unit } from '../../shared/schemas/organisation';
import type { Overview } from '../../shared/schemas/reports';
import type { Task, TaskDetail, TaskPatch } from '../../shared/schemas/task';
import type { AdminMessages } from './messages/admin';
import type { DispatchActionMessages } from './messages/dispatch-actions';
import type { TrackingMessages } from './messages/tracking';
import type { PageReport, ReferenceStatus, TabState } from './page-scan';

/** A save the server could not take yet, kept until it lands exactly once. */
export interface QueuedSave {
  id: string;
  /** Sent as `Idempotency-Key` on every attempt, so a retry never records twice. */
  idempotencyKey: string;
  key: string;
  body: DispatchCreate;
  tabId: number | null;
  attempts: number;
  /** ms since epoch */
  nextAttemptAt: number;
  lastError: string | null;
  /**
   * 'pending': waiting for the server (or for a sign-in) and retried; 'error': the server
   * refused it (4xx), it is no longer retried and stays for the user to see and remove.
   */
  state: 'pending' | 'error';
}

export interface Session {
  serverUrl: string;
  user: Pick<User, 'id' | 'name' | 'email' | 'role' | 'unitId'> | null;
}

/** A dispatch addressed to the signed-in unit head's unit, as the side panel lists it. */
export interface InboxItem {
  id: number;
  symbol: string;
  subject: string;
  issuingBody: string | null;
  issuedDate: string | null;
  sourceUrl: string | null;
  /** 'pending' until the unit has confirmed receipt. */
  state: 'pending' | 'acknowledged';
  /** The earliest due date among the unit's unfinished tasks from this dispatch (YYYY-MM-DD). */
  nearestDue: string | null;
}

/** One of the unit's tasks as the side panel lists it, with its deadline state as offices say it. */
export interface PanelTask
  extends Pick<
    Task,
    'id' | 'dispatchId' | 'title' | 'leadUnitId' | 'dueDate' | 'status' | 'progress' | 'completedAt'
  > {
  deadlineState: DeadlineState;
  /** Days from today to the due date: negative when late, null without one. */
  daysLeft: number | null;
}

/**
 * The side panel's data: the unit's dispatches (not yet acknowledged first) and its tasks, with
 * the server's exact counts (`GET /api/me/inbox`), its today (Vietnam) and "soon" horizon.
 */
export interface Inbox {
  unitId: number | null;
  items: InboxItem[];
  tasks: PanelTask[];
  counts: InboxCounts;
  today: string;
  soonDays: number;
}

/** An answer from the API through the background: the data, or the reason it failed. */
export type Answer<T> = { ok: true; data: T } | { ok: false; error: string };

/** A request with no fields of its own (`{ type }` alone); `Record<string, never>` would forbid `type` too. */
export type NoFields = Record<never, never>;

/**
 * Every message the extension's parts send to the background, with the answer each gets. The
 * dashboard's areas declare theirs beside their code (lib/messages/*) and are joined here.
 */
export interface Messages extends AdminMessages, TrackingMessages, DispatchActionMessages {
  /** content script → background, after each scan of the page. */
  'page-scanned': { request: { report: PageReport }; response: undefined };
  /** popup → background: the tab's scan with the server state of each reference; null if not scanned. */
  'get-tab-state': { request: { tabId: number }; response: TabState | null };
  /**
   * popup → background: record these dispatches (the recipients are distributed right after
   * each is recorded). Each one lands, is queued (server unreachable) or fails with a reason.
   */
  save: {
    request: {
      tabId: number | null;
      drafts: DispatchCreate[];
      recipientUnitIds?: number[];
      recipientGroupIds?: number[];
    };
    response: ReferenceStatus[];
  };
  /** popup → background: send a recorded dispatch to units and groups. */
  distribute: {
    request: { dispatchId: number; unitIds: number[]; groupIds: number[] };
    response: { ok: true } | { ok: false; error: string };
  };
  /** any page → background: units and groups for pickers and addressee matching (cached). */
  'get-organisation': { request: NoFields; response: { units: Unit[]; groups: Group[] } | null };
  /** options/popup → background */
  'get-session': { request: NoFields; response: Session };
  'sign-in': {
    request: { serverUrl: string; email: string; password: string };
    response: { ok: true; session: Session } | { ok: false; error: string };
  };
  'sign-out': { request: NoFields; response: Session };
  /** popup → background: the saves waiting for the server, and try them now. */
  'get-queue': { request: NoFields; response: QueuedSave[] };
  'retry-queue': { request: NoFields; response: QueuedSave[] };
  /** popup → background: give up a queued save (typically one the server refused); the queue left. */
  'remove-queued': { request: { id: string }; response: QueuedSave[] };
  /** side panel → background: the unit's inbox and tasks. */
  'get-inbox': { request: NoFields; response: Answer<Inbox> };
  /** side panel → background: a dispatch with its recipients, tasks, cites and citedBy. */
  'get-dispatch': { request: { dispatchId: number }; response: Answer<DispatchDetail> };
  /** side panel → background: confirm receipt of a dispatch for the user's unit. */
  ack: { request: { dispatchId: number; note?: string }; response: Answer<Recipient> };
  /** side panel → background: a task with its update history. */
  'get-task': { request: { taskId: number }; response: Answer<TaskDetail> };
  /** side panel → background: report on a task (the lead unit's head only). */
  'update-task': { request: { taskId: number; patch: TaskPatch }; response: Answer<TaskDetail> };
  /** dashboard → background: the figures of a period (YYYY-MM-DD, both ends inclusive; admin). */
  'dashboard-overview': { request: { from?: string; to?: string }; response: Answer<Overview> };
  /** dashboard → background: search dispatches (diacritics-insensitive on the server), a page at a time. */
  'dashboard-dispatches': { request: { q?: string; cursor?: string }; response: Answer<DispatchPage> };
  /** dashboard → background: per recipient unit, acknowledgement and task state (admin, clerk). */
  'dispatch-status': { request: { dispatchId: number }; response: Answer<DispatchStatus> };
  /** dashboard → background: download an export with the token; the page makes the file (admin). */
  'export-file': { request: ExportRequest; response: Answer<ExportedFile> };
}

/**
 * The dashboard's exports, as CSV or Excel: the incoming-document register or the dispatch list
 * (of a year), or the dispatch × unit matrix of one dispatch.
 */
export type ExportRequest =
  | { kind: 'register' | 'dispatches'; format: ExportFormat; year?: number }
  | { kind: 'status'; format: ExportFormat; dispatchId: number };
export type ExportFormat = 'csv' | 'xlsx';

/** An exported file, its bytes in base64 (runtime messages carry JSON, not binary data). */
export interface ExportedFile {
  filename: string;
  mimeType: string;
  base64: string;
}

/** One page of the dashboard's dispatch search. */
export interface DispatchPage {
  items: DispatchListItem[];
  nextCursor: string | null;
}

export type MessageType = keyof Messages;
/** A message as it travels: its type plus its request fields. */
export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T } & Messages[T]['request']
  : never;
export type MessageResponse<T extends MessageType> = Messages[T]['response'];

/** Sends a typed message to the background and resolves with its typed answer. */
export function sendMessage<T extends MessageType>(
  type: T,
  request: Messages[T]['request'],
  send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
): Promise<MessageResponse<T>> {
  return send({ type, ...request }) as Promise<MessageResponse<T>>;
}

/** Posts one message to the background and resolves with its answer (`browser.runtime.sendMessage`). */
export type Send = (message: unknown) => Promise<unknown>;

/** A typed message sender over a page's `send` (tests hand in a fake background). */
export type Request = <T extends MessageType>(
  type: T,
  request: Messages[T]['request'],
) => Promise<Messages[T]['response']>;

/** The background's answers to one area's messages (lib/messages/*), one function per message. */
export type Handlers<M extends Record<string, { request: unknown; response: unknown }>> = {
  [K in keyof M]: (request: M[K]['request']) => Promise<M[K]['response']>;
};

export function requester(send: Send): Request {
  return (type, request) => sendMessage(type, request, send);
}
