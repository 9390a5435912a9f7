import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../shared/references';
import { ARTICLE_3944_EXCERPT } from '../../shared/references/testing/article-3944';
import { parseCorpus } from '../../shared/references/testing/corpus';
import { findReferencesAround } from '../content/references-around';
import { readAuditPages } from '../content/testing/audit-pages';
import { completeReference } from './reference-completion';

// happy-dom's import.meta.url is not a file URL; vitest runs from the repository's root.
const WRITTEN_CORPUS = join(process.cwd(), 'shared/references/testing/written-corpus.jsonl');

/** What the popup gets: the content script's references, completed in the background. */
const reportedThenCompleted = (text: string) => findReferencesAround(text).map(completeReference);

describe('type names and issued dates read in the background', () => {
  it('reports references without type name and date, with the text around them', () => {
    const [reference] = findReferencesAround('Theo Công văn số 3944/UBND-NC ngày 27/8/2020 của UBND tỉnh');
    expect(reference?.issuedDate).toBeNull();
    expect(reference?.typeName).toBeNull();
    expect(reference?.around?.slice(reference.at, (reference.at ?? 0) + reference.raw.length)).toBe(
      '3944/UBND-NC',
    );
    expect(completeReference(reference as NonNullable<typeof reference>)).toMatchObject({
      symbol: '3944/UBND-NC',
      typeName: 'Công văn',
      issuedDate: '2020-08-27',
    });
  });

  it('reads the dating line under a header and the date field under a number field', () => {
    const header = `ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 594/KH-UBND\n${'V/v triển khai '.repeat(8)}\nNghệ An, ngày 21 tháng 10 năm 2021`;
    const metadata = 'Số hiệu: 23/2012/TT-BCA\nNgày ban hành: 27/04/2012\nLoại văn bản: Thông tư';
    expect(reportedThenCompleted(header).map((r) => r.issuedDate)).toEqual(['2021-10-21']);
    expect(reportedThenCompleted(metadata).map((r) => r.issuedDate)).toEqual(['2012-04-27']);
  });

  it('reads a type word far before the number, and leaves out a form’s number', () => {
    const text =
      'theo quy định của Nghị quyết của Hội đồng nhân dân tỉnh khóa XVII số 12/2024/NQ-HĐND và Luật Sở hữu trí tuệ số 50/2005/QH11; Mẫu số 01/TNDN kèm theo';
    expect(reportedThenCompleted(text).map((r) => [r.symbol, r.typeName])).toEqual([
      ['12/2024/NQ-HĐND', 'Nghị quyết'],
      ['50/2005/QH11', 'Luật'],
    ]);
  });

  it('reads a type word a deeply indented source puts far before the number', () => {
    const text = `Thông báo\n${' '.repeat(130)}số 45/UBND-VP`;
    expect(reportedThenCompleted(text)).toEqual(findReferences(text));
    expect(reportedThenCompleted(text)[0]?.typeName).toBe('Thông báo');
  });

  it('drops the text around a reference once it is read', () => {
    const [dated] = reportedThenCompleted('Quyết định số 15/2024/QĐ-UBND');
    expect(dated).not.toHaveProperty('around');
    expect(dated).not.toHaveProperty('at');
  });

  it('gives every text of the written corpus and the article what the engine gives on the whole text', () => {
    const texts = [
      ...parseCorpus(readFileSync(WRITTEN_CORPUS, 'utf8')).map((entry) => entry.text),
      ARTICLE_3944_EXCERPT,
    ];
    // Long texts too, where the windows are cut out of the middle: all the snippets in one, and
    // the audit pages' text with their markup taken out.
    const pages = readAuditPages().map((page) => page.html.replace(/<[^>]+>/g, '\n'));
    texts.push(texts.join('\n\n'), ...pages);
    expect(texts.length).toBeGreaterThan(800);
    for (const text of texts) {
      for (const variant of [text, text.normalize('NFD')]) {
        expect(reportedThenCompleted(variant)).toEqual(findReferences(variant));
      }
    }
    // Every audit page twice (composed and decomposed): the work grows with the audit file,
    // past vitest's default 5 s on two busy cores.
  }, 120_000);
});
