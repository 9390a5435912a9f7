import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findReferences } from '../../shared/references';
import { blockResolver } from './block-elements';
import { setBody } from './testing/dom';
import { allTextRuns, textRunWalker } from './text-runs';

const runTexts = (root: Node, everyRun = false) =>
  allTextRuns(root, blockResolver(), everyRun).map((run) => run.text);

describe('text runs', () => {
  beforeEach(() => setBody(''));

  it('keeps text split across inline elements together', () => {
    const body = setBody('<p>Công văn số 3944/<b>UBND</b>-<i><span>NC</span></i> ngày 27/8/2020</p>');
    expect(runTexts(body)).toEqual(['Công văn số 3944/UBND-NC ngày 27/8/2020']);
  });

  it('brings the digit-free nodes before a number into its run, and no further than its block', () => {
    const body = setBody(
      '<p>Trang chủ</p><p><i>Căn cứ</i> Quyết định <b>số</b> <a href="#">977</a>/QĐ-TTg <u>của</u> Thủ tướng</p>',
    );
    expect(runTexts(body)).toEqual(['Căn cứ Quyết định số 977/QĐ-TTg của Thủ tướng']);
  });

  it('leaves a script out of a run head, and whitespace before its first word', () => {
    const body = setBody('<p> <b>Căn cứ</b> <script>var n = 1;</script> Quyết định 977/QĐ-TTg</p>');
    expect(runTexts(body)).toEqual(['Căn cứ  Quyết định 977/QĐ-TTg']);
  });

  it('reaches back over at most 64 remembered nodes of a long block for a run head', () => {
    const words = Array.from({ length: 100 }, (_, i) => `<i>chữ ${'abcdefghij'[i % 10]}</i>`).join(' ');
    const [run] = allTextRuns(setBody(`<p>${words} số 5/QĐ-UBND</p>`), blockResolver());
    expect(run?.text.endsWith(' chữ j số 5/QĐ-UBND')).toBe(true);
    expect(run?.nodes.length).toBeGreaterThan(32);
    expect(run?.nodes.length).toBeLessThanOrEqual(65);
    expect(run?.text.startsWith('chữ')).toBe(true);
  });

  it('records where each node starts and ends in the run', () => {
    const body = setBody('<p>số 3944/<b>UBND</b>-NC</p>');
    const [run] = allTextRuns(body, blockResolver());
    expect(run?.nodes.map((node) => node.data)).toEqual(['số 3944/', 'UBND', '-NC']);
    expect(run?.starts).toEqual([0, 8, 12]);
    expect(run?.ends).toEqual([8, 12, 15]);
  });

  it('puts each block in its own run, so no reference runs across blocks', () => {
    const body = setBody(
      '<div>Số 12<p>/QĐ-UBND</p>năm 2020</div><ul><li>1</li><li>2</li></ul><table><tr><td>3944</td><td>/UBND-NC</td></tr></table>',
    );
    expect(runTexts(body, true)).toEqual(['Số 12', '/QĐ-UBND', 'năm 2020', '1', '2', '3944', '/UBND-NC']);
  });

  it('skips scripts, styles, form fields, templates and svg', () => {
    const body = setBody(`<p>a 1/QĐ-UBND</p>
      <script>var s = "2/QĐ-UBND";</script><style>.x{content:"3/QĐ-UBND"}</style>
      <noscript>4/QĐ-UBND</noscript><textarea>5/QĐ-UBND</textarea><select><option>6/QĐ-UBND</option></select>
      <template><p>7/QĐ-UBND</p></template><svg><text>8/QĐ-UBND</text></svg><p>b 9/QĐ-UBND</p>`);
    expect(runTexts(body)).toEqual(['a 1/QĐ-UBND', 'b 9/QĐ-UBND']);
  });

  it('drops runs where the engine has no place to start unless asked for every run', () => {
    const body = setBody(
      '<p>Kính gửi các sở</p><p>Năm 2020 có 15 văn bản</p><p>kinh tế - xã hội, văn hóa- tư tưởng</p><p>Số 3944/UBND-NC</p>',
    );
    expect(runTexts(body)).toEqual(['Số 3944/UBND-NC']);
    expect(runTexts(body, true).filter((text) => text.trim() !== '')).toEqual([
      'Kính gửi các sở',
      'Năm 2020 có 15 văn bản',
      'kinh tế - xã hội, văn hóa- tư tưởng',
      'Số 3944/UBND-NC',
    ]);
  });

  it('opens a run at a slash, at a hyphen between a digit and a letter, and at a hyphen opening or ending a node', () => {
    const body = setBody(
      '<p>ngày 27/8/2020</p><p>Thứ Sáu, 28-8-2020</p><p>Nghị định <b>64</b>-CP của Chính phủ</p>' +
        '<p>Quyết định 15-<b>TTg</b></p><p>và/hoặc</p>',
    );
    // "28-8-2020" is a date: the engine parses from a hyphen only with a letter after it.
    expect(runTexts(body)).toEqual([
      'ngày 27/8/2020',
      'Nghị định 64-CP của Chính phủ',
      'Quyết định 15-TTg',
      'và/hoặc',
    ]);
  });

  it('keeps every reference of the written corpus, each word and symbol part in an element of its own', () => {
    // happy-dom's import.meta.url is not a file URL; vitest runs from the repository's root.
    const corpus = readFileSync(
      join(process.cwd(), 'shared/references/testing/written-corpus.jsonl'),
      'utf8',
    );
    const lines = corpus
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => (JSON.parse(line) as { text: string }).text.split('\n'));
    const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    // "3944/UBND-NC" as <span>3944</span><span>/UBND</span><span>-NC</span>: each node's own
    // characters are all the walk looks at before it opens a run.
    const paragraph = (line: string) =>
      `<p>${line
        .split(/(?=[/-])|(?<= )/)
        .map((part) => `<span>${escapeHtml(part)}</span>`)
        .join('')}</p>`;
    const symbols = (texts: string[]) => texts.flatMap((text) => findReferences(text).map((r) => r.symbol));
    const body = setBody(lines.map(paragraph).join(''));
    const expected = symbols(lines);
    expect(expected.length).toBeGreaterThan(2000);
    expect(symbols(runTexts(body))).toEqual(expected);
    // Two thousand lines in happy-dom: near vitest's default 5 s on two busy cores.
  }, 60_000);

  it('breaks the line where a <br> sits between two nodes of a run', () => {
    const body = setBody('<p>Ngày 27/8/2020<br>3944/UBND-NC, <b>số 5</b><br><i>tờ 2</i></p>');
    expect(runTexts(body)).toEqual(['Ngày 27/8/2020\n3944/UBND-NC, số 5\ntờ 2']);
  });

  it('spaces a word and a number that two elements glue together, and records the gap', () => {
    const body = setBody(
      '<div><span>Số hiệu</span><span>3321/UBND-VP</span> · <b>Ngày ký</b>14/03/2024</div>',
    );
    const [run] = allTextRuns(body, blockResolver());
    expect(run?.text).toBe('Số hiệu 3321/UBND-VP · Ngày ký 14/03/2024');
    expect(run?.starts).toEqual([0, 8, 20, 23, 31]);
    // Inside a symbol, and after punctuation, nothing is added.
    expect(runTexts(setBody('<p>Số 3944/<b>UBND</b>-NC, số <i>12</i>/QĐ-UBND</p>'))).toEqual([
      'Số 3944/UBND-NC, số 12/QĐ-UBND',
    ]);
  });

  it('keeps whitespace between two nodes of a line, and no run for whitespace between blocks', () => {
    const body = setBody('<div>\n  <p><b>Công văn</b> <i>3944/UBND-NC</i>\n</p>\n  <p>số 5</p>\n</div>');
    expect(runTexts(body, true)).toEqual(['Công văn 3944/UBND-NC', 'số 5']);
  });

  it('reads a single text node as its own root', () => {
    const body = setBody('<p>x <b>Số 3944/UBND-NC</b></p>');
    const text = body.querySelector('b')?.firstChild as Text;
    expect(runTexts(text)).toEqual(['Số 3944/UBND-NC']);
  });

  it('pauses when told to yield and resumes where it stopped', () => {
    const prose = (n: number) => Array.from({ length: n }, () => '<p>Đoạn văn không có số</p>').join('');
    const paragraphs = Array.from(
      { length: 20 },
      (_, i) => `${prose(100)}<p>Văn bản số ${i + 1}/UBND-NC</p>`,
    ).join('');
    const body = setBody(paragraphs);
    const walker = textRunWalker(body, blockResolver());
    const texts: string[] = [];
    let pauses = 0;
    // Digit-free paragraphs are walked over without returning: only the clock can stop the walk.
    const yieldEveryTime = () => true;
    for (let step = walker.next(yieldEveryTime); step !== 'done'; step = walker.next(yieldEveryTime)) {
      if (step === 'paused') pauses++;
      else texts.push(step.text);
    }
    expect(pauses).toBeGreaterThan(0);
    expect(pauses).toBeGreaterThanOrEqual(20);
    expect(texts).toHaveLength(20);
    expect(texts[19]).toBe('Văn bản số 20/UBND-NC');
  });
});
