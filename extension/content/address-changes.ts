/**
 * Tells when a single-page portal changes the page's address without loading a page (history
 * pushState, a search form that rewrites the query), so the tab's report follows the address.
 * The Navigation API's "navigate" event says so where the browser has it (before the address
 * changes; its "navigatesuccess" does not follow pushState); elsewhere the address is compared
 * once a second, as WXT's own watcher does. The detector reports after a quiet time, by which
 * the new address is in place.
 * @module
 */

interface NavigateEvent {
  destination: { url: string };
}
interface NavigationTarget {
  addEventListener(
    type: 'navigate',
    listener: (event: NavigateEvent) => void,
    options: { signal: AbortSignal },
  ): void;
}

export function watchAddressChanges(window: Window, onChange: () => void, signal: AbortSignal): void {
  let last = window.location.href;
  const check = (now: string) => {
    if (now !== last) {
      last = now;
      onChange();
    }
  };
  const navigation = (window as Window & { navigation?: NavigationTarget }).navigation;
  if (navigation)
    navigation.addEventListener('navigate', (event) => check(event.destination.url), { signal });
  else {
    const timer = window.setInterval(() => check(window.location.href), 1000);
    signal.addEventListener('abort', () => window.clearInterval(timer));
  }
}
