/**
 * One-time tokens that tell a card's notes frame what it is for.
 *
 * The content script knows the event, the mention's quote and the page; the notes frame (an
 * extension page inside the card) needs them and nothing in the page may forge or read them. So the
 * content script hands them to the background (openNotes) and gets a random token back; the token
 * is the only thing in the frame's address (which sits in the card's closed root); the frame
 * redeems it once (redeemNotes), from the same tab, and the token is gone. A page that somehow
 * learnt a token could only spend it on a frame it cannot read (a cross-origin document).
 *
 * Kept in the background's memory: a token lives for seconds (the frame redeems it as it loads),
 * so a service worker that restarts in between costs one frame that says "open the card again".
 */
import type { NotesContext } from './protocol';

export const TOKEN_TTL_MS = 60_000;
/** Open tokens kept per tab at most (a page cannot make the reader open cards, but bound it anyway). */
export const TOKENS_PER_TAB = 20;

interface Issued {
  context: NotesContext;
  tabId: number;
  at: number;
}

export interface NotesTokens {
  issue(context: NotesContext, tabId: number): string;
  /** The context of `token` if it was issued to `tabId` and not yet redeemed or expired; it is spent either way. */
  redeem(token: string, tabId: number): NotesContext | null;
  readonly size: number;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createNotesTokens(now: () => number = Date.now): NotesTokens {
  const tokens = new Map<string, Issued>();
  const sweep = () => {
    const t = now();
    for (const [k, v] of tokens) if (t - v.at > TOKEN_TTL_MS) tokens.delete(k);
  };
  return {
    issue(context, tabId) {
      sweep();
      const mine = [...tokens].filter(([, v]) => v.tabId === tabId);
      // Oldest first (a Map keeps insertion order): drop those over the bound.
      for (const [k] of mine.slice(0, Math.max(0, mine.length - TOKENS_PER_TAB + 1))) tokens.delete(k);
      const token = randomToken();
      tokens.set(token, { context, tabId, at: now() });
      return token;
    },
    redeem(token, tabId) {
      if (typeof token !== 'string') return null;
      const got = tokens.get(token);
      if (!got) return null;
      tokens.delete(token);
      if (got.tabId !== tabId || now() - got.at > TOKEN_TTL_MS) return null;
      return got.context;
    },
    get size() {
      return tokens.size;
    },
  };
}

const MAX = { quote: 2_000, context: 200, title: 500, url: 4_000, mention: 500 };
const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** Checks and trims what a content script says a notes frame is for; throws on anything malformed. */
export function checkNotesContext(input: unknown): NotesContext {
  const i = (input ?? {}) as Partial<NotesContext>;
  if (i.eventId !== null && (typeof i.eventId !== 'string' || !i.eventId)) throw new Error('A notes frame needs an event (or null for an unknown meeting).');
  const t = (i.target ?? {}) as Partial<NotesContext['target']>;
  const url = str(t.url, MAX.url);
  if (!/^https?:\/\//i.test(url)) throw new Error('A notes frame is only for an http(s) page.');
  const q = (t.quote ?? {}) as Partial<NotesContext['target']['quote']>;
  const mention = str(i.mention, MAX.mention);
  return {
    eventId: i.eventId,
    ...(i.eventId === null && mention ? { mention } : {}),
    target: {
      url,
      title: str(t.title, MAX.title),
      quote: { exact: str(q.exact, MAX.quote), prefix: str(q.prefix, MAX.context), suffix: str(q.suffix, MAX.context) },
    },
  };
}
