import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { RegisterEntry } from '../../../../../shared/schemas/register';
import type { Message } from '../../../../lib/messaging';
import { choose, click, labelOf, mount, type, unmountAll } from '../../../popup/test-render';
import { App } from '../../App';
import { ADMIN, type FakeBackground, fakeBackground } from '../../test-fixtures';

const TODAY = '2026-11-26';

function line(n: number): RegisterEntry {
  return {
    dispatchId: 100 + n,
    receivedDate: '05/01/2026',
    receivedNumber: n,
    author: 'UBND tỉnh Hà Tĩnh',
    symbol: `${n}/UBND-NC`,
    documentDate: '03/01/2026',
    typeAndSubject: `Công văn về việc số ${n}`,
    recipients: 'Công an tỉnh; Sở Giáo dục và Đào tạo',
    sentDate: '05/01/2026',
    signedFor: 'Công an tỉnh (06/01/2026)',
    note: n === 1 ? 'Hỏa tốc' : '',
  };
}

const COLUMNS = [
  'Ngày đến',
  'Số đến',
  'Tác giả',
  'Số, ký hiệu',
  'Ngày tháng văn bản',
  'Tên loại và trích yếu nội dung',
  'Đơn vị hoặc người nhận',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
];

/** Two pages: lines 1–2, then line 3. */
function twoPages(message: Message) {
  if (message.type !== 'register-page') return undefined;
  const page = message.cursor === 'c1' ? [line(3)] : [line(1), line(2)];
  return { ok: true, data: { columns: COLUMNS, items: page, nextCursor: message.cursor ? null : 'c1' } };
}

function render(fake: FakeBackground) {
  return mount(
    <App
      send={fake.send}
      language="vi"
      openOptions={() => {}}
      initialParams={{ view: 'register' }}
      today={TODAY}
    />,
  );
}

const pagesAsked = (fake: FakeBackground) => fake.messages.filter((m) => m.type === 'register-page');

