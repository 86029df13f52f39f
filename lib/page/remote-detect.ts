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
 */
import type { DocumentInfo, Mention } from '../detect/types';
import type { DetectAnswer, DetectRequest } from '../messages/protocol';

/** Texts per message: a few, so the first answers (the first marks) need not wait for many. */
export const BATCH = 4;

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
  let queue: Asked[] = [];
  let warned = false;

  const post = async (batch: Asked[], again = false): Promise<void> => {
    const forDoc = doc;
    const from = sent;
    sent += batch.length;
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
      // the rest of the page goes on as a new one. Once only: a second loss leaves these unmarked.
      if (again) {
        for (const a of batch) a.resolve([]);
        return;
      }
      if (doc === forDoc) {
        doc = makeId();
        sent = 0;
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
      doc = makeId();
      sent = 0;
    },
    titles,
  };
}
