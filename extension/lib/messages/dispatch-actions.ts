/**
 * Messages of acting on one dispatch from the dashboard: assigning tasks, distributing it, and the printable register (dashboard → background), with the answer each gets.
 * Distributing reuses the popup's `distribute` message (lib/messaging.ts).
 * @module
 */
import type { RegisterPage } from '../../../shared/schemas/register';
import type { Task, TaskCreate } from '../../../shared/schemas/task';
import type { Answer } from '../messaging';

/** A slice of the incoming-document register: a year or a period (YYYY-MM-DD, both ends inclusive). */
export interface RegisterRequest {
  year?: number;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

/** A type, not an interface: `Handlers<…>` needs the implicit index signature only types have. */
export type DispatchActionMessages = {
  /**
   * dashboard → background: assign a task on a dispatch (admin, clerk). The answer is the task
   * as recorded, with the due date the server counted for "trong N ngày làm việc".
   */
  'assign-task': { request: { dispatchId: number; task: TaskCreate }; response: Answer<Task> };
  /** dashboard → background: one page of the register's lines, in register order (admin). */
  'register-page': { request: RegisterRequest; response: Answer<RegisterPage> };
};
