import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueuedSave } from '../../../lib/messaging';
import { click, mount, unmountAll } from '../test-render';
import { QueueStatus } from './QueueStatus';

afterEach(unmountAll);

const entry = (id: string, state: QueuedSave['state'], lastError: string | null = null): QueuedSave => ({
  id,
  idempotencyKey: `k-${id}`,
  key: 'K',
  body: { symbol: `${id}/UBND-NC`, subject: 's' },
  tabId: null,
  attempts: 1,
  nextAttemptAt: 0,
  lastError,
  state,
});

describe('QueueStatus', () => {
  it('shows nothing when nothing waits', async () => {
    const { container } = await mount(
      <QueueStatus queue={[]} busy={false} onRetry={() => {}} onRemove={() => {}} />,
      'vi',
    );
    expect(container.innerHTML).toBe('');
  });

  it('counts the waiting saves and retries them', async () => {
    const onRetry = vi.fn();
    const { byTestId } = await mount(
      <QueueStatus
        queue={[entry('1', 'pending'), entry('2', 'pending')]}
        busy={false}
        onRetry={onRetry}
        onRemove={() => {}}
      />,
      'en',
    );
    expect(byTestId('queue')?.textContent).toContain('2 saves waiting for the server.');
    await click(byTestId('retry-queue'));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(byTestId('queue-refused')).toBeNull();
  });

  it('lists the refused saves with their reason, to remove', async () => {
    const onRemove = vi.fn();
    const { byTestId } = await mount(
      <QueueStatus
        queue={[entry('9', 'error', 'Thiếu trích yếu')]}
        busy={false}
        onRetry={() => {}}
        onRemove={onRemove}
      />,
      'vi',
    );
    expect(byTestId('retry-queue')).toBeNull();
    expect(byTestId('queue-refused')?.textContent).toContain('9/UBND-NC: Thiếu trích yếu');
    expect(byTestId('remove-queued')?.getAttribute('aria-label')).toBe('Bỏ bản lưu 9/UBND-NC');
    await click(byTestId('remove-queued'));
    expect(onRemove).toHaveBeenCalledWith('9');
  });
});
