import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { DispatchCreate } from '../../shared/schemas/dispatch';
import { queueItem, sessionItem, tabStateItem } from '../lib/storage';
import { FakeServer, scanOf, signedInSession } from './fake-server';
import { RETRY_ALARM } from './queue-store';
import { saveDrafts } from './save';
import { onPageScanned } from './scans';
import { setSuccessListener } from './session';

const TAB = 5;
const DRAFT: DispatchCreate = {
  symbol: '3944/UBND-NC',
  key: '3944/UBND-NC',
  issuedDate: '2020-08-27',
  issuingBody: 'UBND tỉnh',
  subject: 'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ',
  sourceUrl: 'https://portal.example.gov.vn/3944',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: FakeServer;
const creates = () => server.callsTo('/api/dispatches', 'POST');

beforeEach(async () => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  server = new FakeServer().install();
  setSuccessListener(() => {});
  await sessionItem.setValue(signedInSession());
  await onPageScanned(TAB, scanOf('Công văn số 3944/UBND-NC ngày 27/8/2020 về việc …'));
  // The scan's lookup runs after it; let it finish before counting requests.
  await new Promise((resolve) => setTimeout(resolve, 20));
  server.calls.length = 0;
});

describe('save', () => {
  it('records the dispatch with a fresh Idempotency-Key and marks the reference saved', async () => {
    const [status] = await saveDrafts({ tabId: TAB, drafts: [DRAFT] });

    expect(status).toEqual({ key: '3944/UBND-NC', state: 'saved', dispatchId: 1, error: null });
    expect(creates()).toHaveLength(1);
    expect(creates()[0]?.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(creates()[0]?.body).toMatchObject({ symbol: '3944/UBND-NC', issuedDate: '2020-08-27' });
    expect((await tabStateItem(TAB).getValue())?.statuses['3944/UBND-NC']).toEqual(status);
    expect(await queueItem.getValue()).toEqual([]);
  });

  it('gives every save its own Idempotency-Key', async () => {
    await saveDrafts({
      tabId: TAB,
      drafts: [DRAFT, { ...DRAFT, symbol: '3950/UBND-NC', key: '3950/UBND-NC' }],
    });

    const keys = creates().map((c) => c.headers.get('Idempotency-Key'));
    expect(new Set(keys).size).toBe(2);
  });

  it('counts a dispatch the server already has (200, duplicate) as saved, and distributes it', async () => {
    server.dispatches.push({
      id: 9,
      symbol: '3944/UBND-NC',
      key: '3944/UBND-NC',
      issuedDate: '2020-08-27',
      subject: 's',
      recipients: [],
    });
    const [status] = await saveDrafts({
      tabId: TAB,
      drafts: [DRAFT],
      recipientUnitIds: [2],
      recipientGroupIds: [1],
    });

    expect(status).toMatchObject({ state: 'saved', dispatchId: 9, error: null });
    expect(server.callsTo('/api/dispatches/9/recipients')[0]?.body).toEqual({ unitIds: [2], groupIds: [1] });
  });

  it('sends the recipients of a new dispatch with it, in one request', async () => {
    await saveDrafts({ tabId: TAB, drafts: [DRAFT], recipientUnitIds: [2] });

    expect(creates()[0]?.body).toMatchObject({ recipientUnitIds: [2] });
    expect(server.dispatches[0]?.recipients).toEqual([2]);
    expect(server.calls).toHaveLength(1);
  });

  it('queues the save when the server cannot be reached, with its key and body, and answers pending', async () => {
    server.down = true;
    const [status] = await saveDrafts({ tabId: TAB, drafts: [DRAFT] });

    expect(status).toEqual({ key: '3944/UBND-NC', state: 'pending', dispatchId: null, error: null });
    const [entry] = await queueItem.getValue();
    expect(entry).toMatchObject({ key: '3944/UBND-NC', tabId: TAB, attempts: 1, state: 'pending' });
    expect(entry?.idempotencyKey).toBe(creates()[0]?.headers.get('Idempotency-Key'));
    expect(entry?.body).toMatchObject(DRAFT);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeDefined();
  });

  it('queues the save on a 5xx', async () => {
    server.failNext('/api/dispatches', 503, 'Database is unavailable');
    const [status] = await saveDrafts({ tabId: TAB, drafts: [DRAFT] });

    expect(status?.state).toBe('pending');
    expect(await queueItem.getValue()).toHaveLength(1);
  });

  it("answers a 4xx with the server's message and does not queue it", async () => {
    server.failNext('/api/dispatches', 422, 'The body is not valid', [
      { path: 'issuedDate', message: 'not a calendar date' },
    ]);
    const [status] = await saveDrafts({ tabId: TAB, drafts: [DRAFT] });

    expect(status).toEqual({
      key: '3944/UBND-NC',
      state: 'error',
      dispatchId: null,
      error: 'The body is not valid (issuedDate: not a calendar date)',
    });
    expect(await queueItem.getValue()).toEqual([]);
    expect((await tabStateItem(TAB).getValue())?.statuses['3944/UBND-NC']).toEqual(status);
  });

  it('asks to sign in again on a 401, ends the session, and keeps the save for after the sign-in', async () => {
    await sessionItem.setValue({ ...signedInSession(), token: 'expired' });
    const [status] = await saveDrafts({ tabId: TAB, drafts: [DRAFT] });

    expect(status).toMatchObject({ state: 'error', error: 'Phiên đăng nhập đã hết hạn: hãy đăng nhập lại.' });
    expect(await sessionItem.getValue()).toBeNull();
    expect(await queueItem.getValue()).toMatchObject([
      { key: '3944/UBND-NC', state: 'pending', attempts: 0 },
    ]);
  });

  it('asks to sign in when nobody is, without a request, and keeps the save', async () => {
    await sessionItem.setValue(null);
    const [status] = await saveDrafts({ tabId: TAB, drafts: [DRAFT] });

    expect(status).toMatchObject({ state: 'error', error: expect.stringContaining('Chưa đăng nhập') });
    expect(server.calls).toHaveLength(0);
    expect(await queueItem.getValue()).toHaveLength(1);
  });

  it('refuses a draft the API would refuse before any request, and does not queue it', async () => {
    const [status] = await saveDrafts({ tabId: TAB, drafts: [{ ...DRAFT, subject: '  ' }] });

    expect(status).toMatchObject({
      key: '3944/UBND-NC',
      state: 'error',
      error: expect.stringContaining('subject'),
    });
    expect(server.calls).toHaveLength(0);
    expect(await queueItem.getValue()).toEqual([]);
  });

  it('sends only the fields the API knows, even when given a whole engine draft', async () => {
    const engineDraft = {
      ...DRAFT,
      reference: { raw: '3944/UBND-NC' },
      addressees: ['Các sở'],
      citedReferences: [],
    };
    const [status] = await saveDrafts({ tabId: TAB, drafts: [engineDraft as DispatchCreate] });

    expect(status?.state).toBe('saved');
    expect(Object.keys(creates()[0]?.body as object)).not.toContain('addressees');
  });

  it('stops trying the rest of a batch once the server is found unreachable', async () => {
    server.down = true;
    const drafts = Array.from({ length: 8 }, (_, i) => ({
      ...DRAFT,
      symbol: `${i + 1}/UBND-VP`,
      key: `${i + 1}/UBND-VP`,
    }));
    const statuses = await saveDrafts({ tabId: TAB, drafts });

    expect(statuses.map((s) => s.state)).toEqual(Array(8).fill('pending'));
    expect(creates().length).toBeLessThanOrEqual(3);
    expect(await queueItem.getValue()).toHaveLength(8);
  });

  it('answers in the order of the drafts', async () => {
    const drafts = ['1/UBND-VP', '2/UBND-VP', '3/UBND-VP', '4/UBND-VP'].map((symbol) => ({
      ...DRAFT,
      symbol,
      key: symbol,
    }));
    const statuses = await saveDrafts({ tabId: TAB, drafts });

    expect(statuses.map((s) => s.key)).toEqual(['1/UBND-VP', '2/UBND-VP', '3/UBND-VP', '4/UBND-VP']);
  });
});
