import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DraftStore, memoryDraftStore } from '../../lib/drafts';
import type { Language } from '../../lib/i18n';
import type { PageScan, ReferenceStatus, TabState } from '../../lib/page-scan';
import { App } from './App';
import { pageItems } from './page-items';
import { articleScan, type FakeBackground, fakeBackground, listingScan, SIGNED_OUT } from './test-fixtures';
import { choose, click, labelOf, mount, settle, type, unmountAll } from './test-render';

const TAB = 7;

function tabState(scan: PageScan, statuses: Record<string, ReferenceStatus> = {}): TabState {
  return { scan, statuses };
}

async function renderApp(
  background: FakeBackground,
  options: { drafts?: DraftStore; language?: Language; tabId?: number | null; openOptions?: () => void } = {},
) {
  const view = await mount(
    <App
      tabId={options.tabId === undefined ? TAB : options.tabId}
      send={background.send}
      drafts={options.drafts ?? memoryDraftStore()}
      language={options.language ?? 'vi'}
      openOptions={options.openOptions ?? (() => {})}
      refreshMs={0}
    />,
  );
  const refs = () => view.allByTestId('ref');
  const ref = (symbol: string) => {
    const found = refs().find((element) => element.dataset.symbol === symbol);
    if (!found) throw new Error(`no reference ${symbol} in the popup`);
    return found;
  };
  return { ...view, refs, ref };
}

afterEach(unmountAll);

describe('popup: what the page holds', () => {
  it('shows the primary dispatch first, in its block, with its fields filled from the page', async () => {
    const background = fakeBackground(tabState(articleScan()));
    const { byTestId, container, allByTestId } = await renderApp(background);

    const primary = byTestId('primary');
    expect(primary).not.toBeNull();
    expect(
      container.querySelector('main > *:not(header):not([data-testid="announce"]) + [data-testid="primary"]'),
    ).toBe(primary);
    const primaryRefs = allByTestId('ref', primary as HTMLElement);
    expect(primaryRefs.map((ref) => ref.dataset.symbol)).toEqual(['3944/UBND-NC']);
    expect(primaryRefs[0]?.dataset.state).toBe('new');
    expect(byTestId('save', primaryRefs[0])).not.toBeNull();

    const field = (name: string) => primary?.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value;
    expect(field('symbol')).toBe('3944/UBND-NC');
    expect(field('typeName')).toBe('Công văn');
    expect(field('issuingBody')).toBe('UBND tỉnh');
    expect(field('issuedDate')).toBe('2020-08-27');
    expect(byTestId('issued-date-text')?.textContent).toBe('27/08/2020');
    expect(field('subject')).toBe(
      'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường',
    );
    expect(field('urgency')).toBe('normal');
    const urgencies = [...(primary?.querySelectorAll('select[name="urgency"] option') ?? [])].map(
      (o) => o.textContent,
    );
    expect(urgencies).toEqual(['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc']);
  });

  it('shows every distinct reference exactly once, with its canonical symbol and a save button', async () => {
    const scan = articleScan();
    const background = fakeBackground(tabState(scan));
    const { refs, byTestId, container } = await renderApp(background);

    const symbols = refs().map((ref) => ref.dataset.symbol);
    const expected = pageItems(scan);
    expect(symbols).toHaveLength(expected.count);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(symbols).toEqual(expect.arrayContaining(['3944/UBND-NC', '07/CT-BCA-V28', '23/2012/TT-BCA-V28']));
    for (const ref of refs()) {
      expect(ref.dataset.state).toBe('new');
      expect(ref.querySelectorAll('[data-testid="save"]')).toHaveLength(1);
    }
    expect(byTestId('status')?.textContent).toBe(`Tìm thấy ${expected.count} văn bản trên trang này.`);
    const othersHeading = [...container.querySelectorAll('h2')].find(
      (h) => h.textContent === 'Văn bản khác trên trang',
    );
    expect(othersHeading?.closest('section')?.querySelectorAll('[data-testid="ref"]')).toHaveLength(
      expected.count - 1,
    );
  });

  it('shows the state the background knows for each reference', async () => {
    const status = (
      key: string,
      state: ReferenceStatus['state'],
      error: string | null = null,
    ): ReferenceStatus => ({
      key,
      state,
      dispatchId: state === 'saved' ? 5 : null,
      error,
    });
    const background = fakeBackground(
      tabState(articleScan(), {
        '3944/UBND-NC': status('3944/UBND-NC', 'saved'),
        '07/CT-BCA-V28': status('07/CT-BCA-V28', 'pending'),
        '23/2012/TT-BCA-V28': status('23/2012/TT-BCA-V28', 'error', 'Thiếu trích yếu'),
      }),
    );
    const { ref, byTestId } = await renderApp(background);

    const saved = ref('3944/UBND-NC');
    expect(saved?.dataset.state).toBe('saved');
    expect(byTestId<HTMLButtonElement>('save', saved)?.disabled).toBe(true);
    const pending = ref('07/CT-BCA-V28');
    expect(pending?.dataset.state).toBe('pending');
    expect(pending?.textContent).toContain('sẽ gửi khi có mạng');
    const failed = ref('23/2012/TT-BCA-V28');
    expect(failed?.dataset.state).toBe('error');
    expect(byTestId('ref-error', failed)?.textContent).toBe('Thiếu trích yếu');
    expect(byTestId<HTMLButtonElement>('save', failed)?.disabled).toBe(false);
  });

  it('says when the tab was not scanned, holds nothing, could not be read or is unknown', async () => {
    expect((await renderApp(fakeBackground(null))).byTestId('status')?.textContent).toBe(
      'Trang này chưa được quét.',
    );
    const empty = fakeBackground(
      tabState({ url: 'https://x.vn', title: '', references: [], primary: null, rows: [] }),
    );
    expect((await renderApp(empty)).byTestId('status')?.textContent).toBe(
      'Không tìm thấy số, ký hiệu văn bản nào trên trang này.',
    );
    const broken = fakeBackground(null);
    broken.send = async () => {
      throw new Error('no receiver');
    };
    expect((await renderApp(broken)).byTestId('status')?.textContent).toBe(
      'Không đọc được kết quả của thẻ này.',
    );
    expect((await renderApp(fakeBackground(null), { tabId: null })).byTestId('status')?.textContent).toBe(
      'Không xác định được thẻ cần xem.',
    );
  });

  it('asks the background about the tab it was given', async () => {
    const background = fakeBackground(tabState(articleScan()));
    await renderApp(background, { tabId: 42 });
    expect(background.of('get-tab-state')).toEqual([{ type: 'get-tab-state', tabId: 42 }]);
  });
});

