/**
 * A list of checkboxes (groups, units) that a filter box narrows. Ticked items hidden by the
 * filter stay ticked: the filter helps find, it never unpicks.
 * @module
 */
import { matchesFilter } from '../../../../lib/pick-list';

export interface ChecklistItem {
  id: number;
  label: string;
  /** Shown after the label, smaller (a unit's code, a group's size). */
  hint?: string;
  /** Already done (the dispatch was sent there): shown ticked and not changeable. */
  done?: boolean;
}

/** Whether `item` matches the typed filter, ignoring case and diacritics ("so giao duc" finds "Sở Giáo dục"). */
export function matches(item: ChecklistItem, filter: string): boolean {
  return matchesFilter(`${item.label} ${item.hint ?? ''}`, filter);
}

export interface ChecklistProps {
  legend: string;
  items: readonly ChecklistItem[];
  selected: ReadonlySet<number>;
  onToggle: (id: number, checked: boolean) => void;
  filter: string;
  /** `data-kind` of each box, so tests and styles tell groups from units. */
  kind: string;
  empty: string;
}

export function Checklist({ legend, items, selected, onToggle, filter, kind, empty }: ChecklistProps) {
  const shown = items.filter((item) => matches(item, filter));
  return (
    <fieldset class="checklist">
      <legend>{legend}</legend>
      {shown.length === 0 ? (
        <p class="hint">{empty}</p>
      ) : (
        <ul>
          {shown.map((item) => (
            <li key={item.id}>
              <label class="check">
                <input
                  type="checkbox"
                  data-kind={kind}
                  data-id={item.id}
                  checked={item.done || selected.has(item.id)}
                  disabled={item.done}
                  onChange={(event) => onToggle(item.id, event.currentTarget.checked)}
                />
                <span>
                  {item.label}
                  {item.hint && <span class="hint"> ({item.hint})</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
