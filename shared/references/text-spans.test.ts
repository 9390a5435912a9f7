import { describe, expect, it } from 'vitest';
import { cleanPhrase } from './text-spans';

describe('cleanPhrase', () => {
  it.each([
    ['  về việc   A ;  ', 'về việc A'],
    ['Sở Y tế.', 'Sở Y tế'],
    ['Kính gửi: ....... ,', 'Kính gửi'],
    [' ,;: ', ''],
  ])('%j → %j', (phrase, clean) => {
    expect(cleanPhrase(phrase)).toBe(clean);
  });

  it('cuts a long run of marks that does not end the phrase (dot leaders, ", , , …")', () => {
    expect(cleanPhrase(`a${', '.repeat(50000)}b.`)).toBe(`a${', '.repeat(50000)}b`);
  });
});
