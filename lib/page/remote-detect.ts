/**
 * The page's side of detection in the background (lib/messages/detect-service.ts): the scanner's
 * chunks go to the background's detector, which holds the document's state between them, and
 * their mentions come back.
 *
 * Why there and not in the page: the detector is most of a scan's work, and in a page it always
 * runs in cold code (each page is a new start for the JIT): a 1 MB page's text took some nine
 * times as long in its first pass as once warm (measured in Node: 1,200 ms against 130 ms). The
 * background's detector stays warm from page to page, and works in its own process beside the
 * page's thread. The page then loads neither the detector nor the matcher's tables: its engine
 * chunk is the scanner, the marks and the input.
 *
 * Texts asked for in one turn of the event loop (the chunks a slice of the walk read) go in one
 * message, at most BATCH of them; the answers come back in the order asked.
 *
 * A background that lost the document (an MV3 worker stops after some idle seconds; text a live
 * page adds later then reaches a fresh one) is given the document's earlier text again first, up
 * to KEEP_CHARS of it, its answers unused: so later text still reads against the page's headline,
 * its main meeting and what it named before, as it would have in one pass.
 */
import type { DocumentInfo, Mention } from '../detect/types';
import type { DetectAnswer, DetectRequest } from '../messages/protocol';

/** Texts per message: a few, so the first answers (the first marks) need not wait for many. */
export const BATCH = 4;
/**
 * How much of a document's text the page keeps to give a background that lost it (characters; an
 * article is far less, a 1 MB page keeps its first quarter). The headline, the lead and the earlier
 * meetings are what later text leans on.
 */
export const KEEP_CHARS = 256 * 1024;
/** Texts per message when giving a background the document again (the service takes up to 64). */
const REPLAY_BATCH = 32;

export interface RemoteDetector {
  /** The mentions of the document's next chunk of text (chunks are read in the order asked). */
  detect(text: string): Promise<Mention[]>;
  /** A new document (a new route, or new tables): what the background held of the last one stays behind. */
  reset(info: DocumentInfo): void;
  /** Titles of the events the answers named (the popup's list shows them). */
  readonly titles: ReadonlyMap<string, string>;
}

/** Asks up to four times, waiting 150, 600 and 2,400 ms between (the worker wakes within that). */
async function askAgain<T>(ask: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await ask();
    } catch (err) {
      if (i >= 3) throw err;
      await new Promise((r) => setTimeout(r, 150 * 4 ** i));
    }
  }
}

/** An id for one document of one frame (the background keys it by tab and frame as well). */
function newId(): string {
  const a = new Uint32Array(2);
  crypto.getRandomValues(a);
  return a[0]!.toString(36) + a[1]!.toString(36);
}

interface Asked {
  text: string;
  resolve(m: Mention[]): void;
}

export function remoteDetector(ask: (req: DetectRequest) => Promise<DetectAnswer>, makeId: () => string = newId): RemoteDetector {
  const titles = new Map<string, string>();
  let info: DocumentInfo = {};
  let doc = makeId();
  /** Texts of `doc` sent so far. */
  let sent = 0;
  /** The first texts of `doc` (all of them while under KEEP_CHARS), to give a background that lost it. */
  let kept: string[] = [];
  let keptChars = 0;
  let queue: Asked[] = [];
  let warned = false;
  /** The earlier text being given again to a background that lost the document: later texts wait for it. */
  let replayed: Promise<unknown> = Promise.resolve();

  const newDoc = () => {
    doc = makeId();
    sent = 0;
    kept = [];
    keptChars = 0;
  };

  /** Counts texts as sent for the current document, keeping them while under KEEP_CHARS; returns where they begin. */
  const count = (texts: string[]): number => {
    const from = sent;
    for (const t of texts) {
      if (kept.length === sent && keptChars + t.length <= KEEP_CHARS) {
        kept.push(t);
        keptChars += t.length;
      }
      sent++;
    }
    return from;
  };

  /** Gives the background texts the page already had marked, for their context only (answers unused). */
  const replay = async (texts: string[]): Promise<void> => {
    const forDoc = doc;
    const from = count(texts);
    try {
      await askAgain(() => ask({ doc: forDoc, from, ...(from === 0 ? { info } : {}), texts }));
    } catch {
      // The texts after it will find the document lost again, and stay unmarked (see post).
    }
  };

  const post = async (batch: Asked[], again = false): Promise<void> => {
    const forDoc = doc;
    const from = count(batch.map((a) => a.text));
    if (again) await replayed;
    let answer: DetectAnswer;
    try {
      // The background may be stopping or waking (an MV3 worker sleeps when idle; the reader's import
      // or reset in another page may have just woken it): ask again a few times before leaving text unmarked.
      const req: DetectRequest = { doc: forDoc, from, ...(from === 0 ? { info } : {}), texts: batch.map((a) => a.text) };
      answer = await askAgain(() => ask(req));
    } catch (err) {
      if (!warned) console.warn(`Parley: the background did not answer; some text of this page is left unmarked. (${err})`);
      warned = true;
      for (const a of batch) a.resolve([]);
      return;
    }
    if ('lost' in answer) {
      // The background no longer holds this document (it was restarted, or its tables changed):
      // the rest of the page goes on as a new one, given the earlier text first (see KEEP_CHARS).
      // Once only: a second loss leaves these texts unmarked.
      if (again) {
        for (const a of batch) a.resolve([]);
        return;
      }
      if (doc === forDoc) {
        // Counted before this batch's own texts: the earlier text first, in order.
        const earlier = kept.slice(0, from);
        newDoc();
        const asks: Promise<void>[] = [];
        for (let i = 0; i < earlier.length; i += REPLAY_BATCH) asks.push(replay(earlier.slice(i, i + REPLAY_BATCH)));
        replayed = Promise.all(asks);
      }
      return post(batch, true);
    }
    for (const id in answer.titles) titles.set(id, answer.titles[id]!);
    for (let i = 0; i < batch.length; i++) batch[i]!.resolve(answer.mentions[i] ?? []);
  };

  const flush = () => {
    if (!queue.length) return;
    const batch = queue;
    queue = [];
    void post(batch);
  };

  return {
    detect(text) {
      return new Promise<Mention[]>((resolve) => {
        const n = queue.push({ text, resolve });
        if (n === 1) queueMicrotask(flush);
        else if (n >= BATCH) flush();
      });
    },
    reset(next) {
      flush(); // (texts asked before belong to the last document)
      info = next;
      newDoc();
    },
    titles,
  };
}
