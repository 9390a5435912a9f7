/**
 * The admins' dashboard (`dashboard.html`), for administrators and clerks: a page per task
 * (views/registry.ts) behind one navigation, the chosen page and its parameters kept in the
 * address (`?view=unit&unit=5`; `?dispatch=<id>` opens that dispatch's matrix). Talks to the
 * background only through `send`, so tests hand in a fake.
 * @module
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorText } from '../../lib/error-text';
import type { Language } from '../../lib/i18n';
import type { ExportedFile, Session } from '../../lib/messaging';
import { requester, type Send } from '../../lib/messaging';
import { dashboardText, TextContext, useText } from './catalogue';
import { SignInPrompt } from './components/SignInPrompt';
import { saveFile } from './download';
import { isoDate } from './format';
import { VIEWS, viewOf } from './views/registry';
import type { Role, ViewId, ViewParams } from './views/view-props';

export interface AppProps {
  send: Send;
  language: Language;
  openOptions: () => void;
  /** The address's parameters (`?view=…&dispatch=…`); the page opened first. */
  initialParams?: ViewParams;
  /** Today as YYYY-MM-DD (tests fix it); defaults to the local date. */
  today?: string;
  /** Saves an exported file; defaults to a blob URL and an `<a download>`. */
  download?: (file: ExportedFile) => void;
}

export function App({ language, ...props }: AppProps) {
  const t = useMemo(() => dashboardText(language), [language]);
  return (
    <TextContext.Provider value={t}>
      <Dashboard {...props} language={language} />
    </TextContext.Provider>
  );
}

/** The address of a page: `?view=<id>&<params>`. */
export function hrefOf(view: ViewId, params: ViewParams = {}): string {
  return `?${new URLSearchParams({ view, ...params }).toString()}`;
}

/** Keeps the page in the address, so a reload or a bookmark reopens it. */
function remember(view: ViewId, params: ViewParams) {
  try {
    history.pushState(null, '', hrefOf(view, params));
  } catch {
    // Not a page with an address of its own (tests): nothing to keep.
  }
}

function Dashboard({
  send,
  openOptions,
  language,
  initialParams = {},
  today = isoDate(new Date()),
  download = saveFile,
}: AppProps) {
  const t = useText();
  const request = useMemo(() => requester(send), [send]);
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [place, setPlace] = useState(() => ({ view: viewOf(initialParams), params: initialParams }));

  const navigate = (view: ViewId, params: ViewParams = {}) => {
    setPlace({ view, params });
    remember(view, params);
  };

  useEffect(() => {
    // Back and forward move between pages like any web page.
    const onPop = () => {
      const params = Object.fromEntries(new URLSearchParams(location.search));
      setPlace({ view: viewOf(params), params });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

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
  let nav: ComponentChildren = null;
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
  else {
    const allowed = VIEWS.filter((view) => view.roles.includes(role as Role));
    const current = allowed.find((view) => view.id === place.view) ?? allowed[0];
    const View = current?.component;
    nav = (
      <nav class="views no-print" aria-label={t('navLabel')} data-testid="nav">
        {allowed.map((view) => (
          <a
            key={view.id}
            href={hrefOf(view.id)}
            aria-current={view.id === current?.id ? 'page' : undefined}
            data-view={view.id}
            onClick={(event) => {
              if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              navigate(view.id);
            }}
          >
            {t(`view_${view.id}`)}
          </a>
        ))}
      </nav>
    );
    body = View && current && (
      <div data-testid={`view-${current.id}`}>
        <View
          key={current.id}
          request={request}
          role={role as Role}
          today={today}
          language={language}
          params={place.params}
          navigate={navigate}
          announce={setMessage}
          download={download}
        />
      </div>
    );
  }

  return (
    <main class="dashboard">
      <header class="top no-print">
        <h1>{t('title')}</h1>
        {session?.user && <p class="hint">{t('signedInAs', { name: session.user.name })}</p>}
      </header>
      {nav}
      {/* Below the navigation, so what a page says stays next to it. */}
      <p class="announce no-print" role="status" aria-live="polite" data-testid="announce">
        {message}
      </p>
      {body}
    </main>
  );
}
