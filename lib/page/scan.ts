/**
 * The scanner: DOM → text → mentions → marks, for the whole page once and then for whatever the
 * page changes, without ever holding the main thread for long.
 *
 *   start() ── full scan of <body>, in slices (yieldToMain between them)
 *      │
 *   MutationObserver ── records are only queued (the callback does nothing else)
 *      │ idle time (requestIdleCallback, 1 s timeout)
 *   job ── classify the queued records:
 *      · nodes removed          → drop marks whose text left the page (prune)
 *      · block element added    → scan that subtree (new content: infinite scroll, a new route)
 *      · text or inline added,
 *        text changed           → the block around it is scanned again whole (context matters),
 *                                 after its old marks are removed
 *      · hidden/aria-hidden/open changed → scan that subtree's text not yet scanned
 *      · more than BIG_BATCH records      → one rescan of <body>, skipping text already scanned
 *
 * Text nodes already scanned are remembered (a WeakSet: no cost once the page drops them), so a
 * rescan never reads the same unchanged text twice, and a mark is never added twice for the same
 * text (MarkRegistry.add refuses overlaps).
 *
 * Work is cut into chunks of CHUNK_CHARS characters (ending at a block boundary, which no mention
 * crosses) and slices of SLICE_BUDGET_MS; the detector runs on one chunk at a time, with one
 * document state shared across chunks so a later paragraph can refer back to an earlier one. A
 * detector given as steps (lib/detect/pipeline.ts detectSteps) is paused inside a chunk too when
 * the slice is spent: a page's first chunks run in cold code, many times slower than later ones.
 */
import type { Mention } from '../detect/types';
import type { Steps } from '../detect/steps';
import type { Mark, MarkRegistry } from './registry';
import { SLICE_BUDGET_MS, now, slice, whenIdle, yieldToMain } from './schedule';
import { OWN_PREFIX, TextWalker, blockOf, rangeFor, type PageText } from './text';

/**
 * Characters per detector call (a chunk ends at the first block boundary after this many), the
 * same on every machine. The detector reads some context across paragraphs within the text it is
 * given, so chunk boundaries can change what it finds. Against one call on the whole text (what
 * `npm run eval` measures), chunks of 1024 characters lost or added marks on 9 of 174 pages of
 * news-dev and blind pages 7-9, chunks of 2048 on 1, chunks of 4096 and 8192 on none. A call on
 * 4096 characters takes a few milliseconds once warm, and the detector's cost per call hardly
 * depends on the chunk size (measured: 1 MB in chunks of 1024 to 8192 characters, the same total
 * within noise).
 *
 * The chunks used to shrink on a starved machine (a call far past its slice halved the next one),
 * so that a slice held at the price of less context per call, and a page's marks could then differ
 * from one load to the next. The detector now pauses inside a call (detectSteps), so a slice holds
 * whatever a call costs, and the chunks, and the marks, are the same on every machine.
 */
export const CHUNK_CHARS = 4096;
/** A mutation batch larger than this is treated as one rescan of the page (DESIGN.md). */
export const BIG_BATCH = 1000;
/** More distinct subtrees than this in one job: rescan the page instead of merging them one by one. */
const MAX_ROOTS = 300;

export const OBSERVED_ATTRIBUTES = ['hidden', 'aria-hidden', 'open', 'contenteditable', 'inert'];

/**
 * A detector: its mentions at once, as steps the scanner may pause between (detectSteps), or a
 * promise of them (the background's detector, lib/page/remote-detect.ts: the walk reads ahead and
 * marks each chunk once its answer is in).
 */
export type DetectFn = (text: string) => Mention[] | Steps<Mention[]> | Promise<Mention[]>;

/**
 * Chunks a job hands to a detector that answers later before it marks the first of them: enough
 * to keep that detector busy while the page marks what came back.
 */
export const READ_AHEAD = 16;

/** A chunk whose mentions a detector will answer later. */
interface Waiting {
  chunk: PageText;
  /** Settles once `mentions` is set (to [] if the detector failed). */
  found: Promise<void>;
  mentions: Mention[] | null;
}

const isPromise = (x: unknown): x is Promise<Mention[]> => !!x && typeof (x as Promise<unknown>).then === 'function';

export interface ScanStats {
  reason: 'initial' | 'full' | 'update';
  /** Characters handed to the detector. */
  chars: number;
  /** Text nodes visited. */
  nodes: number;
  chunks: number;
  marksAdded: number;
  marksRemoved: number;
  slices: number;
  /** Main-thread time spent, summed over slices. */
  busyMs: number;
  longestSliceMs: number;
  /**
   * Of busyMs: time in the detector, and its longest step (the longest it held the thread at
   * once: a whole call for a detector that is not given as steps).
   */
  detectMs: number;
  longestDetectStepMs: number;
  /** Wall time the job waited for a detector that answers later (not in busyMs: the thread was free). */
  waitMs: number;
  /** Of busyMs: time creating ranges and registering marks. */
  markMs: number;
  /** From the start of the job to its end, yields included. */
  wallMs: number;
}

