import type { ComponentChildren } from 'preact';
import type { ReferenceStatus } from '../../../lib/page-scan';
import { useText } from '../catalogue';
import { canSave } from '../page-items';

/** A recorded dispatch to choose recipients for. */
export interface RecipientTarget {
  dispatchId: number;
  key: string;
  symbol: string;
}

export interface RefItemProps {
  /** The canonical symbol, as the page gave it. */
  symbol: string;
  itemKey: string;
  typeName?: string | null;
  status: ReferenceStatus;
  /** A save of this reference is on its way. */
  busy: boolean;
  /** Without it the save button submits the enclosing form (the primary block). */
  onSave?: () => void;
  /** Rows show the symbol next to their checkbox already. */
  showSymbol?: boolean;
  onChooseRecipients?: (target: RecipientTarget) => void;
  children?: ComponentChildren;
}

/** One document reference of the page, its state with the server and its save button. */
export function RefItem({
  symbol,
  itemKey,
  typeName,
  status,
  busy,
  onSave,
  showSymbol = true,
  onChooseRecipients,
  children,
}: RefItemProps) {
  const t = useText();
  const { state, dispatchId, error } = status;
  return (
    <div
      class="ref"
      data-testid="ref"
      data-symbol={symbol}
      data-key={itemKey}
      data-state={state}
      aria-busy={busy}
      // Focus lands here when a save disables the button that had it.
      tabIndex={-1}
    >
      <div class="ref-line">
        {showSymbol && (
          <span class="ref-symbol">
            {typeName && <span class="ref-type">{typeName} </span>}
            {symbol}
          </span>
        )}
        <span class={`badge badge-${state}`} data-testid="ref-state">
          {busy ? t('saving') : t(`state_${state}`)}
        </span>
        <button
          type={onSave ? 'button' : 'submit'}
          class="save"
          data-testid="save"
          disabled={busy || !canSave(state)}
          aria-label={t('saveLabel', { symbol })}
          onClick={onSave}
        >
          {t('save')}
        </button>
      </div>
      {state === 'error' && error && (
        <p class="ref-error" data-testid="ref-error">
          {error}
        </p>
      )}
      {state === 'saved' && dispatchId !== null && onChooseRecipients && (
        <button
          type="button"
          class="link-button"
          data-testid="choose-recipients"
          onClick={() => onChooseRecipients({ dispatchId, key: itemKey, symbol })}
        >
          {t('chooseRecipients')}
        </button>
      )}
      {children}
    </div>
  );
}
