/**
 * Every value the extension keeps, defined once. All of it lives in extension storage
 * (`chrome.storage`), which web pages cannot read: the token in particular never touches a
 * page's localStorage or cookies.
 * @module
 */
import { storage } from 'wxt/utils/storage';
import type { LoginResponse } from '../../shared/schemas/auth';
import type { Group, Unit } from '../../shared/schemas/organisation';
import type { QueuedSave } from './messaging';
import type { TabState } from './page-scan';

/** Where a fresh install looks for the API: `npm run api` serves it there. */
export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/** The server the user last chose; a sign-in to another server replaces it. */
export const serverUrlItem = storage.defineItem<string>('local:serverUrl', { fallback: DEFAULT_SERVER_URL });

/** A signed-in session: the token is only good for the server that issued it, so they travel together. */
export interface StoredSession {
  serverUrl: string;
  token: string;
  user: LoginResponse['user'];
  /** ISO time the server gave; past it the server answers 401 and the user signs in again. */
  expiresAt: string;
}

export const sessionItem = storage.defineItem<StoredSession | null>('local:session', { fallback: null });

/**
 * Hostnames the content script scans (a page whose hostname is one of them or a subdomain of
 * one; see content/detection-domains.ts). Empty: every site. Written by the options page as
 * lower-case ASCII hostnames, the form `location.hostname` has.
 */
export const detectionDomainsItem = storage.defineItem<string[]>('local:detectionDomains', { fallback: [] });

/**
 * Saves waiting for the server, oldest first. storage.local rather than session: a save
 * typed before the browser closes must still land after it reopens.
 */
export const queueItem = storage.defineItem<QueuedSave[]>('local:queue', { fallback: [] });

/** Units and groups as the server last gave them, with when and for whom (a cache, not a source). */
export interface OrganisationCache {
  serverUrl: string;
  userId: number;
  /** ms since epoch */
  fetchedAt: number;
  units: Unit[];
  groups: Group[];
}

/** In storage.session so that it survives the background worker stopping, not the browser closing. */
export const organisationItem = storage.defineItem<OrganisationCache | null>('session:organisation', {
  fallback: null,
});

/**
 * What was found on a tab and where its references stand, kept in session storage so that it
 * survives the background service worker being stopped while the tab stays open. Cleared when
 * the tab closes.
 */
export function tabStateItem(tabId: number) {
  return storage.defineItem<TabState | null>(`session:tab:${tabId}`, { fallback: null });
}

/** Browser notifications of new dispatches and near deadlines (options page); on until turned off. */
export const notifyEnabledItem = storage.defineItem<boolean>('local:notify.enabled', { fallback: true });

/** A task counts as "due soon" this many days ahead (options page, 1–30). */
export const DEFAULT_SOON_DAYS = 3;
export const soonDaysItem = storage.defineItem<number>('local:notify.soonDays', {
  fallback: DEFAULT_SOON_DAYS,
});

/**
 * What the notifications have already told this user about, so nothing is told twice: the
 * dispatches (by id) and the task deadlines (`<taskId>@<dueDate>`: a moved deadline is news).
 * `user` ties it to one account on one server; another sign-in starts afresh.
 */
export interface NotifiedState {
  user: string;
  dispatchIds: number[];
  taskDues: string[];
}

export const notifiedItem = storage.defineItem<NotifiedState | null>('local:notify.seen', { fallback: null });

/**
 * The office's name as the register's cover prints it ("UBND TỈNH HÀ TĨNH"): typed once on the
 * register page; the server has no such setting.
 */
export const registerOfficeItem = storage.defineItem<string>('local:register.office', { fallback: '' });
