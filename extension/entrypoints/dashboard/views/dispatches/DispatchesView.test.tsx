import { afterEach, describe, expect, it } from 'vitest';
import type { DispatchDetail, DispatchListItem } from '../../../../../shared/schemas/dispatch';
import type { Message, Session } from '../../../../lib/messaging';
import { choose, click, labelOf, mount, type, unmountAll } from '../../../popup/test-render';
import { App } from '../../App';
import { ADMIN, CLERK, DISPATCHES, type FakeBackground, fakeBackground } from '../../test-fixtures';

const TODAY = '2026-11-26';

const unit = (id: number, code: string, name: string) => ({
  id,
  code,
  name,
  kind: 'department' as const,
  parentId: null,
  active: true,
});
const UNITS = [
  unit(2, 'HT-CA', 'Công an tỉnh'),
  unit(5, 'HT-SGDDT', 'Sở Giáo dục và Đào tạo'),
  unit(7, 'HT-STP', 'Sở Tư pháp'),
  unit(9, 'HT-KA', 'UBND huyện Kỳ Anh'),
];
const GROUPS = [
  { id: 1, name: 'Các sở, ban, ngành tỉnh', unitIds: [5, 7] },
  { id: 2, name: 'UBND các huyện, thành phố, thị xã', unitIds: [9] },
];

function detail(overrides: Partial<DispatchDetail> = {}): DispatchDetail {
  const { counts: _, ...base } = DISPATCHES[0] as DispatchListItem;
  return {
    ...base,
    sourceUrl: 'https://hatinh.gov.vn/van-ban/3950',
    sourceTitle: 'Công văn 3950/UBND-NC',
    recipients: [
      {
        id: 1,
        dispatchId: 31,
        unit: { id: 2, code: 'HT-CA', name: 'Công an tỉnh' },
        sentAt: '2026-11-02T01:00:00.000Z',
        acknowledgedAt: null,
        acknowledgedBy: null,
        note: null,
      },
    ],
    tasks: [
      {
        id: 11,
        title: 'Báo cáo kết quả thực hiện',
        leadUnitId: 2,
        coordinatingUnitIds: [5, 9],
        dueDate: '2026-12-15',
        recurrence: 'yearly',
        status: 'in_progress',
        progress: 40,
      },
      {
        id: 12,
        title: 'Tổng kết phong trào',
        leadUnitId: 5,
        coordinatingUnitIds: [],
        dueDate: '2026-11-20',
        recurrence: 'none',
        status: 'todo',
        progress: 0,
      },
    ],
    cites: [
      { symbol: '1290/UBND-NC', key: '1290/UBND-NC', dispatchId: 32 },
      { symbol: '45/2019/TT-BCA', key: '45/2019/TT-BCA', dispatchId: null },
    ],
    citedBy: [{ id: 40, symbol: '12/KH-CAT', subject: 'Kế hoạch thực hiện' }],
    ...overrides,
  };
}

/** The shared fake plus this page's messages; `distribute` and `assign-task` succeed unless told. */
function background(session: Session = ADMIN, current: () => DispatchDetail = () => detail()) {
  return fakeBackground(session, (message: Message) => {
    switch (message.type) {
      case 'get-organisation':
        return { units: UNITS, groups: GROUPS };
      case 'get-dispatch':
        return message.dispatchId === 31 ? { ok: true, data: current() } : undefined;
      case 'distribute':
        return { ok: true };
      case 'assign-task':
        return {
          ok: true,
          data: {
            id: 99,
            dispatchId: message.dispatchId,
            ...message.task,
            description: message.task.description ?? null,
            coordinatingUnitIds: message.task.coordinatingUnitIds ?? [],
            // What the server counts for "trong 5 ngày làm việc" from Thursday 26/11/2026.
            dueDate: message.task.dueInWorkingDays ? '2026-12-03' : (message.task.dueDate ?? null),
            recurrence: message.task.recurrence ?? 'none',
            status: 'todo',
            progress: 0,
            previousTaskId: null,
            createdBy: 1,
            completedAt: null,
            createdAt: '2026-11-26T02:00:00.000Z',
            updatedAt: '2026-11-26T02:00:00.000Z',
          },
        };
      default:
        return undefined;
    }
  });
}

