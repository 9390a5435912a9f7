/**
 * The years the API takes for a register (its schema's bounds, 1900–2100): the register page
 * and the overview's exports both ask for one in a number box.
 * @module
 */

/** The number box's bounds, so the browser's arrows stay inside what the API takes. */
export const YEAR_INPUT = { type: 'number', min: 1900, max: 2100 } as const;

/** A year the API takes, or null. */
export function yearOf(input: string): number | null {
  const year = Number(input.trim());
  return Number.isInteger(year) && year >= YEAR_INPUT.min && year <= YEAR_INPUT.max ? year : null;
}
