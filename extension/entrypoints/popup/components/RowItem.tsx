import { formatDate } from '../../../lib/i18n';
import type { ListingRow, ReferenceStatus } from '../../../lib/page-scan';
import { useText } from '../catalogue';
import { webLink } from '../save-sources';
import { type RecipientTarget, RefItem } from './RefItem';

export interface RowItemProps {
  row: ListingRow;
  status: ReferenceStatus;
  busy: boolean;
  selected: boolean;
  onSelect: (key: string, selected: boolean) => void;
  onSave: (key: string) => void;
  onChooseRecipients?: (target: RecipientTarget) => void;
}

/** One row of a listing table: a checkbox named by its symbol, the row's fields and its reference. */
export function RowItem({ row, status, busy, selected, onSelect, onSave, onChooseRecipients }: RowItemProps) {
  const t = useText();
  const { reference } = row;
  // Only web links: a row's link comes from the page and must not run script when followed.
  const link = webLink(row.url);
  return (
    <div class="row" data-testid="row" data-key={reference.key} data-state={status.state}>
      <label class="row-pick">
        <input
          type="checkbox"
          data-testid="row-select"
          checked={selected}
          onChange={(event) => onSelect(reference.key, event.currentTarget.checked)}
        />
        <span class="ref-symbol">{reference.symbol}</span>
      </label>
      {row.subject && <p class="row-subject">{row.subject}</p>}
      <p class="row-meta">
        {row.issuedDate && (
          <span>
            {t('rowDate')}: {formatDate(row.issuedDate)}
          </span>
        )}
        {row.issuingBody && (
          <span>
            {t('rowIssuingBody')}: {row.issuingBody}
          </span>
        )}
        {link && (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('rowLink')}
          </a>
        )}
      </p>
      <RefItem
        symbol={reference.symbol}
        itemKey={reference.key}
        status={status}
        busy={busy}
        showSymbol={false}
        onSave={() => onSave(reference.key)}
        onChooseRecipients={onChooseRecipients}
      />
    </div>
  );
}
