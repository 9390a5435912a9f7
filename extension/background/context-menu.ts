/**
 * "Lưu công văn từ vùng chọn": the selected text is read like a page's main text and its
 * primary dispatch saved exactly like a popup save (same queue, same statuses); the outcome
 * shows on the toolbar badge for a few seconds, the reason in its tooltip.
 * @module
 */
import { browser } from 'wxt/browser';
import { extractDispatch } from '../../shared/references';
import { LIMITS } from '../../shared/schemas/common';
import type { DispatchCreate } from '../../shared/schemas/dispatch';
import { languageItem } from '../lib/i18n';
import { flash } from './badge';
import { saveDrafts } from './save';
import { readTabState, scanKeys } from './tab-state';
import { backgroundText } from './text';

export const MENU_ID = 'save-selection';

/**
 * (Re)creates the item at each start of the background: Chrome keeps menus across worker
 * restarts but Firefox's MV2 background forgets them with the browser, so remove, then create.
 */
export async function registerContextMenu(): Promise<void> {
  const t = await backgroundText();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: t('menuTitle'), contexts: ['selection'] });
}

/** Keeps the item's title in the language the user picks. */
export function followLanguage(): void {
  languageItem.watch(async () => {
    const t = await backgroundText();
    await browser.contextMenus.update(MENU_ID, { title: t('menuTitle') });
  });
}

/**
 * The body to save for a selection, or null when it names no document. The selection is what
 * the user chose to keep, so when it has no "về việc …" phrase it is the subject itself.
 */
export function selectionBody(
  selection: string,
  page: { url?: string; title?: string },
): DispatchCreate | null {
  const text = selection.trim();
  if (!text) return null;
  const draft = extractDispatch(text, page);
  if (!draft) return null;
  const fallbackSubject = text.replace(/\s+/g, ' ').slice(0, LIMITS.medium);
  return {
    symbol: draft.symbol,
    key: draft.key,
    number: draft.number,
    year: draft.year,
    typeCode: draft.typeCode,
    typeName: draft.typeName,
    issuer: draft.issuer,
    issuedDate: draft.issuedDate,
    issuingBody: draft.issuingBody,
    subject: draft.subject ?? fallbackSubject,
    sourceUrl: page.url ?? null,
    sourceTitle: page.title ?? null,
    excerpt: draft.excerpt,
    cites: draft.cites,
  };
}

async function badgeCount(tabId: number): Promise<number> {
  const state = await readTabState(tabId);
  return state ? scanKeys(state.scan).length : 0;
}

export async function onMenuClick(
  info: { menuItemId: string | number; selectionText?: string; pageUrl?: string },
  tab: { id?: number } | undefined,
): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : null;
  const t = await backgroundText();
  // Without the `tabs` permission the tab's title is unknown, but the scan of the page has it.
  const scan = tabId === null ? null : (await readTabState(tabId))?.scan;
  const url = /^https?:/.test(info.pageUrl ?? '') ? info.pageUrl : undefined;
  const title = scan && scan.url === info.pageUrl ? scan.title : undefined;
  const body = selectionBody(info.selectionText ?? '', { url, title });
  if (!body) {
    if (tabId !== null) await flash(tabId, 'error', t('noReference'), () => badgeCount(tabId));
    return;
  }
  const [status] = await saveDrafts({ tabId, drafts: [body] });
  if (tabId === null || !status) return;
  const symbol = body.symbol;
  if (status.state === 'saved')
    await flash(tabId, 'saved', t('flashSaved', { symbol }), () => badgeCount(tabId));
  else if (status.state === 'pending')
    await flash(tabId, 'pending', t('flashPending', { symbol }), () => badgeCount(tabId));
  else
    await flash(tabId, 'error', t('flashError', { symbol, reason: status.error ?? '' }), () =>
      badgeCount(tabId),
    );
}
