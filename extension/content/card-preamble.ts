/**
 * What may stand above a card's heading, read past to find it (element-text.ts) and read for a
 * date the card shows with no label (background/card-fields.ts).
 * @module
 */
import { dateLine } from './listing-date';

/** A list's counter on a line of its own, before an item's heading ("1", "1.", "01"). */
const isOrdinal = (line: string) => /^\d{1,3}\.?$/.test(line);

/** A counter, a date, a calendar badge ("23" over "Th9/2024"). */
export const isPreamble = (line: string) => isOrdinal(line) || dateLine(line) !== null;
