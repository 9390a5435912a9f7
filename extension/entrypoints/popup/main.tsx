import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sessionDraftStore } from '../../lib/drafts';
import { type Language, languageItem } from '../../lib/i18n';
import { App } from './App';
import { resolveTabId } from './tab-target';

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const send = (message: unknown) => browser.runtime.sendMessage(message);
const drafts = sessionDraftStore();
const openOptions = () => void browser.runtime.openOptionsPage();

async function main(root: HTMLElement) {
  const tabId = await resolveTabId(location.search, activeTabId).catch(() => null);
  const show = (language: Language) => {
    document.documentElement.lang = language;
    render(
      <App tabId={tabId} send={send} drafts={drafts} language={language} openOptions={openOptions} />,
      root,
    );
  };
  show(await languageItem.getValue().catch(() => 'vi' as const));
  // The language is chosen on the options page; follow it if both are open.
  languageItem.watch((language) => show(language ?? 'vi'));
}

const root = document.getElementById('app');
if (root) void main(root);
