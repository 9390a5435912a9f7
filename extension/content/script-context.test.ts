import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from './script-context';

describe('ContentScriptContext (the build’s stand-in for WXT’s)', () => {
  it('stays valid while the extension is there', () => {
    const context = new ContentScriptContext('content', {}, () => 'abcdefghijklmnop');
    expect(context.isValid).toBe(true);
    expect(context.signal.aborted).toBe(false);
  });

  it('ends when the extension goes away, aborting its signal once, and stays ended', () => {
    let id: string | undefined = 'abcdefghijklmnop';
    const context = new ContentScriptContext('content', {}, () => id);
    const told: string[] = [];
    context.signal.addEventListener('abort', () => told.push('detector'));
    id = undefined;
    expect(context.isValid).toBe(false);
    expect(context.isValid).toBe(false);
    id = 'abcdefghijklmnop';
    expect(context.isValid).toBe(false);
    expect(told).toEqual(['detector']);
    expect(context.signal.aborted).toBe(true);
  });

  it('reads the extension’s id from the browser when given none', () => {
    // WXT's test browser has a runtime id, as a live extension does.
    expect(new ContentScriptContext('content', {}).isValid).toBe(true);
  });
});
