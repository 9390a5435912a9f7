import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchAddressChanges } from '../content/address-changes';
import {
  type DomainStorage,
  isHostAllowed,
  readDetectionDomains,
  watchDetectionDomains,
} from '../content/detection-domains';
import { frameReporter } from '../content/frame-reporter';
import { type PageDetector, startPageDetection } from '../content/page-detector';
import type { ScriptContext } from '../content/script-context';
import type { Message } from '../lib/messaging';
// The highlight's style, listed in the manifest so that it is in place before the page is styled.
import '../content/highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Portals often show a document's text, or their listing, in an iframe of the page.
  allFrames: true,
  runAt: 'document_idle',
  // WXT's context is replaced by script-context.ts in the build (wxt.config.ts): this script uses
  // only what both offer, as the parameter's type says.
  async main(ctx: ScriptContext) {
    const storage: DomainStorage = browser.storage;
    const isTop = window === window.top;
    // The message written out, typed by `satisfies`: `sendMessage` (lib/messaging.ts) would bring
    // its spread and default sender into the script (its size budget, DESIGN.md §6).
    const reporter = frameReporter(
      (report) =>
        browser.runtime.sendMessage({ type: 'page-scanned', report } satisfies Message<'page-scanned'>),
      isTop,
    );
    let detector: PageDetector | null = null;
    const follow = (domains: string[] | null) => {
      const allowed = isHostAllowed(location.hostname, domains);
      if (allowed && !detector && ctx.isValid) {
        detector = startPageDetection({
          document,
          isValid: () => ctx.isValid,
          report: reporter.report,
        });
      } else if (!allowed && detector) {
        detector.stop();
        detector = null;
      }
    };
    // The context's signal aborts when the extension goes away: the watches end with it.
    const { signal } = ctx;
    // The user may narrow or widen the list while the page is open.
    signal.addEventListener('abort', watchDetectionDomains(storage, follow));
    signal.addEventListener('abort', () => detector?.stop());
    watchAddressChanges(window, () => detector?.refresh(), signal);
    // A static page gives the detector no reason to look: a tab shown again checks that the
    // extension is still there, so its highlights leave with it (review 12).
    document.addEventListener('visibilitychange', () => ctx.isValid, { signal });
    // An iframe removed from its page, or navigated elsewhere, takes its references with it.
    if (!isTop) window.addEventListener('pagehide', () => reporter.gone(), { signal });
    // Back from the back/forward cache: the page was not reloaded, the background may have moved on.
    window.addEventListener(
      'pageshow',
      (event) => {
        if (event.persisted) detector?.refresh();
      },
      { signal },
    );
    follow(await readDetectionDomains(storage));
  },
});