function render(fake: FakeBackground, language: 'vi' | 'en' = 'vi') {
  return mount(
    <App
      send={fake.send}
      language={language}
      openOptions={() => {}}
      initialParams={{ view: 'dispatches', dispatch: '31' }}
      today={TODAY}
    />,
  );
}

const count = (fake: FakeBackground, type: Message['type']) =>
  fake.messages.filter((m) => m.type === type).length;

function box(container: ParentNode, kind: string, id: number) {
  return container.querySelector<HTMLInputElement>(`input[data-kind="${kind}"][data-id="${id}"]`);
}

afterEach(unmountAll);

describe('dispatch page: sending to more units and groups', () => {
  it('filters without diacritics, sends the ticked groups and units, then reads the matrix again', async () => {
    const fake = background();
    const { byTestId, container } = await render(fake);
    const form = byTestId('distribute-form');
    expect(form).not.toBeNull();
    // Already sent to the police: shown ticked, not to be sent again.
    expect(box(container, 'unit', 2)?.checked).toBe(true);
    expect(box(container, 'unit', 2)?.disabled).toBe(true);

    const filter = byTestId<HTMLInputElement>('distribute-filter');
    expect(filter && labelOf(filter)).toBe('Lọc nhóm và đơn vị (không cần dấu)');
    await type(filter, 'so giao duc');
    expect(box(container, 'unit', 5)).not.toBeNull();
    expect(box(container, 'unit', 7)).toBeNull();
    expect(box(container, 'group', 1)).toBeNull();
    await click(box(container, 'unit', 5));
    await type(filter, 'HUYỆN');
    await click(box(container, 'group', 2));
    // The filter only narrows what is shown: the education department stays ticked.
    expect(byTestId('distribute-chosen')?.textContent).toBe('Đã chọn 1 nhóm, 1 đơn vị.');

    const matrices = count(fake, 'dispatch-status');
    const details = count(fake, 'get-dispatch');
    await click(byTestId('distribute-submit'));
    expect(fake.messages.filter((m) => m.type === 'distribute')).toEqual([
      { type: 'distribute', dispatchId: 31, unitIds: [5], groupIds: [2] },
    ]);
    expect(count(fake, 'dispatch-status')).toBe(matrices + 1);
    expect(count(fake, 'get-dispatch')).toBe(details + 1);
    expect(byTestId('announce')?.textContent).toBe('Đã gửi công văn cho 1 nhóm, 1 đơn vị đã chọn.');
    expect(byTestId('distribute-chosen')?.textContent).toBe('Đã chọn 0 nhóm, 0 đơn vị.');
  });

  it('asks for a choice first, and says why the server refused', async () => {
    const fake = background();
    const { byTestId, container } = await render(fake);
    await click(byTestId('distribute-submit'));
    expect(byTestId('distribute-error')?.textContent).toBe('Hãy chọn ít nhất một nhóm hoặc một đơn vị.');
    expect(count(fake, 'distribute')).toBe(0);

    fake.failNext('distribute', 'No such unit');
    await click(box(container, 'unit', 7));
    await click(byTestId('distribute-submit'));
    expect(byTestId('distribute-error')?.textContent).toBe('Chưa gửi được: No such unit');
    // Nothing was sent: the choice stays for another try.
    expect(box(container, 'unit', 7)?.checked).toBe(true);
  });

  it('lets a clerk act too (the API lets admins and clerks distribute and assign)', async () => {
    const { byTestId } = await render(background(CLERK));
    expect(byTestId('distribute-form')).not.toBeNull();
    expect(byTestId('task-form')).not.toBeNull();
  });
});

