import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Language, languageItem } from '../../lib/i18n';
import { App } from './App';

const send = (message: unknown) => browser.runtime.sendMessage(message);
const openOptions = () => void browser.runtime.openOptionsPage();

/** `?dispatch=<id>` opens the matrix of that dispatch. */
function dispatchParam(): number | null {
  const id = Number(new URLSearchParams(location.search).get('dispatch'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

async function main(root: HTMLElement) {
  const dispatchId = dispatchParam();
  const show = (language: Language) => {
    document.documentElement.lang = language;
    render(
      <App send={send} language={language} openOptions={openOptions} initialDispatchId={dispatchId} />,
      root,
    );
  };
  show(await languageItem.getValue().catch(() => 'vi' as const));
  // The language is chosen on the options page; follow it if both are open.
  languageItem.watch((language) => show(language ?? 'vi'));
}

const root = document.getElementById('app');
if (root) void main(root);
