import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferenceStatus } from '../../../lib/page-scan';
import { click, mount, unmountAll } from '../test-render';
import { RefItem } from './RefItem';

const status = (state: ReferenceStatus['state'], extra: Partial<ReferenceStatus> = {}): ReferenceStatus => ({
  key: '3944/UBND-NC',
  state,
  dispatchId: null,
  error: null,
  ...extra,
});

afterEach(unmountAll);

describe('RefItem', () => {
  it('carries the test hooks: symbol, state and one save button', async () => {
    const onSave = vi.fn();
    const { byTestId } = await mount(
      <RefItem
        symbol="3944/UBND-NC"
        itemKey="3944/UBND-NC"
        typeName="Công văn"
        status={status('new')}
        busy={false}
        onSave={onSave}
      />,
      'vi',
    );
    const ref = byTestId('ref');
    expect(ref?.dataset).toMatchObject({ symbol: '3944/UBND-NC', state: 'new', key: '3944/UBND-NC' });
    expect(ref?.textContent).toContain('Công văn 3944/UBND-NC');
    expect(byTestId('ref-state')?.textContent).toBe('Chưa lưu');
    await click(byTestId('save'));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('cannot save again what is saved or waiting, and says which', async () => {
    const saved = await mount(
      <RefItem
        symbol="A/1-B"
        itemKey="K"
        status={status('saved', { dispatchId: 4 })}
        busy={false}
        onSave={() => {}}
      />,
      'vi',
    );
    expect(saved.byTestId<HTMLButtonElement>('save')?.disabled).toBe(true);
    expect(saved.byTestId('ref-state')?.textContent).toBe('Đã lưu');
    const pending = await mount(
      <RefItem symbol="A/1-B" itemKey="K" status={status('pending')} busy={false} onSave={() => {}} />,
      'vi',
    );
    expect(pending.byTestId<HTMLButtonElement>('save')?.disabled).toBe(true);
    expect(pending.byTestId('ref-state')?.textContent).toBe('Đang chờ: sẽ gửi khi có mạng');
  });

  it('shows why a save failed and lets it be tried again', async () => {
    const { byTestId } = await mount(
      <RefItem
        symbol="X"
        itemKey="K"
        status={status('error', { error: 'Máy chủ từ chối' })}
        busy={false}
        onSave={() => {}}
      />,
      'vi',
    );
    expect(byTestId('ref-error')?.textContent).toBe('Máy chủ từ chối');
    expect(byTestId<HTMLButtonElement>('save')?.disabled).toBe(false);
  });

  it('shows a save in progress', async () => {
    const { byTestId } = await mount(
      <RefItem symbol="X" itemKey="K" status={status('new')} busy onSave={() => {}} />,
      'vi',
    );
    expect(byTestId('ref-state')?.textContent).toBe('Đang lưu…');
    expect(byTestId<HTMLButtonElement>('save')?.disabled).toBe(true);
    expect(byTestId('ref')?.getAttribute('aria-busy')).toBe('true');
  });

  it('offers recipients for a recorded dispatch', async () => {
    const choose = vi.fn();
    const { byTestId } = await mount(
      <RefItem
        symbol="3944/UBND-NC"
        itemKey="3944/UBND-NC"
        status={status('saved', { dispatchId: 12 })}
        busy={false}
        onChooseRecipients={choose}
      />,
      'vi',
    );
    await click(byTestId('choose-recipients'));
    expect(choose).toHaveBeenCalledWith({ dispatchId: 12, key: '3944/UBND-NC', symbol: '3944/UBND-NC' });
  });

  it('submits its form when it has no save handler of its own', async () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    const { byTestId } = await mount(
      <form onSubmit={onSubmit}>
        <RefItem symbol="X" itemKey="K" status={status('new')} busy={false} />
      </form>,
      'vi',
    );
    expect(byTestId('save')?.getAttribute('type')).toBe('submit');
    await click(byTestId('save'));
    expect(onSubmit).toHaveBeenCalledOnce();
  });
});
