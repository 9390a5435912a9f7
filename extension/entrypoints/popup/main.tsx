import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { App } from './App';

async function loadActiveTabReferences() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  // The background answers nothing when it failed; show that as "not scanned".
  return (await sendMessage('get-tab-references', { tabId: tab.id })) ?? null;
}

const root = document.getElementById('app');
if (root) render(<App loadReferences={loadActiveTabReferences} />, root);
