/**
 * Tests only: answers to the tracking views' messages, from a small organisation modelled on
 * the demo (Công an tỉnh, Sở Giáo dục và Đào tạo, UBND huyện Kỳ Anh).
 * @module
 */
import type { Group, Unit } from '../../../../../shared/schemas/organisation';
import type { AckSeries, GroupTasks, TrackingPage, UnitRecord } from '../../../../../shared/schemas/reports';
import type { Message } from '../../../../lib/messaging';

const unit = (id: number, code: string, name: string): Unit => ({
  id,
  code,
  name,
  kind: 'department',
  parentId: null,
  active: true,
});
export const UNITS: Unit[] = [
  unit(2, 'HT-CA', 'Công an tỉnh'),
  unit(5, 'HT-SGDDT', 'Sở Giáo dục và Đào tạo'),
  unit(9, 'HT-KA', 'UBND huyện Kỳ Anh'),
];
export const GROUPS: Group[] = [
  { id: 1, name: 'Các sở, ban, ngành tỉnh', unitIds: [2, 5] },
  { id: 3, name: 'UBND các huyện, thành phố, thị xã', unitIds: [9] },
];

const none = { todo: 0, in_progress: 0, done: 0, overdue: 0 };

export function trackingPage(cursor?: string): TrackingPage {
  if (cursor === 'p2')
    return {
      items: [
        {
          dispatch: {
            id: 30,
            symbol: '1290/UBND-NC',
            subject: 'V/v tăng cường công tác bảo vệ',
            receivedDate: '2016-04-15',
            receivedNumber: 3,
            issuedDate: '2016-04-15',
          },
          cells: [],
        },
      ],
      nextCursor: null,
    };
  return {
    items: [
      {
        dispatch: {
          id: 31,
          symbol: '3950/UBND-NC',
          subject: 'V/v đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc',
          receivedDate: '2020-08-27',
          receivedNumber: 12,
          issuedDate: '2020-08-27',
        },
        cells: [
          {
            unit: { id: 2, code: 'HT-CA', name: 'Công an tỉnh' },
            // 09:05 in Hà Nội.
            acknowledgedAt: '2020-08-28T02:05:00.000Z',
            acknowledgedBy: { id: 3, name: 'Trần Văn Công' },
            tasks: { ...none, in_progress: 1 },
          },
          {
            unit: { id: 5, code: 'HT-SGDDT', name: 'Sở Giáo dục và Đào tạo' },
            acknowledgedAt: null,
            acknowledgedBy: null,
            tasks: { ...none, overdue: 1 },
          },
        ],
      },
    ],
    nextCursor: 'p2',
  };
}

export function unitRecord(order: 'pending' | 'date' = 'pending', cursor?: string): UnitRecord {
  const item = (id: number, symbol: string, acknowledged: boolean) => ({
    dispatch: {
      id,
      symbol,
      subject: `Về việc ${symbol}`,
      receivedDate: '2026-11-02',
      receivedNumber: id,
      issuedDate: null,
    },
    sentAt: '2026-11-02T01:00:00.000Z',
    acknowledgedAt: acknowledged ? '2026-11-03T02:05:00.000Z' : null,
    acknowledgedBy: acknowledged ? { id: 4, name: 'Lê Thị Giáo' } : null,
    tasks: [],
  });
  const items =
    cursor === 'u2'
      ? [item(29, '15/KH-UBND', true)]
      : order === 'date'
        ? [item(32, '152/KH-UBND', true), item(31, '3950/UBND-NC', false)]
        : [item(31, '3950/UBND-NC', false), item(32, '152/KH-UBND', true)];
  const overdueTask = {
    id: 8,
    dispatchId: 31,
    title: 'Báo cáo kết quả thực hiện',
    dueDate: '2026-11-20',
    status: 'overdue' as const,
    deadline: 'qua_han' as const,
    role: 'lead' as const,
  };
  if (!cursor) items[order === 'date' ? 1 : 0]?.tasks.push(overdueTask as never);
  return {
    unit: { id: 5, code: 'HT-SGDDT', name: 'Sở Giáo dục và Đào tạo', active: true },
    figures: {
      received: 3,
      acknowledged: 2,
      acknowledgementRate: 0.667,
      overdueTasks: 1,
      openTasks: 2,
      averageAckHours: 25.1,
    },
    openTasks: [
      overdueTask,
      {
        id: 9,
        dispatchId: 32,
        title: 'Triển khai kế hoạch',
        dueDate: '2026-11-28',
        status: 'todo',
        deadline: 'sap_den_han',
        role: 'coordinator',
      },
    ],
    items,
    nextCursor: cursor ? null : 'u2',
  };
}

export function ackSeries(from: string, to: string): AckSeries {
  return {
    period: { from, to },
    bucket: 'day',
    items: [
      { start: from, dispatches: 2, recipients: 10, acknowledged: 5 },
      { start: to, dispatches: 1, recipients: 4, acknowledged: 4 },
    ],
  };
}

export function groupTasks(from: string | null, to: string | null): GroupTasks {
  return {
    period: { from, to },
    items: [
      {
        groupId: 1,
        name: 'Các sở, ban, ngành tỉnh',
        units: 2,
        tasks: { todo: 2, in_progress: 1, done: 3, overdue: 2 },
      },
      { groupId: 3, name: 'UBND các huyện, thành phố, thị xã', units: 1, tasks: { ...none, done: 4 } },
    ],
  };
}

/** The `answer` of dashboard/test-fixtures.ts's fake background, for the tracking views' messages. */
export function answerTracking(message: Message): unknown {
  switch (message.type) {
    case 'get-organisation':
      return { units: UNITS, groups: GROUPS };
    case 'tracking-matrix':
      return { ok: true, data: trackingPage(message.cursor) };
    case 'unit-record':
      if (message.unitId === 404) return { ok: false, error: 'No such unit' };
      return { ok: true, data: unitRecord(message.order, message.cursor) };
    case 'ack-series':
      return { ok: true, data: ackSeries(message.from, message.to) };
    case 'group-tasks':
      return { ok: true, data: groupTasks(message.from ?? null, message.to ?? null) };
    default:
      return undefined;
  }
}
