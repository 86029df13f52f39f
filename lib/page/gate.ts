/**
 * The gate: one cheap pass over a page's text before any detector work. Every mention Parley
 * marks needs at least one of a few trigger words: a Russian or Soviet side (Russia, Kremlin,
 * Moscow, СССР, Росія…), a Russian or Soviet person the vocabulary or the dataset knows (Putin,
 * Lavrov, Gromyko, Путін…), a place in Russia, or a word of an event's alias ("Reykjavik summit",
 * «переговоры в Стамбуле»). A page without any of them costs the walk and this test, nothing more.
 *
 * The words are not written by hand: the build derives them from the compiled lexicon
 * (gateWords, run by scripts/build/tables.ts), so they follow the vocabulary and the dataset.
 * They are matched as substrings of the lowercased text (a Cyrillic word is a stem: 'путин'
 * reaches «Путиным»), with the folds the detector's normalisation makes (і ї → и, є ё → е, ґ → г,
 * curly apostrophes, dashes; Latin diacritics; soft hyphens and zero-width characters dropped),
 * so the gate can only say yes more often than the detector finds something, never less.
 */
import type { Lexicon, SegSense, OverlaySense } from '../detect/lexicon';
import { MAX_PROBE } from '../detect/stem';

export interface GateSpec {

  /** Characters the normaliser drops (soft hyphen, zero-width, combining marks), as ranges "a-b,c". */
  dropped: string;
  /** Characters the normaliser turns into one letter or digit other than themselves (capitals, ё, і, é…), and what into. */
  from: string;
  to: string;
  /**
   * The entries by head (see Head), one line per head: `head before after pattern`. Every page
   * parses the spec and builds its filter from the heads alone: one string is the cheapest code to
   * parse (as an array of arrays it was some 3,400 literals), and the rest of a head's line is read
   * only when a page word first reaches that head.
   */
  heads: string;
}

/**
 * An entry's head is its longest word's first PREFIX characters (fewer for a shorter word); a page
 * word starting so is a candidate, checked against the pattern of the entries with that head (a
 * RegExp source, written short: see expandPattern) over the folded text around the word: `before`
 * characters before its start and `after` from it (as far as those entries reach, with room for
 * endings and separators).
 */
export type Head = [head: string, pattern: string, before: number, after: number];

/** The heads a spec holds. */
export function headsOf(spec: Pick<GateSpec, 'heads'>): Head[] {
  return spec.heads ? spec.heads.split('\n').map((line) => lineOf(line)) : [];
}

/** Heads as a spec holds them. */
export function packHeads(heads: readonly Head[]): string {
  return heads.map(([h, re, before, after]) => `${h} ${before} ${after} ${re}`).join('\n');
}

/** A head's line. */
function lineOf(line: string): Head {
  const a = line.indexOf(' ');
  const b = line.indexOf(' ', a + 1);
  const c = line.indexOf(' ', b + 1);
  return [line.slice(0, a), line.slice(c + 1), Number(line.slice(a + 1, b)), Number(line.slice(b + 1, c))];
}

export type Gate = (text: string) => boolean;

/**
 * Between two words of a phrase, in the folded window the precise check reads (letters and digits,
 * one space for anything else): spaces, and an English possessive ("Reagan's" → "reagan s").
 */
const SEP = '(?: s)? +';
/** What a page word may add to a Cyrillic stem (stem.ts MAX_PROBE). */
const ENDING = `[\\u0430-\\u044f]{0,${MAX_PROBE}}`;
/**
 * In a spec's patterns, one character each for the two pieces above that recur in them (some 1,500
 * times): SEP_MARK for a separator, STEM_MARK for a Cyrillic stem's ending and then a separator. The
 * spec is code of every page's content script, parsed on each, and these made up a third of it. A
 * pattern is written out whole only when a page word first reaches its head. Neither character can
 * be part of an entry (entries are letters, digits and spaces).
 */
