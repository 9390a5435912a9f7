/**
 * The background's answers to the messages of lib/messages/dispatch-actions.ts. Every call goes through
 * `withApi`, so a dead token ends the session like any other call, and resolves to an `Answer`.
 * @module
 */

import { callApi, typedClient } from '../lib/api';
import type { DispatchActionMessages } from '../lib/messages/dispatch-actions';
import type { Handlers } from '../lib/messaging';
import type { StoredSession } from '../lib/storage';
import { toAnswer, withApi } from './session';

function client(session: StoredSession) {
  return typedClient(session.serverUrl, session.token);
}

export const dispatchActionHandlers: Handlers<DispatchActionMessages> = {
  'assign-task': async ({ dispatchId, task }) => {
    // The worker validates the body in its handler (readJson), so the route's type declares no
    // `json` input; hc sends it all the same. A variable, not a literal, to say so.
    const args = { param: { id: String(dispatchId) }, json: task };
    return toAnswer(
      await withApi((_, session) => callApi(() => client(session).api.dispatches[':id'].tasks.$post(args))),
    );
  },

  'register-page': async ({ year, from, to, cursor, limit }) => {
    const query = {
      ...(year !== undefined ? { year: String(year) } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(cursor ? { cursor } : {}),
      ...(limit !== undefined ? { limit: String(limit) } : {}),
    };
    return toAnswer(
      await withApi((_, session) =>
        callApi(() => client(session).api.export['register.json'].$get({ query })),
      ),
    );
  },
};
