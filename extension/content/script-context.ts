/**
 * The content script's context, in place of WXT's `ContentScriptContext`: wxt.config.ts points
 * WXT's import of 'wxt/utils/content-script-context' here when it wraps the content script.
 * WXT's class also carries timers, animation frames, a location watcher and a handshake that
 * ends an older copy of the script injected into the same page: ≈ 675 bytes gzipped of the
 * content script's 20 KB (DESIGN.md §6) for what this script does not use. It is never injected
 * by code, so no older copy shares its page, and it watches addresses itself
 * (address-changes.ts). What stays: the context ends when the extension goes away (disabled,
 * removed or updated: its runtime id is gone), which the script checks before each piece of work.
 * @module
 */
import { browser } from 'wxt/browser';

/**
 * What the content script may use of its context: WXT's own class gives the same. Its signal
 * aborts when the context ends, so the script listens there rather than through an
 * `onInvalidated`, which WXT's class writes on the same signal (its size budget, DESIGN.md §6).
 */
export interface ScriptContext {
  readonly isValid: boolean;
  readonly signal: AbortSignal;
}

/** How WXT's wrapper builds its context: `new`, with the script's name and options. */
type ContextConstructor = new (
  name?: string,
  options?: unknown,
  extensionId?: () => string | undefined,
) => ScriptContext;

/**
 * A function, not a class: called with `new`, it hands back the object it returns, and its
 * state is local variables, which the minifier renames, where a class's fields and `this.` stay
 * as written (≈ 36 bytes gzipped of the content script's size budget, DESIGN.md §6). WXT passes
 * the script's name and options, which this context has no use for.
 */
function scriptContext(
  _name?: string,
  _options?: unknown,
  extensionId: () => string | undefined = () => browser?.runtime?.id,
): ScriptContext {
  const controller = new AbortController();
  const { signal } = controller;
  return {
    signal,
    get isValid() {
      if (extensionId() == null) controller.abort();
      return !signal.aborted;
    },
  };
}

export const ContentScriptContext = scriptContext as unknown as ContextConstructor;
