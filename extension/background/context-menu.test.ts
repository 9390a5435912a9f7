import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { languageItem } from '../lib/i18n';
import { queueItem, sessionItem, tabStateItem } from '../lib/storage';
import { FLASH_MS } from './badge';
import { MENU_ID, onMenuClick, registerContextMenu, selectionBody } from './context-menu';
import { FakeServer, scanOf, signedInSession } from './fake-server';
import { onPageScanned } from './scans';
import { setSuccessListener } from './session';

const TAB = 4;
const PAGE = 'https://portal.example.gov.vn/tin-tuc/3944';
const SELECTION =
  'Ngày 27/8/2020, UBND tỉnh ban hành Công văn số 3944/UBND-NC về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ.';

let server: FakeServer;
const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });
const title = () => fakeBrowser.action.getTitle({ tabId: TAB });

beforeEach(async () => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  server = new FakeServer().install();
  setSuccessListener(() => {});
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Theo dõi công văn',
    version: '0.1.0',
  });
  await sessionItem.setValue(signedInSession());
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('selectionBody', () => {
  it('reads the dispatch the selection is about', () => {
    expect(selectionBody(SELECTION, { url: PAGE, title: 'Tin tức' })).toMatchObject({
      symbol: '3944/UBND-NC',
      key: '3944/UBND-NC',
      issuedDate: '2020-08-27',
      subject: 'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ',
      sourceUrl: PAGE,
      sourceTitle: 'Tin tức',
    });
  });

  it('takes the selection itself as the subject when it has no "về việc" phrase', () => {
    expect(selectionBody('Kế hoạch\n 12/KH-UBND   triển khai', {})?.subject).toBe(
      'Kế hoạch 12/KH-UBND triển khai',
    );
  });

  it('is null when the selection names no document', () => {
    expect(selectionBody('Hôm nay trời đẹp, 27/8/2020.', {})).toBeNull();
  });
});

describe('the context menu', () => {
  it('is one item on selected text, titled in the chosen language', async () => {
    const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue();
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(MENU_ID);
    await registerContextMenu();
    await languageItem.setValue('en');
    await registerContextMenu();

    expect(removeAll).toHaveBeenCalledTimes(2);
    expect(create.mock.calls.map(([props]) => props)).toEqual([
      { id: MENU_ID, title: 'Lưu công văn từ vùng chọn', contexts: ['selection'] },
      { id: MENU_ID, title: 'Save dispatch from selection', contexts: ['selection'] },
    ]);
  });

  it('saves the selection like a popup save and shows ✓ on the badge, then the count again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await onPageScanned(
      TAB,
      scanOf('Công văn 3944/UBND-NC và 07/CT-BCA-V28', { url: PAGE, title: 'Tin 3944' }),
    );
    await onMenuClick({ menuItemId: MENU_ID, selectionText: SELECTION, pageUrl: PAGE }, { id: TAB });

    const create = server.callsTo('/api/dispatches', 'POST')[0];
    expect(create?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(create?.body).toMatchObject({ symbol: '3944/UBND-NC', sourceUrl: PAGE, sourceTitle: 'Tin 3944' });
    expect(await badge()).toBe('✓');
    expect(await title()).toBe('Đã lưu 3944/UBND-NC.');
    expect((await tabStateItem(TAB).getValue())?.statuses['3944/UBND-NC']?.state).toBe('saved');

    await vi.advanceTimersByTimeAsync(FLASH_MS);
    expect(await badge()).toBe('2');
    expect(await title()).toBe('Theo dõi công văn');
  });

  it('queues the save when the server is down and shows … on the badge', async () => {
    server.down = true;
    await onMenuClick({ menuItemId: MENU_ID, selectionText: SELECTION, pageUrl: PAGE }, { id: TAB });

    expect(await badge()).toBe('…');
    expect(await queueItem.getValue()).toHaveLength(1);
  });

  it('shows ! with the reason when the selection names no document', async () => {
    await onMenuClick({ menuItemId: MENU_ID, selectionText: 'không có số hiệu', pageUrl: PAGE }, { id: TAB });

    expect(await badge()).toBe('!');
    expect(await title()).toBe('Không tìm thấy số, ký hiệu văn bản trong vùng chọn.');
    expect(server.calls).toHaveLength(0);
  });

  it('never sends the URL of a page that is not http(s)', async () => {
    await onMenuClick(
      { menuItemId: MENU_ID, selectionText: SELECTION, pageUrl: 'file:///home/u/cv.html' },
      { id: TAB },
    );

    expect(server.callsTo('/api/dispatches', 'POST')[0]?.body).toMatchObject({ sourceUrl: null });
  });
});
