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

  it('is a space between the words of a PDF text layer, each placed by its own style (audit 29)', () => {
    const [a, b, c, d] = texts(
      '<div class="textLayer"><span style="left: 12.4%; top: 7%">ỦY</span><span style="left: 15%; top: 7%">BAN</span>' +
        '<span style="top:9%">Tờ</span><b>trình</b></div>',
    );
    expect(separatorBetween(a as Text, b as Text)).toBe(' ');
    // Tops two lines apart: a line break, where an old viewer puts nothing between lines (audit 37).
    expect(separatorBetween(b as Text, c as Text)).toBe('\n');
    // An element placed beside one that is not: nothing, as before.
    expect(separatorBetween(c as Text, d as Text)).toBe('');
    const [e, f, g] = texts(
      '<div><span style="top:120.5px; left:40px">Số:</span><span style="top:121px; left:70px">45/UBND</span>' +
        '<span style="top:140px">V/v</span></div>',
    );
    expect(separatorBetween(e as Text, f as Text)).toBe(' ');
    expect(separatorBetween(f as Text, g as Text)).toBe('\n');
    // A line ending in a hyphen goes on: a wrapped symbol (review 14).
    const [j, k] = texts(
      '<div><span style="top:100px">Kết luận số 20-</span><span style="top:120px">KL/TW</span></div>',
    );
    expect(separatorBetween(j as Text, k as Text)).toBe(' ');
    // A top pdf.js computes ("calc(var(--scale-factor)*…)") is placed, on no known line.
    const [h, i] = texts(
      '<div><span style="top: calc(var(--scale-factor)*12px)">ỦY</span><span style="top: calc(var(--scale-factor)*40px)">BAN</span></div>',
    );
    expect(separatorBetween(h as Text, i as Text)).toBe(' ');
  });

  it('tells a number glued to a word, in Vietnamese and decomposed text', () => {
    expect(gluedNumber('Ngày ban hành', '14/03/2024')).toBe(true);
    expect(gluedNumber('Ngày ban hành'.normalize('NFD'), '14/03/2024')).toBe(true);
    expect(gluedNumber('Số: ', '12')).toBe(false);
    expect(gluedNumber('3944/', 'UBND')).toBe(false);
    expect(gluedNumber('Số', '')).toBe(false);
  });

  it('tells a number glued to a date closing the node before it (audit 207)', () => {
    // "<span>06/08/2021</span><a>160/KH-UBND</a>": a box's date before its link.
    expect(gluedNumber('06/08/2021', '160/KH-UBND')).toBe(true);
    expect(gluedNumber('ngày 15.3.2024', '12')).toBe(true);
    // A number cut over elements is not parted ("39" + "44/UBND-NC"), nor one after a year alone.
    expect(gluedNumber('39', '44/UBND-NC')).toBe(false);
    expect(gluedNumber('năm 2021', '160')).toBe(false);
  });
});
