import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findReferences } from './find-references';
import { parseCorpus, SCORED_FIELDS, scoreCorpus } from './testing/corpus';

// The labelled corpus is the team's reference material beside the repository
// (../shared/corpus), not part of it: a clone without it skips this file.
const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')) : [];

/** The acceptance thresholds of issue #2. */
const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.95;
const MIN_FIELD_ACCURACY = 0.95;
/** typeName is not among the accepted fields: a Party "QĐ" under a header can mean either type. */
const ACCEPTED_FIELDS = SCORED_FIELDS.filter((field) => field !== 'typeName');

/** Scores one labelled file and holds it to the acceptance thresholds. */
function expectAcceptable(name: string, jsonl: string): void {
  const snippets = parseCorpus(jsonl);
  const score = scoreCorpus(snippets, findReferences);
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.info(
    `${name}: ${score.matched}/${score.labelled} labelled matched, ${score.predicted} predicted; ` +
      `precision ${percent(score.precision)}, recall ${percent(score.recall)}; ` +
      SCORED_FIELDS.map((f) => `${f} ${percent(score.fieldAccuracy[f])}`).join(', '),
  );
  const problems = score.mismatches.filter((m) => m.kind !== 'field' || m.field !== 'typeName');
  expect
    .soft(
      problems.map((m) => `${m.id} ${m.field ?? m.kind}`),
      'mismatches other than typeName',
    )
    .toEqual(KNOWN_MISMATCHES[name] ?? []);
  expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  for (const field of ACCEPTED_FIELDS) {
    expect(score.fieldAccuracy[field], field).toBeGreaterThanOrEqual(MIN_FIELD_ACCURACY);
  }
}

describe.skipIf(corpusFiles.length === 0)('labelled corpus (../shared/corpus)', () => {
  it.each(corpusFiles)('%s: precision, recall and field accuracy', (file) => {
    expectAcceptable(file, readFileSync(`${corpusDir}${file}`, 'utf8'));
  });
});

/**
 * Snippets the team wrote and labelled by SYMBOLS.md to audit the engine on text it had not
 * seen (headers, preambles, news, Party and court documents, PDF breaks, look-alikes), kept
 * in the repository so that every clone scores them. Their typeName labels are incomplete.
 */
const WRITTEN_CORPUS = 'testing/written-corpus.jsonl';

/**
 * Where the engine and these labels part, each a call SYMBOLS.md leaves open, left on purpose
 * (shared/references/README.md): a slug without its year, a date on the number's own line, licence numbers (GP is not a document type there), an
 * OCR'd "TƯ" kept as written; from the seventh and ninth audits: OCR's O and l for 0 and 1, a
 * verb between the symbol and its date ("ký ngày"), a
 * hashtag, dates with a two-digit year; from the twenty-fifth: court and police codes outside the
 * type-code table (GĐ, KLĐT), a seven-digit form serial, a
 * Party symbol with its "/nb" mark, a date
 * after no "dated"; from the twenty-eighth, a date in a table's next column flattened with spaces
 * only (no bar or tab tells a cell from a phrase); a date in the next table cell whose header, naming another
 * date ("Hiệu lực"), stands further back than the engine reads for a cell (dates.ts); from the
 * thirty-fourth, a line break a page wrote out as the text "\r\n" between the number and its date;
 * from the thirty-eighth, a year split by a space in copying ("16/7/20 21"), and a PDF's text
 * whose Đ and other letters were lost ("Q -TTg", "S :" for "Số:"); from the fifty-second, another OCR'd
 * "TƯ" kept as written (a header's "Số: 1125 /BVXP-KHTH", of a body no list knows, left from the
 * fifty-seventh, is read since audit 113: "Số:" opening its line, the code against the slash);
 * from the sixty-first, a forum post's
 * "cv 2159/ctbdu-ttht", a dispatch of a body no list knows in lower case (only a known body's is
 * read so).
 */
