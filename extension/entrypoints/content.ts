import { defineContentScript } from 'wxt/utils/define-content-script';
import { findReferences } from '../../shared/references';
import { sendMessage } from '../lib/messaging';
import { summarizeReferences } from '../lib/tab-references';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the rendered line breaks and skips hidden text, which the engine relies on.
    const summary = summarizeReferences(findReferences(document.body?.innerText ?? ''));
    await sendMessage('references-found', summary);
  },
});
