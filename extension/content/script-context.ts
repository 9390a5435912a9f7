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

/** What the content script may use of its context: WXT's own class gives the same. */
export interface ScriptContext {
  readonly isValid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): () => void;
}

export class ContentScriptContext implements ScriptContext {
  private readonly controller = new AbortController();

  /** WXT passes the script's name and options, which this context has no use for. */
  constructor(
    _name?: string,
    _options?: unknown,
    private readonly extensionId: () => string | undefined = () => browser?.runtime?.id,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    if (this.extensionId() == null) this.controller.abort();
    return !this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }
}
