import { describe, expect, it } from 'vitest';
import { resolveTabId, tabIdFromSearch } from './tab-target';

describe('tabIdFromSearch', () => {
  it('reads ?tabId=<id>', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?lang=vi&tabId=7')).toBe(7);
  });

  it('ignores a missing, empty or malformed id', () => {
    for (const search of [
      '',
      '?',
      '?tabId=',
      '?tabId=abc',
      '?tabId=-3',
      '?tabId=0',
      '?tabId=1.5',
      '?tabId=1e3',
    ]) {
      expect(tabIdFromSearch(search)).toBeNull();
    }
  });
});

describe('resolveTabId', () => {
  it('prefers the tab in the address over the active one', async () => {
    let asked = false;
    const active = async () => {
      asked = true;
      return 1;
    };
    expect(await resolveTabId('?tabId=9', active)).toBe(9);
    expect(asked).toBe(false);
    expect(await resolveTabId('', active)).toBe(1);
  });
});
