/**
 * Scoring the engine against labelled snippets (../shared/corpus/*.jsonl): the acceptance
 * rule of issue #2 — a prediction counts when its span overlaps a labelled one and the two
 * symbols are equal after folding.
 * @module
 */
import type { DocumentReference } from '../../schemas/reference';

export interface LabelledReference {
  raw: string;
  symbol: string;
  number: string;
  year: number | null;
  typeCode: string | null;
  typeName: string | null;
  issuer: string | null;
  issuedDate: string | null;
}

export interface LabelledSnippet {
  id: string;
  text: string;
  refs: LabelledReference[];
}

export const SCORED_FIELDS = ['number', 'year', 'typeCode', 'typeName', 'issuer', 'issuedDate'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface Mismatch {
  id: string;
  kind: 'missed' | 'spurious' | 'field';
  field?: ScoredField;
  expected?: unknown;
  actual?: unknown;
  raw: string;
}

export interface CorpusScore {
  labelled: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  fieldAccuracy: Record<ScoredField, number>;
  mismatches: Mismatch[];
}

export function parseCorpus(jsonl: string): LabelledSnippet[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledSnippet);
}

/** Folding of the acceptance rule: upper case, no diacritics, Đ→D, no spaces, ASCII hyphens. */
export function foldSymbol(symbol: string): string {
  return symbol
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ\u00D0]/g, 'D')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Labelled spans: the k-th label with a given raw is its k-th occurrence in the text. */
function labelSpans(snippet: LabelledSnippet): Array<{ start: number; end: number; ref: LabelledReference }> {
  const seen = new Map<string, number>();
  return snippet.refs.map((ref) => {
    const from = seen.get(ref.raw) ?? 0;
    let start = snippet.text.indexOf(ref.raw, from);
    if (start < 0) start = snippet.text.indexOf(ref.raw);
    seen.set(ref.raw, start + 1);
    return { start, end: start + ref.raw.length, ref };
  });
}

export function scoreCorpus(
  snippets: LabelledSnippet[],
  find: (text: string) => DocumentReference[],
): CorpusScore {
  let labelled = 0;
  let predicted = 0;
  let matched = 0;
  const fieldHits = Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])) as Record<ScoredField, number>;
  const mismatches: Mismatch[] = [];
  for (const snippet of snippets) {
    const spans = labelSpans(snippet);
    const predictions = find(snippet.text);
    labelled += spans.length;
    predicted += predictions.length;
    const used = new Set<number>();
    for (const prediction of predictions) {
      const index = spans.findIndex(
        (span, i) =>
          !used.has(i) &&
          span.start < prediction.end &&
          prediction.start < span.end &&
          foldSymbol(span.ref.symbol) === foldSymbol(prediction.symbol),
      );
      if (index < 0) {
        mismatches.push({ id: snippet.id, kind: 'spurious', raw: prediction.raw, actual: prediction.symbol });
        continue;
      }
      used.add(index);
      matched++;
      const expected = (spans[index] as (typeof spans)[number]).ref;
      for (const field of SCORED_FIELDS) {
        if (expected[field] === prediction[field]) fieldHits[field]++;
        else
          mismatches.push({
            id: snippet.id,
            kind: 'field',
            field,
            expected: expected[field],
            actual: prediction[field],
            raw: prediction.raw,
          });
      }
    }
    spans.forEach((span, i) => {
      if (!used.has(i))
        mismatches.push({ id: snippet.id, kind: 'missed', raw: span.ref.raw, expected: span.ref.symbol });
    });
  }
  const fieldAccuracy = Object.fromEntries(
    SCORED_FIELDS.map((f) => [f, matched === 0 ? 0 : fieldHits[f] / matched]),
  ) as Record<ScoredField, number>;
  return {
    labelled,
    predicted,
    matched,
    precision: predicted === 0 ? 1 : matched / predicted,
    recall: labelled === 0 ? 1 : matched / labelled,
    fieldAccuracy,
    mismatches,
  };
}