const SEP_MARK = '_';
const STEM_MARK = '~';

/** A spec pattern as a RegExp source. */
export function expandPattern(pattern: string): string {
  return pattern.replaceAll(STEM_MARK, ENDING + SEP).replaceAll(SEP_MARK, SEP);
}

/** Characters of a head the scan compares before the precise check. */
const PREFIX = 6;
/** In the character table: a character the normaliser drops (the word goes on across it). */
const SKIP = 0xff;
/** In the character table: a capital (on top of its letter's number). */
const CAP = 0x80;
/** A folded letter or digit as 7 bits (0-9, a-z, а-я), so a head of PREFIX characters is one exact number. */
const sym = (f: number): number => (f < 0x3a ? f - 0x2f : f < 0x7b ? f - 0x56 : f - 0x3ea);
/** The folded letter or digit a 7-bit number stands for. */
const unsym = (s: number): number => (s <= 10 ? s + 0x2f : s <= 36 ? s + 0x56 : s + 0x3ea);
/** Size of the heads' filter: a slot per hash of a word's first characters, a bit per count of them. */
const FILTER = 1 << 16;
/** The filter's slot for the low 32 bits of a head's number. */
const slotOf = (low: number): number => (low ^ (low >>> 16)) & (FILTER - 1);

/**
 * The gate a spec describes (build once, call per text). One pass over the characters: each is
 * read once from a byte table that gives its folded letter or digit as a 7-bit number (0: a
 * break; SKIP: a dropped character; CAP added for a capital), so the loop calls no function and
 * makes no string. At each word its first PREFIX characters are checked against the heads, first
 * in a typed filter (it may say yes wrongly, never no), then exactly; only there does a RegExp
 * check the entries on a short folded window around the word. Most pages never get past the
 * filter. The gate runs on every page before any of its code is warm, so the work per character
 * is kept to a few table reads and comparisons.
 */
