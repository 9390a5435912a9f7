/**
 * The side panel, for a unit head: the dispatches addressed to the unit (not yet acknowledged
 * first) with "Xác nhận đã nhận", and the unit's tasks with their reports. Talks to the
 * background only through `send`, so tests hand in a fake.
 * @module
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Language } from '../../lib/i18n';
import { requester, type Send } from '../../lib/messaging';
import { sidepanelText, TextContext, useText } from './catalogue';
import { InboxEntry } from './components/InboxEntry';
import { SignInPrompt } from './components/SignInPrompt';
import { TaskEntry } from './components/TaskEntry';
import { usePanel } from './hooks/use-panel';

export interface AppProps {
  send: Send;
  language: Language;
  openOptions: () => void;
  /** Opens the admins' dashboard in a new tab (offered to admins and clerks). */
  openDashboard: () => void;
}

export function App({ language, ...props }: AppProps) {
  const t = useMemo(() => sidepanelText(language), [language]);
  return (
    <TextContext.Provider value={t}>
      <Panel {...props} />
    </TextContext.Provider>
  );
}

function Panel({ send, openOptions, openDashboard }: Omit<AppProps, 'language'>) {
  const t = useText();
  const request = useMemo(() => requester(send), [send]);
  const panel = usePanel(request);
  const { session, inbox } = panel;
  const signedOut = session !== null && session.user === null;
  const role = session?.user?.role;
  const canAck = role === 'unit_head';
  // The dashboard refuses unit heads: offer it only to those it serves.
  const dashboard = role === 'admin' || role === 'clerk';

  let body: ComponentChildren;
  if (signedOut) body = <SignInPrompt onOpenOptions={openOptions} />;
  else if (panel.phase === 'loading') body = <p data-testid="status">{t('loading')}</p>;
  else if (panel.phase === 'error' || !inbox)
    body = (
      <div data-testid="status">
        <p>{t('loadFailed', { reason: panel.error ?? '' })}</p>
        <button type="button" onClick={() => void panel.refresh()}>
          {t('reload')}
        </button>
      </div>
    );
  else {
    const waiting = inbox.counts.unacknowledged;
    const symbols = new Map(inbox.items.map((item) => [item.id, item.symbol]));
    body = (
      <>
        <p class="hint counts" data-testid="counts">
          {t('counts', {
            unacknowledged: inbox.counts.unacknowledged,
            open: inbox.counts.openTasks,
            overdue: inbox.counts.overdueTasks,
            soon: inbox.counts.dueSoon,
            days: inbox.soonDays,
          })}
        </p>
        {!canAck && (
          <p class="notice" data-testid="not-unit-head">
            {t('notUnitHead')}
          </p>
        )}
        <section aria-labelledby="inbox-heading">
          <h2 id="inbox-heading">
            {t('inboxHeading')}{' '}
            {waiting > 0 && (
              <span class="count" data-testid="waiting-count">
                ({t('waiting', { n: waiting })})
              </span>
            )}
          </h2>
          {inbox.items.length === 0 ? (
            <p class="hint">{t('inboxEmpty')}</p>
          ) : (
            <ul class="list" data-testid="inbox">
              {inbox.items.map((item) => (
                <InboxEntry
                  key={item.id}
                  item={item}
                  busy={panel.busy.has(`ack-${item.id}`)}
                  canAck={canAck}
                  request={request}
                  onAck={(note) => void panel.ack(item.id, item.symbol, note)}
                  today={inbox.today}
                  soonDays={inbox.soonDays}
                />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="tasks-heading">
          <h2 id="tasks-heading">{t('tasksHeading')}</h2>
          {inbox.tasks.length === 0 ? (
            <p class="hint">{t('tasksEmpty')}</p>
          ) : (
            <ul class="list" data-testid="tasks">
              {inbox.tasks.map((task) => (
                <TaskEntry
                  key={task.id}
                  task={task}
                  unitId={inbox.unitId}
                  symbol={symbols.get(task.dispatchId) ?? null}
                  busy={panel.busy.has(`task-${task.id}`)}
                  request={request}
                  onReport={(patch) => panel.report(task.id, task.title, patch)}
                />
              ))}
            </ul>
          )}
        </section>
      </>
    );
  }

  return (
    <main class="panel">
      <header class="panel-header">
        <div>
          <h1>{t('title')}</h1>
          {session?.user && <p class="hint">{t('signedInAs', { name: session.user.name })}</p>}
        </div>
        {dashboard && (
          <button
            type="button"
            class="link"
            data-testid="open-dashboard"
            title={t('openDashboardHint')}
            onClick={openDashboard}
          >
            {t('openDashboard')}
          </button>
        )}
      </header>
      <p class="announce" role="status" aria-live="polite" data-testid="announce">
        {panel.message}
      </p>
      {body}
    </main>
  );
}
