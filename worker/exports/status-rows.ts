/**
 * The dispatch × unit matrix of one dispatch as spreadsheet rows: one row per recipient unit
 * with its acknowledgement (when, by whom, note) and its tasks' state, in the words the
 * dashboard uses, so the file an admin sends round says what the screen said.
 * @module
 */

import { foldText } from '../../shared/references/fold';
import type { DispatchStatus } from '../../shared/schemas/dispatch';
import { ddmmyyyy, ddmmyyyyTime } from '../lib/dates';

export const STATUS_HEADER = [
  'Số, ký hiệu',
  'Trích yếu',
  'Mã đơn vị',
  'Đơn vị',
  'Ngày gửi',
  'Xác nhận',
  'Thời điểm xác nhận',
  'Người xác nhận',
  'Ghi chú',
  'Nhiệm vụ',
];

const TASK_WORDS = [
  ['overdue', 'quá hạn'],
  ['todo', 'chưa làm'],
  ['in_progress', 'đang làm'],
  ['done', 'xong'],
] as const;

/** "2 việc: 1 đang làm, 1 quá hạn", or "Không có việc". */
export function taskSummary(tasks: DispatchStatus['units'][number]['tasks']): string {
  const parts = TASK_WORDS.filter(([key]) => tasks[key] > 0).map(([key, word]) => `${tasks[key]} ${word}`);
  const total = TASK_WORDS.reduce((sum, [key]) => sum + tasks[key], 0);
  return total === 0 ? 'Không có việc' : `${total} việc: ${parts.join(', ')}`;
}

export function statusRows(
  dispatch: { symbol: string; subject: string },
  status: DispatchStatus,
): unknown[][] {
  return status.units.map((row) => [
    dispatch.symbol,
    dispatch.subject,
    row.unit.code,
    row.unit.name,
    ddmmyyyy(row.sentAt ? new Date(row.sentAt) : null),
    row.acknowledged ? 'Đã xác nhận' : 'Chưa xác nhận',
    ddmmyyyyTime(row.acknowledgedAt),
    row.acknowledgedBy?.name ?? '',
    row.note ?? '',
    taskSummary(row.tasks),
  ]);
}

/** An ASCII file name for a symbol ("3944/UBND-NC" → "tinh-hinh-3944-ubnd-nc"). */
export function statusFileName(symbol: string): string {
  const slug = foldText(symbol)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `tinh-hinh-${slug || 'cong-van'}`;
}
