import { describe, expect, it } from 'vitest';
import type { DocumentReference } from '../../shared/references';
import { summarizeReferences } from './tab-references';

function reference(symbol: string, key: string): DocumentReference {
  return {
    raw: symbol,
    start: 0,
    end: symbol.length,
    symbol,
    key,
    number: symbol.split('/')[0] ?? '',
    year: null,
    typeCode: null,
    typeName: null,
    issuer: null,
    issuedDate: null,
  };
}

describe('summarizeReferences', () => {
  it('counts each document once, in page order, keeping the first symbol', () => {
    const summary = summarizeReferences([
      reference('3944/UBND-NC', '3944/UBND-NC'),
      reference('977/QĐ-TTg', '977/QD-TTG'),
      reference('977/QĐ-TTg', '977/QD-TTG'),
    ]);

    expect(summary).toEqual({ count: 2, symbols: ['3944/UBND-NC', '977/QĐ-TTg'] });
  });

  it('reports nothing for a page without references', () => {
    expect(summarizeReferences([])).toEqual({ count: 0, symbols: [] });
  });
});
