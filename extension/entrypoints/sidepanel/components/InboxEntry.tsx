import { useEffect, useRef, useState } from 'preact/hooks';
import { daysBetween, taskDeadlineState } from '../../../../shared/deadlines';
import { formatDate } from '../../../lib/i18n';
import type { InboxItem, Request } from '../../../lib/messaging';
import { useText } from '../catalogue';
import { DeadlineBadge } from './DeadlineBadge';
import { DispatchInfo } from './DispatchInfo';

export interface InboxEntryProps {
  item: InboxItem;
  busy: boolean;
  /** Only a unit head confirms receipt (for their unit). */
  canAck: boolean;
  request: Request;
  onAck: (note: string) => void;
  /** The server's today (Vietnam) and its "due soon" horizon, for the nearest deadline's state. */
  today: string;
  soonDays: number;
}

/** One dispatch addressed to the unit, with its "Xác nhận đã nhận" form while not acknowledged. */
export function InboxEntry({ item, busy, canAck, request, onAck, today, soonDays }: InboxEntryProps) {
  const t = useText();
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const acking = useRef(false);
  // The form leaves with the acknowledgement: keep the keyboard user's place in the item.
  useEffect(() => {
    if (item.state === 'acknowledged' && acking.current) toggle.current?.focus();
    if (item.state === 'acknowledged' || !busy) acking.current = false;
  }, [item.state, busy]);
  const noteId = `ack-note-${item.id}`;
  const detailsId = `details-${item.id}`;
  return (
    <li
      class={`item item-${item.state}`}
      data-testid="inbox-item"
      data-dispatch-id={String(item.id)}
      data-state={item.state}
    >
      <p class="item-head">
        <strong data-testid="symbol">{item.symbol}</strong>{' '}
        <span class={`state state-${item.state}`}>{t(`state_${item.state}`)}</span>
      </p>
      <p data-testid="subject">{item.subject}</p>
      <dl class="facts">
        {item.issuingBody && (
          <>
            <dt>{t('issuingBody')}</dt>
            <dd>{item.issuingBody}</dd>
          </>
        )}
        {item.issuedDate && (
          <>
            <dt>{t('issuedDate')}</dt>
            <dd data-testid="issued-date">{formatDate(item.issuedDate)}</dd>
          </>
        )}
        {item.nearestDue && (
          <>
            <dt>{t('nearestDue')}</dt>
            <dd data-testid="nearest-due">
              {formatDate(item.nearestDue)}{' '}
              <DeadlineBadge
                state={taskDeadlineState(
                  { status: 'todo', dueDate: item.nearestDue, completedAt: null },
                  today,
                  soonDays,
                )}
                daysLeft={daysBetween(today, item.nearestDue)}
              />
            </dd>
          </>
        )}
      </dl>
      {item.state === 'pending' && canAck && (
        <form
          class="ack-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (busy) return;
            acking.current = true;
            onAck(note);
          }}
        >
          <label for={noteId}>{t('ackNote')}</label>
          <input
            id={noteId}
            name="note"
            type="text"
            data-testid="ack-note"
            value={note}
            maxLength={500}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          <button
            type="submit"
            data-testid="ack"
            disabled={busy}
            aria-label={t('ackLabel', { symbol: item.symbol })}
          >
            {busy ? t('acking') : t('ack')}
          </button>
        </form>
      )}
      <button
        type="button"
        class="link"
        ref={toggle}
        data-testid="toggle-details"
        aria-expanded={open}
        aria-controls={detailsId}
        aria-label={t('detailsLabel', { symbol: item.symbol })}
        onClick={() => setOpen(!open)}
      >
        {open ? t('hideDetails') : t('details')}
      </button>
      <div id={detailsId}>{open && <DispatchInfo dispatchId={item.id} request={request} />}</div>
    </li>
  );
}
