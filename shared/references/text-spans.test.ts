import { describe, expect, it } from 'vitest';
import { cleanPhrase, sentenceAround } from './text-spans';

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

describe('sentenceAround and abbreviations inside names', () => {
  const sentence = (text: string, at: string) => {
    const start = text.indexOf(at);
    const span = sentenceAround(text, start, start + at.length);
    return text.slice(span.from, span.to).trim();
  };
  it.each([
    [
      'Trước. Sở GD&ĐT TP. Hồ Chí Minh có Công văn 1/SGDĐT-VP. Sau.',
      'Sở GD&ĐT TP. Hồ Chí Minh có Công văn 1/SGDĐT-VP',
    ],
    ['Trước. UBND TX. Sơn Tây có Công văn 1/UBND-VP. Sau.', 'UBND TX. Sơn Tây có Công văn 1/UBND-VP'],
    ['Trước. UBND Q. 1 có Công văn 1/UBND-VP. Sau.', 'UBND Q. 1 có Công văn 1/UBND-VP'],
    ['Ông Nguyễn Văn Q. Công văn 1/UBND-VP. Sau.', 'Công văn 1/UBND-VP'],
    ['Hà Nội. Công văn 1/UBND-VP. Sau.', 'Công văn 1/UBND-VP'],
  ])('%j', (text, expected) => {
    expect(sentence(text, '1/')).toBe(expected);
  });
});

describe('sentenceAround and a number on the line after its "số"', () => {
  const around = (text: string, symbol: string) => {
    const start = text.indexOf(symbol);
    const span = sentenceAround(text, start, start + symbol.length);
    return text.slice(span.from, span.to);
  };

  it('reads "… ban hành Chỉ thị số⏎15/CT-UBND …" as one sentence (a <br> after "số", audit 44)', () => {
    const text =
      'Tin mới.\nNgày 28/10/2025, Chủ tịch UBND tỉnh ký ban hành Chỉ thị số\n15/CT-UBND về phòng cháy.';
    expect(around(text, '15/CT-UBND')).toBe(
      'Ngày 28/10/2025, Chủ tịch UBND tỉnh ký ban hành Chỉ thị số\n15/CT-UBND về phòng cháy',
    );
    expect(around(text.normalize('NFD'), '15/CT-UBND').normalize('NFC')).toMatch(/^Ngày 28\/10\/2025/);
  });

  it('keeps apart a header’s "Số:" line, a line of other words and a line already begun', () => {
    expect(around('UBND TỈNH\nSố:\n594/KH-UBND', '594/KH-UBND')).toBe('594/KH-UBND');
    expect(around('Nội dung chính\n594/KH-UBND', '594/KH-UBND')).toBe('594/KH-UBND');
    expect(around('Chỉ thị của tỉnh số\nvề 594/KH-UBND', '594/KH-UBND')).toBe('về 594/KH-UBND');
  });
});
