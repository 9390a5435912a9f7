/**
 * The background's answers to the messages of lib/messages/admin.ts. Every call goes through
 * `withApi`, so a dead token ends the session like any other call, and resolves to an
 * `AdminAnswer`: a refused write keeps the fields the server named, for the form to show.
 * @module
 */

import type { User } from '../../shared/schemas/auth';
import { type ApiResult, callApi, typedClient } from '../lib/api';
import type { AdminAnswer, AdminMessages, AuditFilter, FieldError } from '../lib/messages/admin';
import type { Handlers } from '../lib/messaging';
import { organisationItem, type StoredSession } from '../lib/storage';
import { describeFailure, withApi } from './session';

/** Users asked per page, the API's largest. */
const USER_PAGE = 100;
/** Pages followed at most: 10 000 users, far beyond an office, and no endless loop on a bad cursor. */
const MAX_USER_PAGES = 100;
const AUDIT_PAGE = 50;

function client(session: StoredSession) {
  return typedClient(session.serverUrl, session.token);
}

function fieldsOf(details: unknown): FieldError[] {
  if (!Array.isArray(details)) return [];
  return details
    .filter((d): d is { path: unknown; message: unknown } => typeof d === 'object' && d !== null)
    .map((d) => ({ path: String(d.path), message: String(d.message) }));
}

async function answer<T>(result: ApiResult<T>): Promise<AdminAnswer<T>> {
  if (result.ok) return { ok: true, data: result.data };
  const fields = result.kind === 'http' ? fieldsOf(result.details) : [];
  return {
    ok: false,
    error: await describeFailure(result),
    status: result.status,
    ...(fields.length > 0 ? { fields } : {}),
  };
}

/**
 * The popup's and side panel's pickers cache the organisation for a few minutes
 * (organisation.ts); after an admin changes it, the next picker must not show the old one.
 */
async function afterOrganisationChange<T>(result: AdminAnswer<T>): Promise<AdminAnswer<T>> {
  if (result.ok) await organisationItem.setValue(null);
  return result;
}

export async function listUsers(): Promise<AdminAnswer<User[]>> {
  const users: User[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_USER_PAGES; page++) {
    const query: { limit: string; cursor?: string } = {
      limit: String(USER_PAGE),
      ...(cursor ? { cursor } : {}),
    };
    const result = await withApi((_, session) => callApi(() => client(session).api.users.$get({ query })));
    if (!result.ok) return answer(result);
    users.push(...result.data.items);
    cursor = result.data.nextCursor;
    if (!cursor) break;
  }
  return { ok: true, data: users };
}

/** The filter as query text: empty fields left out, numbers as digits. */
export function auditQuery(filter: AuditFilter, cursor?: string): Record<string, string> {
  const query: Record<string, string> = { limit: String(AUDIT_PAGE) };
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') query[name] = String(value);
  }
  if (cursor) query.cursor = cursor;
  return query;
}

export const adminHandlers: Handlers<AdminMessages> = {
  'admin-units': async () => {
    const result = await withApi((_, session) =>
      callApi(() => client(session).api.units.$get({ query: {} })),
    );
    return answer(result.ok ? { ...result, data: result.data.items } : result);
  },
  'admin-create-unit': async ({ unit }) => {
    // The worker validates bodies inside its handlers (readJson), so its route types declare
    // no `json` input; hc sends it all the same. A variable, not a literal, to say so.
    const args = { json: unit };
    return afterOrganisationChange(
      await answer(await withApi((_, session) => callApi(() => client(session).api.units.$post(args)))),
    );
  },
  'admin-update-unit': async ({ id, patch }) => {
    const args = { param: { id: String(id) }, json: patch };
    return afterOrganisationChange(
      await answer(
        await withApi((_, session) => callApi(() => client(session).api.units[':id'].$patch(args))),
      ),
    );
  },
  'admin-groups': async () => {
    const result = await withApi((_, session) =>
      callApi(() => client(session).api.groups.$get({ query: {} })),
    );
    return answer(result.ok ? { ...result, data: result.data.items } : result);
  },
  'admin-create-group': async ({ group }) => {
    const args = { json: group };
    return afterOrganisationChange(
      await answer(await withApi((_, session) => callApi(() => client(session).api.groups.$post(args)))),
    );
  },
  'admin-update-group': async ({ id, patch }) => {
    const args = { param: { id: String(id) }, json: patch };
    return afterOrganisationChange(
      await answer(
        await withApi((_, session) => callApi(() => client(session).api.groups[':id'].$patch(args))),
      ),
    );
  },
  'admin-users': listUsers,
  'admin-create-user': async ({ user }) => {
    const args = { json: user };
    return answer(await withApi((_, session) => callApi(() => client(session).api.users.$post(args))));
  },
  'admin-update-user': async ({ id, patch }) => {
    const args = { param: { id: String(id) }, json: patch };
    return answer(
      await withApi((_, session) => callApi(() => client(session).api.users[':id'].$patch(args))),
    );
  },
  'admin-audit': async ({ filter, cursor }) => {
    const query = auditQuery(filter, cursor);
    return answer(await withApi((_, session) => callApi(() => client(session).api.audit.$get({ query }))));
  },
};