describe('popup: listing rows', () => {
  it('shows each row with its state, a checkbox named by its symbol, its fields and its reference', async () => {
    const background = fakeBackground(tabState(listingScan()));
    const { allByTestId, refs, byTestId } = await renderApp(background);

    const rows = allByTestId('row');
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.dataset.state).toBe('new');
      const checkbox = row.querySelector<HTMLInputElement>('input[type="checkbox"]');
      const rowRefs = allByTestId('ref', row);
      expect(rowRefs).toHaveLength(1);
      expect(checkbox && labelOf(checkbox)).toBe(rowRefs[0]?.dataset.symbol);
    }
    expect(rows[0]?.textContent).toContain('15/01/2024');
    expect(rows[0]?.textContent).toContain('V/v tăng cường công tác phòng chống dịch bệnh mùa đông xuân');
    expect(rows[0]?.textContent).toContain('UBND tỉnh Hà Tĩnh');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe(
      'https://portal.example.gov.vn/van-ban/125',
    );
    // A link that is not a web link is not offered.
    expect(rows[1]?.querySelector('a')).toBeNull();

    // Each reference once: the rows' in their rows, the cited one in the other list.
    expect(refs().map((ref) => ref.dataset.symbol)).toEqual([
      '125/UBND-VX',
      '88/2014/QĐ-UBND',
      '30/2020/NĐ-CP',
      '19/CT-TTg',
    ]);
    expect(
      refs()
        .filter((ref) => !ref.closest('[data-testid="row"]'))
        .map((ref) => ref.dataset.symbol),
    ).toEqual(['19/CT-TTg']);
    expect(byTestId('primary')).toBeNull();
  });

  it('saves the checked rows with one save message', async () => {
    const background = fakeBackground(tabState(listingScan()));
    const { allByTestId, byTestId } = await renderApp(background);
    const rows = allByTestId('row');

    await click(rows[0]?.querySelector('input[type="checkbox"]'));
    await click(rows[2]?.querySelector('input[type="checkbox"]'));
    expect(byTestId('save-selected')?.textContent).toBe('Lưu các văn bản đã chọn (2)');
    await click(byTestId('save-selected'));

    const saves = background.of('save');
    expect(saves).toHaveLength(1);
    expect(saves[0]?.tabId).toBe(TAB);
    expect(saves[0]?.drafts.map((draft) => draft.symbol)).toEqual(['125/UBND-VX', '30/2020/NĐ-CP']);
    expect(saves[0]?.drafts[0]).toMatchObject({
      issuedDate: '2024-01-15',
      issuingBody: 'UBND tỉnh Hà Tĩnh',
      sourceUrl: 'https://portal.example.gov.vn/van-ban/125',
    });
    expect(allByTestId('row').map((row) => row.dataset.state)).toEqual(['saved', 'new', 'saved']);
    expect(byTestId('announce')?.textContent).toBe('Đã lưu 2 văn bản.');
    // What was recorded goes on to its recipients.
    expect(byTestId('recipient-picker')?.textContent).toContain('125/UBND-VX, 30/2020/NĐ-CP');
  });

  it('selects every row at once, and says so when nothing is selected', async () => {
    const background = fakeBackground(tabState(listingScan()));
    const { allByTestId, byTestId } = await renderApp(background);

    await click(byTestId('save-selected'));
    expect(background.of('save')).toHaveLength(0);
    expect(byTestId('announce')?.textContent).toBe('Chưa chọn văn bản nào để lưu.');

    await click(byTestId('select-all'));
    expect(allByTestId<HTMLInputElement>('row-select').every((box) => box.checked)).toBe(true);
    await click(byTestId('save-selected'));
    expect(background.of('save')[0]?.drafts).toHaveLength(3);
  });

  it('keeps the primary that is also a listing row in its block, inside its row', async () => {
    const listing = listingScan();
    const first = listing.rows[0];
    const article = articleScan();
    if (!first || !article.primary) throw new Error('fixture');
    const scan: PageScan = {
      ...listing,
      primary: {
        ...article.primary,
        reference: first.reference,
        key: first.reference.key,
        symbol: first.reference.symbol,
      },
    };
    const { byTestId, allByTestId, refs } = await renderApp(fakeBackground(tabState(scan)));

    const primary = byTestId('primary') as HTMLElement;
    const primaryRows = allByTestId('row', primary);
    expect(primaryRows).toHaveLength(1);
    expect(allByTestId('ref', primaryRows[0]).map((ref) => ref.dataset.symbol)).toEqual(['125/UBND-VX']);
    expect(allByTestId('row')).toHaveLength(3);
    const symbols = refs().map((ref) => ref.dataset.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(symbols).toHaveLength(4);
  });
});

