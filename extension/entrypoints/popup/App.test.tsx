import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabReferences } from '../../lib/tab-references';
import { App } from './App';

let container: HTMLElement;

async function renderApp(load: () => Promise<TabReferences | null>) {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<App loadReferences={load} />, container);
  });
  return container;
}

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('popup App', () => {
  it('shows the Vietnamese title and a loading state while the background answers', async () => {
    await renderApp(() => new Promise(() => {}));

    expect(container.querySelector('h1')?.textContent).toBe('Theo dõi công văn');
    expect(byTestId('status')?.textContent).toBe('Đang tải…');
  });

  it('lists the symbols found on the active tab', async () => {
    await renderApp(async () => ({ count: 2, symbols: ['3944/UBND-NC', '23/2012/TT-BCA-V28'] }));

    expect(byTestId('status')?.textContent).toBe('Tìm thấy 2 văn bản trên trang này:');
    const items = [...(byTestId('symbols')?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items).toEqual(['3944/UBND-NC', '23/2012/TT-BCA-V28']);
  });

  it('says so when the page has no references', async () => {
    await renderApp(async () => ({ count: 0, symbols: [] }));

    expect(byTestId('status')?.textContent).toBe('Không tìm thấy số, ký hiệu văn bản nào trên trang này.');
    expect(byTestId('symbols')).toBeNull();
  });

  it('says so when the tab has not been scanned', async () => {
    await renderApp(async () => null);

    expect(byTestId('status')?.textContent).toBe('Trang này chưa được quét.');
  });

  it('reports a failed request instead of loading forever', async () => {
    await renderApp(() => Promise.reject(new Error('no receiver')));

    expect(byTestId('status')?.textContent).toBe('Không đọc được kết quả của thẻ này.');
  });
});
