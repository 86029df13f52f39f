/**
 * The background's detector for pages (lib/page/remote-detect.ts is the page's side). A page's
 * scanner sends its text in chunks, in order; each document (one route of one frame) keeps its
 * detector state here between them, so a later paragraph can refer back to an earlier one as it
 * does in one detect() call over the page.
 *
 * Why here: the detector stays warm from page to page (a page's own copy always ran cold, several
 * times slower), and works beside the page's thread instead of on it. The page's text stays within
 * the extension: only Parley's content scripts may send it (lib/messages/server.ts ALLOWED), and
 * nothing of it is stored; a document's state is dropped when the page moves on (a new document),
 * after IDLE_MS without a message, or when more than MAX_DOCS documents are held.
 */
import { createDocumentState, detect, type CompiledMatcher, type DocumentState } from '../detect';
import type { DocumentInfo, Mention } from '../detect/types';
import type { DetectAnswer, DetectRequest } from './protocol';
import type { From } from './server';
import { tally } from '../background/timing';

/** Documents held at once (the least recently used goes first). */
export const MAX_DOCS = 64;
/** A document without a message for this long is dropped. */
export const IDLE_MS = 10 * 60_000;
/** Texts and characters one message may carry (the page sends a few chunks of 4,096). */
const MAX_TEXTS = 64;
const MAX_CHARS = 1 << 20;

interface Doc {
  matcher: CompiledMatcher | null;
  state: DocumentState | null;
  /** Texts received so far (the next message must say `from` this). */
  received: number;
  /** The document's work so far: each message's detection runs after the one before. */
  chain: Promise<unknown>;
  used: number;
}

function checked(req: DetectRequest): DetectRequest {
  const ok =
    typeof req.doc === 'string' &&
    req.doc.length > 0 &&
    req.doc.length <= 64 &&
    Number.isInteger(req.from) &&
    req.from >= 0 &&
    Array.isArray(req.texts) &&
    req.texts.length <= MAX_TEXTS &&
    req.texts.every((t) => typeof t === 'string') &&
    req.texts.reduce((n, t) => n + t.length, 0) <= MAX_CHARS;
  if (!ok) throw new Error('detect: a malformed request.');
  return req;
}

/** Only the fields detect() reads, as strings: a page's info is data, never code or objects. */
function infoOf(info: DocumentInfo | undefined): DocumentInfo {
  const out: DocumentInfo = {};
  for (const k of ['publishedAt', 'url', 'title', 'lang'] as const) {
    const v = info?.[k];
    if (typeof v === 'string') out[k] = v.slice(0, 2048);
  }
  return out;
}

/**
 * `current`: the matcher for the events as they are now (the background's, once per version). A
 * document keeps the matcher it began with; when the events change the page starts a new one.
 */
export function createDetectService(current: () => Promise<CompiledMatcher>, now: () => number = Date.now): (req: DetectRequest, from?: From) => Promise<DetectAnswer> {
  const docs = new Map<string, Doc>();

  const sweep = (t: number) => {
    // Oldest use first (a document is moved to the end at each use).
    for (const [key, d] of docs) {
      if (docs.size <= MAX_DOCS && t - d.used < IDLE_MS) break;
      docs.delete(key);
    }
  };

  return async (request, from) => {
    const req = checked(request);
    const key = `${from?.tabId ?? -1}/${from?.frameId ?? 0}/${req.doc}`;
    const t = now();
    let d = docs.get(key);
    if (d) docs.delete(key);
    else {
      // A document the background does not hold: a new one (its first texts), or one it lost.
      if (req.from !== 0) return { lost: true };
      const doc: Doc = { matcher: null, state: null, received: 0, chain: Promise.resolve(), used: t };
      const info = infoOf(req.info);
      doc.chain = current().then(
        (m) => {
          doc.matcher = m;
          doc.state = createDocumentState(info);
        },
        (err) => {
          if (docs.get(key) === doc) docs.delete(key);
          throw err;
        },
      );
      d = doc;
    }
    // Accounted for on arrival, in the order the page sent them.
    if (req.from !== d.received) return { lost: true };
    d.received += req.texts.length;
    d.used = t;
    docs.set(key, d);
    sweep(t);
    const doc = d;
    const run = doc.chain.then(() => {
      const t0 = performance.now();
      const found = req.texts.map((text) => detect(text, doc.matcher!, doc.state!));
      tally('detect', t0);
      return found;
    });
    doc.chain = run.catch(() => {});
    const mentions = await run;
    return { mentions, titles: titlesOf(doc.matcher!, mentions) };
  };
}

/** The titles of the events the mentions name (their own and the others they name too). */
function titlesOf(m: CompiledMatcher, mentions: Mention[][]): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (id: string | null | undefined) => {
    if (!id || id in out) return;
    const i = m.eventIndex.get(id);
    if (i !== undefined) out[id] = m.events[i]!.title;
  };
  for (const list of mentions) {
    for (const x of list) {
      add(x.eventId);
      for (const id of x.also ?? []) add(id);
    }
  }
  return out;
}
