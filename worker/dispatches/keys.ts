/**
 * The canonical key of a reference, as the server computes it. The client's own `key` is never
 * trusted: the same document clipped from two portals must land on one key.
 * @module
 */
import { findReferences, symbolKey } from '../../shared/references';
import type { DocumentReference } from '../../shared/schemas/reference';

function whole(text: string): DocumentReference | null {
  const [ref] = findReferences(text);
  return ref && ref.start === 0 && ref.end === text.length ? ref : null;
}

/**
 * The engine's reading of `text` when the whole of it is one reference, else null. Typed
 * references are upper case, so a lower-cased one ("3944/ubnd-nc") is read in upper case too:
 * the key is upper case anyway.
 */
export function readSymbol(text: string): DocumentReference | null {
  const trimmed = text.trim();
  return whole(trimmed) ?? whole(trimmed.toUpperCase());
}

/**
 * The dedup key of a symbol (or of a key). When the engine reads the whole text as one
 * reference, its canonical form is keyed, so "3944/UBND – NC" and "3944/UBND-NC" are one
 * document; otherwise (a shape the engine does not know) the text itself is folded.
 */
export function referenceKey(symbolOrKey: string): string {
  return readSymbol(symbolOrKey)?.key ?? symbolKey(symbolOrKey.trim());
}

/** Every key `text` may have been stored under: the canonical one and the plain fold. */
export function candidateKeys(symbolOrKey: string): string[] {
  const canonical = referenceKey(symbolOrKey);
  const plain = symbolKey(symbolOrKey.trim());
  return canonical === plain ? [canonical] : [canonical, plain];
}
