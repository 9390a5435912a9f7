import { describe, expect, it } from 'vitest';
import { webAddress } from './web-address';

describe('webAddress', () => {
  it('keeps http(s) addresses, normalised', () => {
    expect(webAddress('https://hatinh.gov.vn/van-ban?id=1')).toBe('https://hatinh.gov.vn/van-ban?id=1');
    expect(webAddress('HTTP://Example.VN')).toBe('http://example.vn/');
  });

  it('refuses anything else: scripts, data, files, text that is no URL, nothing', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'trang chủ',
      '',
      null,
      undefined,
    ]) {
      expect(webAddress(url)).toBeNull();
    }
  });
});
