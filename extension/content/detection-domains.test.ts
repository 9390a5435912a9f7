import { describe, expect, it } from 'vitest';
import { parseDomains } from '../entrypoints/options/domains';
import {
  type DomainStorage,
  isHostAllowed,
  readDetectionDomains,
  watchDetectionDomains,
} from './detection-domains';

/** A stand-in for `browser.storage` (local area and change events). */
function memoryStorage(initial: Record<string, unknown>) {
  const values = { ...initial };
  type Listener = Parameters<DomainStorage['onChanged']['addListener']>[0];
  const listeners = new Set<Listener>();
  const storage: DomainStorage = {
    local: { get: async (key) => (key in values ? { [key]: values[key] } : {}) },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  const set = (area: string, key: string, value: unknown) => {
    values[key] = value;
    for (const listener of listeners) listener({ [key]: { newValue: value } }, area);
  };
  return { storage, set, listeners };
}

describe('detection domains', () => {
  it('allows every site when the list is empty or missing', () => {
    expect(isHostAllowed('example.com', [])).toBe(true);
    expect(isHostAllowed('example.com', null)).toBe(true);
    expect(isHostAllowed('example.com', [''])).toBe(true);
  });

  it('allows a listed domain and its subdomains only', () => {
    const domains = ['gov.vn', 'thuvienphapluat.vn'];
    expect(isHostAllowed('gov.vn', domains)).toBe(true);
    expect(isHostAllowed('hanoi.gov.vn', domains)).toBe(true);
    expect(isHostAllowed('vbpl.moj.gov.vn', domains)).toBe(true);
    expect(isHostAllowed('notgov.vn', domains)).toBe(false);
    expect(isHostAllowed('gov.vn.evil.com', domains)).toBe(false);
    expect(isHostAllowed('example.com', domains)).toBe(false);
  });

  it('compares the hostnames the options page stores with the page’s own', () => {
    const domains = parseDomains(
      'https://Congbao.gov.vn/van-ban?x=1\n*.hanoi.gov.vn\n127.0.0.1:8080',
    ).domains;
    expect(isHostAllowed('congbao.gov.vn', domains)).toBe(true);
    expect(isHostAllowed('vbpl.hanoi.gov.vn', domains)).toBe(true);
    expect(isHostAllowed('127.0.0.1', domains)).toBe(true);
    expect(isHostAllowed('quangninh.gov.vn', domains)).toBe(false);
  });

  it('reads the list the options page stored, ignoring anything but strings', async () => {
    expect(await readDetectionDomains(memoryStorage({}).storage)).toBeNull();
    expect(await readDetectionDomains(memoryStorage({ detectionDomains: ['gov.vn', 3] }).storage)).toEqual([
      'gov.vn',
    ]);
    expect(await readDetectionDomains(memoryStorage({ detectionDomains: 'gov.vn' }).storage)).toBeNull();
  });

  it('follows edits of the list in local storage until told to stop', () => {
    const { storage, set, listeners } = memoryStorage({});
    const seen: (string[] | null)[] = [];
    const stop = watchDetectionDomains(storage, (domains) => seen.push(domains));
    set('local', 'detectionDomains', ['gov.vn']);
    set('session', 'detectionDomains', ['other.vn']);
    set('local', 'serverUrl', 'https://api.example');
    set('local', 'detectionDomains', []);
    stop();
    set('local', 'detectionDomains', ['late.vn']);
    expect(seen).toEqual([['gov.vn'], []]);
    expect(listeners.size).toBe(0);
  });
});