describe('dispatch page: assigning a task', () => {
  it('assigns a task due in N working days and shows the due date the server counted', async () => {
    const fake = background();
    const { byTestId, container } = await render(fake);
    const title = byTestId<HTMLInputElement>('task-title');
    expect(title && labelOf(title)).toBe('Nhiệm vụ');
    await type(title, '  Báo cáo sơ kết 6 tháng ');
    await type(byTestId('task-description'), 'Gửi về Văn phòng UBND tỉnh');
    const lead = byTestId<HTMLSelectElement>('task-lead');
    expect(lead && labelOf(lead)).toContain('Đơn vị chủ trì');
    await choose(lead, '2');
    // The lead cannot coordinate its own task.
    expect(box(container, 'coordinating', 2)).toBeNull();
    await type(byTestId('task-filter'), 'tu phap');
    await click(box(container, 'coordinating', 7));
    expect(byTestId<HTMLInputElement>('due-workingDays')?.checked).toBe(true);
    await type(byTestId('task-working-days'), '5');
    await choose(byTestId('task-recurrence'), 'quarterly');
    const details = count(fake, 'get-dispatch');
    await click(byTestId('task-submit'));

    expect(fake.messages.filter((m) => m.type === 'assign-task')).toEqual([
      {
        type: 'assign-task',
        dispatchId: 31,
        task: {
          title: 'Báo cáo sơ kết 6 tháng',
          description: 'Gửi về Văn phòng UBND tỉnh',
          leadUnitId: 2,
          coordinatingUnitIds: [7],
          dueInWorkingDays: 5,
          recurrence: 'quarterly',
        },
      },
    ]);
    expect(byTestId('task-created')?.textContent).toBe(
      'Đã giao nhiệm vụ “Báo cáo sơ kết 6 tháng”, hạn xử lý 03/12/2026.',
    );
    expect(byTestId('announce')?.textContent).toBe(byTestId('task-created')?.textContent);
    // The task list reads again, and the form is ready for the next task.
    expect(count(fake, 'get-dispatch')).toBe(details + 1);
    expect(byTestId<HTMLInputElement>('task-title')?.value).toBe('');
  });

  it('takes a dd/mm/yyyy due date, and names a mistake before asking the server', async () => {
    const fake = background();
    const { byTestId } = await render(fake);
    await click(byTestId('task-submit'));
    expect(byTestId('task-error')?.textContent).toBe('Hãy nhập tên nhiệm vụ.');
    await type(byTestId('task-title'), 'Rà soát');
    await click(byTestId('task-submit'));
    expect(byTestId('task-error')?.textContent).toBe('Hãy chọn đơn vị chủ trì.');
    await choose(byTestId('task-lead'), '9');
    await type(byTestId('task-working-days'), '400');
    await click(byTestId('task-submit'));
    expect(byTestId('task-error')?.textContent).toBe('Số ngày làm việc phải là số nguyên từ 1 đến 365.');

    await click(byTestId('due-date'));
    const due = byTestId<HTMLInputElement>('task-due-date');
    expect(due && labelOf(due)).toBe('Hạn xử lý (dd/mm/yyyy)');
    await type(due, '31/02/2027');
    await click(byTestId('task-submit'));
    expect(byTestId('task-error')?.textContent).toContain('31/02/2027');

    await click(byTestId('due-none'));
    await choose(byTestId('task-recurrence'), 'monthly');
    await click(byTestId('task-submit'));
    expect(byTestId('task-error')?.textContent).toBe('Nhiệm vụ lặp lại cần có thời hạn.');
    expect(count(fake, 'assign-task')).toBe(0);

    await click(byTestId('due-date'));
    await type(byTestId('task-due-date'), '15/1/2027');
    await click(byTestId('task-submit'));
    expect(fake.messages.at(-3)).toEqual({
      type: 'assign-task',
      dispatchId: 31,
      task: {
        title: 'Rà soát',
        leadUnitId: 9,
        coordinatingUnitIds: [],
        dueDate: '2027-01-15',
        recurrence: 'monthly',
      },
    });
    expect(byTestId('task-created')?.textContent).toContain('15/01/2027');
  });

  it('says why the server refused a task', async () => {
    const fake = background();
    fake.failNext('assign-task', 'Tasks go to existing, active units');
    const { byTestId } = await render(fake);
    await type(byTestId('task-title'), 'Rà soát');
    await choose(byTestId('task-lead'), '9');
    await click(byTestId('due-none'));
    await click(byTestId('task-submit'));
    expect(byTestId('task-error')?.textContent).toBe(
      'Chưa giao được nhiệm vụ: Tasks go to existing, active units',
    );
    expect(byTestId<HTMLInputElement>('task-title')?.value).toBe('Rà soát');
  });
});

