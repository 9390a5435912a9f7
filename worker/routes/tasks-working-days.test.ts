import { beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../shared/deadlines';
import { vietnamToday } from '../tasks/deadline';
import { call, json, organisation, signIn } from '../test/fixtures';
import { createDispatch } from '../test/task-fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let admin: string;
let dispatchId: number;

beforeAll(async () => {
  org = await organisation();
  admin = await signIn('admin@example.vn');
  dispatchId = (await createDispatch(org.clerk.id)).id;
});

describe('a due date given in working days ("trong 5 ngày làm việc")', () => {
  it('is counted from today in Vietnam past weekends and public holidays', async () => {
    const res = await call(
      `/api/dispatches/${dispatchId}/tasks`,
      json('POST', { title: 'Báo cáo kết quả', leadUnitId: org.police.id, dueInWorkingDays: 5 }, admin),
    );
    expect(res.status).toBe(201);
    const task = (await res.json()) as { dueDate: string };
    expect(task.dueDate).toBe(addWorkingDays(vietnamToday(new Date()), 5));
  });

  it('cannot be given together with a due date, nor be zero', async () => {
    for (const body of [
      { title: 'x', leadUnitId: 1, dueDate: '2030-01-02', dueInWorkingDays: 5 },
      { title: 'x', leadUnitId: 1, dueInWorkingDays: 0 },
      { title: 'x', leadUnitId: 1, dueInWorkingDays: 2.5 },
    ]) {
      expect(
        (
          await call(
            `/api/dispatches/${dispatchId}/tasks`,
            json('POST', { ...body, leadUnitId: org.police.id }, admin),
          )
        ).status,
      ).toBe(422);
    }
  });
});
