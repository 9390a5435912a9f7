import type { ListingRow, ReferenceStatus } from '../../../lib/page-scan';
import { useText } from '../catalogue';
import type { RecipientTarget } from './RefItem';
import { RowItem } from './RowItem';

export interface ListingRowsProps {
  rows: readonly ListingRow[];
  /** Every selectable row's key, the primary's row included, for "select all". */
  allKeys: readonly string[];
  statusOf: (key: string) => ReferenceStatus;
  busy: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  onSelect: (key: string, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  onSave: (key: string) => void;
  onSaveSelected: () => void;
  onChooseRecipients?: (target: RecipientTarget) => void;
}

/** The rows of the page's listing tables, to save one by one or the ticked ones at once. */
export function ListingRows({
  rows,
  allKeys,
  statusOf,
  busy,
  selected,
  onSelect,
  onSelectAll,
  onSave,
  onSaveSelected,
  onChooseRecipients,
}: ListingRowsProps) {
  const t = useText();
  const ticked = allKeys.filter((key) => selected.has(key)).length;
  return (
    <section class="rows" aria-labelledby="rows-heading">
      <h2 id="rows-heading">{t('rowsHeading')}</h2>
      <div class="rows-actions">
        <label class="row-pick">
          <input
            type="checkbox"
            data-testid="select-all"
            checked={ticked > 0 && ticked === allKeys.length}
            onChange={(event) => onSelectAll(event.currentTarget.checked)}
          />
          {t('selectAll')}
        </label>
        <button type="button" class="primary-button" data-testid="save-selected" onClick={onSaveSelected}>
          {t('saveSelected', { n: ticked })}
        </button>
      </div>
      <ul class="plain-list">
        {rows.map((row) => (
          <li key={row.reference.key}>
            <RowItem
              row={row}
              status={statusOf(row.reference.key)}
              busy={busy.has(row.reference.key)}
              selected={selected.has(row.reference.key)}
              onSelect={onSelect}
              onSave={onSave}
              onChooseRecipients={onChooseRecipients}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