export function createGate(spec: GateSpec): Gate {
  // Plain indexed loops over strings: this runs on every page, in code the JIT has never seen,
  // where destructuring and for-of (the iterator protocol) cost several times more.
  const table = new Uint8Array(0x10000); // see above
  const put = (c: number, f: number) => {
    table[c] = sym(f) | ((c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f) ? CAP : 0);
  };
  for (let c = 0x30; c <= 0x39; c++) put(c, c);
  for (let c = 0x61; c <= 0x7a; c++) put(c, c);
  for (let c = 0x430; c <= 0x44f; c++) put(c, c);
  for (let i = 0; i < spec.from.length; i++) put(spec.from.charCodeAt(i), spec.to.charCodeAt(i));
  const ranges = spec.dropped.split(',');
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    const dash = r.indexOf('-');
    const x = parseInt(dash < 0 ? r : r.slice(0, dash), 16);
    const y = dash < 0 ? x : parseInt(r.slice(dash + 1), 16);
    for (let c = x; c <= y; c++) table[c] = SKIP;
  }
  // Each head's number (its characters' 7-bit numbers in a row) → where its line starts, and its bit in the filter.
  const heads = new Map<number, number>();
  const filter = new Uint8Array(FILTER);
  let shortest = PREFIX;
  const lines = spec.heads;
  for (let i = 0; i < lines.length; ) {
    let k = 0;
    let low = 0;
    let len = 0;
    for (let c = lines.charCodeAt(i + len); c > 0x20; c = lines.charCodeAt(i + ++len)) {
      const s = sym(c);
      k = k * 128 + s;
      low = ((low << 7) | s) | 0;
    }
    heads.set(k, i);
    filter[slotOf(low)]! |= 1 << len;
    if (len < shortest) shortest = len;
    const end = lines.indexOf('\n', i + len);
    i = end < 0 ? lines.length : end + 1;
  }
  /** Each head's check (by where its line starts), made the first time a page word reaches that head. */
  const checks = new Map<number, { re: RegExp; before: number; after: number }>();
  const checkOf = (at: number) => {
    let c = checks.get(at);
    if (!c) {
      const end = lines.indexOf('\n', at);
      const [, pattern, before, after] = lineOf(lines.slice(at, end < 0 ? lines.length : end));
      checks.set(at, (c = { re: new RegExp(expandPattern(pattern)), before, after }));
    }
    return c;
  };
  const window = (text: string, from: number, to: number): string => {
    let out = '';
    for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) {
      const v = table[text.charCodeAt(i)]!;
      if (v !== SKIP) out += v ? String.fromCharCode(unsym(v & (CAP - 1))) : ' ';
    }
    return out;
  };
  const precise = (k: number, text: string, start: number): boolean => {
    const at = heads.get(k);
    if (at === undefined) return false; // the filter's slot is shared with another head
    const h = checkOf(at);
    return h.re.test(window(text, start - h.before, start + h.after));
  };
  return (text: string): boolean => {
    const n = text.length;
    let k = 0; // the word's first folded characters, as a number
    let low = 0; // …its low 32 bits
    let len = 0;
    let start = -1;
    let lower = false; // the last character was a lowercase letter or a digit
    for (let i = 0; i < n; i++) {
      const v = table[text.charCodeAt(i)]!;
      if (v === 0) {
        start = -1;
        lower = false;
        continue;
      }
      if (v === SKIP) continue;
      // textContent runs blocks together ('…in Geneva.</p><p>Putin' reads 'Geneva.Putin', but
      // '<li>News</li><li>Putin' reads 'NewsPutin'): a capital after a lowercase letter or a digit
      // starts a word too.
      if (v >= CAP) {
        if (lower) start = -1;
        lower = false;
      } else lower = true;
      if (start < 0) {
        start = i;
        k = 0;
        low = 0;
        len = 0;
      }
      if (len < PREFIX) {
        const s = v & (CAP - 1);
        k = k * 128 + s;
        low = ((low << 7) | s) | 0;
        len++;
        if (filter[(low ^ (low >>> 16)) & (FILTER - 1)]! & (1 << len) && len >= shortest && precise(k, text, start)) return true;
      }
    }
    return false;
  };
}

/**
 * Does the subtree's text pass the gate? textContent: one string, no layout, scripts and hidden
 * text included (only more yeses). Then the text of the open shadow roots in it, nested ones too:
 * the roots the scanner's walk goes into (lib/page/text.ts), hidden or not. `onRoot` is told of
 * each root read (a shut page watches them: their changes never reach the document's observer).
 */
export function nodePasses(gate: Gate, node: Node | null | undefined, onRoot?: (root: ShadowRoot) => void): boolean {
  if (!node) return false;
  if (node.nodeType === 3) return gate((node as Text).data);
  const text = node.textContent;
  if (text && gate(text)) return true;
  for (const root of openShadowRoots(node)) {
    onRoot?.(root);
    if (nodePasses(gate, root, onRoot)) return true;
  }
  return false;
}

/** The open shadow roots of `node` and of the elements under it (not those nested in these roots). */
export function openShadowRoots(node: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return out;
  const own = node.nodeType === 1 ? (node as Element).shadowRoot : null;
  if (own) out.push(own);
  if (!node.firstChild) return out;
  const doc = node.ownerDocument ?? (node as Document);
  // Elements only (SHOW_ELEMENT): a getter per element, no style, no text.
  const walk = doc.createTreeWalker(node, 1);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const root = (n as Element).shadowRoot;
    if (root) out.push(root);
  }
  return out;
}

/**
 * Watches a shut page: calls `open` once, when text the page adds or changes passes the gate, in
 * the document or in an open shadow root (`roots`: those read so far; roots that come with added
 * nodes are watched from then on). Returns the stop function.
 */
