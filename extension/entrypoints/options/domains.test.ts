import { describe, expect, it } from 'vitest';
import { parseDomain, parseDomains } from './domains';

describe('parseDomain', () => {
  it.each([
    ['vanban.chinhphu.vn', 'vanban.chinhphu.vn'],
    ['  HaTinh.GOV.vn. ', 'hatinh.gov.vn'],
    ['https://congbao.chinhphu.vn/van-ban?id=1', 'congbao.chinhphu.vn'],
    ['*.gov.vn', 'gov.vn'],
    ['portal.example.gov.vn:8443', 'portal.example.gov.vn'],
    ['127.0.0.1', '127.0.0.1'],
    ['bộcông an.vn', null],
    // What location.hostname gives for a Vietnamese domain name (punycode, as Node's URL computes it).
    ['cổngthôngtin.vn', 'xn--cngthngtin-vbb7982g.vn'],
    ['not a domain', null],
    ['', null],
  ])('%j → %j', (line, expected) => {
    expect(parseDomain(line)).toBe(expected);
  });
});

describe('parseDomains', () => {
  it('reads one domain a line, skips blank lines and repeats, and lists what it could not read', () => {
    expect(
      parseDomains('vanban.chinhphu.vn\n\n https://vanban.chinhphu.vn/x \r\nhttp://\nhatinh.gov.vn'),
    ).toEqual({
      domains: ['vanban.chinhphu.vn', 'hatinh.gov.vn'],
      invalid: ['http://'],
    });
  });

  it('reads an empty list as "every site"', () => {
    expect(parseDomains(' \n ')).toEqual({ domains: [], invalid: [] });
  });
});
