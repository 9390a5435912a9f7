import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchAddressChanges } from './address-changes';

type Listener = (event: { destination: { url: string } }) => void;

/** A window whose address the test moves, with or without the Navigation API. */
function fakeWindow(withNavigation: boolean) {
  const listeners: Listener[] = [];
  const window = {
    location: { href: 'https://portal.example.gov.vn/van-ban' },
    setInterval: (f: () => void, ms: number) => setInterval(f, ms),
    clearInterval: (id: number) => clearInterval(id),
    navigation: withNavigation
      ? {
          addEventListener: (_type: string, listener: Listener, options: { signal: AbortSignal }) => {
            listeners.push(listener);
            options.signal.addEventListener('abort', () => listeners.splice(listeners.indexOf(listener), 1));
          },
        }
      : undefined,
  };
  const navigate = (url: string) => {
    for (const listener of [...listeners]) listener({ destination: { url } });
    window.location.href = url;
  };
  return { window: window as unknown as Window, navigate, listeners };
}

describe('watchAddressChanges', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells each new address the Navigation API announces, not a navigation to the same one', () => {
    const { window, navigate } = fakeWindow(true);
    const controller = new AbortController();
    let changes = 0;
    watchAddressChanges(window, () => changes++, controller.signal);
    navigate('https://portal.example.gov.vn/van-ban');
    expect(changes).toBe(0);
    navigate('https://portal.example.gov.vn/van-ban/3944-ubnd-nc');
    navigate('https://portal.example.gov.vn/van-ban/3944-ubnd-nc');
    expect(changes).toBe(1);
    navigate('https://portal.example.gov.vn/van-ban?trang=2');
    expect(changes).toBe(2);
  });

  it('stops listening when the script’s context ends', () => {
    const { window, navigate, listeners } = fakeWindow(true);
    const controller = new AbortController();
    let changes = 0;
    watchAddressChanges(window, () => changes++, controller.signal);
    controller.abort();
    navigate('https://portal.example.gov.vn/van-ban/3944-ubnd-nc');
    expect(changes).toBe(0);
    expect(listeners).toHaveLength(0);
  });

  it('compares the address once a second where there is no Navigation API, until the context ends', () => {
    const { window } = fakeWindow(false);
    const controller = new AbortController();
    let changes = 0;
    watchAddressChanges(window, () => changes++, controller.signal);
    window.location.href = 'https://portal.example.gov.vn/van-ban/3944-ubnd-nc';
    expect(changes).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(changes).toBe(1);
    vi.advanceTimersByTime(3000);
    expect(changes).toBe(1);
    controller.abort();
    window.location.href = 'https://portal.example.gov.vn/van-ban?trang=2';
    vi.advanceTimersByTime(3000);
    expect(changes).toBe(1);
  });
});
