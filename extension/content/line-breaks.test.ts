import { describe, expect, it } from 'vitest';
import { gluedNumber, separatorBetween } from './line-breaks';
import { setBody } from './testing/dom';

const texts = (html: string) => {
  const walker = document.createTreeWalker(setBody(html), NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
};

describe('what separates two text nodes', () => {
  it('is a line break at <br>, a space between a word and a number, else nothing', () => {
    const [a, b, c, d] = texts('<p>27/8/2020<br>Số hiệu<span>3321</span>/UBND-VP</p>');
    expect(separatorBetween(a as Text, b as Text)).toBe('\n');
    expect(separatorBetween(b as Text, c as Text, '\n')).toBe(' ');
    expect(separatorBetween(c as Text, d as Text)).toBe('');
  });

  it('tells a number glued to a word, in Vietnamese and decomposed text', () => {
    expect(gluedNumber('Ngày ban hành', '14/03/2024')).toBe(true);
    expect(gluedNumber('Ngày ban hành'.normalize('NFD'), '14/03/2024')).toBe(true);
    expect(gluedNumber('Số: ', '12')).toBe(false);
    expect(gluedNumber('3944/', 'UBND')).toBe(false);
    expect(gluedNumber('Số', '')).toBe(false);
  });
});
