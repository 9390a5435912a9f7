/**
 * Prints the engine's precision, recall and field accuracy on a labelled corpus, with every
 * mismatch: `npx tsx scripts/corpus-report.ts [path/to/corpus.jsonl]`.
 */
import { readFileSync } from 'node:fs';
import { findReferences } from '../shared/references';
import { parseCorpus, scoreCorpus } from '../shared/references/testing/corpus';

const path = process.argv[2] ?? new URL('../../shared/corpus/dev.jsonl', import.meta.url).pathname;
const score = scoreCorpus(parseCorpus(readFileSync(path, 'utf8')), findReferences);
for (const m of score.mismatches) {
  console.log(
    `${m.kind.padEnd(8)} ${m.id.padEnd(22)} ${JSON.stringify(m.raw)} ${m.field ?? ''} expected=${JSON.stringify(m.expected)} actual=${JSON.stringify(m.actual)}`,
  );
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`labelled ${score.labelled}, predicted ${score.predicted}, matched ${score.matched}`);
console.log(`precision ${pct(score.precision)}, recall ${pct(score.recall)}`);
console.log(
  Object.entries(score.fieldAccuracy)
    .map(([f, a]) => `${f} ${pct(a)}`)
    .join(', '),
);
