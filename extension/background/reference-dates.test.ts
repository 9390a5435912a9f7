import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../shared/references';
import { ARTICLE_3944_EXCERPT } from '../../shared/references/testing/article-3944';
import { parseCorpus } from '../../shared/references/testing/corpus';
import { findReferencesAround } from '../content/references-around';
import { withIssuedDate } from './reference-dates';

// happy-dom's import.meta.url is not a file URL; vitest runs from the repository's root.
const WRITTEN_CORPUS = join(process.cwd(), 'shared/references/testing/written-corpus.jsonl');

/** What the popup gets: the content script's undated references, dated in the background. */
const reportedThenDated = (text: string) => findReferencesAround(text).map(withIssuedDate);

describe('issued dates read in the background', () => {
  it('reports references undated, with the text around them', () => {
    const [reference] = findReferencesAround('Theo Công văn số 3944/UBND-NC ngày 27/8/2020 của UBND tỉnh');
    expect(reference?.issuedDate).toBeNull();
    expect(reference?.around?.slice(reference.at, (reference.at ?? 0) + reference.raw.length)).toBe(
      '3944/UBND-NC',
    );
    expect(withIssuedDate(reference as NonNullable<typeof reference>)).toMatchObject({
      symbol: '3944/UBND-NC',
      issuedDate: '2020-08-27',
    });
  });

  it('reads the dating line under a header and the date field under a number field', () => {
    const header = `ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 594/KH-UBND\n${'V/v triển khai '.repeat(8)}\nNghệ An, ngày 21 tháng 10 năm 2021`;
    const metadata = 'Số hiệu: 23/2012/TT-BCA\nNgày ban hành: 27/04/2012\nLoại văn bản: Thông tư';
    expect(reportedThenDated(header).map((r) => r.issuedDate)).toEqual(['2021-10-21']);
    expect(reportedThenDated(metadata).map((r) => r.issuedDate)).toEqual(['2012-04-27']);
  });

  it('drops the text around a reference once it is dated', () => {
    const [dated] = reportedThenDated('Quyết định số 15/2024/QĐ-UBND');
    expect(dated).not.toHaveProperty('around');
    expect(dated).not.toHaveProperty('at');
  });

  it('gives every text of the written corpus and the article what the engine gives on the whole text', () => {
    const texts = [
      ...parseCorpus(readFileSync(WRITTEN_CORPUS, 'utf8')).map((entry) => entry.text),
      ARTICLE_3944_EXCERPT,
    ];
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) {
      for (const variant of [text, text.normalize('NFD')]) {
        expect(reportedThenDated(variant)).toEqual(findReferences(variant));
      }
    }
  });
});
