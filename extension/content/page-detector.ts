/**
 * The content script's work on one page: scan it in idle time, highlight every reference,
 * keep up with changes, and report what it found (references, listing rows, the main text the
 * background reads the primary dispatch from) to the background. Everything the browser provides comes in through options, so the
 * same code runs in the extension, in happy-dom tests and injected into a benchmark page.
 * @module
 */
import type { DocumentReference } from '../../shared/references';
import type { PageReport, ReportedRow } from '../lib/page-scan';
import { BlockResolver } from './block-elements';
import { changedRegions } from './changed-regions';
import { browserHighlightApi, type HighlightApi, ReferenceHighlighter } from './highlighter';
import {
  browserIdleEnvironment,
  type IdleEnvironment,
  IdleRunner,
  type IdleRunnerOptions,
  type SliceKind,
} from './idle-runner';
import { cardContainersAround, opensWithItsReference, readCardListing } from './listing-cards';
import { listingLayout, listingRowReader } from './listing-table';
import { mainText } from './main-text';
import { PageReferences, type RunRecord } from './page-references';
import { defaultRangeFactory, type RangeFactory } from './ranges';
import { type FoundReference, referencesInRun } from './run-references';
import { type TextRun, TextRunWalker } from './text-runs';
import { isRendered, type RenderedCheck, VisibilityCheck } from './visibility';

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
  makeRange?: RangeFactory;
  isRendered?: RenderedCheck;
  MutationObserver?: typeof MutationObserver;
  /** Quiet time after a change before the page is reported again, ms. */
  reportDelayMs?: number;
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
const MAIN_CONTENT = 'main,[role="main"],article';
const SIDEBAR = 'aside,nav,[role="complementary"],[role="navigation"]';

export function startPageDetection(options: PageDetectorOptions): PageDetector {
  const detector = new Detector(options);
  detector.start();
  return detector;
}

const rangesOf = (records: readonly RunRecord[]) =>
  records.flatMap((record) => record.found.map((f) => f.range));

class Detector implements PageDetector {
  readonly #document: Document;
  readonly #records = new PageReferences();
  readonly #highlighter: ReferenceHighlighter;
  readonly #runner: IdleRunner;
  readonly #idle: IdleEnvironment;
  readonly #makeRange: RangeFactory;
  readonly #rendered: RenderedCheck;
  readonly #isValid: () => boolean;
  readonly #observer: MutationObserver | null;
  /** Listing rows by table; a table is re-read when a change touches it. */
  readonly #tables = new Map<HTMLTableElement, ReportedRow[]>();
  readonly #dirtyTables = new Set<HTMLTableElement>();
  /** Listing rows by card container (listing-cards.ts); re-read when a change touches it. */
  readonly #cards = new Map<Element, ReportedRow[]>();
  readonly #dirtyCards = new Set<Element>();
  #pendingMutations: MutationRecord[] = [];
  #fullScanDue = true;
  #pass: Generator<void, void, void> | null = null;
  #shouldYield: () => boolean = () => false;
  #reportDue = false;
  #reportTimer: number | null = null;
  #reportedOnce = false;
  #lastReport: string | null = null;
  #failedReports = 0;
  stopped = false;

  constructor(private readonly options: PageDetectorOptions) {
    const { document } = options;
    const window = document.defaultView;
    this.#document = document;
    this.#isValid = options.isValid ?? (() => true);
    this.#idle = options.idle ?? browserIdleEnvironment(window as Window);
    this.#makeRange = options.makeRange ?? defaultRangeFactory(document);
    this.#rendered = options.isRendered ?? isRendered;
    const api = options.highlightApi === undefined ? browserHighlightApi() : options.highlightApi;
    this.#highlighter = new ReferenceHighlighter(api);
    this.#runner = new IdleRunner((shouldYield) => this.#step(shouldYield), this.#idle, options.idleOptions);
    const Observer = options.MutationObserver ?? window?.MutationObserver;
    this.#observer = Observer ? new Observer((records) => this.#onMutations(records)) : null;
  }

  start(): void {
    this.#observer?.observe(this.#document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    this.#runner.wake();
  }

  refresh(): void {
    if (this.stopped) return;
    this.#lastReport = null;
    this.#reportDue = true;
    this.#runner.wake();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.#observer?.disconnect();
    this.#runner.stop();
    if (this.#reportTimer !== null) this.#idle.clearTimeout(this.#reportTimer);
    this.#pass = null;
    this.#pendingMutations = [];
    this.#records.clear();
    this.#tables.clear();
    this.#cards.clear();
    this.#highlighter.clear();
  }

  #onMutations(records: MutationRecord[]): void {
    if (!this.#isValid()) {
      this.stop();
      return;
    }
    for (const record of records) this.#pendingMutations.push(record);
    this.#runner.wake();
  }