describe('popup: saving', () => {
  it('saves the primary with its fields and edits, then offers the recipients its addressees name', async () => {
    const background = fakeBackground(tabState(articleScan()));
    const { byTestId, ref, allByTestId } = await renderApp(background);
    const primary = byTestId('primary') as HTMLElement;

    await choose(primary.querySelector('select[name="urgency"]'), 'express');
    await click(byTestId('save', ref('3944/UBND-NC')));

    const [save] = background.of('save');
    expect(save?.drafts).toHaveLength(1);
    expect(save?.drafts[0]).toMatchObject({
      symbol: '3944/UBND-NC',
      number: '3944',
      typeName: 'Công văn',
      issuer: 'UBND',
      issuedDate: '2020-08-27',
      issuingBody: 'UBND tỉnh',
      subject: 'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường',
      urgency: 'express',
      sourceUrl: 'https://baohatinh.vn/day-manh-phong-trao',
      cites: ['07/CT-BCA-V28', '23/2012/TT-BCA-V28', '1315/UBND-NC'],
    });
    expect(ref('3944/UBND-NC')?.dataset.state).toBe('saved');

    // "các đoàn thể cấp tỉnh" and "UBND huyện, thành phố, thị xã" are two of the demo groups.
    const picker = byTestId('recipient-picker') as HTMLElement;
    expect(background.of('get-organisation')).toHaveLength(1);
    const ticked = allByTestId<HTMLInputElement>('recipient-group', picker)
      .filter((box) => box.checked)
      .map((box) => Number(box.value));
    expect(ticked).toEqual([2, 3]);
    expect(document.activeElement?.id).toBe('picker-heading');

    await click(allByTestId('recipient-unit', picker).find((box) => labelOf(box) === 'Công an tỉnh'));
    await click(byTestId('distribute', picker));
    expect(background.of('distribute')).toEqual([
      { type: 'distribute', dispatchId: 100, unitIds: [6], groupIds: [2, 3] },
    ]);
    expect(byTestId('recipient-picker')).toBeNull();
    expect(byTestId('announce')?.textContent).toBe('Đã gửi 3944/UBND-NC đến 3 nơi nhận.');
  });

  it('shows a save that waits for the network as pending, and one refused with its reason', async () => {
    const background = fakeBackground(tabState(articleScan()));
    background.saveAs = (key) =>
      key === '3944/UBND-NC'
        ? { state: 'pending', dispatchId: null, error: null }
        : { state: 'error', dispatchId: null, error: 'Máy chủ từ chối: 422' };
    const { byTestId, ref } = await renderApp(background);

    await click(byTestId('save', ref('3944/UBND-NC')));
    expect(ref('3944/UBND-NC')?.dataset.state).toBe('pending');
    expect(byTestId('announce')?.textContent).toBe('1 văn bản sẽ gửi khi có mạng.');
    expect(byTestId('recipient-picker')).toBeNull();

    await click(byTestId('save', ref('07/CT-BCA-V28')));
    expect(ref('07/CT-BCA-V28')?.dataset.state).toBe('error');
    expect(ref('07/CT-BCA-V28')?.textContent).toContain('Máy chủ từ chối: 422');
    expect(byTestId('announce')?.textContent).toBe('1 văn bản chưa lưu được: Máy chủ từ chối: 422');
  });

  it('marks the saves as failed when the background does not answer', async () => {
    const background = fakeBackground(tabState(articleScan()));
    const send = background.send;
    background.send = async (message) => {
      if ((message as { type: string }).type === 'save') throw new Error('Could not establish connection');
      return send(message);
    };
    const { byTestId, ref } = await renderApp(background);
    await click(byTestId('save', ref('07/CT-BCA-V28')));
    expect(ref('07/CT-BCA-V28')?.dataset.state).toBe('error');
    expect(byTestId('announce')?.textContent).toContain('Không gửi được yêu cầu lưu');
  });

  it('saves another reference under a typed subject, or under its name and the page', async () => {
    const background = fakeBackground(tabState(articleScan()));
    const { byTestId, ref } = await renderApp(background);

    const cited = ref('07/CT-BCA-V28');
    await type(cited.querySelector('textarea'), 'Chỉ thị về phong trào toàn dân bảo vệ ANTQ');
    await click(byTestId('save', cited));
    await click(byTestId('save', ref('23/2012/TT-BCA-V28')));

    const subjects = background.of('save').map((save) => save.drafts[0]?.subject);
    expect(subjects).toEqual([
      'Chỉ thị về phong trào toàn dân bảo vệ ANTQ',
      'Thông tư số 23/2012/TT-BCA-V28 (nêu tại: Đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường)',
    ]);
  });

  it('records the primary with an empty subject under what its placeholder says', async () => {
    const scan = articleScan();
    scan.primary = { ...(scan.primary as NonNullable<PageScan['primary']>), subject: null };
    const background = fakeBackground(tabState(scan));
    const { byTestId } = await renderApp(background);
    const primary = byTestId('primary') as HTMLElement;
    const placeholder = primary.querySelector<HTMLTextAreaElement>('textarea[name="subject"]')?.placeholder;
    await click(byTestId('save', primary));
    const saved = background.of('save')[0]?.drafts[0]?.subject;
    expect(saved).toMatch(/^Công văn số 3944\/UBND-NC \(nêu tại: /);
    expect(placeholder).toBe(`Để trống sẽ ghi: ${saved}`);
  });

  it('refuses a symbol that is not one, at the field', async () => {
    const background = fakeBackground(tabState(articleScan()));
    const { byTestId, ref } = await renderApp(background);
    const symbol = byTestId('primary')?.querySelector('input[name="symbol"]') as HTMLInputElement;

    await type(symbol, 'không có số');
    await click(byTestId('save', ref('3944/UBND-NC')));

    expect(background.of('save')).toHaveLength(0);
    expect(symbol.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(symbol.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe('Số, ký hiệu phải bắt đầu bằng chữ số và có dấu “/” hoặc “-”.');
  });

  it('shows the waiting queue, retries it on request and drops a refused save', async () => {
    const background = fakeBackground(tabState(articleScan()));
    const entry = (id: string, symbol: string, state: 'pending' | 'error', lastError: string | null) => ({
      id,
      idempotencyKey: `k-${id}`,
      key: symbol,
      body: { symbol, subject: 's' },
      tabId: TAB,
      attempts: 2,
      nextAttemptAt: 0,
      lastError,
      state,
    });
    background.queue = [
      entry('q1', '3944/UBND-NC', 'pending', 'offline'),
      entry('q2', '07/CT-BCA-V28', 'error', 'Trích yếu quá dài'),
    ];
    const { byTestId } = await renderApp(background);
    expect(byTestId('queue')?.textContent).toContain('1 bản lưu đang chờ gửi lên máy chủ.');
    expect(byTestId('queue-refused')?.textContent).toContain('07/CT-BCA-V28: Trích yếu quá dài');

    await click(byTestId('remove-queued'));
    expect(background.of('remove-queued')).toEqual([{ type: 'remove-queued', id: 'q2' }]);
    expect(byTestId('queue-refused')).toBeNull();

    background.queue = [];
    await click(byTestId('retry-queue'));
    expect(background.of('retry-queue')).toHaveLength(1);
    expect(byTestId('queue')).toBeNull();
  });

  it('picks up what the background learns while the popup stays open', async () => {
    const scan = articleScan();
    const background = fakeBackground(tabState(scan, {}));
    const view = await mount(
      <App
        tabId={TAB}
        send={background.send}
        drafts={memoryDraftStore()}
        language="vi"
        openOptions={() => {}}
        refreshMs={10}
      />,
    );
    const state = () =>
      view.allByTestId('ref').find((ref) => ref.dataset.symbol === '3944/UBND-NC')?.dataset.state;
    expect(state()).toBe('new');
    background.state = tabState(scan, {
      '3944/UBND-NC': { key: '3944/UBND-NC', state: 'saved', dispatchId: 1, error: null },
    });
    await new Promise((resolve) => setTimeout(resolve, 40));
    await settle();
    expect(state()).toBe('saved');
  });
});

describe('popup: signed out', () => {
  it('prompts to sign in on the options page, still lists the references, and says a save waits for it', async () => {
    const background = fakeBackground(tabState(articleScan()), SIGNED_OUT);
    const openOptions = vi.fn();
    const { byTestId, refs, ref } = await renderApp(background, { openOptions });

    expect(byTestId('sign-in-prompt')?.textContent).toContain('Bạn chưa đăng nhập');
    await click(byTestId('open-options'));
    expect(openOptions).toHaveBeenCalledOnce();

    expect(refs().length).toBeGreaterThan(1);
    expect(refs().every((element) => element.dataset.state === 'new')).toBe(true);
    await click(byTestId('save', ref('3944/UBND-NC')));
    expect(background.of('save')).toHaveLength(1);
    expect(byTestId('announce')?.textContent).toBe(
      'Bạn chưa đăng nhập: bản lưu được giữ lại và sẽ gửi lên khi bạn đăng nhập.',
    );
    expect(ref('3944/UBND-NC').dataset.state).toBe('error');
    expect(byTestId('recipient-picker')).toBeNull();
  });

  it('shows who is signed in otherwise', async () => {
    const { container, byTestId } = await renderApp(fakeBackground(tabState(articleScan())));
    expect(byTestId('sign-in-prompt')).toBeNull();
    expect(container.querySelector('header')?.textContent).toContain('Đăng nhập: Trần Thị Bình');
  });
});

describe('popup: nothing typed is lost', () => {
  it('restores the edits of the tab when the popup opens again, and saves them', async () => {
    const drafts = memoryDraftStore();
    const background = fakeBackground(tabState(articleScan()));
    const first = await renderApp(background, { drafts });
    const primary = () => first.byTestId('primary') as HTMLElement;
    await type(primary().querySelector('textarea[name="subject"]'), 'Về việc đẩy mạnh phong trào (đã sửa)');
    await type(primary().querySelector('input[name="issuedDate"]'), '2020-08-28');
    await click(
      first
        .allByTestId('ref')
        .find((ref) => ref.dataset.symbol === '07/CT-BCA-V28')
        ?.querySelector('summary'),
    );
    await type(
      first
        .allByTestId('ref')
        .find((ref) => ref.dataset.symbol === '07/CT-BCA-V28')
        ?.querySelector('textarea'),
      'Chỉ thị 07',
    );
    first.unmount();

    expect((await drafts.load(TAB)).fields['3944/UBND-NC']).toEqual({
      subject: 'Về việc đẩy mạnh phong trào (đã sửa)',
      issuedDate: '2020-08-28',
    });

    const second = await renderApp(background, { drafts });
    const reopened = second.byTestId('primary') as HTMLElement;
    expect(reopened.querySelector<HTMLTextAreaElement>('textarea[name="subject"]')?.value).toBe(
      'Về việc đẩy mạnh phong trào (đã sửa)',
    );
    expect(reopened.querySelector<HTMLInputElement>('input[name="issuedDate"]')?.value).toBe('2020-08-28');
    const cited = second.ref('07/CT-BCA-V28');
    expect(cited.querySelector('details')?.open).toBe(true);
    expect(cited.querySelector('textarea')?.value).toBe('Chỉ thị 07');

    await click(second.byTestId('save', second.ref('3944/UBND-NC')));
    expect(background.of('save')[0]?.drafts[0]).toMatchObject({
      subject: 'Về việc đẩy mạnh phong trào (đã sửa)',
      issuedDate: '2020-08-28',
    });
  });

  it('restores the ticked rows', async () => {
    const drafts = memoryDraftStore();
    const background = fakeBackground(tabState(listingScan()));
    const first = await renderApp(background, { drafts });
    await click(first.allByTestId('row-select')[1]);
    first.unmount();
    const second = await renderApp(background, { drafts });
    expect(second.allByTestId<HTMLInputElement>('row-select').map((box) => box.checked)).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe('popup: language', () => {
  it('speaks English when the language setting says so', async () => {
    const { container, byTestId } = await renderApp(fakeBackground(tabState(articleScan()), SIGNED_OUT), {
      language: 'en',
    });
    expect(container.querySelector('h1')?.textContent).toBe('Dispatch Tracker');
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      "This page's dispatch",
      'Other documents on this page',
    ]);
    expect(byTestId('sign-in-prompt')?.textContent).toContain('You are not signed in');
    expect(byTestId('save')?.textContent).toBe('Save');
  });
});

describe('popup: keyboard and screen readers', () => {
  it('labels every control and keeps every action a button in the tab order', async () => {
    const background = fakeBackground(tabState({ ...listingScan(), primary: articleScan().primary }));
    const { container, byTestId, ref } = await renderApp(background);
    await click(byTestId('save', ref('3944/UBND-NC'))); // opens the recipient picker too

    const controls = [...container.querySelectorAll<HTMLElement>('input, select, textarea')];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) expect(labelOf(control), control.outerHTML).not.toBe('');

    const buttons = [...container.querySelectorAll<HTMLButtonElement>('button')];
    for (const button of buttons) {
      expect(button.getAttribute('type')).toMatch(/^(button|submit)$/);
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim()).not.toBe('');
    }
    expect(container.querySelectorAll('[onclick], div[role="button"], span[role="button"]')).toHaveLength(0);
    for (const element of container.querySelectorAll<HTMLElement>('[tabindex]')) {
      expect(Number(element.getAttribute('tabindex'))).toBeLessThanOrEqual(0);
    }
    // Save buttons say what they save; results are announced politely.
    expect(byTestId('save', ref('19/CT-TTg'))?.getAttribute('aria-label')).toBe('Lưu 19/CT-TTg');
    expect(byTestId('announce')?.getAttribute('aria-live')).toBe('polite');
  });

  it('closes the recipient picker with Escape', async () => {
    const background = fakeBackground(tabState(articleScan()));
    const { byTestId, ref } = await renderApp(background);
    await click(byTestId('save', ref('3944/UBND-NC')));
    const picker = byTestId('recipient-picker') as HTMLElement;
    await settle();
    picker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(byTestId('recipient-picker')).toBeNull();
    expect(background.of('distribute')).toHaveLength(0);
  });
});