export interface ScannerOptions {
  registry: MarkRegistry;
  detect: DetectFn;
  doc?: Document;
  chunkChars?: number;
  budgetMs?: number;
  /** Called after each job (initial scan, full rescan, or update) with what it did. */
  onJob?(stats: ScanStats, added: Mark[], removed: Mark[]): void;
  /**
   * A page's open shadow root the scan went into (first time only): its text is read and marked,
   * and its changes are observed like the document's. null: stay out of shadow roots.
   */
  onShadowRoot?: ((root: ShadowRoot) => void) | null;
}

interface Root {
  node: Node;
  /** Ignore what was scanned before (new or changed content); else skip text already scanned. */
  fresh: boolean;
}

function isOwn(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).tagName.toUpperCase().startsWith(OWN_PREFIX);
}

function isBlockElement(el: Element): boolean {
  return blockOf(el) === el;
}

export class Scanner {
  private scanned = new WeakSet<Text>();
  private records: MutationRecord[] = [];
  private overflow = false;
  private fullPending = false;
  private observer: MutationObserver | null = null;
  /** Open shadow roots of the page the scan has entered (each observed like the document). */
  private shadowRoots = new Set<ShadowRoot>();
  private running: Promise<void> | null = null;
  private gen = 0;
  private writing = 0;
  private readonly doc: Document;
  private readonly chunkChars: number;
  private readonly budget: number;
  detect: DetectFn;

  constructor(private opts: ScannerOptions) {
    this.doc = opts.doc ?? document;
    this.detect = opts.detect;
    this.chunkChars = opts.chunkChars ?? CHUNK_CHARS;
    this.budget = opts.budgetMs ?? SLICE_BUDGET_MS;
  }

  get registry(): MarkRegistry {
    return this.opts.registry;
  }

  /** Has this text node been scanned (and not changed since)? */
  isScanned(t: Text): boolean {
    return this.scanned.has(t);
  }

  /** Counts a text node as scanned (the fallback marks split nodes; the pieces are not new text). */
  markScanned(t: Text): void {
    this.scanned.add(t);
  }

  /** Observes the page and scans it whole. Resolves when the first full scan is done. */
  start(): Promise<void> {
    this.stopObserving();
    const target = this.doc.documentElement;
    this.observer = new MutationObserver((recs) => this.queue(recs));
    this.shadowRoots.clear();
    this.observe(target);
    this.fullPending = true;
    return this.kick('initial');
  }

