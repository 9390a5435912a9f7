/**
 * The admins' dashboard (`dashboard.html`), for administrators and clerks: the period's figures
 * (administrators only, as the API allows). Talks to the background only through `send`, so
 * tests hand in a fake.
 * @module
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../lib/i18n';
import type { Session } from '../../lib/messaging';
import { dashboardText, TextContext, useText } from './catalogue';
import { Overview } from './components/Overview';
import { SignInPrompt } from './components/SignInPrompt';
import { isoDate } from './format';
import { errorText, requester, type Send } from './request';

export interface AppProps {
  send: Send;
  language: Language;
  openOptions: () => void;
  /** `?dispatch=<id>`: the dispatch whose matrix opens first. */
  initialDispatchId?: number | null;
  /** Today as YYYY-MM-DD (tests fix it); defaults to the local date. */
  today?: string;
}

export function App({ language, ...props }: AppProps) {
  const t = useMemo(() => dashboardText(language), [language]);
  return (
    <TextContext.Provider value={t}>
      <Dashboard {...props} language={language} />
    </TextContext.Provider>
  );
}

function Dashboard({ send, openOptions, language, today = isoDate(new Date()) }: AppProps) {
  const t = useText();
  const request = useMemo(() => requester(send), [send]);
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loadSession = async () => {
    try {
      setSession(await request('get-session', {}));
      setError(null);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => {
    void loadSession();
  }, []);

  const role = session?.user?.role;
  let body: ComponentChildren;
  if (error)
    body = (
      <div data-testid="status">
        <p>{t('loadFailed', { reason: error })}</p>
        <button type="button" onClick={() => void loadSession()}>
          {t('reload')}
        </button>
      </div>
    );
  else if (!session) body = <p data-testid="status">{t('loading')}</p>;
  else if (!session.user) body = <SignInPrompt onOpenOptions={openOptions} />;
  else if (role !== 'admin' && role !== 'clerk')
    body = (
      <p class="notice" data-testid="not-allowed">
        {t('notAllowed')}
      </p>
    );
  else
    body =
      role === 'admin' ? (
        <Overview request={request} today={today} language={language} />
      ) : (
        <p class="hint" data-testid="overview-admin-only">
          {t('overviewAdminOnly')}
        </p>
      );

  return (
    <main class="dashboard">
      <header class="top">
        <h1>{t('title')}</h1>
        {session?.user && <p class="hint">{t('signedInAs', { name: session.user.name })}</p>}
      </header>
      {body}
    </main>
  );
}
