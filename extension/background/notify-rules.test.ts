import { describe, expect, it } from 'vitest';
import type { NotifiedState } from '../lib/storage';
import { inboxDispatch, inboxTask, serverInbox } from './notify-fixtures';
import { decide, MAX_SEPARATE, REMEMBERED, taskDueKey, userKey } from './notify-rules';
import { noticeText } from './notify-text';

const USER = userKey('http://127.0.0.1:8787', 9);

const seen = (dispatchIds: number[], taskDues: string[] = [], user = USER): NotifiedState => ({
  user,
  dispatchIds,
  taskDues,
});

describe('the first look after a sign-in', () => {
  it('gives one summary from the exact counts and remembers everything waiting', () => {
    const inbox = serverInbox([inboxDispatch(1), inboxDispatch(2)], [inboxTask(7, '2026-11-28', 2)]);
    inbox.counts.unacknowledged = 60; // more than the list's 50
    const { notices, next } = decide(null, inbox, USER);
    expect(notices).toEqual([{ kind: 'summary', dispatches: 60, dueSoon: 1, soonDays: 3 }]);
    expect(next).toEqual(seen([1, 2], ['7@2026-11-28']));
  });

  it('says nothing when nothing waits', () => {
    expect(decide(null, serverInbox([]), USER).notices).toEqual([]);
  });

  it('starts afresh for another account, even with something remembered', () => {
    const other = seen([1], [], userKey('http://127.0.0.1:8787', 10));
    const { notices, next } = decide(other, serverInbox([inboxDispatch(1), inboxDispatch(3)]), USER);
    expect(notices.map((n) => n.kind)).toEqual(['summary']);
    expect(next.user).toBe(USER);
  });
});

describe('later looks', () => {
  it('tells each new dispatch once, by itself, and never again', () => {
    const first = decide(seen([1]), serverInbox([inboxDispatch(2), inboxDispatch(1)]), USER);
    expect(first.notices).toEqual([{ kind: 'dispatch', dispatch: inboxDispatch(2) }]);
    const second = decide(first.next, serverInbox([inboxDispatch(2), inboxDispatch(1)]), USER);
    expect(second.notices).toEqual([]);
  });

  it('remembers an acknowledged dispatch, so it is not news if it shows again', () => {
    const after = decide(seen([1, 2]), serverInbox([inboxDispatch(2)]), USER);
    expect(after.next.dispatchIds).toEqual([2, 1]);
    expect(decide(after.next, serverInbox([inboxDispatch(1), inboxDispatch(2)]), USER).notices).toEqual([]);
  });

  it(`counts more than ${MAX_SEPARATE} new dispatches in one notification`, () => {
    const many = [5, 4, 3, 2].map((id) => inboxDispatch(id));
    const { notices, next } = decide(seen([1]), serverInbox([...many, inboxDispatch(1)]), USER);
    expect(notices).toEqual([{ kind: 'dispatches', count: 4 }]);
    expect(next.dispatchIds).toEqual([5, 4, 3, 2, 1]);
  });

  it('tells a task due soon once per due date: a moved deadline is news again', () => {
    const task = inboxTask(7, '2026-11-28', 2);
    const first = decide(seen([]), serverInbox([], [task]), USER);
    expect(first.notices).toEqual([{ kind: 'due', task }]);
    expect(decide(first.next, serverInbox([], [task]), USER).notices).toEqual([]);
    const moved = inboxTask(7, '2026-11-29', 3);
    expect(decide(first.next, serverInbox([], [moved]), USER).notices).toEqual([
      { kind: 'due', task: moved },
    ]);
  });

  it('leaves out tasks without a due date or already done, and counts many due at once', () => {
    const noDue = { ...inboxTask(8, '2026-11-28', 2), dueDate: null, daysLeft: null };
    const done = inboxTask(9, '2026-11-28', 2, { status: 'done' });
    expect(decide(seen([]), serverInbox([], [noDue, done]), USER).notices).toEqual([]);
    const four = [1, 2, 3, 4].map((id) => inboxTask(id, '2026-11-27', 1));
    expect(decide(seen([]), serverInbox([], four, 5), USER).notices).toEqual([
      { kind: 'dues', count: 4, soonDays: 5 },
    ]);
  });

  it(`remembers at most ${REMEMBERED} of each, the current ones first`, () => {
    const old = Array.from({ length: REMEMBERED }, (_, i) => i + 1);
    const { next } = decide(seen(old), serverInbox([inboxDispatch(9999)]), USER);
    expect(next.dispatchIds).toHaveLength(REMEMBERED);
    expect(next.dispatchIds[0]).toBe(9999);
    expect(next.dispatchIds).not.toContain(REMEMBERED);
    expect(taskDueKey({ id: 3, dueDate: '2026-12-01' })).toBe('3@2026-12-01');
  });
});

describe('the words', () => {
  it('speaks Vietnamese with its diacritics and dd/mm/yyyy dates', () => {
    expect(noticeText({ kind: 'dispatch', dispatch: inboxDispatch(3944) }, 'vi')).toEqual({
      title: 'Công văn mới chờ xác nhận',
      message: '3944/UBND-NC ngày 20/11/2026: về việc số 3944',
    });
    expect(noticeText({ kind: 'due', task: inboxTask(7, '2026-11-28', 2) }, 'vi').message).toBe(
      'Báo cáo số 7 (3944/UBND-NC): hạn 28/11/2026, còn 2 ngày',
    );
    expect(noticeText({ kind: 'due', task: inboxTask(7, '2026-11-26', 0) }, 'vi').message).toBe(
      'Báo cáo số 7 (3944/UBND-NC): hạn hôm nay, 26/11/2026',
    );
    expect(noticeText({ kind: 'summary', dispatches: 2, dueSoon: 0, soonDays: 3 }, 'vi')).toEqual({
      title: 'Theo dõi công văn: việc đang chờ',
      message: '2 công văn chờ xác nhận đã nhận',
    });
  });

  it('speaks English when chosen, dates still dd/mm/yyyy', () => {
    expect(noticeText({ kind: 'due', task: inboxTask(7, '2026-11-28', 2) }, 'en')).toEqual({
      title: 'Task due soon',
      message: 'Báo cáo số 7 (3944/UBND-NC): due 28/11/2026, 2 day(s) left',
    });
    expect(noticeText({ kind: 'summary', dispatches: 1, dueSoon: 2, soonDays: 3 }, 'en').message).toBe(
      'Dispatches to acknowledge: 1\nTasks due within 3 days: 2',
    );
    const undated = inboxDispatch(5, { issuedDate: null });
    expect(noticeText({ kind: 'dispatch', dispatch: undated }, 'en').message).toBe('5/UBND-NC: về việc số 5');
  });
});
