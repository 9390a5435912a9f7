import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FakeServer, scanOf } from './fake-server';
import { isSameSite, mergeFrameScans } from './frame-scans';
import { onPageScanned, tabStateForPopup } from './scans';
import { setSuccessListener } from './session';
import { onTabUpdated } from './tabs';

const TAB = 31;
const PORTAL = { url: 'https://portal.example.gov.vn/van-ban/3944', title: 'Văn bản chỉ đạo điều hành' };
const FRAME = { url: 'https://vanban.example.gov.vn/toan-van/3944', title: '' };
const DOCUMENT_TEXT =
  'Số: 3944/UBND-NC. Hà Tĩnh, ngày 27 tháng 8 năm 2020. V/v đẩy mạnh phong trào toàn dân bảo vệ ANTQ. ' +
  'Thực hiện Chỉ thị số 07/CT-BCA-V28 của Bộ Công an.';

/** The portal page around the frame: a title and related links, no document of its own. */
const portalPage = (text: string) => ({ ...scanOf(text, PORTAL), primary: null });
const symbols = (scan: { references: { symbol: string }[] }) => scan.references.map((r) => r.symbol);
const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });

beforeEach(() => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  new FakeServer().install();
  setSuccessListener(() => {});
});

describe('mergeFrameScans', () => {
  it('is the top frame alone when there is no other frame', () => {
    const top = scanOf('Xem Công văn số 15/SNV-VP.', PORTAL);
    expect(mergeFrameScans({ 0: top })).toBe(top);
  });

  it("keeps the top frame's address, lists each reference once, top first, and takes a frame's primary dispatch", () => {
    const top = portalPage('Tin liên quan: Chỉ thị số 07/CT-BCA-V28; Công văn 15/SNV-VP.');
    const frame = scanOf(DOCUMENT_TEXT, { ...FRAME, rows: ['12/2024/QĐ-UBND'] });
    const merged = mergeFrameScans({ 7: frame, 0: top });
    expect(merged.url).toBe(PORTAL.url);
    expect(merged.title).toBe(PORTAL.title);
    // The frame's row names a document its text does not: it is one of the page's references too.
    expect(symbols(merged)).toEqual(['07/CT-BCA-V28', '15/SNV-VP', '3944/UBND-NC', '12/2024/QĐ-UBND']);
    expect(merged.primary?.symbol).toBe('3944/UBND-NC');
    expect(merged.rows.map((row) => row.reference.symbol)).toEqual(['12/2024/QĐ-UBND']);
  });

  it("does not let another site's frame outrank the page's own mention with its header", () => {
    const mention = scanOf('Văn bản liên quan: Công văn số 15/SNV-VP ngày 02/3/2021.', PORTAL);
    const widget = {
      ...scanOf(DOCUMENT_TEXT, { url: 'https://widget.example.com/embed', title: '' }),
      primaryInHeader: true,
    };
    expect(mergeFrameScans({ 0: mention, 6: widget }).primary?.symbol).toBe('15/SNV-VP');
    expect(mergeFrameScans({ 0: { ...mention, primary: null }, 6: widget }).primary?.symbol).toBe(
      '3944/UBND-NC',
    );
  });

  it("prefers a primary dispatch given by a document header, the top frame's first", () => {
    const mention = scanOf('Văn bản liên quan: Công văn số 15/SNV-VP ngày 02/3/2021.', PORTAL);
    const framed = { ...scanOf(DOCUMENT_TEXT, FRAME), primaryInHeader: true };
    expect(mention.primary?.symbol).toBe('15/SNV-VP');
    expect(mergeFrameScans({ 0: mention, 4: framed }).primary?.symbol).toBe('3944/UBND-NC');
    expect(mergeFrameScans({ 0: mention, 4: { ...framed, primaryInHeader: false } }).primary?.symbol).toBe(
      '15/SNV-VP',
    );
    const ownHeader = {
      ...scanOf('Số: 15/SNV-VP. Về việc tổ chức hội nghị.', PORTAL),
      primaryInHeader: true,
    };
    expect(mergeFrameScans({ 0: ownHeader, 4: framed }).primary?.symbol).toBe('15/SNV-VP');
  });
});

describe('scans of a tab with frames', () => {
  it('shows the page as one in the popup and on the badge; a frame rescan replaces its own part', async () => {
    await onPageScanned(TAB, portalPage('Tin liên quan: Công văn 15/SNV-VP.'), 0);
    await onPageScanned(TAB, scanOf(DOCUMENT_TEXT, FRAME), 5);
    const state = await tabStateForPopup(TAB);
    expect(state?.scan.url).toBe(PORTAL.url);
    expect(symbols(state?.scan ?? { references: [] })).toEqual([
      '15/SNV-VP',
      '3944/UBND-NC',
      '07/CT-BCA-V28',
    ]);
    expect(state?.scan.primary?.symbol).toBe('3944/UBND-NC');
    expect(await badge()).toBe('3');

    await onPageScanned(TAB, scanOf('Trang đang tải lại.', FRAME), 5);
    expect(symbols((await tabStateForPopup(TAB))?.scan ?? { references: [] })).toEqual(['15/SNV-VP']);
    expect(await badge()).toBe('1');
  });

  it('shows nothing of a frame until the page itself has reported, and forgets every frame on navigation', async () => {
    await onPageScanned(TAB, scanOf(DOCUMENT_TEXT, FRAME), 2);
    // The page may be outside the options' domain list (its own script then never reports).
    expect(await badge()).toBe('');
    await onPageScanned(TAB, portalPage('Tin liên quan: Công văn 15/SNV-VP.'), 0);
    expect((await tabStateForPopup(TAB))?.scan.url).toBe(PORTAL.url);
    expect(await badge()).toBe('3');

    await onTabUpdated(TAB, { status: 'loading' });
    await onPageScanned(
      TAB,
      scanOf('Không có văn bản nào.', { url: 'https://portal.example.gov.vn/', title: '' }),
      0,
    );
    expect((await tabStateForPopup(TAB))?.scan.references).toEqual([]);
    expect(await badge()).toBe('');
  });
});

describe('isSameSite', () => {
  it('compares registrable names, under second levels such as gov.vn too', () => {
    expect(isSameSite('https://vanban.hatinh.gov.vn/a', 'https://hatinh.gov.vn/b')).toBe(true);
    expect(isSameSite('https://www.baohatinh.vn/x', 'https://media.baohatinh.vn/y')).toBe(true);
    expect(isSameSite('https://hatinh.gov.vn/', 'https://nghean.gov.vn/')).toBe(false);
    expect(isSameSite('http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/b')).toBe(true);
    expect(isSameSite('https://widget.example.com/', 'https://hatinh.gov.vn/')).toBe(false);
    expect(isSameSite('about:blank', 'https://hatinh.gov.vn/')).toBe(false);
  });
});
