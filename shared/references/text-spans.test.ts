import { describe, expect, it } from 'vitest';
import { cleanPhrase } from './text-spans';

describe('cleanPhrase', () => {
  it.each([
    ['  về việc   A ;  ', 'về việc A'],
    ['Sở Y tế.', 'Sở Y tế'],
    ['Kính gửi: ....... ,', 'Kính gửi'],
    [' ,;: ', ''],
    ['về việc chủ động ứng phó với mưa lớn".', 'về việc chủ động ứng phó với mưa lớn'],
    ['“về việc phòng, chống dịch', 'về việc phòng, chống dịch'],
    ['về tổ chức "Ngày hội đọc sách"', 'về tổ chức "Ngày hội đọc sách"'],
    ['về «Tuần lễ» xanh »', 'về «Tuần lễ» xanh'],
  ])('%j → %j', (phrase, clean) => {
    expect(cleanPhrase(phrase)).toBe(clean);
  });

  it('cuts a long run of marks that does not end the phrase (dot leaders, ", , , …")', () => {
    expect(cleanPhrase(`a${', '.repeat(50000)}b.`)).toBe(`a${', '.repeat(50000)}b`);
  });

  it('drops a long run of unbalanced quotes in linear time', () => {
    expect(cleanPhrase(`${'“'.repeat(50000)}a`)).toBe('a');
  });
});
