import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Language, languageItem, translator } from '../../lib/i18n';
import { type MessageResponse, type Messages, type MessageType, sendMessage } from '../../lib/messaging';
import { DEFAULT_SERVER_URL, detectionDomainsItem, sessionItem } from '../../lib/storage';
import { parseDomains } from './domains';
import { OPTIONS_TEXT } from './messages';
import { NotificationSettings } from './NotificationSettings';

/** How the page talks to the background; tests pass their own. */
export type Send = <T extends MessageType>(
  type: T,
  request: Messages[T]['request'],
) => Promise<MessageResponse<T>>;

const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

type Session = Messages['get-session']['response'];

/** http to anything but this computer sends the password in clear: say so. */
function insecure(serverUrl: string): boolean {
  try {
    const url = new URL(serverUrl);
    return url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

export function App({ send = sendMessage }: { send?: Send }) {
  const [language, setLanguage] = useState<Language>('vi');
  const t = translator(OPTIONS_TEXT, language);
  const [session, setSession] = useState<Session | null>(null);
  const [serverUrl, setServerUrl] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<'sign-in' | 'sign-out' | null>(null);
  const [error, setError] = useState('');
  const [domainsText, setDomainsText] = useState('');
  const [domainsMessage, setDomainsMessage] = useState<{ text: string; ok: boolean } | null>(null);
  // The button pressed disappears with its form: focus goes where the keyboard user continues.
  const focusNext = useRef<'sign-out' | 'email' | null>(null);
  const signOutButton = useRef<HTMLButtonElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void languageItem.getValue().then(setLanguage);
    void detectionDomainsItem.getValue().then((domains) => setDomainsText(domains.join('\n')));
    const refresh = () =>
      send('get-session', {}).then(
        (answer) => {
          if (!answer) return;
          setSession(answer);
          setServerUrl((typed) => typed || answer.serverUrl || DEFAULT_SERVER_URL);
        },
        () => setError(translator(OPTIONS_TEXT, language)('noAnswer')),
      );
    void refresh();
    // The background may end the session itself (a 401): follow it.
    const unwatchSession = sessionItem.watch(() => void refresh());
    const unwatchLanguage = languageItem.watch((value) => setLanguage(value));
    return () => {
      unwatchSession();
      unwatchLanguage();
    };
  }, [send]);

  useEffect(() => {
    const target =
      focusNext.current === 'sign-out'
        ? signOutButton.current
        : focusNext.current === 'email'
          ? emailInput.current
          : null;
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  }, [session]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('title');
  }, [language]);

  async function signIn(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy('sign-in');
    setError('');
    try {
      const answer = await send('sign-in', { serverUrl, email, password });
      if (!answer) setError(t('noAnswer'));
      else if (answer.ok) {
        focusNext.current = 'sign-out';
        setSession(answer.session);
        setServerUrl(answer.session.serverUrl);
        setPassword('');
      } else setError(answer.error);
    } catch {
      setError(t('noAnswer'));
    } finally {
      setBusy(null);
    }
  }

  async function signOut() {
    if (busy) return;
    setBusy('sign-out');
    setError('');
    try {
      const answer = await send('sign-out', {});
      if (answer) {
        focusNext.current = 'email';
        setSession(answer);
      } else setError(t('noAnswer'));
    } catch {
      setError(t('noAnswer'));
    } finally {
      setBusy(null);
    }
  }

  async function saveDomains(event: Event) {
    event.preventDefault();
    const { domains, invalid } = parseDomains(domainsText);
    if (invalid.length > 0) {
      setDomainsMessage({ text: t('domainsInvalid', { list: invalid.join(', ') }), ok: false });
      return;
    }
    await detectionDomainsItem.setValue(domains);
    setDomainsText(domains.join('\n'));
    setDomainsMessage({
      text: domains.length === 0 ? t('domainsSavedAll') : t('domainsSaved', { n: domains.length }),
      ok: true,
    });
  }

  const user = session?.user ?? null;
  return (
    <main>
      <h1>{t('title')}</h1>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('language')}</h2>
        <label for="language">{t('languageLabel')}</label>
        <select
          id="language"
          name="language"
          value={language}
          onChange={(event) => {
            const value = event.currentTarget.value as Language;
            setLanguage(value);
            void languageItem.setValue(value);
          }}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </section>

      <section aria-labelledby="account-heading">
        <h2 id="account-heading">{t('account')}</h2>
        {session === null ? (
          <p>{t('loading')}</p>
        ) : user ? (
          <div>
            <p data-testid="signed-in-as">
              {t('signedInAs', { name: user.name, email: user.email, role: t(`role_${user.role}`) })}
            </p>
            <p>{t('onServer', { url: session.serverUrl })}</p>
            <button
              ref={signOutButton}
              type="button"
              data-testid="sign-out"
              onClick={signOut}
              aria-busy={busy === 'sign-out'}
            >
              {busy === 'sign-out' ? t('signingOut') : t('signOut')}
            </button>
          </div>
        ) : (
          <form onSubmit={signIn} aria-busy={busy === 'sign-in'}>
            <label for="serverUrl">{t('serverUrl')}</label>
            <input
              id="serverUrl"
              name="serverUrl"
              type="url"
              required
              autocomplete="url"
              aria-describedby="serverUrl-hint"
              value={serverUrl}
              onInput={(event) => setServerUrl(event.currentTarget.value)}
            />
            <p id="serverUrl-hint" class="hint">
              {t('serverUrlHint')}
            </p>
            {insecure(serverUrl) && <p class="warning">{t('insecure')}</p>}
            <label for="email">{t('email')}</label>
            <input
              ref={emailInput}
              id="email"
              name="email"
              type="email"
              required
              autocomplete="username"
              value={email}
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
            <label for="password">{t('password')}</label>
            <input
              id="password"
              name="password"
              type="password"
              required
              autocomplete="current-password"
              value={password}
              onInput={(event) => setPassword(event.currentTarget.value)}
            />
            <button type="submit" data-testid="sign-in">
              {busy === 'sign-in' ? t('signingIn') : t('signIn')}
            </button>
          </form>
        )}
        <p role="alert" aria-live="assertive" data-testid="error" class="error">
          {error}
        </p>
      </section>

      <section aria-labelledby="detection-heading">
        <h2 id="detection-heading">{t('detection')}</h2>
        <form onSubmit={saveDomains}>
          <label for="detectionDomains">{t('domainsLabel')}</label>
          <textarea
            id="detectionDomains"
            name="detectionDomains"
            rows={6}
            spellcheck={false}
            aria-describedby="domains-hint"
            value={domainsText}
            onInput={(event) => setDomainsText(event.currentTarget.value)}
          />
          <p id="domains-hint" class="hint">
            {t('domainsHint')}
          </p>
          <button type="submit" data-testid="save-domains">
            {t('saveDomains')}
          </button>
          <p
            role="status"
            aria-live="polite"
            data-testid="domains-status"
            class={domainsMessage?.ok ? '' : 'error'}
          >
            {domainsMessage?.text ?? ''}
          </p>
        </form>
      </section>

      <NotificationSettings t={t} />
    </main>
  );
}