const KNOWN_MISMATCHES: Record<string, string[]> = {
  [WRITTEN_CORPUS]: [
    'a1-gp-footer typeCode',
    'a1-gp-footer issuer',
    'a2-g-slug missed',
    'a2-g-tu-ocr issuer',
    'a7-ocr-O-for-0 missed',
    'a7-ocr-l-for-1 missed',
    'a7-dt-ky-ngay issuedDate',
    'a7-mix-pipe-table issuedDate',
    'a9-sm-hashtag missed',
    'a9-dt-2digit issuedDate',
    'a14-pt-5 issuer',
    'a25-tandtc-giaidap typeCode',
    'a25-tandtc-giaidap issuer',
    'a25-ca-kldt typeCode',
    'a25-ca-kldt issuer',
    'a25-ca-xphc missed',
    'a25-pty-vptw-nb spurious',
    'a25-pty-vptw-nb missed',
    'a25-en-mt-space issuedDate',
    'a25-date-2digit-year issuedDate',
    'a28-prop-pgd-list issuedDate',
    'a34-63 issuedDate',
    'a38-09 issuedDate',
    'a38-22 issuedDate',
    'a38-22 spurious',
    'a38-22 missed',
    'a52-033 issuer',
    'a61-019 missed',
    // Audit 71: a header flattened to one line with its "V/v" glued on ("…-PBGDPLV/v"; the fix
    // did not fit the content script's budget); a comma-separated export whose row numbers read
    // as decimals ("1,125/SNV-XDCQ"). (Its number with a letter before a year, "27a/2022/UBTVQH15",
    // is read since audit 208.)
    'a71-035 spurious',
    'a71-035 missed',
    'a71-042 missed',
    'a71-042 missed',
    'a71-042 missed',
    // Audit 75 (real text): an issuer with a dot in it ("06/QC-TT.HĐND-UBND"); a PDF's text kept
    // in a script with its line breaks written out as "\\n", glued to the number ("\\n22/2023/QH15").
    'a75-049 spurious',
    'a75-049 missed',
    'a75-050 missed',
    'a75-050 missed',
    // Audit 81 (real text): spun text's "ngày 14 mon 04 năm 2017"; "TƯ" kept as written, twice; a
    // year split by a space ("16/7/20 21"); a type code glued before the number ("QĐ15/2006/BTC").
    'a81-018 issuedDate',
    'a81-025 issuer',
    'a81-026 issuer',
    'a81-045 issuedDate',
    'a81-053 missed',
    // Audit 85 (real text): English headers ("No.⏎56/2011/TT-BTC | Hanoi, April 29th 2011",
    // "Number: …" over "Ha Noi , May 14, 2008"); a company's "Biên bản họp" code BBH outside the
    // table; OCR's "06 thing 7" and spun "ngày thứ 7 tháng 08"; a university table whose cells ran
    // together ("năm 200901/QĐ-…"); "22/TTg-V .III" with a space before its unit's dot; "217 QĐ/
    // TW" spaced after the slash; a page's written-out "\r\n" between number and date.
    'a85-004 issuedDate',
    'a85-007 missed',
    'a85-028 issuedDate',
    'a85-030 spurious',
    'a85-030 missed',
    'a85-030 missed',
    'a85-033 issuedDate',
    'a85-035 issuedDate',
    'a85-040 spurious',
    'a85-040 missed',
    'a85-041 missed',
    'a85-050 issuedDate',
    // Audit 88 (real text): a space after a unit's hyphen ("04/HD-VKSTC- V4") and inside a number
    // ("0 1/QĐ-VKSTC-V9"); a circular whose TT code was lost ("19/2013/BYT"); a court's type code
    // glued to its body ("45/2014/QĐTA-TĐKT").
    'a88-023 spurious',
    'a88-023 missed',
    'a88-024 spurious',
    'a88-024 missed',
    'a88-027 missed',
    'a88-049 missed',
  ],
};

describe('snippets written for the audits (testing/written-corpus.jsonl)', () => {
  it('precision, recall and field accuracy', () => {
    expectAcceptable(WRITTEN_CORPUS, readFileSync(new URL(`./${WRITTEN_CORPUS}`, import.meta.url), 'utf8'));
  });
});

if (corpusFiles.length === 0) {
  console.info(`labelled corpus not found at ${corpusDir}: corpus scoring skipped`);
}
