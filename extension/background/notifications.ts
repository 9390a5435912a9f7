/**
 * The unit head's browser notifications: every few minutes (an alarm, so a stopped service
 * worker is woken for it) the background reads `GET /api/me/inbox`, sets the toolbar badge to
 * the dispatches waiting, and tells of new dispatches and near deadlines (notify-rules.ts).
 * Turned off on the options page, the poll still keeps the badge current but tells nothing.
 * Clicking a notification opens the side panel's page in a tab.
 * @module
 */
import { browser } from 'wxt/browser';
import type { Inbox } from '../../shared/schemas/inbox';
import { languageItem } from '../lib/i18n';
import { openExtensionPage } from '../lib/pages';
import { notifiedItem, notifyEnabledItem, sessionItem, soonDaysItem } from '../lib/storage';
import { readMyInbox, showWaiting } from './inbox';
import { withLock } from './lock';
import { NOTIFICATION_ICON } from './notification-icon';
import { decide, type Notice, userKey } from './notify-rules';
import { noticeText } from './notify-text';

export const NOTIFY_ALARM = 'inbox-notify';
export const POLL_MINUTES = 5;
/** Marks our notifications, so a click on anything else is left alone. */
const PREFIX = 'dispatch-tracker:';

/**
 * Sets the poll going, once: an MV3 worker starts many times a day, and creating the alarm
 * again would push its first firing back each time, so that it might never fire.
 */
export async function scheduleInboxPoll(): Promise<void> {
  if (await browser.alarms.get(NOTIFY_ALARM)) return;
  await browser.alarms.create(NOTIFY_ALARM, { delayInMinutes: 1, periodInMinutes: POLL_MINUTES });
}

export function noticeId(notice: Notice): string {
  if (notice.kind === 'dispatch') return `${PREFIX}dispatch:${notice.dispatch.id}`;
  if (notice.kind === 'due') return `${PREFIX}task:${notice.task.id}`;
  // Counted notices replace the previous one of their kind rather than pile up.
  return `${PREFIX}${notice.kind}`;
}

async function show(notices: readonly Notice[]): Promise<void> {
  const language = await languageItem.getValue();
  for (const notice of notices) {
    const { title, message } = noticeText(notice, language);
    await browser.notifications.create(noticeId(notice), {
      type: 'basic',
      iconUrl: NOTIFICATION_ICON,
      title,
      message,
    });
  }
}

/** What the poll told, for tests. */
export interface PollOutcome {
  inbox: Inbox | null;
  notices: Notice[];
}

/**
 * One poll. Only a unit head has an inbox of their own; anyone else is left alone (their badge
 * is the page's count). What is told is remembered before it is shown: a worker stopped in
 * between loses a notification rather than shows it twice.
 */
export function pollInbox(): Promise<PollOutcome> {
  return withLock('inbox-poll', async () => {
    const none: PollOutcome = { inbox: null, notices: [] };
    const session = await sessionItem.getValue();
    if (session?.user.role !== 'unit_head') return none;
    const [enabled, soonDays] = await Promise.all([notifyEnabledItem.getValue(), soonDaysItem.getValue()]);
    const result = await readMyInbox(soonDays);
    if (!result.ok) return none;
    const inbox = result.data;
    await showWaiting(inbox.counts.unacknowledged);
    if (!enabled) {
      // Turned on again later, it starts afresh with one summary, not with what came meanwhile.
      await notifiedItem.setValue(null);
      return { inbox, notices: [] };
    }
    const { notices, next } = decide(
      await notifiedItem.getValue(),
      inbox,
      userKey(session.serverUrl, session.user.id),
    );
    await notifiedItem.setValue(next);
    await show(notices);
    return { inbox, notices };
  });
}

/** A click on one of ours opens the side panel's page, where the item can be acted on. */
export async function onNotificationClicked(id: string): Promise<void> {
  if (!id.startsWith(PREFIX)) return;
  await openExtensionPage('/sidepanel.html');
  await browser.notifications.clear(id);
}

/**
 * A new sign-in (or a sign-out) starts the notifications afresh: the first poll of a session
 * gives one summary at most. Polls at once after a sign-in, so the badge and summary need not
 * wait for the alarm.
 */
export async function onSessionChanged(token: string | null, previousToken: string | null): Promise<void> {
  if (token === previousToken) return;
  await notifiedItem.setValue(null);
  if (token !== null) await pollInbox();
}
