/**
 * The page's main text, for `extractDispatch`: the text of <main>, [role=main] or <article>
 * (else <body>), as the reader sees it, one block a line, without listing tables (a list of
 * other dispatches is not what the page is about: on a portal's listing, the first row would
 * pass for the page's dispatch). Bounded: a dispatch page names its own dispatch near the top,
 * and the primary dispatch is recomputed after every change, so it must not cost a walk of
 * the whole page.
 * @module
 */
import { BlockResolver } from './block-elements';
import { renderedRun } from './run-references';
import { TextRunWalker } from './text-runs';
import type { VisibilityCheck } from './visibility';

export const MAIN_TEXT_LIMIT = 50_000;
/** A candidate root with less text than this is a shell (an empty <main>), not the content. */
const MIN_MAIN_TEXT = 200;
const MAIN_SELECTORS = ['main', '[role="main"]', 'article'];
/** Marks the page's own line breaks (<br>) apart from the source's, which render as spaces. */
const PAGE_LINE_BREAK = '\u2029';
const SOURCE_WHITESPACE = /[ \t\r\n\f\u00a0]+/g;

export function mainText(
  document: Document,
  visibility: VisibilityCheck,
  excluded: readonly Element[] = [],
  limit = MAIN_TEXT_LIMIT,
): string {
  const body = document.body;
  if (!body) return '';
  for (const selector of MAIN_SELECTORS) {
    const root = document.querySelector(selector);
    if (!root?.isConnected) continue;
    const text = renderedText(root, visibility, excluded, limit);
    if (text.length >= MIN_MAIN_TEXT) return text;
  }
  return renderedText(body, visibility, excluded, limit);
}

/** The rendered text under `root` but outside `excluded`, one run a line, cut after `limit` characters. */
export function renderedText(
  root: Node,
  visibility: VisibilityCheck,
  excluded: readonly Element[] = [],
  limit = MAIN_TEXT_LIMIT,
): string {
  const walker = new TextRunWalker(root, new BlockResolver(), { everyRun: true });
  const lines: string[] = [];
  let length = 0;
  for (let step = walker.next(); step !== 'done' && length < limit; step = walker.next()) {
    if (step === 'paused' || excluded.some((element) => element.contains(step.block))) continue;
    const run = renderedRun(step, visibility, PAGE_LINE_BREAK);
    if (!run) continue;
    for (const part of run.text.replace(SOURCE_WHITESPACE, ' ').split(PAGE_LINE_BREAK)) {
      const line = part.trim();
      if (line === '') continue;
      lines.push(line);
      length += line.length + 1;
    }
  }
  return lines.join('\n').slice(0, limit);
}