  private observe(target: Node): void {
    this.observer?.observe(target, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
  }

  /** The walk entered an open shadow root: observe it, and tell the caller (styles for marks). */
  private enterShadowRoot = (root: ShadowRoot): void => {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.registry.shadowRoots.add(root);
    this.observe(root);
    this.opts.onShadowRoot?.(root);
  };

  private observeAll(): void {
    this.observe(this.doc.documentElement);
    for (const r of this.shadowRoots) {
      if (r.host.isConnected) this.observe(r);
      else this.shadowRoots.delete(r);
    }
  }

  /** Stops observing and drops pending work. Marks stay: the caller clears the registry if it wants. */
  stop(): void {
    this.gen++;
    this.stopObserving();
    this.records = [];
    this.overflow = false;
    this.fullPending = false;
    this.running = null;
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Forgets everything scanned and marked, then scans the page again (new matcher data). */
  rescanAll(): Promise<void> {
    this.gen++;
    this.running = null;
    this.records = [];
    this.overflow = false;
    this.scanned = new WeakSet();
    this.registry.clear();
    this.fullPending = true;
    return this.kick('full');
  }

  /**
   * Runs `fn`, which changes the page's nodes on Parley's behalf (fallback marks), without the
   * observer reporting those changes back to us. Records the page made before are kept.
   */
  write = (fn: () => void): void => {
    if (!this.observer || this.writing) {
      fn();
      return;
    }
    const before = this.observer.takeRecords();
    this.observer.disconnect();
    this.writing++;
    try {
      fn();
    } finally {
      this.writing--;
      this.observeAll();
      if (before.length) this.queue(before);
    }
  };

  /** The observer callback: only queue. */
  private queue(recs: MutationRecord[]): void {
    if (this.overflow) return;
    if (this.records.length + recs.length > BIG_BATCH) {
      // Keep only what a rescan cannot see: text that changed in place (scanned, but stale now).
      this.overflow = true;
      this.records = [...this.records, ...recs].filter((r) => r.type === 'characterData');
    } else {
      for (const r of recs) this.records.push(r);
    }
    void this.kick('update');
  }

  /** Resolves when there is nothing left to do. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  get busy(): boolean {
    return this.running !== null;
  }

  private hasWork(): boolean {
    return this.fullPending || this.overflow || this.records.length > 0;
  }

  private kick(reason: ScanStats['reason']): Promise<void> {
    if (this.running) return this.running;
    const gen = this.gen;
    const p: Promise<void> = this.loop(reason, gen).finally(() => {
      if (this.running !== p) return;
      this.running = null;
      // Records queued between the loop's last check and now would otherwise wait for the next mutation.
      if (gen === this.gen && this.hasWork()) void this.kick('update');
    });
    this.running = p;
    return p;
  }

  private async loop(first: ScanStats['reason'], gen: number): Promise<void> {
    let reason = first;
    while (this.hasWork() && gen === this.gen) {
      // Updates wait for idle time; a full scan starts at once (it is what the reader is waiting for).
      if (!this.fullPending) {
        await whenIdle();
        if (gen !== this.gen) return;
        reason = this.overflow ? 'full' : 'update';
      } else if (reason === 'update') reason = 'full';
      await this.job(reason, gen);
      reason = 'update';
    }
  }

  /** Turns the queued records into roots to scan, and drops what they removed. */
  private plan(removed: Mark[]): Root[] {
    const records = this.records;
    const full = this.fullPending || this.overflow;
    this.records = [];
    this.fullPending = false;
    this.overflow = false;
    const reg = this.registry;
    let prune = full;
    const roots: Root[] = [];
    const dirty = new Set<Element>();

    for (const r of records) {
      if (r.type === 'characterData') {
        const t = r.target as Text;
        this.scanned.delete(t);
        prune = true;
        if (full) {
          for (const m of [...reg.inNode(t)]) {
            reg.remove(m);
            removed.push(m);
          }
        } else {
          const b = blockOf(t);
          if (b) dirty.add(b);
        }
        continue;
      }
      if (full) continue;
      if (r.type === 'attributes') {
        if (!isOwn(r.target)) roots.push({ node: r.target, fresh: false });
        continue;
      }
      if (r.removedNodes.length) prune = true;
      for (const n of r.addedNodes) {
        if (isOwn(n) || !n.isConnected) continue;
        if (n.nodeType === 3) {
          const b = blockOf(n);
          if (b) dirty.add(b);
        } else if (n.nodeType === 1) {
          if (isBlockElement(n as Element)) roots.push({ node: n, fresh: true });
          else {
            const b = blockOf(n.parentNode ?? n);
            if (b) dirty.add(b);
          }
        }
      }
    }

    if (prune) {
      for (const m of reg.prune()) {
        removed.push(m);
        this.scanned.delete(m.startNode);
        this.scanned.delete(m.endNode);
      }
    }

    const body = this.doc.body;
    if (!body) return [];
    if (full || roots.length + dirty.size > MAX_ROOTS) {
      if (!full) {
        // Too many places changed at once: one rescan. Changed blocks must be read again whole.
        for (const b of dirty) {
          removed.push(...reg.removeWithin(b));
          this.forget(b);
        }
      }
      return [{ node: body, fresh: false }];
    }

    for (const b of dirty) {
      if (!b.isConnected) continue;
      removed.push(...reg.removeWithin(b));
      roots.push({ node: b, fresh: true });
    }
    // Keep the outermost roots; a fresh root wins over a non-fresh one it contains.
    const kept: Root[] = [];
    roots.sort((a, b) => (a.node === b.node ? 0 : a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const r of roots) {
      if (!r.node.isConnected) continue;
      const last = kept[kept.length - 1];
      if (last && (last.node === r.node || last.node.contains(r.node))) {
        if (r.fresh && !last.fresh && last.node === r.node) last.fresh = true;
        else if (r.fresh && !last.fresh) this.forget(r.node);
        continue;
      }
      kept.push(r);
    }
    return kept;
  }

  /** Forgets that the text under `root` was scanned (so a non-fresh walk reads it again). */
  private forget(root: Node): void {
    const w = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) this.scanned.delete(n as Text);
  }

  private async job(reason: ScanStats['reason'], gen: number): Promise<void> {
    const t0 = now();
    const stats: ScanStats = { reason, chars: 0, nodes: 0, chunks: 0, marksAdded: 0, marksRemoved: 0, slices: 0, busyMs: 0, longestSliceMs: 0, detectMs: 0, longestDetectStepMs: 0, waitMs: 0, markMs: 0, wallMs: 0 };
    const added: Mark[] = [];
    const removed: Mark[] = [];
    let s = slice(this.budget);
    const roots = this.plan(removed);
    const isScanned = (t: Text) => this.scanned.has(t);

    const endSlice = () => {
      const d = now() - s.start;
      stats.slices++;
      stats.busyMs += d;
      if (d > stats.longestSliceMs) stats.longestSliceMs = d;
    };

    const pause = async (): Promise<boolean> => {
      endSlice();
      await (reason === 'update' ? whenIdle() : yieldToMain());
      if (gen !== this.gen) return false;
      s = slice(this.budget);
      return true;
    };

    // The roots' text, chunk after chunk: undefined once every root is walked, null when the
    // slice ran out inside a walk.
    let at = 0;
    let walker: TextWalker | null = null;
    const nextChunk = (): PageText | null | undefined => {
      for (;;) {
        if (!walker) {
          const root = roots[at++];
          if (!root) return undefined;
          walker = new TextWalker(root.node, {
            chunkChars: this.chunkChars,
            onShadowRoot: this.opts.onShadowRoot === null ? null : this.enterShadowRoot,
            ...(root.fresh ? {} : { skipText: isScanned }),
          });
        }
        if (walker.done) {
          stats.nodes += walker.visited;
          walker = null;
          continue;
        }
        return walker.next(s);
      }
    };

    // Chunks handed to a detector that answers later (the background's), oldest first: the walk
    // reads ahead while it works, and each answer is marked in order once in.
    const waiting: Waiting[] = [];
    let walking = true;
    while (walking || waiting.length) {
      const head = waiting[0];
      if (head && (head.mentions || !walking || waiting.length >= READ_AHEAD)) {
        waiting.shift();
        if (!head.mentions) {
          // Nothing to do here until the answer comes: the thread is the page's meanwhile.
          endSlice();
          const w0 = now();
          await head.found;
          stats.waitMs += now() - w0;
          if (gen !== this.gen) return;
          s = slice(this.budget);
        }
        this.mark(head.chunk, head.mentions ?? [], stats, added);
      } else {
        const chunk = nextChunk();
        if (chunk === undefined) walking = false;
        else if (chunk) {
          const found = this.begin(chunk, stats);
          if (isPromise(found)) {
            const entry: Waiting = { chunk, found: Promise.resolve(), mentions: null };
            entry.found = found.then(
              (m) => void (entry.mentions = m),
              () => void (entry.mentions = []),
            );
            waiting.push(entry);
          } else if (found) {
            const work = this.steps(chunk, found, stats, added);
            for (let r = work.next(); !r.done; r = work.next()) if (s.expired() && !(await pause())) return;
          }
        }
      }
      if ((walking || waiting.length) && s.expired() && !(await pause())) return;
    }
    // The job's last marks go on the page now (a highlight layer takes them in batches while it runs).
    this.registry.layer.flush();
    endSlice();
    stats.marksAdded = added.length;
    stats.marksRemoved = removed.length;
    stats.wallMs = now() - t0;
    this.opts.onJob?.(stats, added, removed);
  }

  /**
   * Counts a chunk in and hands its text to the detector: its mentions, steps to run, or a promise
   * of them; null for a chunk without text.
   */
  private begin(chunk: PageText, stats: ScanStats): ReturnType<DetectFn> | null {
    stats.chunks++;
    stats.chars += chunk.text.length;
    for (const seg of chunk.segments) this.scanned.add(seg.node);
    if (!chunk.text.trim()) return null;
    const t0 = now();
    const found = this.detect(chunk.text);
    const d = now() - t0;
    stats.detectMs += d;
    if (d > stats.longestDetectStepMs) stats.longestDetectStepMs = d;
    return found;
  }

  /** Runs a detector given as steps to the end (a pause between two is up to the job), then marks. */
  private *steps(chunk: PageText, found: Mention[] | Steps<Mention[]>, stats: ScanStats, added: Mark[]): Steps<void> {
    let mentions: Mention[];
    if (Array.isArray(found)) mentions = found;
    else {
      for (;;) {
        const t0 = now();
        const r = found.next();
        const d = now() - t0;
        stats.detectMs += d;
        if (d > stats.longestDetectStepMs) stats.longestDetectStepMs = d;
        if (r.done) {
          mentions = r.value;
          break;
        }
        yield;
      }
    }
    this.mark(chunk, mentions, stats, added);
  }

  /** Marks a chunk's mentions. */
  private mark(chunk: PageText, mentions: Mention[], stats: ScanStats, added: Mark[]): void {
    if (!mentions.length) return;
    const t1 = now();
    this.write(() => {
      for (const m of mentions) {
        const range = rangeFor(chunk, m.start, m.end);
        // The page may have changed the text since we read it (between two slices): skip, the
        // observer has queued that change and the block will be read again.
        if (!range || range.toString() !== chunk.text.slice(m.start, m.end)) continue;
        const mark = this.registry.add(range, m);
        if (mark) added.push(mark);
      }
    });
    stats.markMs += now() - t1;
  }
}
