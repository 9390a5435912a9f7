import { afterEach, describe, expect, it, vi } from 'vitest';
import { GROUPS, UNITS } from '../test-fixtures';
import { click, labelOf, mount, type, unmountAll } from '../test-render';
import { RecipientPicker, type RecipientPickerProps } from './RecipientPicker';

afterEach(unmountAll);

function props(overrides: Partial<RecipientPickerProps> = {}): RecipientPickerProps {
  return {
    symbols: ['3944/UBND-NC'],
    organisation: { units: UNITS, groups: GROUPS },
    preset: { unitIds: [6], groupIds: [3] },
    busy: false,
    onConfirm: () => {},
    onSkip: () => {},
    ...overrides,
  };
}

const ticked = (boxes: HTMLInputElement[]) => boxes.filter((box) => box.checked).map((box) => labelOf(box));

describe('RecipientPicker', () => {
  it('starts from the matched addressees and sends the confirmed choice', async () => {
    const onConfirm = vi.fn();
    const { allByTestId, byTestId } = await mount(<RecipientPicker {...props({ onConfirm })} />, 'vi');
    expect(ticked(allByTestId('recipient-group'))).toEqual(['UBND các huyện, thành phố, thị xã']);
    expect(ticked(allByTestId('recipient-unit'))).toEqual(['Công an tỉnh']);
    expect(byTestId('distribute')?.textContent).toBe('Gửi (2)');

    await click(allByTestId('recipient-group').find((box) => labelOf(box) === 'Các sở, ban, ngành tỉnh'));
    await click(allByTestId('recipient-unit').find((box) => labelOf(box) === 'Công an tỉnh'));
    await click(byTestId('distribute'));
    expect(onConfirm).toHaveBeenCalledWith([], [3, 1]);
  });

  it('filters units and groups by name, diacritics aside, keeping the ticked ones in view', async () => {
    const { allByTestId, container } = await mount(<RecipientPicker {...props()} />, 'vi');
    await type(container.querySelector('input[type="search"]'), 'so tai');
    expect(allByTestId('recipient-unit').map(labelOf)).toEqual(['Công an tỉnh', 'Sở Tài chính']);
    expect(allByTestId('recipient-group').map(labelOf)).toEqual(['UBND các huyện, thành phố, thị xã']);
  });

  it('cannot send to nobody, and can be left for later', async () => {
    const onSkip = vi.fn();
    const { byTestId } = await mount(
      <RecipientPicker {...props({ onSkip, preset: { unitIds: [], groupIds: [] } })} />,
      'vi',
    );
    expect(byTestId<HTMLButtonElement>('distribute')?.disabled).toBe(true);
    await click(byTestId('skip-recipients'));
    expect(onSkip).toHaveBeenCalledOnce();
  });

  it('says when the units are loading or could not be had', async () => {
    const loading = await mount(<RecipientPicker {...props({ organisation: undefined })} />, 'vi');
    expect(loading.container.textContent).toContain('Đang tải danh sách đơn vị…');
    const missing = await mount(<RecipientPicker {...props({ organisation: null })} />, 'vi');
    expect(missing.container.textContent).toContain('Không tải được danh sách đơn vị.');
    expect(missing.byTestId('distribute')).toBeNull();
  });

  it('lists groups and units by name', async () => {
    const { allByTestId } = await mount(<RecipientPicker {...props()} />, 'vi');
    expect(allByTestId('recipient-group').map(labelOf)).toEqual([
      'Các đoàn thể cấp tỉnh',
      'Các sở, ban, ngành tỉnh',
      'UBND các huyện, thành phố, thị xã',
    ]);
    expect(allByTestId('recipient-unit').map(labelOf)).toEqual([
      'Công an tỉnh',
      'Sở Tài chính',
      'Tỉnh đoàn',
      'UBND huyện Kỳ Anh',
    ]);
  });

  it('takes the focus when it opens', async () => {
    await mount(<RecipientPicker {...props()} />, 'vi');
    expect(document.activeElement?.id).toBe('picker-heading');
  });
});
