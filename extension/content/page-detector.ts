/**
 * The content script's work on one page: scan it in idle time, highlight every reference,
 * keep up with changes, and report what it found (references, listing rows, the main text the
 * background reads the primary dispatch from) to the background. The browser's idle time, timers,
 * ranges and highlights may come in through options, so the same code runs in the extension, in
 * happy-dom tests and injected into a benchmark page.
 * @module
 */
import type { DocumentReference } from '../../shared/references';
import type { PageReport, ReportedRow } from '../lib/page-scan';
import { type BlockResolver, blockResolver } from './block-elements';
import { changedRegions } from './changed-regions';
import { browserHighlightApi, type HighlightApi, referenceHighlighter } from './highlighter';
import { type IdleEnvironment, type IdleRunnerOptions, idleRunner, type StepResult } from './idle-runner';
import { cardContainersAround, isGroupmate, opensWithItsReference, readCardListing } from './listing-cards';
import { listingLayout, listingRowReader } from './listing-table';
import { MAIN_SELECTORS, mainText } from './main-text';
import { pageReferences, type RunRecord } from './page-references';
import type { RangeClass } from './ranges';
import { type FoundReference, referencesInRun } from './run-references';
import { type TextRun, textRunWalker } from './text-runs';
import { type VisibilityCheck, visibilityCheck } from './visibility';

export interface PageDetectorOptions {
  document: Document;
  /** Called with the page’s report after the first scan and after changes (only when it differs). */
  report(report: PageReport): unknown;
  /** False once the extension was reloaded or disabled: everything stops. */
  isValid?(): boolean;
  /** The CSS Custom Highlight API, or null to detect without painting. */
  highlightApi?: HighlightApi | null;
  idle?: IdleEnvironment;
  idleOptions?: IdleRunnerOptions;
  rangeClass?: RangeClass;
}

export interface PageDetector {
  /**
   * Report again soon (the URL changed without a reload, or the page came back from the
   * back/forward cache): sent even if nothing changed, the background may have forgotten it.
   */
  refresh(): void;
  /** Disconnect, cancel pending work and take the highlights off the page. */
  stop(): void;
  readonly stopped: boolean;
}

const REPORT_DELAY_MS = 300;
const REPORT_RETRIES = 3;
const REPORT_RETRY_MS = 1000;
const ELEMENT_NODE = 1;
const DOCUMENT_POSITION_FOLLOWING = 4;
const SIDEBAR = 'aside,nav,[role=complementary],[role=navigation]';
/**
 * A box of documents related to the page's own ("Văn bản liên quan", "Tin liên quan"; audit 120),
 * told by the short heading just before it, or before the block it stands in: beside a news
 * report about its own dispatch, the portal's (background/page-reading.ts).
 */
const isRelatedBox = (container: Element) =>
  /^\D{0,30}liên quan\D{0,20}$/iu.test(
    (
      container.previousElementSibling ?? container.parentElement?.previousElementSibling
    )?.textContent?.trim() ?? '',
  );

const rangesOf = (records: readonly RunRecord[]) =>
  records.flatMap((record) => record.found.map((f) => f.range));

