import { beforeEach, describe, expect, it } from 'vitest';
import { completeReference } from '../background/reference-completion';
import type { ReportedReference } from '../lib/page-scan';
import { blockResolver } from './block-elements';
import { liveRangeClass } from './ranges';
import { type FoundReference, referencesInRun } from './run-references';
import { rangeText, setBody } from './testing/dom';
import { allTextRuns } from './text-runs';
import { visibilityCheck } from './visibility';

function found(root: Node) {
  const visibility = visibilityCheck();
  return allTextRuns(root, blockResolver()).flatMap((run) =>
    referencesInRun(run, visibility, liveRangeClass(document)),
  );
}

const symbols = (root: Node) => found(root).map((f) => f.reference.symbol);

describe('references in runs of text', () => {
  beforeEach(() => setBody(''));

  it('maps each reference back to a range covering exactly its text', () => {
    const body =
      setBody(`<article><p>Ngày 27/8/2020, UBND tỉnh đã ban hành Công văn số 3944/<b>UBND</b>-NC gửi các cơ quan.</p>
      <p>Thực hiện Chỉ thị <a href="#">07/CT-</a><a href="#">BCA-V28</a> và Thông tư số 23/2012/TT BCA-V28 ngày 27/4/2012.</p></article>`);
    const all = found(body);
    expect(all.map((f) => f.reference.symbol)).toEqual([
      '3944/UBND-NC',
      '07/CT-BCA-V28',
      '23/2012/TT-BCA-V28',
    ]);
    for (const { reference, range } of all) expect(rangeText(range)).toBe(reference.raw);
    const first = all[0] as FoundReference;
    expect((first.range.startContainer as Text).data).toBe(
      'Ngày 27/8/2020, UBND tỉnh đã ban hành Công văn số 3944/',
    );
    expect((first.range.endContainer as Text).data).toBe('-NC gửi các cơ quan.');
  });

  it('leaves out hidden text', () => {
    const body = setBody(`<p style="display:none">Số 1/QĐ-UBND</p><p hidden>Số 2/QĐ-UBND</p>
      <div aria-hidden="true"><p>Số 3/QĐ-UBND</p></div><p style="visibility:hidden">Số 4/QĐ-UBND</p>
      <div style="display:none"><p><span>Số 5/QĐ-UBND</span></p></div><p>Số 6/QĐ-UBND</p>`);
    expect(symbols(body)).toEqual(['6/QĐ-UBND']);
  });

  it('leaves out what the reader is typing (contenteditable)', () => {
    const body = setBody(
      '<div contenteditable="true"><p>Số 1/QĐ-UBND</p></div><div contenteditable="false">Số 2/QĐ-UBND</div>',
    );
    expect(symbols(body)).toEqual(['2/QĐ-UBND']);
  });

  it('reads a reference that spans a hidden node as the reader sees it', () => {
    const body = setBody(
      '<p>Công văn số 3944/UBND-<span style="display:none">TH-</span>NC ngày 27/8/2020</p>',
    );
    const all = found(body);
    expect(all.map((f) => f.reference.symbol)).toEqual(['3944/UBND-NC']);
    // Dated by the background from the text the reader sees (reference-completion.ts).
    expect(completeReference(all[0]?.reference as ReportedReference).issuedDate).toBe('2020-08-27');
    // The range runs over the hidden node; the reader sees only "3944/UBND-NC" painted.
    expect(rangeText(all[0]?.range as AbstractRange)).toBe('3944/UBND-TH-NC');
  });

  it('breaks the line at <br>, so a date does not glue onto the next number', () => {
    const body = setBody(
      '<p>Ngày 27/8/2020<br>3944/UBND-NC</p><p>Số: 12/QĐ-UBND<br/><b>Hà Nội, ngày 5 tháng 3 năm 2021</b></p>',
    );
    const all = found(body);
    expect(all.map((f) => f.reference.symbol)).toEqual(['3944/UBND-NC', '12/QĐ-UBND']);
    for (const { reference, range } of all) expect(rangeText(range)).toBe(reference.raw);
  });
});
