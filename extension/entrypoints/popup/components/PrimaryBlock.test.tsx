import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferenceStatus } from '../../../lib/page-scan';
import { pageItems } from '../page-items';
import { saveSource } from '../save-sources';
import { articleScan, listingScan } from '../test-fixtures';
import { choose, click, labelOf, mount, type, unmountAll } from '../test-render';
import { PrimaryBlock, type PrimaryBlockProps } from './PrimaryBlock';

afterEach(unmountAll);

const NEW: ReferenceStatus = { key: '3944/UBND-NC', state: 'new', dispatchId: null, error: null };

function props(overrides: Partial<PrimaryBlockProps> = {}): PrimaryBlockProps {
  const scan = articleScan();
  const items = pageItems(scan);
  const primary = items.primary;
  const source = saveSource(scan, items, '3944/UBND-NC', undefined);
  if (!primary || !source) throw new Error('fixture');
  return {
    item: primary,
    fields: source.fields,
    invalid: null,
    fallbackSubject: scan.title,
    status: NEW,
    busy: false,
    onField: () => {},
    onSave: () => {},
    selected: false,
    onSelect: () => {},
    ...overrides,
  };
}

describe('PrimaryBlock', () => {
  it('labels every field and fills it from the page', async () => {
    const { container } = await mount(<PrimaryBlock {...props()} />, 'vi');
    const labels = [...container.querySelectorAll<HTMLElement>('input, select, textarea')].map(
      (control) => `${labelOf(control)}=${(control as HTMLInputElement).value}`,
    );
    expect(labels).toEqual([
      'Số, ký hiệu=3944/UBND-NC',
      'Loại văn bản=Công văn',
      'Cơ quan ban hành=UBND tỉnh',
      'Ngày ban hành=2020-08-27',
      'Độ khẩn=normal',
      'Trích yếu=về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường',
    ]);
    expect(container.querySelector('[data-testid="addressees"]')?.textContent).toContain(
      'các đoàn thể cấp tỉnh',
    );
  });

  it('reports each edit by field name', async () => {
    const onField = vi.fn();
    const { container } = await mount(<PrimaryBlock {...props({ onField })} />, 'vi');
    await type(container.querySelector('[name="issuingBody"]'), 'UBND tỉnh Hà Tĩnh');
    await choose(container.querySelector('[name="urgency"]'), 'urgent');
    expect(onField.mock.calls).toEqual([
      ['issuingBody', 'UBND tỉnh Hà Tĩnh'],
      ['urgency', 'urgent'],
    ]);
  });

  it('saves from its button and from Enter in a field', async () => {
    const onSave = vi.fn();
    const { container, byTestId } = await mount(<PrimaryBlock {...props({ onSave })} />, 'vi');
    await click(byTestId('save'));
    container.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('marks a refused symbol at its field', async () => {
    const { container } = await mount(<PrimaryBlock {...props({ invalid: 'symbol' })} />, 'en');
    const symbol = container.querySelector('[name="symbol"]') as HTMLInputElement;
    expect(symbol.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector(`#${symbol.getAttribute('aria-describedby')}`)?.textContent).toContain(
      'starts with a digit',
    );
  });

  it('holds its row, with the ref inside it, when the primary is a listing row', async () => {
    const [row] = listingScan().rows;
    if (!row) throw new Error('fixture');
    const base = props();
    const { byTestId, allByTestId } = await mount(
      <PrimaryBlock {...base} item={{ ...base.item, row }} selected />,
      'vi',
    );
    const primary = byTestId('primary') as HTMLElement;
    const rows = allByTestId('row', primary);
    expect(rows).toHaveLength(1);
    expect(allByTestId('ref', primary)).toHaveLength(1);
    expect(allByTestId('ref', rows[0])).toHaveLength(1);
    expect(byTestId<HTMLInputElement>('row-select', primary)?.checked).toBe(true);
  });
});
