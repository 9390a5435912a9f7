/**
 * What may stand above a card's heading, read past to find it (element-text.ts) and read for a
 * date the card shows with no label (background/card-fields.ts).
 * @module
 */
import { dateLine } from './listing-date';

/**
 * A list's counter on a line of its own, before an item's heading ("1", "1.", "01"), or a
 * calendar badge's day, month or year on a line of its own ("28" over "Tháng 10" over "2024"),
 * or its month and year ("24" over "10/2022"; audit 102).
 */
const isOrdinal = (line: string) => /^(?:\d{1,4}\.?|th(?:áng)?\.? ?\d\d?|\d\d?\/\d{4})$/i.test(line);

/** A counter, a date, a calendar badge ("23" over "Th9/2024"). */
export const isPreamble = (line: string) => isOrdinal(line) || dateLine(line) !== null;