describe('dispatch page: tasks and details', () => {
  it('lists the tasks with lead, coordinating units, due date, status in Vietnamese and progress', async () => {
    const { allByTestId } = await render(background());
    const rows = allByTestId('dispatch-task');
    expect(rows.map((row) => [row.dataset.taskId, row.dataset.status])).toEqual([
      ['11', 'in_progress'],
      // Past its due date and not done: overdue, as the matrix counts it.
      ['12', 'overdue'],
    ]);
    const cells = (row: HTMLElement | undefined) =>
      [...(row?.children ?? [])].map((cell) => cell.textContent);
    expect(cells(rows[0])).toEqual([
      'Báo cáo kết quả thực hiệnHằng năm',
      'Công an tỉnh',
      'Sở Giáo dục và Đào tạo; UBND huyện Kỳ Anh',
      '15/12/2026',
      'Đang thực hiện',
      ' 40 %',
    ]);
    expect(cells(rows[1]).slice(3, 5)).toEqual(['20/11/2026', 'Quá hạn']);
  });

  it('shows who issued it and when, opens the source in a new tab, and links what it cites and what cites it', async () => {
    const { byTestId } = await render(background());
    expect(byTestId('detail-issuing-body')?.textContent).toBe('UBND tỉnh Hà Tĩnh');
    expect(byTestId('detail-issued-date')?.textContent).toBe('27/08/2020');
    const source = byTestId<HTMLAnchorElement>('detail-source');
    expect(source?.getAttribute('href')).toBe('https://hatinh.gov.vn/van-ban/3950');
    expect(source?.getAttribute('target')).toBe('_blank');
    expect(source?.getAttribute('rel')).toBe('noopener');
    const cites = byTestId('detail-cites');
    expect(cites?.textContent).toContain('45/2019/TT-BCA');
    expect(cites?.querySelectorAll('a')).toHaveLength(1);
    expect(byTestId('detail-cited-by')?.textContent).toBe('12/KH-CAT Kế hoạch thực hiện');

    await click(cites?.querySelector('a'));
    expect(byTestId('matrix')?.dataset.dispatchId).toBe('32');
    expect(byTestId('matrix')?.querySelector('h2')?.textContent).toBe('Tình hình xử lý 1290/UBND-NC');
  });

  it('never makes a link of a source that is not a web address', async () => {
    const { byTestId } = await render(
      background(ADMIN, () => detail({ sourceUrl: 'javascript:alert(1)', sourceTitle: null })),
    );
    expect(byTestId('detail-source')).toBeNull();
    expect(byTestId('dispatch-details')?.textContent).toContain('javascript:alert(1)');
  });

  it('opens a unit’s record from its row of the matrix', async () => {
    const { byTestId, allByTestId } = await render(background());
    const link = byTestId<HTMLAnchorElement>('open-unit', allByTestId('cell')[0]);
    expect(link?.getAttribute('href')).toBe('?view=unit&unit=2');
    await click(link);
    expect(byTestId('view-unit')).not.toBeNull();
    expect(byTestId('view-dispatches')).toBeNull();
  });

  it('keeps the existing matrix hooks while showing the actions', async () => {
    const { allByTestId, byTestId } = await render(background());
    expect(allByTestId('cell').map((cell) => cell.dataset.unitCode)).toEqual(['HT-CA', 'HT-SGDDT', 'HT-KA']);
    expect(byTestId('matrix-totals')?.textContent).toBe('2/3 đơn vị đã xác nhận');
  });
});
