/**
 * The page's main text, for `extractDispatch`: the text of <main>, [role=main] or <article>
 * (else <body>), as the reader sees it, one block a line, without listing tables (a list of
 * other dispatches is not what the page is about: on a portal's listing, the first row would
 * pass for the page's dispatch) nor the page's footer (a portal's licence, "Giấy phép số
 * 06/GP-TTĐT", is no more what the page is about). Bounded: a dispatch page names its own dispatch near the top,
 * and the primary dispatch is recomputed after every change, so it must not cost a walk of
 * the whole page.
 * @module
 */
import { blockResolver } from './block-elements';
import { renderedRun } from './run-references';
import { type TextRun, textRunWalker } from './text-runs';
import type { VisibilityCheck } from './visibility';

export const MAIN_TEXT_LIMIT = 50_000;
/** A candidate root with less text than this is a shell (an empty <main>), not the content. */
const MIN_MAIN_TEXT = 200;
/** How far above the main region its headline may sit (the article's wrapper, or the wrapper's). */
const HEADLINE_DEPTH = 2;
export const MAIN_SELECTORS = ['main', '[role=main]', 'article'];
/** Marks the page's own line breaks (<br>) apart from the source's, which render as spaces. */
const PAGE_LINE_BREAK = '\u2029';
const SOURCE_WHITESPACE = /[ \t\r\n\f\u00a0]+/g;
/** The main text is every run's, not only those with a digit (`textRunWalker`). */
const EVERY_RUN = true;

export function mainText(
  document: Document,
  visibility: VisibilityCheck,
  excluded: readonly Element[] = [],
  limit = MAIN_TEXT_LIMIT,
): string {
  const body = document.body;
  if (!body) return '';
  const withoutFooters = [...excluded, ...pageFooters(document)];
  // The footers are left out unless they are all the text there is.
  const read = (root: Element) =>
    renderedText(root, visibility, withoutFooters, limit) || renderedText(root, visibility, excluded, limit);
  for (const selector of MAIN_SELECTORS) {
    const root = document.querySelector(selector);
    if (!root?.isConnected) continue;
    const text = withHeadline(root).map(read).join('\n');
    if (text.length >= MIN_MAIN_TEXT) return text;
  }
  return read(body);
}

/**
 * The main region, after the page's headline and what stands between them: news sites put the
 * headline and the lead ("UBND TP Hà Nội vừa ban hành Công văn số …") just before the
 * `<article>` of the body (VnExpress's `h1.title-detail`, `p.description`, `article.fck_detail`),
 * and the lead may be the only place that names the dispatch. Only a headline that no block of
 * links separates from the region (a menu, a sidebar's box of new documents, a site's banner)
 * is the article's.
 */
function withHeadline(root: Element): Element[] {
  const lead: Element[] = [];
  if (root.querySelector('h1')) return [root];
  let branch: Element | null = root;
  for (let depth = 0; branch && depth < HEADLINE_DEPTH; depth++) {
    for (let before = branch.previousElementSibling; before; before = before.previousElementSibling) {
      const name = before.localName;
      if (name === 'header' || name === 'nav' || (name !== 'h1' && before.querySelector('a[href]'))) break;
      lead.unshift(before);
      if (name === 'h1' || before.querySelector('h1')) return [...lead, root];
    }
    branch = branch.parentElement;
  }
  return [root];
}

/**
 * The page's footers: [role=contentinfo], and <footer> where it is the page's (as ARIA reads
 * it), not an article's or a section's, which may well name its document.
 */
function pageFooters(document: Document): Element[] {
  return [...document.querySelectorAll('footer,[role=contentinfo]')].filter(
    (footer) => footer.localName !== 'footer' || !footer.closest('article,aside,main,nav,section'),
  );
}

/** The rendered text under `root` but outside `excluded`, one run a line, cut after `limit` characters. */
export function renderedText(
  root: Node,
  visibility: VisibilityCheck,
  excluded: readonly Element[] = [],
  limit = MAIN_TEXT_LIMIT,
): string {
  const walker = textRunWalker(root, blockResolver(), EVERY_RUN);
  const lines: string[] = [];
  let length = 0;
  // Whether a block is inside an excluded element, each element looked up once: tested run by
  // run against every listing, a page of thousands of small tables took seconds.
  const inside = new Map<Element | null, boolean>(excluded.map((element) => [element, true]));
  const isExcluded = (block: Element | null): boolean => {
    const path: (Element | null)[] = [];
    let known = inside.get(block);
    for (; known === undefined && block; known = inside.get(block)) {
      path.push(block);
      block = block.parentElement;
    }
    for (const element of path) inside.set(element, !!known);
    return !!known;
  };
  for (let step = walker.next(); step !== 'done' && length < limit; step = walker.next()) {
    if (step === 'paused' || isExcluded(step.block)) continue;
    const run = renderedRun(step, visibility, PAGE_LINE_BREAK);
    if (!run) continue;
    for (const part of withPreformattedBreaks(run).replace(SOURCE_WHITESPACE, ' ').split(PAGE_LINE_BREAK)) {
      const line = part.trim();
      if (line === '') continue;
      lines.push(line);
      length += line.length + 1;
    }
  }
  return lines.join('\n').slice(0, limit);
}

/**
 * The run's text with the newlines of preformatted text (<pre>, a style attribute's
 * `white-space: pre…`) as the page's line breaks: a document shown as plain text (a PDF's text
 * in a <pre>) has its header lines in them. A wide gap inside a line (a tab, four spaces) parts
 * two columns, as the header's issuer and national motto are set side by side.
 */
function withPreformattedBreaks({ text, block }: TextRun): string {
  const breaks = text.includes('\n') && keptWhiteSpace(block);
  return breaks ? text.replace(breaks, PAGE_LINE_BREAK) : text;
}

/**
 * What of a block's whitespace breaks its lines: newlines and wide gaps (a <pre>, `white-space:
 * pre`, `pre-wrap` or `break-spaces`), newlines only (`pre-line` collapses spaces), or nothing.
 */
function keptWhiteSpace(block: Element): RegExp | null {
  const holder = block.closest('pre,[style*="white-space"]');
  const value =
    holder && (/white-space\s*:\s*([\w-]+)/i.exec(holder.getAttribute('style') ?? '')?.[1] ?? 'pre');
  return value === 'pre-line'
    ? /\n/g
    : value && /^(pre|break-spaces)/i.test(value)
      ? /\n|[ \t]*(\t| {4})[ \t]*/g
      : null;
}
