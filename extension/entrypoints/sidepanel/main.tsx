import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Language, languageItem } from '../../lib/i18n';
import { openExtensionPage } from '../../lib/pages';
import { App } from './App';

const send = (message: unknown) => browser.runtime.sendMessage(message);
const openOptions = () => void browser.runtime.openOptionsPage();
const openDashboard = () => void openExtensionPage('/dashboard.html');

// `?tabId=` (as the popup takes it) is accepted and not needed: the panel shows the unit's
// dispatches, not a page's. It works the same opened as a full tab.
async function main(root: HTMLElement) {
  const show = (language: Language) => {
    document.documentElement.lang = language;
    render(
      <App send={send} language={language} openOptions={openOptions} openDashboard={openDashboard} />,
      root,
    );
  };
  show(await languageItem.getValue().catch(() => 'vi' as const));
  // The language is chosen on the options page; follow it if both are open.
  languageItem.watch((language) => show(language ?? 'vi'));
}

const root = document.getElementById('app');
if (root) void main(root);