export function watchShut(gate: Gate, doc: Document, roots: Iterable<ShadowRoot>, open: () => void): () => void {
  const opts: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const watched = new Set<ShadowRoot>();
  const watch = (root: ShadowRoot) => {
    if (watched.has(root)) return;
    watched.add(root);
    mo.observe(root, opts);
  };
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData' ? nodePasses(gate, r.target) : [...r.addedNodes].some((n) => nodePasses(gate, n, watch))) {
        mo.disconnect();
        open();
        return;
      }
    }
  });
  mo.observe(doc.documentElement, opts);
  for (const root of roots) watch(root);
  return () => mo.disconnect();
}

// ---- at build time ----



/**
 * The spec for a list of words (normalised as the detector normalises): the normaliser's
 * one-character folds and drops, read off it over the whole BMP, and the words as one alternation
 * sharing prefixes. `normalize` is the detector's normalizeString.
 */
export function gateSpec(words: readonly string[], normalize: (s: string) => string): GateSpec {
  let from = '';
  let to = '';
  const drop: number[] = [];
  const isWord = (c: string) => /^[0-9a-z\u0430-\u044f]$/.test(c);
  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue;
    const c = String.fromCharCode(u);
    const n = normalize(`a${c}a`);
    if (n === 'aa') {
      drop.push(u);
      continue;
    }
    if (n.length !== 3 || n[1] === c || !isWord(n[1]!)) continue;
    from += c;
    to += n[1]!;
  }
  const ranges: string[] = [];
  for (let i = 0; i < drop.length; ) {
    let j = i;
    while (j + 1 < drop.length && drop[j + 1] === drop[j]! + 1) j++;
    ranges.push(j === i ? drop[i]!.toString(16) : `${drop[i]!.toString(16)}-${drop[j]!.toString(16)}`);
    i = j + 1;
  }
  return { dropped: ranges.join(','), from, to, heads: packHeads(gateHeads(words)) };
}

/** The heads of a list of entries (cheap: a reader's own events' entries are added in the page). */
export function gateHeads(words: readonly string[]): Head[] {
  // A prefix trie of the entries, written out as nested alternations. An entry is one word, or
  // several words in a row ('red square'): then each word but the last is followed by the
  // separator (a Cyrillic one after its ending: the word is a stem).
  const atomsOf = (entry: string): string[] => {
    const ws = entry.split(' ');
    const atoms: string[] = [];
    ws.forEach((w, i) => {
      for (const ch of w) atoms.push(/[0-9a-z\u0430-\u044f]/.test(ch) ? ch : ' +');
      if (i < ws.length - 1) atoms.push(/^[\u0400-\u052f]/.test(w) ? STEM_MARK : SEP_MARK);
    });
    return atoms;
  };
  interface T {
    end: boolean;
    next: Map<string, T>;
  }
  const trie = (entries: string[]): string => {
    const root: T = { end: false, next: new Map() };
    for (const w of entries) {
      let t = root;
      for (const a of atomsOf(w)) {
        if (t.end) break; // a shorter entry already covers this one
        if (!t.next.has(a)) t.next.set(a, { end: false, next: new Map() });
        t = t.next.get(a)!;
      }
      t.end = true;
      t.next.clear();
    }
    const write = (t: T): string => {
      const alts = [...t.next].map(([a, sub]) => a + (sub.end ? '' : write(sub)));
      return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    };
    return write(root);
  };
  const byHead = new Map<string, { ws: string[]; before: number; after: number }>();
  for (const w of [...new Set(words)].sort()) {
    const parts = w.split(/[^0-9a-z\u0430-\u044f]+/);
    const anchor = parts.reduce((a, b) => (b.length > a.length ? b : a));
    const head = anchor.slice(0, PREFIX);
    const at = parts.indexOf(anchor);
    const room = (ps: string[]) => ps.reduce((n, x) => n + x.length + MAX_PROBE + 8, 0);
    if (!head) continue;
    if (!byHead.has(head)) byHead.set(head, { ws: [], before: 0, after: 0 });
    const g = byHead.get(head)!;
    g.ws.push(w);
    g.before = Math.max(g.before, room(parts.slice(0, at)));
    g.after = Math.max(g.after, anchor.length + MAX_PROBE + room(parts.slice(at + 1)));
  }
  return [...byHead].map(([h, g]) => [h, trie(g.ws), g.before, g.after]);
}

