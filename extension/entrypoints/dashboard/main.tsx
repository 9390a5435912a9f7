import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Language, languageItem } from '../../lib/i18n';
import { App } from './App';

const send = (message: unknown) => browser.runtime.sendMessage(message);
const openOptions = () => void browser.runtime.openOptionsPage();

async function main(root: HTMLElement) {
  // `?view=…` picks the page; `?dispatch=<id>` opens the matrix of that dispatch.
  const params = Object.fromEntries(new URLSearchParams(location.search));
  const show = (language: Language) => {
    document.documentElement.lang = language;
    render(<App send={send} language={language} openOptions={openOptions} initialParams={params} />, root);
  };
  show(await languageItem.getValue().catch(() => 'vi' as const));
  // The language is chosen on the options page; follow it if both are open.
  languageItem.watch((language) => show(language ?? 'vi'));
}

const root = document.getElementById('app');
if (root) void main(root);