  #hasScanWork(): boolean {
    return (
      this.#fullScanDue ||
      this.#pendingMutations.length > 0 ||
      this.#dirtyTables.size > 0 ||
      this.#dirtyCards.size > 0
    );
  }

  /** One idle slice: scan while there is scanning to do, then report. Done when nothing is left. */
  #step(shouldYield: () => boolean): { done: boolean; kind: SliceKind } {
    if (!this.#isValid()) {
      this.stop();
      return { done: true, kind: 'scan' };
    }
    this.#shouldYield = shouldYield;
    if (this.#pass || this.#hasScanWork()) {
      this.#pass ??= this.#scanPass();
      if (!this.#pass.next().done) return { done: false, kind: 'scan' };
      this.#pass = null;
      this.#scheduleReport();
      return { done: !this.#reportDue, kind: 'scan' };
    }
    if (this.#reportDue) {
      this.#reportDue = false;
      this.#sendReport();
    }
    return { done: !this.#hasScanWork() && !this.#reportDue, kind: 'report' };
  }

  /** Scans what changed (the whole body the first time) until nothing is pending; pauses by yielding. */
  *#scanPass(): Generator<void, void, void> {
    const visibility = new VisibilityCheck(this.#rendered);
    for (;;) {
      const body = this.#document.body;
      if (!body) return;
      const blocks = new BlockResolver();
      let regions: Node[];
      if (this.#fullScanDue) {
        this.#fullScanDue = false;
        this.#pendingMutations = [];
        regions = [body];
      } else if (this.#pendingMutations.length > 0) {
        const mutations = this.#pendingMutations;
        this.#pendingMutations = [];
        regions = changedRegions(mutations, blocks, body);
        // Rows taken out of a listing leave no region to rescan, but their table changed.
        for (const mutation of mutations) {
          if (mutation.type === 'childList') this.#markTableAround(mutation.target);
          for (const container of this.#cards.keys())
            if (container.contains(mutation.target)) this.#dirtyCards.add(container);
        }
        this.#highlighter.remove(rangesOf(this.#records.prune()));
      } else if (this.#dirtyTables.size > 0 || this.#dirtyCards.size > 0) {
        yield* this.#readDirtyTables(visibility);
        yield* this.#readDirtyCards();
        continue;
      } else {
        return;
      }
      for (const region of regions) {
        if (!region.isConnected) continue;
        const fresh = yield* this.#scanRegion(region, blocks, visibility);
        if (!region.isConnected) continue;
        this.#highlighter.remove(rangesOf(this.#records.replace(region, fresh)));
        this.#highlighter.add(rangesOf(fresh));
        this.#markTables(region);
      }
    }
  }

  *#scanRegion(region: Node, blocks: BlockResolver, visibility: VisibilityCheck) {
    const walker = new TextRunWalker(region, blocks);
    const fresh: RunRecord[] = [];
    for (;;) {
      const step = walker.next(this.#shouldYield);
      if (step === 'done') return fresh;
      if (step === 'paused') {
        yield;
        continue;
      }
      const found = referencesInRun(step, visibility, this.#makeRange);
      if (found.length > 0) {
        fresh.push({ first: step.nodes[0] as Text, found });
        this.#markCardsAround(step, (found[0] as FoundReference).reference);
      }
      if (this.#shouldYield()) yield;
    }
  }

  /**
   * A run that opens with its reference (after a type word or a symbol label at most) may be a card's heading:
   * the elements around it that could hold a list of such cards are read (listing-cards.ts).
   * Only such runs: an article's paragraphs, whose references sit inside them, cost nothing.
   */
  #markCardsAround(run: TextRun, first: DocumentReference): void {
    // A run rebuilt without its hidden nodes has other offsets: its heading is not checked.
    if (run.text.slice(first.start, first.end) !== first.raw || !opensWithItsReference(run.text, first.start))
      return;
    for (const container of cardContainersAround(run.nodes[0] as Text)) this.#dirtyCards.add(container);
  }

  /** Tables around or inside a rescanned region may have gained or lost listing rows. */
  #markTables(region: Node): void {
    this.#markTableAround(region);
    if (region.nodeType === ELEMENT_NODE) {
      for (const table of Array.from((region as Element).querySelectorAll('table')))
        this.#dirtyTables.add(table);
    }
  }

  #markTableAround(node: Node): void {
    const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    const table = element?.closest('table');
    if (table?.isConnected) this.#dirtyTables.add(table);
  }

  /** A table not shown (a closed tab's) gives no rows, as its references are not listed. */
  *#readDirtyTables(visibility: VisibilityCheck): Generator<void, void, void> {
    for (const table of this.#dirtyTables) {
      this.#dirtyTables.delete(table);
      const layout = table.isConnected && visibility.isShown(table) ? listingLayout(table) : null;
      if (!layout) {
        this.#tables.delete(table);
        continue;
      }
      const rows: ReportedRow[] = [];
      const readRow = listingRowReader(layout);
      for (const row of layout.bodyRows) {
        const read = readRow(row);
        if (read) rows.push(read);
        if (this.#shouldYield()) yield;
      }
      this.#tables.set(table, rows);
    }
  }

  *#readDirtyCards(): Generator<void, void, void> {
    for (const container of this.#dirtyCards) {
      this.#dirtyCards.delete(container);
      const rows = container.isConnected ? yield* readCardListing(container, () => this.#shouldYield()) : [];
      if (rows.length > 0) this.#cards.set(container, rows);
      else this.#cards.delete(container);
    }
  }

  /** The first scan is reported at once; later ones after a quiet time, so a busy page is not reported on every change. */
  #scheduleReport(): void {
    if (!this.#reportedOnce) {
      this.#reportedOnce = true;
      this.#reportDue = true;
      return;
    }
    if (this.#reportTimer !== null) this.#idle.clearTimeout(this.#reportTimer);
    this.#reportTimer = this.#idle.setTimeout(() => {
      this.#reportTimer = null;
      this.#reportDue = true;
      this.#runner.wake();
    }, this.options.reportDelayMs ?? REPORT_DELAY_MS);
  }

  #sendReport(): void {
    const report = this.#currentReport();
    const serialized = JSON.stringify(report);
    if (serialized === this.#lastReport) return;
    this.#lastReport = serialized;
    Promise.resolve()
      .then(() => this.options.report(report))
      .then(
        () => {
          this.#failedReports = 0;
        },
        () => {
          // Stopped for good if the extension went away; otherwise the background was not
          // there yet (a service worker starting, an update): tried again a little later.
          this.#lastReport = null;
          if (!this.#isValid()) this.stop();
          else if (++this.#failedReports <= REPORT_RETRIES) this.#retryReport();
        },
      );
  }

  #retryReport(): void {
    if (this.#reportTimer !== null) this.#idle.clearTimeout(this.#reportTimer);
    this.#reportTimer = this.#idle.setTimeout(() => {
      this.#reportTimer = null;
      this.#reportDue = true;
      this.#runner.wake();
    }, REPORT_RETRY_MS * this.#failedReports);
  }

  /**
   * The card listings to report: none inside a listing table (its cells are its rows), and of
   * listings inside one another, the outer one (a list within each item of a listing is read
   * with the outer items), unless it is a layout's: columns that each open with a listing of
   * their own (a main list beside a "Văn bản mới" list), whose first rows are the outer's rows.
   */
  #cardListings(): [Element, ReportedRow[]][] {
    for (const container of this.#cards.keys()) if (!container.isConnected) this.#cards.delete(container);
    const listings = [...this.#cards].filter(([container]) => {
      const table = container.closest('table');
      return !(table && this.#tables.get(table)?.length);
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

  #currentReport(): PageReport {
    const document = this.#document;
    for (const table of this.#tables.keys()) if (!table.isConnected) this.#tables.delete(table);
    // A box of documents in a sidebar beside the page's main content ("Văn bản mới") is the
    // portal's, not the page's: left out beside another listing, marked for the background
    // beside a document (background/page-reading.ts), kept on a home page.
    const main = document.querySelector(MAIN_CONTENT);
    const own: [Element, ReportedRow[]][] = [...this.#tables];
    const sidebar: [Element, ReportedRow[]][] = [];
    for (const [container, rows] of this.#cardListings()) {
      if (main && !main.contains(container) && container.closest(SIDEBAR))
        sidebar.push([container, rows.map((row) => ({ ...row, aside: true }))]);
      else own.push([container, rows]);
    }
    const found = (own.some(([, rows]) => rows.length > 1) ? own : [...own, ...sidebar]).sort(([a], [b]) =>
      a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    // A table of one row is more likely the page's own metadata than a list of other dispatches.
    // A sidebar's box is left out of the main text even where its rows are (it is no mention).
    const listings = [...own, ...sidebar].filter(([, rows]) => rows.length > 1).map(([element]) => element);
    return {
      url: document.URL,
      title: document.title,
      references: this.#records.distinct(),
      mainText: mainText(document, new VisibilityCheck(this.#rendered), listings),
      rows: found.flatMap(([, rows]) => rows),
    };
  }
}
