/**
 * Units and groups for the recipient pickers and the addressee matching. They change rarely
 * and every popup wants them, so they are cached a few minutes per server and user; when the
 * server cannot be reached an older copy is better than no picker at all.
 * @module
 */
import type { Group, Unit } from '../../shared/schemas/organisation';
import { organisationItem, sessionItem } from '../lib/storage';
import { withApi } from './session';

export const ORGANISATION_TTL_MS = 5 * 60_000;

export async function getOrganisation(now = Date.now()): Promise<{ units: Unit[]; groups: Group[] } | null> {
  const session = await sessionItem.getValue();
  if (!session) return null;
  const cached = await organisationItem.getValue();
  const mine =
    cached && cached.serverUrl === session.serverUrl && cached.userId === session.user.id ? cached : null;
  if (mine && now - mine.fetchedAt < ORGANISATION_TTL_MS) return { units: mine.units, groups: mine.groups };

  const [units, groups] = await Promise.all([withApi((api) => api.units()), withApi((api) => api.groups())]);
  if (!units.ok || !groups.ok) return mine ? { units: mine.units, groups: mine.groups } : null;
  const fresh = { units: units.data.items, groups: groups.data.items };
  await organisationItem.setValue({
    serverUrl: session.serverUrl,
    userId: session.user.id,
    fetchedAt: now,
    ...fresh,
  });
  return fresh;
}
