import type { DocumentReference } from '../../shared/references';

/** What the content script found on one tab: the number of distinct references and their symbols. */
export interface TabReferences {
  count: number;
  symbols: string[];
}

/** One entry per distinct reference key, in page order, keeping the first spelling's symbol. */
export function summarizeReferences(references: readonly DocumentReference[]): TabReferences {
  const symbols = new Map<string, string>();
  for (const reference of references) {
    if (!symbols.has(reference.key)) symbols.set(reference.key, reference.symbol);
  }
  return { count: symbols.size, symbols: [...symbols.values()] };
}
