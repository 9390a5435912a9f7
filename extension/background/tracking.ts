/**
 * The background's answers to the messages of lib/messages/tracking.ts. Every call goes through
 * `withApi`, so a dead token ends the session like any other call, and resolves to an `Answer`.
 * @module
 */
import type { TrackingPage } from '../../shared/schemas/reports';
import { callApi, typedClient } from '../lib/api';
import type { TrackingMessages } from '../lib/messages/tracking';
import type { Handlers } from '../lib/messaging';
import type { StoredSession } from '../lib/storage';
import { toAnswer, withApi } from './session';

/** Dispatches per page of the matrix: 20 dispatches × 20 recipients is 400 cells already. */
const MATRIX_PAGE = 20;
/** Requests per page at most: five windows are 100,000 dispatches (worker/reports/tracking-sql.ts). */
const MAX_ROUNDS = 5;
const RECORD_PAGE = 20;

function client(session: StoredSession) {
  return typedClient(session.serverUrl, session.token);
}

/** Query parameters as text, without the empty ones (an empty `q` is no filter, not a 422). */
function queryOf(values: Record<string, string | number | undefined>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(values))
    if (value !== undefined && String(value).trim() !== '') query[name] = String(value).trim();
  return query;
}

export const trackingHandlers: Handlers<TrackingMessages> = {
  // Named one by one: the message itself also carries its `type`, which the API would refuse.
  'tracking-matrix': async ({ groupId, unitId, ack, tasks, from, to, q, cursor }) => {
    const filters = queryOf({ groupId, unitId, ack, tasks, from, to, q, limit: MATRIX_PAGE });
    // The API looks at a window of dispatches per request (each stays fast); a filter that
    // matches little comes back short with a cursor, so look further a few times at once.
    const items: TrackingPage['items'] = [];
    let next = cursor ?? null;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const query = { ...filters, ...(next ? { cursor: next } : {}) };
      const page = await toAnswer(
        await withApi((_, session) => callApi(() => client(session).api.reports.tracking.$get({ query }))),
      );
      // A failure after some rows: show those, with the cursor to try again from.
      if (!page.ok) return round === 0 ? page : { ok: true, data: { items, nextCursor: next } };
      items.push(...page.data.items);
      next = page.data.nextCursor;
      if (next === null || items.length >= MATRIX_PAGE) break;
    }
    return { ok: true, data: { items, nextCursor: next } };
  },
  'unit-record': async ({ unitId, order, cursor }) => {
    const query = queryOf({ order, cursor, limit: RECORD_PAGE });
    // In a variable: the route reads its query itself, so the typed client does not list it.
    const args = { param: { id: String(unitId) }, query };
    return toAnswer(
      await withApi((_, session) => callApi(() => client(session).api.reports.units[':id'].$get(args))),
    );
  },
  'ack-series': async ({ from, to }) => {
    const query = { from, to };
    return toAnswer(
      await withApi((_, session) =>
        callApi(() => client(session).api.reports.acknowledgements.$get({ query })),
      ),
    );
  },
  'group-tasks': async ({ from, to }) => {
    const query = queryOf({ from, to });
    return toAnswer(
      await withApi((_, session) => callApi(() => client(session).api.reports.groups.$get({ query }))),
    );
  },
};
