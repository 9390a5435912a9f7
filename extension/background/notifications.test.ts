import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Inbox } from '../../shared/schemas/inbox';
import { languageItem } from '../lib/i18n';
import { notifiedItem, notifyEnabledItem, sessionItem, soonDaysItem } from '../lib/storage';
import { SERVER_URL, signedInSession, TOKEN } from './fake-server';
import {
  NOTIFY_ALARM,
  onNotificationClicked,
  onSessionChanged,
  POLL_MINUTES,
  pollInbox,
  scheduleInboxPoll,
} from './notifications';
import { inboxDispatch, inboxTask, serverInbox } from './notify-fixtures';
import { setSuccessListener } from './session';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** `GET /api/me/inbox` answering `current`, and the URLs it was asked for. */
function installInbox(initial: Inbox) {
  const state = { current: initial, urls: [] as URL[] };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input));
      state.urls.push(url);
      if (new Headers(init.headers).get('Authorization') !== `Bearer ${TOKEN}`)
        return json(401, { error: { code: 'unauthorized', message: 'Sign in first' } });
      if (url.pathname === '/api/me/inbox') return json(200, state.current);
      return json(404, { error: { code: 'not_found', message: 'No route' } });
    }),
  );
  return state;
}

function unitHead() {
  const session = signedInSession();
  return { ...session, user: { ...session.user, role: 'unit_head' as const, unitId: 2 } };
}

async function shown() {
  return (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  setSuccessListener(() => {});
  await sessionItem.setValue(unitHead());
});

describe('the inbox poll', () => {
  it('sums up what waits on the first look, then tells only what is new, once', async () => {
    const server = installInbox(
      serverInbox([inboxDispatch(2), inboxDispatch(1)], [inboxTask(7, '2026-11-28', 2)]),
    );
    await pollInbox();
    expect(Object.keys(await shown())).toEqual(['dispatch-tracker:summary']);
    expect((await shown())['dispatch-tracker:summary']?.message).toBe(
      '2 công văn chờ xác nhận đã nhận\n1 nhiệm vụ đến hạn trong 3 ngày tới',
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');

    await fakeBrowser.notifications.clear('dispatch-tracker:summary');
    server.current = serverInbox(
      [inboxDispatch(3), inboxDispatch(2), inboxDispatch(1)],
      [inboxTask(7, '2026-11-28', 2)],
    );
    await pollInbox();
    expect(await shown()).toEqual({
      'dispatch-tracker:dispatch:3': expect.objectContaining({
        type: 'basic',
        title: 'Công văn mới chờ xác nhận',
        message: '3/UBND-NC ngày 20/11/2026: về việc số 3',
        iconUrl: expect.stringMatching(/^data:image\/png;base64,/),
      }),
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');

    await fakeBrowser.notifications.clear('dispatch-tracker:dispatch:3');
    await pollInbox();
    expect(await shown()).toEqual({});
  });

  it('asks for the days ahead chosen on the options page, and tells in the chosen language', async () => {
    const server = installInbox(serverInbox([]));
    await Promise.all([soonDaysItem.setValue(7), languageItem.setValue('en')]);
    await pollInbox();
    expect(server.urls.map((url) => `${url.origin}${url.pathname}${url.search}`)).toEqual([
      `${SERVER_URL}/api/me/inbox?soonDays=7`,
    ]);
    server.current = serverInbox([], [inboxTask(7, '2026-12-01', 5)], 7);
    await pollInbox();
    expect((await shown())['dispatch-tracker:task:7']).toMatchObject({
      title: 'Task due soon',
      message: 'Báo cáo số 7 (3944/UBND-NC): due 01/12/2026, 5 day(s) left',
    });
  });

  it('turned off, tells nothing but keeps the badge current; turned on again, starts with a summary', async () => {
    installInbox(serverInbox([inboxDispatch(1)]));
    await pollInbox();
    await fakeBrowser.notifications.clear('dispatch-tracker:summary');
    await notifyEnabledItem.setValue(false);
    installInbox(serverInbox([inboxDispatch(2), inboxDispatch(1)]));
    expect((await pollInbox()).notices).toEqual([]);
    expect(await shown()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await notifiedItem.getValue()).toBeNull();

    await notifyEnabledItem.setValue(true);
    await pollInbox();
    expect(Object.keys(await shown())).toEqual(['dispatch-tracker:summary']);
  });

  it('leaves clerks, admins and the signed-out alone, without calling the server', async () => {
    const server = installInbox(serverInbox([inboxDispatch(1)]));
    await sessionItem.setValue(signedInSession());
    await pollInbox();
    await sessionItem.setValue(null);
    await pollInbox();
    expect(server.urls).toEqual([]);
    expect(await shown()).toEqual({});
  });

  it('says nothing when the server cannot be read, and a dead token ends the session', async () => {
    installInbox(serverInbox([inboxDispatch(1)]));
    await sessionItem.setValue({ ...unitHead(), token: 'revoked' });
    expect(await pollInbox()).toEqual({ inbox: null, notices: [] });
    expect(await shown()).toEqual({});
    expect(await sessionItem.getValue()).toBeNull();
  });
});

describe('sessions, clicks and the alarm', () => {
  it('starts afresh on a new sign-in, polling at once; the same token changes nothing', async () => {
    const server = installInbox(serverInbox([inboxDispatch(1)]));
    await notifiedItem.setValue({ user: 'someone', dispatchIds: [1], taskDues: [] });
    await onSessionChanged(TOKEN, TOKEN);
    expect(server.urls).toHaveLength(0);
    await onSessionChanged(TOKEN, null);
    expect(Object.keys(await shown())).toEqual(['dispatch-tracker:summary']);
    await onSessionChanged(null, TOKEN);
    expect(await notifiedItem.getValue()).toBeNull();
    expect(server.urls).toHaveLength(1);
  });

  it('opens the side panel’s page in a tab on a click of ours, and ignores anyone else’s', async () => {
    await fakeBrowser.notifications.create('dispatch-tracker:dispatch:3', {
      type: 'basic',
      title: 't',
      message: 'm',
    });
    const urls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
    const before = await urls();
    await onNotificationClicked('another-extension:1');
    expect(await urls()).toEqual(before);
    await onNotificationClicked('dispatch-tracker:dispatch:3');
    expect(await urls()).toEqual([...before, 'chrome-extension://test-extension-id/sidepanel.html']);
    expect(await shown()).toEqual({});
  });

  it(`polls every ${POLL_MINUTES} minutes, and a restarted worker does not push the alarm back`, async () => {
    await scheduleInboxPoll();
    const alarm = await fakeBrowser.alarms.get(NOTIFY_ALARM);
    expect(alarm).toMatchObject({ name: NOTIFY_ALARM, periodInMinutes: POLL_MINUTES });
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    await scheduleInboxPoll();
    expect(await fakeBrowser.alarms.get(NOTIFY_ALARM)).toEqual(alarm);
    vi.restoreAllMocks();
  });
});