// A closure rather than a class: its state is local variables, which the minifier renames, in
// a script that has a size budget (DESIGN.md §6).
export function startPageDetection(options: PageDetectorOptions): PageDetector {
  const { document } = options;
  const window = document.defaultView;
  const records = pageReferences();
  const isValid = options.isValid ?? (() => true);
  // The window's own idle callbacks, timers and clock, called on it as they are.
  const idle: IdleEnvironment = options.idle ?? (window as Window);
  // The content script's own global: in Firefox, the page window's constructors are Xrays.
  const rangeClass = options.rangeClass ?? StaticRange;
  const api = options.highlightApi === undefined ? browserHighlightApi() : options.highlightApi;
  const highlighter = referenceHighlighter(api);
  /** Listing rows by table; a table is re-read when a change touches it. */
  const tables = new Map<HTMLTableElement, ReportedRow[]>();
  const dirtyTables = new Set<HTMLTableElement>();
  /** Listing rows by card container (listing-cards.ts); re-read when a change touches it. */
  const cards = new Map<Element, ReportedRow[]>();
  const dirtyCards = new Set<Element>();
  let pendingMutations: MutationRecord[] = [];
  let fullScanDue = true;
  let pass: Generator<void, void, void> | null = null;
  let shouldYield: () => boolean = () => false;
  let reportDue = false;
  let reportTimer: number | null = null;
  let reportedOnce = false;
  let lastReport: string | null = null;
  let failedReports = 0;

  const detector = { stopped: false, refresh, stop };
  const runner = idleRunner(step, idle, options.idleOptions);
  const Observer = window?.MutationObserver;
  const observer = Observer ? new Observer(onMutations) : null;

  function refresh(): void {
    if (detector.stopped) return;
    lastReport = null;
    reportDue = true;
    runner.wake();
  }

  function stop(): void {
    if (detector.stopped) return;
    detector.stopped = true;
    observer?.disconnect();
    runner.stop();
    if (reportTimer !== null) idle.clearTimeout(reportTimer);
    pass = null;
    pendingMutations = [];
    records.clear();
    tables.clear();
    cards.clear();
    highlighter.clear();
  }

  function onMutations(mutations: MutationRecord[]): void {
    if (!isValid()) {
      stop();
      return;
    }
    for (const mutation of mutations) pendingMutations.push(mutation);
    runner.wake();
  }

  function hasScanWork(): boolean {
    return fullScanDue || pendingMutations.length > 0 || dirtyTables.size > 0 || dirtyCards.size > 0;
  }

  /**
   * One idle slice: scan while there is scanning to do, then report. Done when nothing is left.
   * A scan slice says only whether it is done (the runner's default kind).
   */
  function step(slicing: () => boolean): StepResult {
    if (!isValid()) {
      stop();
      return true;
    }
    shouldYield = slicing;
    if (pass || hasScanWork()) {
      pass ??= scanPass();
      if (!pass.next().done) return false;
      pass = null;
      scheduleReport();
      return !reportDue;
    }
    if (reportDue) {
      reportDue = false;
      sendReport();
    }
    // Done: there was no scan work left, and building and sending the report makes none (nor
    // a report due: what the page does meanwhile comes in after the slice, as mutations).
    return 'report';
  }

  /** Scans what changed (the whole body the first time) until nothing is pending; pauses by yielding. */
  function* scanPass(): Generator<void, void, void> {
    const visibility = visibilityCheck();
    for (;;) {
      const body = document.body;
      if (!body) return;
      const blocks = blockResolver();
      let regions: Node[];
      if (fullScanDue) {
        fullScanDue = false;
        pendingMutations = [];
        regions = [body];
      } else if (pendingMutations.length > 0) {
        const mutations = pendingMutations;
        pendingMutations = [];
        regions = changedRegions(mutations, blocks, body);
        // Rows taken out of a listing leave no region to rescan, but their table changed.
        for (const mutation of mutations) {
          if (mutation.type === 'childList') markTableAround(mutation.target);
          for (const container of cards.keys())
            if (container.contains(mutation.target)) dirtyCards.add(container);
        }
        highlighter.remove(rangesOf(records.prune()));
      } else if (dirtyTables.size > 0 || dirtyCards.size > 0) {
        yield* readDirty(dirtyTables, tables, (table) => tableRows(table, visibility));
        yield* readDirty(dirtyCards, cards, cardRows);
        continue;
      } else {
        return;
      }
      for (const region of regions) {
        if (!region.isConnected) continue;
        const fresh = yield* scanRegion(region, blocks, visibility);
        if (!region.isConnected) continue;
        highlighter.remove(rangesOf(records.replace(region, fresh)));
        highlighter.add(rangesOf(fresh));
        markTables(region);
      }
    }
  }

  function* scanRegion(region: Node, blocks: BlockResolver, visibility: VisibilityCheck) {
    const walker = textRunWalker(region, blocks);
    const fresh: RunRecord[] = [];
    for (;;) {
      const step = walker.next(shouldYield);
      if (step === 'done') return fresh;
      if (step === 'paused') {
        yield;
        continue;
      }
      const found = referencesInRun(step, visibility, rangeClass);
      if (found.length > 0) {
        fresh.push({ first: step.nodes[0] as Text, found });
        markCardsAround(step, (found[0] as FoundReference).reference);
      }
      if (shouldYield()) yield;
    }
  }

  /**
   * A run that opens with its reference (after a type word or a symbol label at most) may be a card's heading:
   * the elements around it that could hold a list of such cards are read (listing-cards.ts).
   * Only such runs: an article's paragraphs, whose references sit inside them, cost nothing.
   */
  function markCardsAround(run: TextRun, first: DocumentReference): void {
    // A run rebuilt without its hidden nodes has other offsets: its heading is not checked.
    // The reference may open the run's second line, under a linked name (audit 130).
    const line = run.text.lastIndexOf('\n', first.start) + 1;
    if (
      run.text.slice(first.start, first.end) !== first.raw ||
      !opensWithItsReference(run.text.slice(line), first.start - line, run.block.localName === 'li')
    )
      return;
    for (const container of cardContainersAround(run.nodes[0] as Text)) dirtyCards.add(container);
  }

  /** Tables around or inside a rescanned region may have gained or lost listing rows. */
  function markTables(region: Node): void {
    markTableAround(region);
    if (region.nodeType === ELEMENT_NODE) {
      for (const table of (region as Element).querySelectorAll('table')) dirtyTables.add(table);
    }
  }

  function markTableAround(node: Node): void {
    const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    const table = element?.closest('table');
    if (table?.isConnected) dirtyTables.add(table);
  }

  /** A table not shown (a closed tab's) gives no rows, as its references are not listed. */
  function* tableRows(
    table: HTMLTableElement,
    visibility: VisibilityCheck,
  ): Generator<void, ReportedRow[], void> {
    const layout = table.isConnected && visibility.isShown(table) ? listingLayout(table) : null;
    const rows: ReportedRow[] = [];
    if (!layout) return rows;
    const readRow = listingRowReader(layout);
    for (const row of layout.bodyRows) {
      // A row the page hides (a draft, a filtered-out row: `display:none` by its class) is no row
      // the clerk sees (audit 42): asked of its symbol's cell (a grid may hide an ID column).
      const cell = row.cells[layout.columns.symbol];
      if (cell && !visibility.isShown(cell)) continue;
      const read = readRow(row);
      if (read) rows.push(read);
      if (shouldYield()) yield;
    }
    return rows;
  }

  /** The rows of a card container, none once it left the page. */
  function* cardRows(container: Element): Generator<void, ReportedRow[], void> {
    return container.isConnected ? yield* readCardListing(container, () => shouldYield()) : [];
  }

  /**
   * Reads each dirty listing (a table, a card container) again, and keeps its rows. A listing
   * that cannot be read (a script-built tree too deep for the stack) loses its own rows only,
   * not the page's report.
   */
  function* readDirty<T extends Element>(
    dirty: Set<T>,
    listings: Map<T, ReportedRow[]>,
    readRows: (listing: T) => Generator<void, ReportedRow[], void>,
  ): Generator<void, void, void> {
    for (const listing of dirty) {
      dirty.delete(listing);
      let rows: ReportedRow[] = [];
      try {
        rows = yield* readRows(listing);
      } catch {
        rows = [];
      }
      if (rows.length > 0) listings.set(listing, rows);
      else listings.delete(listing);
    }
  }

  /** The first scan is reported at once; later ones after a quiet time, so a busy page is not reported on every change. */
  function scheduleReport(): void {
    if (!reportedOnce) {
      reportedOnce = true;
      reportDue = true;
      return;
    }
    reportAfter(REPORT_DELAY_MS);
  }

  function reportAfter(ms: number): void {
    if (reportTimer !== null) idle.clearTimeout(reportTimer);
    reportTimer = idle.setTimeout(() => {
      reportTimer = null;
      reportDue = true;
      runner.wake();
    }, ms);
  }

  function sendReport(): void {
    const report = currentReport();
    const serialized = JSON.stringify(report);
    if (serialized === lastReport) return;
    lastReport = serialized;
    Promise.resolve()
      .then(() => options.report(report))
      .then(
        () => {
          failedReports = 0;
        },
        () => {
          // Stopped for good if the extension went away; otherwise the background was not
          // there yet (a service worker starting, an update): tried again a little later.
          lastReport = null;
          if (!isValid()) stop();
          else if (++failedReports <= REPORT_RETRIES) reportAfter(REPORT_RETRY_MS * failedReports);
        },
      );
  }

  /**
   * The card listings to report: none inside a listing table (its cells are its rows), and of
   * listings inside one another, the outer one (a list within each item of a listing is read
   * with the outer items), unless it is a layout's: columns that each open with a listing of
   * their own (a main list beside a "Văn bản mới" list), whose first rows are the outer's rows.
   */
  function cardListings(): [Element, ReportedRow[]][] {
    for (const container of cards.keys()) if (!container.isConnected) cards.delete(container);
    const listings = [...cards].filter(([container, rows]) => {
      const table = container.closest('table');
      return (
        !(table && tables.get(table)?.length) &&
        // A card listing of one row is a list of one item among lists under headings
        // (listing-cards.ts): kept when its item links to its document and a groupmate list gives
        // rows of other documents; not a page's own details, nor an answer's prose (review 58).
        (rows.length > 1 ||
          (rows[0]?.url &&
            [...cards].some(
              ([other, otherRows]) =>
                otherRows.length > 1 &&
                isGroupmate(other, container) &&
                !otherRows.some((row) => row.reference.key === rows[0]?.reference.key),
            )))
      );
    });
    const outermost = (within: [Element, ReportedRow[]][]): [Element, ReportedRow[]][] =>
      within
        .filter(([container]) => !within.some(([outer]) => outer !== container && outer.contains(container)))
        .flatMap((listing) => {
          const [outer, rows] = listing;
          const inner = outermost(
            within.filter(([container]) => container !== outer && outer.contains(container)),
          );
          const heads = new Set(inner.map(([, innerRows]) => innerRows[0]?.reference.key));
          return rows.some((row) => heads.has(row.reference.key)) ? inner : [listing];
        });
    return outermost(listings);
  }

  function currentReport(): PageReport {
    for (const table of tables.keys()) if (!table.isConnected) tables.delete(table);
    // A box of documents in a sidebar beside the page's main content ("Văn bản mới") is the
    // portal's, not the page's: left out beside another listing, marked for the background
    // beside a document (background/page-reading.ts), kept on a home page.
    const main = document.querySelector(MAIN_SELECTORS.join());
    const own: [Element, ReportedRow[]][] = [...tables];
    const sidebar: [Element, ReportedRow[]][] = [];
    for (const [container, rows] of cardListings()) {
      if (!main?.contains(container) && container.closest(SIDEBAR))
        sidebar.push([container, rows.map((row) => ({ ...row, aside: true }))]);
      else
        own.push([
          container,
          isRelatedBox(container) ? rows.map((row) => ({ ...row, related: true })) : rows,
        ]);
    }
    const found = (own.some(([, rows]) => rows.length > 1) ? own : [...own, ...sidebar]).sort(([a], [b]) =>
      a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    // A table of one row is more likely the page's own metadata than a list of other dispatches.
    // A sidebar's box is left out of the main text even where its rows are (it is no mention).
    // A card listing of one row is a list of one item among its kind's, part of theirs (listing-cards.ts).
    const listings = [...own, ...sidebar]
      .filter(([element, rows]) => rows.length > 1 || cards.has(element))
      .map(([element]) => element);
    return {
      url: document.URL,
      title: document.title,
      references: records.distinct(),
      mainText: mainText(document, visibilityCheck(), listings),
      rows: found.flatMap(([, rows]) => rows),
    };
  }

  observer?.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  runner.wake();
  return detector;
}
