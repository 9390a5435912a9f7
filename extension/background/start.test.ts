import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Message } from '../lib/messaging';
import { queueItem, sessionItem } from '../lib/storage';
import { FakeServer, reportOf, SERVER_URL, signedInSession, USER } from './fake-server';
import { NOTIFY_ALARM, POLL_MINUTES } from './notifications';
import { newEntry, resetKick } from './queue';
import { RETRY_ALARM } from './queue-store';
import { startBackground } from './start';

let server: FakeServer;

/** A message as a part of the extension sends it, answered through sendResponse. */
async function send(message: Message, sender: { tab?: { id: number } } = {}): Promise<unknown> {
  // The fake's trigger is typed without sendResponse but passes every argument on.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise((resolve) => {
    void trigger(message, sender, resolve);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  resetKick();
  server = new FakeServer().install();
  // Not in WXT's fake browser: the background only needs them to exist.
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue();
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue('save-selection');
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockReturnValue();
  startBackground();
});

describe('the background', () => {
  it('answers messages through sendResponse', async () => {
    expect(await send({ type: 'get-session' } as Message)).toEqual({ serverUrl: SERVER_URL, user: null });
    expect(
      await send({ type: 'sign-in', serverUrl: SERVER_URL, email: USER.email, password: 'demo-3944' }),
    ).toMatchObject({ ok: true, session: { user: USER } });
    expect(await send({ type: 'get-queue' } as Message)).toEqual([]);
  });

  it("counts a content script's scan on its own tab's badge", async () => {
    await send({ type: 'page-scanned', report: reportOf('Công văn 3944/UBND-NC') }, { tab: { id: 8 } });

    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('1');
    expect(await send({ type: 'get-tab-state', tabId: 8 })).toMatchObject({ statuses: {} });
  });

  it('retries the queue when its alarm fires', async () => {
    await sessionItem.setValue(signedInSession());
    await queueItem.setValue([
      { ...newEntry({ symbol: '3944/UBND-NC', subject: 's' }, '3944/UBND-NC', null), nextAttemptAt: 0 },
    ]);
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETRY_ALARM, scheduledTime: Date.now() });

    await vi.waitFor(async () => expect(await queueItem.getValue()).toEqual([]));
    expect(server.dispatches).toHaveLength(1);
  });

  it('sends the queue when the popup asks', async () => {
    await sessionItem.setValue(signedInSession());
    await queueItem.setValue([newEntry({ symbol: '3944/UBND-NC', subject: 's' }, '3944/UBND-NC', null)]);

    expect(await send({ type: 'retry-queue' } as Message)).toEqual([]);
    expect(server.dispatches).toHaveLength(1);
  });

  it('signs out through the server and forgets the session', async () => {
    await sessionItem.setValue(signedInSession());

    expect(await send({ type: 'sign-out' } as Message)).toEqual({ serverUrl: SERVER_URL, user: null });
    expect(server.callsTo('/api/auth/logout')).toHaveLength(1);
  });

  it('answers a distribute with the reason it failed', async () => {
    await sessionItem.setValue(signedInSession());

    expect(await send({ type: 'distribute', dispatchId: 404, unitIds: [2], groupIds: [] })).toEqual({
      ok: false,
      error: 'No such dispatch',
    });
  });

  it('reads the inbox on its own alarm, apart from the queue’s, and on a unit head’s sign-in', async () => {
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(NOTIFY_ALARM)).toMatchObject({ periodInMinutes: POLL_MINUTES }),
    );
    const head = signedInSession();
    await sessionItem.setValue({ ...head, user: { ...head.user, role: 'unit_head' } });
    await vi.waitFor(() => expect(server.callsTo('/api/me/inbox')).toHaveLength(1));

    await fakeBrowser.alarms.onAlarm.trigger({ name: RETRY_ALARM, scheduledTime: Date.now() });
    await fakeBrowser.alarms.onAlarm.trigger({ name: NOTIFY_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(() => expect(server.callsTo('/api/me/inbox')).toHaveLength(2));
  });

  it('opens the side panel’s page when one of its notifications is clicked', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    await fakeBrowser.notifications.onClicked.trigger('dispatch-tracker:summary');
    await vi.waitFor(async () => expect(await fakeBrowser.tabs.query({})).toHaveLength(before + 1));
  });
});
