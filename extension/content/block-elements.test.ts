import { beforeEach, describe, expect, it } from 'vitest';
import { blockResolver, breaksLine, isBlock } from './block-elements';
import { elementText } from './element-text';
import { lineBreakBetween } from './line-breaks';
import { setBody } from './testing/dom';
import { allTextRuns } from './text-runs';

const element = (html: string) => setBody(html).firstElementChild as Element;

describe('block elements', () => {
  beforeEach(() => setBody(''));

  it('reads a block from its tag, or from a style attribute that lays it out as one', () => {
    expect(isBlock(element('<p>x</p>'))).toBe(true);
    for (const style of [
      'position:absolute; top:116px',
      'top:1px;position: fixed',
      'display:block',
      'DISPLAY: Flex',
      'display:grid',
      'display:list-item',
      'display:table-cell',
    ]) {
      expect(isBlock(element(`<span style="${style}">x</span>`)), style).toBe(true);
    }
    for (const style of [
      'display:inline-block',
      'display:inline-flex',
      'position:relative',
      'color:red',
      '',
    ]) {
      expect(isBlock(element(`<span style="${style}">x</span>`)), style).toBe(false);
    }
    expect(isBlock(element('<span>x</span>'))).toBe(false);
  });

  it('gives each positioned span a block of its own, so no reference runs from one to the next', () => {
    const body = setBody(
      '<div><span style="position:absolute">Số: 1888/QĐ-UBND</span><span style="position:absolute">2024 ngày 8</span><b>1</b>/QĐ</div>',
    );
    const resolver = blockResolver();
    const spans = body.querySelectorAll('span');
    expect(resolver.blockOf(spans[0] as Element)).toBe(spans[0]);
    expect(resolver.blockOf(body.querySelector('b') as Element)).toBe(body.firstElementChild);
    expect(allTextRuns(body, blockResolver(), true).map((run) => run.text)).toEqual([
      'Số: 1888/QĐ-UBND',
      '2024 ngày 8',
      '1/QĐ',
    ]);
  });

  it('breaks the line at an empty span laid out as a block, as at an <hr>', () => {
    const body = setBody('<p>27/8/2020<span style="display:block"></span>3944/UBND-NC</p>');
    const [before, after] = Array.from((body.firstElementChild as Element).childNodes).filter(
      (node) => node.nodeType === 3,
    ) as Text[];
    expect(breaksLine(body.querySelector('span') as Element)).toBe(true);
    expect(lineBreakBetween(before as Text, after as Text)).toBe(true);
  });

  it('puts a cell’s block-styled spans on lines of their own', () => {
    const cell = element(
      '<div><span style="display:block">12/QĐ-UBND</span><span style="display:block">05/03/2021</span></div>',
    );
    expect(elementText(cell)).toBe('12/QĐ-UBND\n05/03/2021');
  });
});
