import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { DispatchCreate } from '../../shared/schemas/dispatch';
import { queueItem, sessionItem, tabStateItem } from '../lib/storage';
import { FakeServer, scanOf, signedInSession } from './fake-server';
import { flushQueue, kickQueue, removeQueued, resetKick } from './queue';
import { BACKOFF_MS, backoff, RETRY_ALARM } from './queue-store';
import { saveDrafts } from './save';
import { onPageScanned, tabStateForPopup } from './scans';
import { setSuccessListener, signIn, withApi } from './session';

const TAB = 3;
const DRAFT: DispatchCreate = { symbol: '3944/UBND-NC', key: '3944/UBND-NC', subject: 'về việc …' };
const T0 = new Date('2026-11-26T08:00:00Z').getTime();

let server: FakeServer;
const creates = () => server.callsTo('/api/dispatches', 'POST');

beforeEach(async () => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  // Only the clock: promises and the fetch timeouts keep running for real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  server = new FakeServer().install();
  setSuccessListener(() => {});
  resetKick();
  await sessionItem.setValue(signedInSession());
  await onPageScanned(TAB, scanOf('Công văn 3944/UBND-NC'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  server.calls.length = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('backoff', () => {
  it('waits 30 s, 1, 2, 5, 10, then 30 minutes for good', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(backoff)).toEqual([
      30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 1_800_000, 1_800_000,
    ]);
    expect(BACKOFF_MS[0]).toBeGreaterThanOrEqual(30_000); // Chrome's shortest alarm
  });
});

describe('retrying the queue', () => {
  it('lands a save exactly once when the first answer was lost, with the same Idempotency-Key', async () => {
    server.loseNextAnswer = true;
    const [first] = await saveDrafts({ tabId: TAB, drafts: [DRAFT] });
    expect(first?.state).toBe('pending');
    // The server did record it; only its answer was lost on the way.
    expect(server.dispatches).toHaveLength(1);

    vi.setSystemTime(T0 + backoff(1));
    const left = await flushQueue({ force: false });

    expect(left).toEqual([]);
    expect(server.dispatches).toHaveLength(1);
    const keys = creates().map((c) => c.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(creates()[1]?.body).toEqual(creates()[0]?.body);
    expect((await tabStateItem(TAB).getValue())?.statuses['3944/UBND-NC']).toMatchObject({
      state: 'saved',
      dispatchId: 1,
    });
  });

  it('waits for the backoff unless forced, then delivers once the server is back', async () => {
    server.down = true;
    await saveDrafts({ tabId: TAB, drafts: [DRAFT] });
    server.down = false;

    await flushQueue({ force: false });
    expect(creates()).toHaveLength(1);

    vi.setSystemTime(T0 + backoff(1) - 1);
    await flushQueue({ force: false });
    expect(creates()).toHaveLength(1);

    vi.setSystemTime(T0 + backoff(1));
    expect(await flushQueue({ force: false })).toEqual([]);
    expect(creates()).toHaveLength(2);
    expect(server.dispatches).toHaveLength(1);
  });

  it('backs off further after each failed attempt and sets the alarm for the next one', async () => {
    server.down = true;
    await saveDrafts({ tabId: TAB, drafts: [DRAFT] });
    let now = T0;
    for (const attempts of [2, 3, 4]) {
      now += backoff(attempts - 1);
      vi.setSystemTime(now);
      await flushQueue({ force: false });
      const [entry] = await queueItem.getValue();
      expect(entry).toMatchObject({
        attempts,
        nextAttemptAt: now + backoff(attempts),
        lastError: expect.any(String),
      });
      expect((await fakeBrowser.alarms.get(RETRY_ALARM))?.scheduledTime).toBe(now + backoff(attempts));
    }
  });

  it('stops retrying a save the server refuses (4xx) and keeps it as an error for the user', async () => {
    server.down = true;
    await saveDrafts({ tabId: TAB, drafts: [DRAFT] });
    server.down = false;
    server.failNext('/api/dispatches', 403, 'Only clerks and admins record dispatches');

    const left = await flushQueue({ force: true });
    expect(left).toMatchObject([
      { key: '3944/UBND-NC', state: 'error', lastError: 'Only clerks and admins record dispatches' },
    ]);

    vi.setSystemTime(T0 + 3_600_000);
    await flushQueue({ force: true });
    expect(creates()).toHaveLength(2);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    expect((await tabStateForPopup(TAB))?.statuses['3944/UBND-NC']).toMatchObject({
      state: 'error',
      error: 'Only clerks and admins record dispatches',
    });
  });

  it('shows a queued save as pending until it lands', async () => {
    server.down = true;
    await saveDrafts({ tabId: TAB, drafts: [DRAFT] });
    expect((await tabStateForPopup(TAB))?.statuses['3944/UBND-NC']?.state).toBe('pending');

    server.down = false;
    await flushQueue({ force: true });
    expect((await tabStateForPopup(TAB))?.statuses['3944/UBND-NC']).toMatchObject({
      state: 'saved',
      dispatchId: 1,
    });
  });

  it('holds the queue while signed out and sends it on the next sign-in', async () => {
    await sessionItem.setValue({ ...signedInSession(), token: 'expired' });
    await saveDrafts({ tabId: TAB, drafts: [DRAFT] });
    expect(await sessionItem.getValue()).toBeNull();
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();

    await flushQueue({ force: true });
    expect(creates()).toHaveLength(1);

    setSuccessListener(() => kickQueue());
    await signIn({ serverUrl: 'http://127.0.0.1:8787', email: 'vanthu@demo.example', password: 'demo-3944' });
    await vi.waitFor(async () => expect(await queueItem.getValue()).toEqual([]));
    expect(server.dispatches).toHaveLength(1);
  });

  it('tries again as soon as any other call to the server succeeds', async () => {
    server.down = true;
    await saveDrafts({ tabId: TAB, drafts: [DRAFT] });
    server.down = false;
    setSuccessListener(() => kickQueue());

    await withApi((api) => api.units());
    await vi.waitFor(async () => expect(await queueItem.getValue()).toEqual([]));
    expect(server.dispatches).toHaveLength(1);
  });

  it('postpones the rest of the queue when the server turns out to be down', async () => {
    server.down = true;
    await saveDrafts({ tabId: TAB, drafts: [DRAFT, { ...DRAFT, symbol: '1/UBND-VP', key: '1/UBND-VP' }] });
    server.calls.length = 0;

    vi.setSystemTime(T0 + 3_600_000);
    await flushQueue({ force: false });

    expect(creates()).toHaveLength(1);
    const queue = await queueItem.getValue();
    expect(queue.every((entry) => entry.nextAttemptAt > T0 + 3_600_000)).toBe(true);
  });

  it('replaces a queued save by a newer save of the same reference', async () => {
    server.down = true;
    await saveDrafts({ tabId: TAB, drafts: [DRAFT] });
    await saveDrafts({ tabId: TAB, drafts: [{ ...DRAFT, subject: 'về việc (sửa)' }] });

    const queue = await queueItem.getValue();
    expect(queue).toHaveLength(1);
    expect(queue[0]?.body.subject).toBe('về việc (sửa)');
  });

  it('lets the user remove a queued save', async () => {
    server.down = true;
    await saveDrafts({ tabId: TAB, drafts: [DRAFT] });
    const [entry] = await queueItem.getValue();

    expect(await removeQueued(entry?.id ?? '')).toEqual([]);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });
});
