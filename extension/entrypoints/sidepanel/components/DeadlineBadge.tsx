import type { DeadlineState } from '../../../../shared/schemas/inbox';
import { useText } from '../catalogue';

export interface DeadlineBadgeProps {
  state: DeadlineState;
  /** Days from today to the due date (negative when late), null without one. */
  daysLeft: number | null;
}

/** How many days are left or late, when that agrees with the state (finished tasks say none). */
function daysText(t: ReturnType<typeof useText>, state: DeadlineState, daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if ((state === 'trong_han' || state === 'sap_den_han') && daysLeft >= 0)
    return daysLeft === 0 ? t('dueToday') : t('daysLeft', { n: daysLeft });
  if (state === 'qua_han' && daysLeft < 0) return t('daysLate', { n: -daysLeft });
  return '';
}

/** A deadline as offices say it: trong hạn, sắp đến hạn, quá hạn; đúng hạn or trễ hạn once done. */
export function DeadlineBadge({ state, daysLeft }: DeadlineBadgeProps) {
  const t = useText();
  const days = daysText(t, state, daysLeft);
  return (
    <span class={`deadline deadline-${state}`} data-testid="deadline-state" data-deadline-state={state}>
      {t(`deadline_${state}`)}
      {days && ` · ${days}`}
    </span>
  );
}
