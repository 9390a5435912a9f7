import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferenceStatus } from '../../../lib/page-scan';
import { fallbackSubject } from '../dispatch-body';
import { reference } from '../test-fixtures';
import { click, labelOf, mount, type, unmountAll } from '../test-render';
import { OtherReferences, type OtherReferencesProps } from './OtherReferences';

afterEach(unmountAll);

function props(overrides: Partial<OtherReferencesProps> = {}): OtherReferencesProps {
  return {
    references: [reference('Chỉ thị 07/CT-BCA-V28'), reference('văn bản 1315/UBND-NC')],
    statusOf: (key): ReferenceStatus => ({ key, state: 'new', dispatchId: null, error: null }),
    busy: new Set(),
    subjectOf: () => '',
    fallbackOf: (ref) => fallbackSubject(ref, '', 'Trang tin'),
    onSubject: () => {},
    onSave: () => {},
    ...overrides,
  };
}

describe('OtherReferences', () => {
  it('lists each reference under its heading, with a save button each', async () => {
    const { container, allByTestId } = await mount(<OtherReferences {...props()} />, 'vi');
    expect(container.querySelector('h2')?.textContent).toBe('Văn bản khác trên trang');
    expect(allByTestId('ref').map((ref) => ref.dataset.symbol)).toEqual(['07/CT-BCA-V28', '1315/UBND-NC']);
    expect(allByTestId('save')).toHaveLength(2);
  });

  it('takes a subject in a closed disclosure, and shows what is recorded without one', async () => {
    const onSubject = vi.fn();
    const { container } = await mount(<OtherReferences {...props({ onSubject })} />, 'vi');
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    const textarea = container.querySelector('textarea') as HTMLTextAreaElement;
    expect(labelOf(textarea)).toBe('Trích yếu');
    expect(textarea.placeholder).toBe('Để trống sẽ ghi: Chỉ thị số 07/CT-BCA-V28 (nêu tại: Trang tin)');
    await type(textarea, 'Chỉ thị về ANTQ');
    expect(onSubject).toHaveBeenCalledWith('07/CT-BCA-V28', 'Chỉ thị về ANTQ');
  });

  it('opens the disclosure of a reference with a subject typed before', async () => {
    const { container } = await mount(
      <OtherReferences {...props({ subjectOf: (key) => (key === '1315/UBND-NC' ? 'Đã gõ' : '') })} />,
      'vi',
    );
    expect([...container.querySelectorAll('details')].map((d) => d.open)).toEqual([false, true]);
  });

  it('saves by key', async () => {
    const onSave = vi.fn();
    const { allByTestId } = await mount(<OtherReferences {...props({ onSave })} />, 'vi');
    await click(allByTestId('save')[1]);
    expect(onSave).toHaveBeenCalledWith('1315/UBND-NC');
  });
});
