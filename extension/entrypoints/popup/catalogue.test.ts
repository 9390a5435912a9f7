import { describe, expect, it } from 'vitest';
import { popupCatalogue, popupText } from './catalogue';

describe('popupCatalogue', () => {
  it('has the same keys and the same placeholders in both languages, none empty', () => {
    const { vi, en } = popupCatalogue;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(vi[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en[key]), key).toEqual(names(vi[key]));
    }
  });

  it('writes Vietnamese with its diacritics, in NFC', () => {
    const t = popupText('vi');
    expect(t('urgency_express')).toBe('Hỏa tốc');
    expect(t('othersHeading')).toBe('Văn bản khác trên trang');
    for (const text of Object.values(popupCatalogue.vi)) expect(text).toBe(text.normalize('NFC'));
  });

  it('fills placeholders', () => {
    expect(popupText('en')('saveSelected', { n: 3 })).toBe('Save selected (3)');
    expect(popupText('vi')('saveLabel', { symbol: '3944/UBND-NC' })).toBe('Lưu 3944/UBND-NC');
  });
});
