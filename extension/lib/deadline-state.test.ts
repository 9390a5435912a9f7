import { describe, expect, it } from 'vitest';
import { toPanelTask } from './deadline-state';

const TODAY = '2026-11-26';

describe('a task as the side panel lists it', () => {
  it('keeps the server’s state when it gives one', () => {
    const task = { id: 1, dispatchId: 2, title: 'x', leadUnitId: 3, progress: 0, completedAt: null };
    const mine = toPanelTask({ ...task, dueDate: '2026-11-27', status: 'todo' }, undefined, TODAY, 3);
    expect([mine.deadlineState, mine.daysLeft]).toEqual(['sap_den_han', 1]);
    const stated = toPanelTask(
      { ...task, dueDate: '2026-11-27', status: 'todo' },
      { deadlineState: 'trong_han', daysLeft: 1 },
      TODAY,
      0,
    );
    expect(stated.deadlineState).toBe('trong_han');
  });
});
