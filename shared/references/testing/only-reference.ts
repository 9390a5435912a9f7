/**
 * Tests only: the one reference `findReferences` finds in a text, its raw span checked.
 * @module
 */
import { expect } from 'vitest';
import type { DocumentReference } from '../../schemas/reference';
import { findReferences } from '../find-references';

export function onlyReference(text: string): DocumentReference {
  const found = findReferences(text);
  expect(found, `one reference in ${JSON.stringify(text)}`).toHaveLength(1);
  const [reference] = found as [DocumentReference];
  expect(text.slice(reference.start, reference.end)).toBe(reference.raw);
  return reference;
}
