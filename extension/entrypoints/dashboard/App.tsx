/**
 * The admins' dashboard (`dashboard.html`), for administrators and clerks: the period's figures
 * (administrators only, as the API allows), a dispatch search and the dispatch × unit matrix
 * (`?dispatch=<id>` opens it), and the register's exports (administrators). Talks to the background only through `send`, so
 * tests hand in a fake.
 * @module
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorText } from '../../lib/error-text';
import type { Language } from '../../lib/i18n';
import type { ExportedFile, Session } from '../../lib/messaging';
import { requester, type Send } from '../../lib/messaging';
import { dashboardText, TextContext, useText } from './catalogue';
import { DispatchSearch, type Picked } from './components/DispatchSearch';
import { Exports } from './components/Exports';
import { Matrix } from './components/Matrix';
import { Overview } from './components/Overview';
import { SignInPrompt } from './components/SignInPrompt';
import { saveFile } from './download';
import { isoDate } from './format';

export interface AppProps {
  send: Send;
  language: Language;
  openOptions: () => void;
  /** `?dispatch=<id>`: the dispatch whose matrix opens first. */
  initialDispatchId?: number | null;
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

/** Keeps the chosen dispatch in the address (`?dispatch=<id>`), so a reload or a bookmark reopens it. */
function remember(dispatchId: number) {
  try {
    const url = new URL(location.href);
    url.searchParams.set('dispatch', String(dispatchId));
    history.replaceState(null, '', url);
  } catch {
    // Not a page with an address of its own (tests): nothing to keep.
  }
}

function Dashboard({
  send,
  openOptions,
  language,
  initialDispatchId = null,
  today = isoDate(new Date()),
  download = saveFile,
}: AppProps) {
  const t = useText();
  const request = useMemo(() => requester(send), [send]);
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [selected, setSelected] = useState<{ id: number; symbol: string | null } | null>(
    initialDispatchId ? { id: initialDispatchId, symbol: null } : null,
  );

  const pick = (dispatch: Picked) => {
    setSelected(dispatch);
    remember(dispatch.id);
  };

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
    body = (
      <>
        {role === 'admin' ? (
          <Overview request={request} today={today} language={language} />
        ) : (
          <p class="hint" data-testid="overview-admin-only">
            {t('overviewAdminOnly')}
          </p>
        )}
        {role === 'admin' ? (
          <Exports request={request} today={today} download={download} announce={setMessage} />
        ) : (
          <p class="hint" data-testid="export-admin-only">
            {t('exportAdminOnly')}
          </p>
        )}
        <div class="columns">
          <DispatchSearch request={request} selectedId={selected?.id ?? null} onPick={pick} />
          {selected ? (
            <Matrix request={request} dispatchId={selected.id} symbol={selected.symbol} />
          ) : (
            <section class="card" data-testid="matrix-pick">
              <p class="hint">{t('matrixPick')}</p>
            </section>
          )}
        </div>
      </>
    );

  return (
    <main class="dashboard">
      <header class="top">
        <h1>{t('title')}</h1>
        {session?.user && <p class="hint">{t('signedInAs', { name: session.user.name })}</p>}
      </header>
      <p class="announce" role="status" aria-live="polite" data-testid="announce">
        {message}
      </p>
      {body}
    </main>
  );
}
