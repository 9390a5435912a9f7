import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { queueItem, sessionItem, tabStateItem } from '../lib/storage';
import { FakeServer, scanOf, signedInSession } from './fake-server';
import { newEntry } from './queue';
import { onPageScanned, tabStateForPopup } from './scans';
import { setSuccessListener } from './session';
import { onTabRemoved, onTabUpdated } from './tabs';

const TAB = 12;
const ARTICLE =
  'Thực hiện Chỉ thị số 07/CT-BCA-V28 và Thông tư 23/2012/TT BCA-V28, ngày 27/8/2020 UBND tỉnh ban hành ' +
  'Công văn số 3944/UBND-NC về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ; xem thêm văn bản 3944/UBND-NC.';

let server: FakeServer;

/** The lookups run after the scan is answered; let them finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));
const badge = (tabId = TAB) => fakeBrowser.action.getBadgeText({ tabId });

beforeEach(() => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  server = new FakeServer().install();
  setSuccessListener(() => {});
});

describe('page-scanned', () => {
  it('keeps the scan for the tab and counts the distinct references on the badge', async () => {
    const scan = scanOf(ARTICLE, { rows: ['12/2024/QĐ-UBND'] });
    await onPageScanned(TAB, scan);

    expect((await tabStateItem(TAB).getValue())?.scan).toEqual(scan);
    // 07/CT-BCA-V28, 23/2012/TT-BCA-V28, 3944/UBND-NC (twice on the page) and the row's 12/2024/QĐ-UBND.
    expect(await badge()).toBe('4');
  });

  it('leaves the badge empty when the page has no reference', async () => {
    await onPageScanned(TAB, scanOf('3944/UBND-NC'));
    await onPageScanned(TAB, scanOf('Không có văn bản nào.', { title: 'Tin tức' }));

    expect(await badge()).toBe('');
  });

  it('asks the server about the reference keys only, never the URL or the text', async () => {
    await sessionItem.setValue(signedInSession());
    await onPageScanned(TAB, scanOf(ARTICLE));
    await settled();

    expect(server.calls).toHaveLength(1);
    const [call] = server.calls;
    expect(call?.url.pathname).toBe('/api/dispatches/lookup');
    expect([...(call?.url.searchParams.keys() ?? [])]).toEqual(['keys']);
    expect(call?.url.searchParams.get('keys')?.split(',').sort()).toEqual(
      ['07/CT-BCA-V28', '23/2012/TT-BCA-V28', '3944/UBND-NC'].sort(),
    );
    const sent = JSON.stringify([call?.url.href, call?.body, [...(call?.headers.entries() ?? [])]]);
    expect(sent).not.toContain('portal.example.gov.vn');
    expect(sent).not.toContain('phong trào');
  });

  it('marks what the server already has as saved, with its id', async () => {
    await sessionItem.setValue(signedInSession());
    server.dispatches.push({
      id: 41,
      symbol: '3944/UBND-NC',
      key: '3944/UBND-NC',
      issuedDate: null,
      subject: 's',
      recipients: [],
    });
    await onPageScanned(TAB, scanOf(ARTICLE));
    await settled();

    const state = await tabStateForPopup(TAB);
    expect(state?.statuses['3944/UBND-NC']).toEqual({
      key: '3944/UBND-NC',
      state: 'saved',
      dispatchId: 41,
      error: null,
    });
    expect(state?.statuses['07/CT-BCA-V28']?.state).toBe('new');
  });

  it('does not ask again about keys it already asked about when the page is rescanned', async () => {
    await sessionItem.setValue(signedInSession());
    await onPageScanned(TAB, scanOf('Công văn 3944/UBND-NC'));
    await settled();
    await onPageScanned(TAB, scanOf('Công văn 3944/UBND-NC, Quyết định 12/2024/QĐ-UBND'));
    await settled();

    const asked = server.calls.map((c) => c.url.searchParams.get('keys'));
    expect(asked).toEqual(['3944/UBND-NC', '12/2024/QD-UBND']);
  });

  it('asks nothing when nobody is signed in', async () => {
    await onPageScanned(TAB, scanOf(ARTICLE));
    await settled();

    expect(server.calls).toHaveLength(0);
    expect((await tabStateForPopup(TAB))?.statuses).toEqual({});
  });
});

describe('get-tab-state', () => {
  it('is null for a tab never scanned', async () => {
    expect(await tabStateForPopup(99)).toBeNull();
  });

  it('shows a queued save as pending, and one the server refused as an error', async () => {
    await onPageScanned(TAB, scanOf(ARTICLE));
    await queueItem.setValue([
      newEntry({ symbol: '3944/UBND-NC', subject: 's' }, '3944/UBND-NC', TAB),
      {
        ...newEntry({ symbol: '07/CT-BCA-V28', subject: 's' }, '07/CT-BCA-V28', null),
        state: 'error',
        lastError: 'Forbidden',
      },
      newEntry({ symbol: '1/UBND-VP', subject: 's' }, '1/UBND-VP', TAB),
    ]);
    const state = await tabStateForPopup(TAB);

    expect(state?.statuses['3944/UBND-NC']).toMatchObject({ state: 'pending' });
    expect(state?.statuses['07/CT-BCA-V28']).toMatchObject({ state: 'error', error: 'Forbidden' });
    // Not on this page: not part of its state.
    expect(state?.statuses['1/UBND-VP']).toBeUndefined();
  });

  it('still answers, from what it knows, when the server is down', async () => {
    await sessionItem.setValue(signedInSession());
    server.down = true;
    await onPageScanned(TAB, scanOf(ARTICLE));
    const state = await tabStateForPopup(TAB);

    expect(state?.scan.references).toHaveLength(3);
    expect(state?.statuses).toEqual({});
  });
});

describe('tabs', () => {
  it('drops the state when the tab closes', async () => {
    await onPageScanned(TAB, scanOf(ARTICLE));
    await onTabRemoved(TAB);

    expect(await tabStateItem(TAB).getValue()).toBeNull();
  });

  it('clears the count as soon as another page starts loading in the tab', async () => {
    await onPageScanned(TAB, scanOf(ARTICLE));
    await onTabUpdated(TAB, { status: 'complete' });
    expect(await badge()).toBe('3');

    await onTabUpdated(TAB, { status: 'loading' });
    expect(await badge()).toBe('');
    expect(await tabStateItem(TAB).getValue()).toBeNull();
  });

  it('keeps the badge of each tab to itself', async () => {
    await onPageScanned(1, scanOf('3944/UBND-NC'));
    await onPageScanned(2, scanOf(ARTICLE));

    expect(await badge(1)).toBe('1');
    expect(await badge(2)).toBe('3');
  });
});
