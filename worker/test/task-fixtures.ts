/**
 * Dispatches and tasks inserted straight into D1, so task tests do not depend on the
 * dispatch routes.
 * @module
 */
import { dispatches, recipients, tasks, taskUnits } from '../db/schema';
import { db } from './fixtures';

let counter = 0;

/** A dispatch row with a fresh symbol and số đến; `overrides` replace any column. */
export async function createDispatch(
  clippedBy: number,
  overrides: Partial<typeof dispatches.$inferInsert> = {},
) {
  counter += 1;
  const [row] = await db()
    .insert(dispatches)
    .values({
      symbol: `${1000 + counter}/UBND-NC`,
      key: `${1000 + counter}/ubnd-nc`,
      subject: `về việc thử nghiệm số ${counter}`,
      receivedNumber: counter,
      receivedDate: '2026-01-05',
      clippedBy,
      ...overrides,
    })
    .returning();
  return row as typeof dispatches.$inferSelect;
}

/** Sends dispatch `dispatchId` to the units, as the distribution route would. */
export async function addRecipients(dispatchId: number, unitIds: number[], sentBy: number) {
  await db()
    .insert(recipients)
    .values(unitIds.map((unitId) => ({ dispatchId, unitId, sentBy, sentAt: new Date() })));
}

/** A task row (and its coordinating units) without going through the API. */
export async function insertTask(
  values: Omit<typeof tasks.$inferInsert, 'id'>,
  coordinatingUnitIds: number[] = [],
) {
  const [row] = await db().insert(tasks).values(values).returning();
  const task = row as typeof tasks.$inferSelect;
  if (coordinatingUnitIds.length > 0)
    await db()
      .insert(taskUnits)
      .values(coordinatingUnitIds.map((unitId) => ({ taskId: task.id, unitId })));
  return task;
}
