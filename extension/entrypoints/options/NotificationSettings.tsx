import { useEffect, useState } from 'preact/hooks';
import { notifyEnabledItem, soonDaysItem } from '../../lib/storage';
import type { OptionsKey } from './messages';

export interface NotificationSettingsProps {
  t: (key: OptionsKey, values?: Record<string, string | number>) => string;
}

/** The days ahead as typed: a whole number from 1 to 30, or null. */
export function parseSoonDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= 1 && days <= 30 ? days : null;
}

/**
 * The unit head's notifications: on or off, and how many days before a deadline a task counts
 * as due soon (the notifications and the side panel both use it). Saved in extension storage,
 * where the background reads them at its next poll.
 */
export function NotificationSettings({ t }: NotificationSettingsProps) {
  const [enabled, setEnabled] = useState(true);
  const [daysText, setDaysText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void notifyEnabledItem.getValue().then(setEnabled);
    void soonDaysItem.getValue().then((days) => setDaysText(String(days)));
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    const days = parseSoonDays(daysText);
    setInvalid(days === null);
    if (days === null) {
      setMessage(t('soonDaysInvalid'));
      return;
    }
    await Promise.all([notifyEnabledItem.setValue(enabled), soonDaysItem.setValue(days)]);
    setDaysText(String(days));
    setMessage(t(enabled ? 'notificationsSaved' : 'notificationsSavedOff', { n: days }));
  }

  return (
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('notifications')}</h2>
      <form onSubmit={save} noValidate>
        <fieldset class="plain" aria-labelledby="notifications-heading" aria-describedby="notify-hint">
          <label class="check">
            <input
              type="checkbox"
              name="notify"
              data-testid="notify"
              checked={enabled}
              onChange={(event) => setEnabled(event.currentTarget.checked)}
            />
            {t('notifyLabel')}
          </label>
          <p id="notify-hint" class="hint">
            {t('notifyHint')}
          </p>
          <label for="soonDays">{t('soonDaysLabel')}</label>
          <input
            id="soonDays"
            name="soonDays"
            class="days"
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            step={1}
            required
            aria-invalid={invalid}
            aria-describedby="soonDays-hint"
            value={daysText}
            onInput={(event) => setDaysText(event.currentTarget.value)}
          />
          <p id="soonDays-hint" class="hint">
            {t('soonDaysHint')}
          </p>
        </fieldset>
        <button type="submit" data-testid="save-notifications">
          {t('saveNotifications')}
        </button>
        <p role="status" aria-live="polite" data-testid="notifications-status" class={invalid ? 'error' : ''}>
          {message}
        </p>
      </form>
    </section>
  );
}
