/**
 * A fake background for the dashboard's tests: answers its messages from a small in-memory
 * organisation and records every message.
 * @module
 */
import type { DispatchListItem, DispatchStatus } from '../../../shared/schemas/dispatch';
import type { Overview } from '../../../shared/schemas/reports';
import type { Message, Session } from '../../lib/messaging';

const SERVER = 'http://127.0.0.1:8787';
export const ADMIN: Session = {
  serverUrl: SERVER,
  user: { id: 1, name: 'Quản trị viên', email: 'quantri@demo.example', role: 'admin', unitId: 1 },
};
export const CLERK: Session = {
  serverUrl: SERVER,
  user: { id: 2, name: 'Văn thư', email: 'vanthu@demo.example', role: 'clerk', unitId: 1 },
};
export const UNIT_HEAD: Session = {
  serverUrl: SERVER,
  user: { id: 3, name: 'Trần Văn Công', email: 'congan@demo.example', role: 'unit_head', unitId: 2 },
};
export const SIGNED_OUT: Session = { serverUrl: SERVER, user: null };

export function overview(from: string | null, to: string | null): Overview {
  return {
    period: { from, to },
    dispatches: 12,
    recipients: 30,
    acknowledged: 20,
    acknowledgementRate: 0.667,
    tasks: { todo: 4, in_progress: 3, done: 5, overdue: 2 },
    overdueTasks: 2,
    unitsMostOverdue: [
      { unitId: 5, code: 'HT-SGDDT', name: 'Sở Giáo dục và Đào tạo', overdue: 2 },
      { unitId: 2, code: 'HT-CA', name: 'Công an tỉnh', overdue: 1 },
    ],
  };
}

export function listItem(id: number, symbol: string, subject: string): DispatchListItem {
  return {
    id,
    symbol,
    key: symbol,
    number: symbol.split('/')[0] ?? null,
    year: 2020,
    typeCode: 'CV',
    typeName: 'Công văn',
    issuer: 'UBND',
    issuedDate: '2020-08-27',
    subject,
    issuingBody: 'UBND tỉnh Hà Tĩnh',
    documentType: null,
    urgency: 'normal',
    confidentiality: 'normal',
    sourceUrl: null,
    sourceTitle: null,
    excerpt: null,
    receivedNumber: id,
    receivedDate: '2026-11-02',
    clippedBy: 2,
    createdAt: '2026-11-02T01:00:00.000Z',
    counts: { recipients: 3, acknowledged: 2 },
  } as DispatchListItem;
}

export const DISPATCHES = [
  listItem(31, '3950/UBND-NC', 'V/v đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc'),
  listItem(32, '152/KH-UBND', 'Kế hoạch triển khai công tác năm'),
];

export function status(dispatchId: number): DispatchStatus {
  const none = { todo: 0, in_progress: 0, done: 0, overdue: 0 };
  return {
    dispatchId,
    totals: { recipients: 3, acknowledged: 2 },
    units: [
      {
        unit: { id: 2, code: 'HT-CA', name: 'Công an tỉnh' },
        sentAt: '2026-11-02T01:00:00.000Z',
        acknowledged: true,
        // 09:05 in Hà Nội (UTC+7).
        acknowledgedAt: '2026-11-03T02:05:00.000Z',
        acknowledgedBy: { id: 3, name: 'Trần Văn Công' },
        note: null,
        tasks: { ...none, in_progress: 1, overdue: 1 },
      },
      {
        unit: { id: 5, code: 'HT-SGDDT', name: 'Sở Giáo dục và Đào tạo' },
        sentAt: '2026-11-02T01:00:00.000Z',
        acknowledged: true,
        acknowledgedAt: '2026-11-04T16:30:00.000Z',
        acknowledgedBy: { id: 4, name: 'Lê Thị Giáo' },
        note: 'Đã giao phòng',
        tasks: none,
      },
      {
        unit: { id: 9, code: 'HT-KA', name: 'UBND huyện Kỳ Anh' },
        sentAt: '2026-11-02T01:00:00.000Z',
        acknowledged: false,
        acknowledgedAt: null,
        acknowledgedBy: null,
        note: null,
        tasks: { ...none, todo: 1 },
      },
    ],
  };
}

export interface FakeBackground {
  send: (message: unknown) => Promise<unknown>;
  messages: Message[];
  failNext: (type: Message['type'], error: string) => void;
}

/**
 * `answer`: a view's own messages (lib/messages/*), answered before the shared ones; return
 * `undefined` to fall through.
 */
export function fakeBackground(
  session: Session = ADMIN,
  answer: (message: Message) => unknown = () => undefined,
): FakeBackground {
  const messages: Message[] = [];
  const failures = new Map<string, string>();
  const send = async (raw: unknown): Promise<unknown> => {
    const message = raw as Message;
    messages.push(message);
    const failure = failures.get(message.type);
    if (failure !== undefined) {
      failures.delete(message.type);
      return { ok: false, error: failure };
    }
    const own = await answer(message);
    if (own !== undefined) return own;
    switch (message.type) {
      case 'get-session':
        return session;
      case 'dashboard-overview':
        return { ok: true, data: overview(message.from ?? null, message.to ?? null) };
      case 'dashboard-dispatches': {
        const q = (message.q ?? '').toLowerCase();
        const items = DISPATCHES.filter((d) => !q || d.symbol.toLowerCase().includes(q) || q === 'bao ve');
        if (!message.cursor && !q) return { ok: true, data: { items: items.slice(0, 1), nextCursor: 'c1' } };
        if (message.cursor === 'c1') return { ok: true, data: { items: items.slice(1), nextCursor: null } };
        return { ok: true, data: { items: q === 'bao ve' ? items.slice(0, 1) : items, nextCursor: null } };
      }
      case 'dispatch-status':
        if (message.dispatchId === 404) return { ok: false, error: 'No such dispatch' };
        return { ok: true, data: status(message.dispatchId) };
      case 'get-dispatch': {
        const found = DISPATCHES.find((d) => d.id === message.dispatchId);
        return found
          ? { ok: true, data: { ...found, recipients: [], tasks: [], cites: [], citedBy: [] } }
          : { ok: false, error: 'No such dispatch' };
      }
      case 'export-file':
        return {
          ok: true,
          data: {
            filename:
              message.kind === 'status'
                ? `tinh-hinh-${message.dispatchId}.${message.format}`
                : `so-den-${message.year}.${message.format}`,
            mimeType: message.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/octet-stream',
            base64: btoa('abc'),
          },
        };
      default:
        return undefined;
    }
  };
  return { send, messages, failNext: (type, error) => failures.set(type, error) };
}