/** A spec with more entries (a reader's own events): heads they share get both patterns. */
export function withEntries(spec: GateSpec, words: readonly string[]): GateSpec {
  if (!words.length) return spec;
  const heads = new Map(headsOf(spec).map((h) => [h[0], h]));
  for (const [h, re, before, after] of gateHeads(words)) {
    const cur = heads.get(h);
    heads.set(h, cur ? [h, `${cur[1]}|${re}`, Math.max(cur[2], before), Math.max(cur[3], after)] : [h, re, before, after]);
  }
  return { ...spec, heads: packHeads([...heads.values()]) };
}

/** Trigger senses: a Russian or Ukrainian side or person, a place in Russia or of a meeting abroad, an event's alias. */
function triggers(lex: Lexicon, seg: readonly SegSense[], ov: readonly OverlaySense[]): boolean {
  for (const s of seg) {
    // Ukraine too: Russia–Ukraine and US–Ukraine meetings are marked as related events.
    if ((s.t === 'side' || s.t === 'person') && (s.side === 'ru' || s.side === 'ua')) return true;
    if (s.t === 'place') {
      // A place in Russia; a city or region outside the US where a known meeting was held (the
      // detector places 'the 1986 Reykjavik meeting' by place and year alone). Places in the US
      // ('Washington') would open the gate on most American news: those meetings are named with
      // their Russian side or by an alias.
      const pl = lex.places.get(s.key);
      if (pl?.country === 'russia') return true;
      if (pl && pl.level !== 'country' && pl.country !== 'usa' && lex.eventsByPlace.has(s.key)) return true;
    }
  }
  return ov.some((s) => s.t === 'alias');
}

const EDGE_KEY = 2 ** 24;

/**
 * The gate's entries for a compiled lexicon: every one-word trigger phrase, and every longer one
 * none of whose words is a trigger on its own, as its words in a row ('seasick summit'). Words as
 * the vocabulary table holds them (Cyrillic ones are stems).
 */
export function gateWords(lex: Lexicon): string[] {
  // Phrase id → its word ids, from the trie.
  const children = new Map<number, [number, number][]>();
  for (const [key, next] of lex.edges) {
    const node = Math.floor(key / EDGE_KEY);
    const id = (key % EDGE_KEY) >> 1;
    if (!children.has(node)) children.set(node, []);
    children.get(node)!.push([id, next]);
  }
  const phrases: number[][] = [];
  const walk = (node: number, path: number[]) => {
    const p = lex.nodeOut[node];
    if (p >= 0) phrases[p] = path;
    for (const [id, next] of children.get(node) ?? []) walk(next, [...path, id]);
  };
  lex.rootNext.forEach((node, id) => node && walk(node, [id]));
  const trig = phrases.map((_, p) => triggers(lex, lex.seg[p] ?? [], lex.ov[p] ?? []));
  const words = new Set<string>();
  for (let p = 0; p < phrases.length; p++) if (trig[p] && phrases[p]!.length === 1) words.add(lex.table.word(phrases[p]![0]!));
  const covered = (w: string) => [...words].some((k) => w.includes(k));
  for (let p = 0; p < phrases.length; p++) {
    if (!trig[p] || phrases[p]!.length === 1) continue;
    const ids = phrases[p]!;
    if (ids.some((id) => covered(lex.table.word(id)))) continue;
    // No word of the phrase is a trigger on its own: the phrase itself, all its words in a row.
    words.add(ids.map((id) => lex.table.word(id)).join(' '));
  }
  // Keep only words no shorter kept word is part of.
  const sorted = [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const w of sorted) if (!kept.some((k) => w.includes(k))) kept.push(w);
  return kept.sort();
}
