/**
 * The two rules every list of checkboxes in the extension follows (the popup's recipient
 * picker, the dashboard's distribution and task forms, a group's members): a filter that
 * ignores case and diacritics ("so giao duc" finds "Sở Giáo dục"), and ticking that makes a
 * new set, as state updates need.
 * @module
 */
import { foldText } from '../../shared/references/fold';

/** Whether `text` holds what was typed in the filter, case and diacritics ignored; an empty filter matches all. */
export function matchesFilter(text: string, filter: string): boolean {
  const wanted = foldText(filter.trim());
  return !wanted || foldText(text).includes(wanted);
}

/** A set with `id` added or taken out. */
export function toggled(set: ReadonlySet<number>, id: number, on: boolean): Set<number> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