// The office's name lives in extension storage: each test starts without one.
beforeEach(() => fakeBrowser.reset());

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('register page', () => {
  it('prints the office’s name at the top, typed once and kept for next time', async () => {
    const first = await render(fakeBackground(ADMIN, twoPages));
    expect(first.byTestId('register-office-line')).toBeNull();
    expect(labelOf(first.byTestId('register-office') as HTMLElement)).toContain('Tên cơ quan, tổ chức');
    await type(first.byTestId('register-office'), 'Ủy ban nhân dân tỉnh Hà Tĩnh');
    expect(first.byTestId('register-office-line')?.textContent).toBe('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH');
    unmountAll();

    const again = await render(fakeBackground(ADMIN, twoPages));
    await vi.waitFor(() =>
      expect(again.byTestId('register-office-line')?.textContent).toBe('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH'),
    );
    expect((again.byTestId('register-office') as HTMLInputElement).value).toBe(
      'Ủy ban nhân dân tỉnh Hà Tĩnh',
    );
  });

  it('shows this year’s register as the paper book has it, reading every page in order', async () => {
    const fake = fakeBackground(ADMIN, twoPages);
    const { byTestId, allByTestId } = await render(fake);
    expect(pagesAsked(fake)).toEqual([
      { type: 'register-page', year: 2026, limit: 500 },
      { type: 'register-page', year: 2026, limit: 500, cursor: 'c1' },
    ]);
    const head = [...(byTestId('register-head')?.children ?? [])].map((el) => el.textContent);
    expect(head).toEqual([
      'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
      'Năm 2026',
      'Từ ngày 01/01/2026 đến ngày 31/12/2026',
      'Từ số 1 đến số 3',
    ]);
    const headings = byTestId('register-table')?.querySelectorAll('thead tr:first-child th') ?? [];
    expect([...headings].map((th) => th.textContent)).toEqual(COLUMNS);
    const rows = allByTestId('register-row');
    expect(rows.map((row) => row.dataset.dispatchId)).toEqual(['101', '102', '103']);
    expect([...(rows[0]?.children ?? [])].map((cell) => cell.textContent)).toEqual([
      '05/01/2026',
      '1',
      'UBND tỉnh Hà Tĩnh',
      '1/UBND-NC',
      '03/01/2026',
      'Công văn về việc số 1',
      'Công an tỉnh; Sở Giáo dục và Đào tạo',
      '05/01/2026',
      'Công an tỉnh (06/01/2026)',
      'Hỏa tốc',
    ]);
  });

  it('shows a quarter or a month of the chosen year', async () => {
    const fake = fakeBackground(ADMIN, twoPages);
    const { byTestId } = await render(fake);
    const year = byTestId<HTMLInputElement>('register-year');
    expect(year && labelOf(year)).toBe('Năm');
    const period = byTestId<HTMLSelectElement>('register-period');
    expect(period && labelOf(period)).toContain('Thời gian');
    expect([...(period?.options ?? [])].slice(0, 6).map((o) => o.textContent)).toEqual([
      'Cả năm',
      'Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      'Tháng 1',
    ]);
    await type(year, '2025');
    await choose(period, 'q2');
    await click(byTestId('register-show'));
    expect(pagesAsked(fake).at(-2)).toEqual({
      type: 'register-page',
      from: '2025-04-01',
      to: '2025-06-30',
      limit: 500,
    });
    expect(byTestId('register-head')?.textContent).toContain('Từ ngày 01/04/2025 đến ngày 30/06/2025');

    await type(year, '2024');
    await choose(period, 'm2');
    await click(byTestId('register-show'));
    expect(pagesAsked(fake).at(-2)).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('prints with the browser’s print, and refuses a year the register cannot have', async () => {
    // happy-dom has no print dialog.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    const fake = fakeBackground(ADMIN, twoPages);
    const { byTestId } = await render(fake);
    const button = byTestId('register-print');
    expect(button?.textContent).toBe('In sổ');
    await click(button);
    expect(print).toHaveBeenCalledOnce();
    // The controls are not part of the paper.
    expect(byTestId('register-controls')?.classList.contains('no-print')).toBe(true);

    const asked = pagesAsked(fake).length;
    await type(byTestId('register-year'), '20266');
    await click(byTestId('register-show'));
    expect(byTestId('register-form-error')?.textContent).toBe('Năm phải là số từ 1900 đến 2100.');
    expect(pagesAsked(fake)).toHaveLength(asked);
  });

  it('says when the period is empty, and why the register could not be read', async () => {
    const empty = fakeBackground(ADMIN, (message) =>
      message.type === 'register-page'
        ? { ok: true, data: { columns: COLUMNS, items: [], nextCursor: null } }
        : undefined,
    );
    const first = await render(empty);
    expect(first.byTestId('register-empty')?.textContent).toBe(
      'Không có văn bản đến nào trong thời gian này.',
    );
    expect(first.byTestId<HTMLButtonElement>('register-print')?.disabled).toBe(true);
    unmountAll();

    const failing = fakeBackground(ADMIN, twoPages);
    failing.failNext('register-page', 'Admins only');
    const second = await render(failing);
    expect(second.byTestId('register-error')?.textContent).toBe('Không tải được dữ liệu: Admins only');
    expect(second.allByTestId('register-row')).toHaveLength(0);
  });

  it('prints on A4 landscape, the column headings on every sheet and no line cut in two', () => {
    // Read as a file: the tests' CSS pipeline hands stylesheets over empty.
    const css = readFileSync('extension/entrypoints/dashboard/views/register/register.css', 'utf8').replace(
      /\s+/g,
      ' ',
    );
    expect(css).toMatch(/@page \{ size: A4 landscape; margin: [^;]+; \}/);
    expect(css).toMatch(/@media print \{.*\.register-table thead \{ display: table-header-group; \}/);
    expect(css).toMatch(/\.register-table tr \{ break-inside: avoid; page-break-inside: avoid; \}/);
  });
});
