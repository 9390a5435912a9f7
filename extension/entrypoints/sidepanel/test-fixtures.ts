/**
 * A fake background for the side panel's tests: answers its messages from a small in-memory
 * unit (two dispatches, three tasks) and records every message.
 * @module
 */
import type { DispatchDetail } from '../../../shared/schemas/dispatch';
import type { TaskDetail } from '../../../shared/schemas/task';
import { toPanelTask } from '../../lib/deadline-state';
import type { Inbox, Message, PanelTask, Session } from '../../lib/messaging';

export const UNIT = 2;
export const SIGNED_IN: Session = {
  serverUrl: 'http://127.0.0.1:8787',
  user: { id: 9, name: 'Trần Văn Công', email: 'ca@e2e.vn', role: 'unit_head', unitId: UNIT },
};
export const SIGNED_OUT: Session = { serverUrl: 'http://127.0.0.1:8787', user: null };

/** The server's today in these tests (Vietnam), and its "due soon" horizon. */
export const TODAY = '2026-11-26';
export const SOON_DAYS = 3;

/** A task of the unit as the background lists it, its deadline state worked out for TODAY. */
export function task(
  fields: Partial<Omit<PanelTask, 'deadlineState' | 'daysLeft'>> &
    Pick<PanelTask, 'id' | 'dispatchId' | 'title'>,
): PanelTask {
  return toPanelTask(
    { leadUnitId: UNIT, dueDate: null, status: 'todo', progress: 0, completedAt: null, ...fields },
    undefined,
    TODAY,
    SOON_DAYS,
  );
}

export function inbox(): Inbox {
  return {
    unitId: UNIT,
    items: [
      {
        id: 11,
        symbol: '3944/UBND-NC',
        subject: 'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ',
        issuingBody: 'UBND tỉnh',
        issuedDate: '2020-08-27',
        sourceUrl: 'https://baohatinh.vn/day-manh-phong-trao',
        state: 'pending',
        nearestDue: '2026-11-20',
      },
      {
        id: 12,
        symbol: '125/UBND-VX',
        subject: 'V/v tăng cường công tác phòng chống dịch bệnh',
        issuingBody: 'UBND tỉnh Hà Tĩnh',
        issuedDate: '2024-01-15',
        sourceUrl: 'javascript:alert(1)',
        state: 'acknowledged',
        nearestDue: null,
      },
    ],
    tasks: [
      task({
        id: 21,
        dispatchId: 11,
        title: 'Báo cáo kết quả',
        dueDate: '2026-11-20',
        status: 'in_progress',
        progress: 40,
      }),
      task({
        id: 22,
        dispatchId: 11,
        title: 'Phối hợp tuyên truyền',
        leadUnitId: 5,
        dueDate: '2026-12-31',
      }),
      task({ id: 23, dispatchId: 11, title: 'Nộp kế hoạch', dueDate: '2026-11-28' }),
    ],
    counts: { unacknowledged: 1, openTasks: 3, overdueTasks: 1, dueSoon: 1 },
    today: TODAY,
    soonDays: SOON_DAYS,
  };
}

export function detail(id: number): DispatchDetail {
  return {
    id,
    symbol: '3944/UBND-NC',
    key: '3944/UBND-NC',
    number: '3944',
    year: 2020,
    typeCode: null,
    typeName: 'Công văn',
    issuer: 'UBND',
    issuedDate: '2020-08-27',
    issuingBody: 'UBND tỉnh',
    subject: 'về việc đẩy mạnh phong trào',
    urgency: 'normal',
    confidentiality: 'normal',
    sourceUrl: id === 11 ? 'https://baohatinh.vn/day-manh-phong-trao' : 'javascript:alert(1)',
    sourceTitle: null,
    excerpt: null,
    receivedNumber: 1,
    receivedDate: '2026-11-01',
    clippedBy: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    recipients: [],
    tasks: [],
    cites: [{ symbol: '30/2020/NĐ-CP', key: '30/2020/NĐ-CP', dispatchId: null }],
    citedBy: [{ id: 40, symbol: '50/CA-TM', subject: 'Triển khai công văn 3944' }],
  } as DispatchDetail;
}

export interface FakeBackground {
  send: (message: unknown) => Promise<unknown>;
  messages: Message[];
  session: Session;
  data: Inbox;
  /** Makes the next answer to this message type a failure with this reason. */
  failNext: (type: string, error: string) => void;
}

export function fakeBackground(session: Session = SIGNED_IN, data: Inbox = inbox()): FakeBackground {
  const failures = new Map<string, string>();
  const updates: TaskDetail['updates'] = [];
  const background: FakeBackground = {
    messages: [],
    session,
    data,
    failNext: (type, error) => failures.set(type, error),
    send: async (raw) => {
      const message = raw as Message;
      background.messages.push(message);
      const failure = failures.get(message.type);
      if (failure !== undefined) {
        failures.delete(message.type);
        return { ok: false, error: failure };
      }
      switch (message.type) {
        case 'get-session':
          return background.session;
        case 'get-inbox':
          return { ok: true, data: background.data };
        case 'get-dispatch':
          return { ok: true, data: detail(message.dispatchId) };
        case 'ack': {
          const item = background.data.items.find((i) => i.id === message.dispatchId);
          if (item?.state === 'pending') {
            item.state = 'acknowledged';
            background.data.counts.unacknowledged -= 1;
          }
          return { ok: true, data: { id: 1, dispatchId: message.dispatchId } };
        }
        case 'get-task': {
          const found = background.data.tasks.find((t) => t.id === message.taskId);
          return { ok: true, data: { ...found, updates } };
        }
        case 'update-task': {
          const found = background.data.tasks.find((t) => t.id === message.taskId);
          if (!found) return { ok: false, error: 'No such task' };
          const status = message.patch.status ?? found.status;
          const after = {
            ...found,
            status,
            progress: message.patch.progress ?? found.progress,
            completedAt: status === 'done' ? '2026-11-25T03:00:00.000Z' : null,
          };
          updates.push({
            id: updates.length + 1,
            status: after.status,
            progress: after.progress,
            note: message.patch.note ?? null,
            userId: 9,
            userName: 'Trần Văn Công',
            createdAt: '2026-11-25T03:00:00.000Z',
          });
          return { ok: true, data: { ...after, updates: [...updates] } };
        }
        default:
          return undefined;
      }
    },
  };
  return background;
}
