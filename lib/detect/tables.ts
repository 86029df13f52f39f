/**
 * A compiled matcher as data: `dumpMatcher` turns a CompiledMatcher into one JSON string of compact
 * tables (typed arrays as base64, maps as entry lists, repeated small objects such as the senses
 * of phrases stored once), `loadMatcher` turns that string back into a matcher without compiling
 * anything: the vocabulary table is refilled in id order, the trie and the rest are copied.
 *
 * The built-in vocabulary plus the bundled dataset are dumped at build time (see
 * scripts/matcher-tables.ts, run by the build as a Vite virtual module, never committed); the
 * background hands the string to pages, which only load it. A reader's own events make the
 * background compile once per data revision and hand over its dump the same way.
 *
 * The encoding is generic over the Lexicon's shape (maps, sets, typed arrays, plain objects), so a
 * field added to the lexicon is carried without touching this file; tests/unit/detect/tables.test.ts
 * checks that a loaded matcher gives the same mentions as a compiled one on every labelled text.
 */
import type { Lexicon } from './lexicon';
import type { CompiledMatcher } from './matcher';
import { TokenTable } from './tokenTable';
import type { MatcherEvent } from './types';

/** Bumped whenever the encoding changes. */
export const TABLES_FORMAT = 1;

/** What a page gets: the tables and the version of the events they were built from. */
export interface MatcherTables {
  format: number;
  /** Hash of the matcher events the tables were built from (see eventsKey). */
  source: string;
  json: string;
}

/** FNV-1a of a string, as 8 hex digits. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Identifies an event list (what a matcher is compiled from): equal lists, equal keys. */
export function eventsKey(events: readonly MatcherEvent[]): string {
  const s = JSON.stringify(events);
  return `${events.length}-${s.length}-${fnv1a(s)}`;
}

// ---- base64 of typed arrays (little-endian, as every browser and Node lay them out) ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Uint8Array(128);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) out += B64[bytes[i] >> 2] + B64[(bytes[i] & 3) << 4] + '==';
  else if (rest === 2) {
    const n = (bytes[i] << 8) | bytes[i + 1];
    out += B64[n >> 10] + B64[(n >> 4) & 63] + B64[(n & 15) << 2] + '=';
  }
  return out;
}

function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  let len = (s.length / 4) * 3;
  if (s.endsWith('==')) len -= 2;
  else if (s.endsWith('=')) len -= 1;
  const out = new Uint8Array(len);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (B64_INDEX[s.charCodeAt(i)] << 18) | (B64_INDEX[s.charCodeAt(i + 1)] << 12) | (B64_INDEX[s.charCodeAt(i + 2)] << 6) | B64_INDEX[s.charCodeAt(i + 3)];
    if (o < len) out[o++] = n >> 16;
    if (o < len) out[o++] = (n >> 8) & 255;
    if (o < len) out[o++] = n & 255;
  }
  return out;
}

const TYPED = { Int32Array, Uint32Array, Uint8Array, Uint16Array, Int16Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;

// ---- the generic encoding ----
// Encoded values are JSON: primitives as themselves; arrays as arrays; everything else as a tagged
// one-key object: {"m":[[k,v],…]} a Map, {"s":[…]} a Set, {"t":["Int32Array","base64"]} a typed
// array, {"o":{…}} a plain object, {"r":n} the n-th pooled object, {"u":1} undefined,
// {"w":…} the vocabulary table, {"e":n} the n-th matcher event.

type Enc = null | boolean | number | string | Enc[] | { [k: string]: Enc };

/** The slice of a matcher event the detector reads once compiled (the rest is in the lexicon). */
function slimEvent(e: MatcherEvent): MatcherEvent {
  return { ...e, placeNames: [], aliases: [], sharedAliases: [], cues: [] };
}

class Encoder {
  pool: Enc[] = [];
  private seen = new Map<string, number>();
  constructor(private events: readonly MatcherEvent[]) {}

  enc(v: unknown): Enc {
    if (v === undefined) return { u: 1 };
    if (v === null || typeof v !== 'object') return v as Enc;
    if (Array.isArray(v)) return v.map((x) => this.enc(x));
    if (v instanceof TokenTable) {
      const { keys, maxEnd } = v.dump();
      return { w: [keys.join('\n'), toBase64(Uint8Array.from(maxEnd))] };
    }
    if (v instanceof Map) return { m: [...v].map(([k, x]) => [this.enc(k), this.enc(x)]) };
    if (v instanceof Set) return { s: [...v].map((x) => this.enc(x)) };
    if (ArrayBuffer.isView(v)) {
      const name = v.constructor.name as TypedName;
      if (!(name in TYPED)) throw new Error(`tables: cannot encode a ${name}`);
      // Stored in the narrowest type that holds every value (node and token ids are small).
      let narrow: TypedName = name;
      if (name === 'Int32Array' || name === 'Uint32Array') {
        let lo = 0;
        let hi = 0;
        for (const x of v as Int32Array) {
          if (x < lo) lo = x;
          if (x > hi) hi = x;
        }
        narrow = lo >= 0 && hi < 256 ? 'Uint8Array' : lo >= 0 && hi < 65536 ? 'Uint16Array' : lo >= -32768 && hi < 32768 ? 'Int16Array' : name;
      }
      const data = narrow === name ? v : TYPED[narrow].from(v as Int32Array);
      return { t: [name, toBase64(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)), ...(narrow === name ? [] : [narrow])] };
    }
    const ei = this.events.indexOf(v as MatcherEvent);
    if (ei >= 0) return { e: ei };
    if (Object.getPrototypeOf(v) !== Object.prototype) throw new Error(`tables: cannot encode a ${(v as object).constructor.name}`);
    const o: Record<string, Enc> = {};
    for (const [k, x] of Object.entries(v)) o[k] = this.enc(x);
    // Small objects repeat (a phrase's senses, places): store each distinct one once.
    const json = JSON.stringify(o);
    if (json.length > 400) return { o };
    let r = this.seen.get(json);
    if (r === undefined) {
      r = this.pool.length;
      this.pool.push({ o });
      this.seen.set(json, r);
    }
    return { r };
  }
}

class Decoder {
  private pool: unknown[];
  constructor(
    private raw: Enc[],
    private events: MatcherEvent[],
  ) {
    this.pool = new Array(raw.length);
  }

  dec(v: Enc): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = this.dec(v[i]);
      return out;
    }
    if ('r' in v) {
      const i = v.r as number;
      return this.pool[i] ?? (this.pool[i] = this.dec(this.raw[i]));
    }
    if ('o' in v) {
      const src = v.o as Record<string, Enc>;
      const o: Record<string, unknown> = {};
      for (const k in src) o[k] = this.dec(src[k]);
      return o;
    }
    if ('u' in v) return undefined;
    if ('e' in v) return this.events[v.e as number];
    if ('t' in v) {
      const [name, b64, narrow] = v.t as [TypedName, string, TypedName?];
      const bytes = fromBase64(b64);
      const S = TYPED[narrow ?? name];
      const stored = new S(bytes.buffer, 0, bytes.byteLength / S.BYTES_PER_ELEMENT);
      return narrow ? TYPED[name].from(stored as Int32Array) : stored;
    }
    if ('m' in v) {
      const m = new Map();
      for (const [k, x] of v.m as [Enc, Enc][]) m.set(this.dec(k), this.dec(x));
      return m;
    }
    if ('s' in v) return new Set((v.s as Enc[]).map((x) => this.dec(x)));
    if ('w' in v) {
      const [keys, maxEnd] = v.w as [string, string];
      return TokenTable.load(keys ? keys.split('\n') : [], Array.from(fromBase64(maxEnd)));
    }
    throw new Error(`tables: unknown tag ${Object.keys(v)[0]}`);
  }
}

/** A compiled matcher as tables (what the build ships and the background hands to pages). */
export function dumpMatcher(m: CompiledMatcher): MatcherTables {
  const events = m.events as MatcherEvent[];
  const encoder = new Encoder(events);
  const lexicon = encoder.enc(m.lexicon);
  const json = JSON.stringify({ events: events.map(slimEvent), pool: encoder.pool, lexicon });
  return { format: TABLES_FORMAT, source: eventsKey(events), json };
}

/** The matcher the tables hold, ready to use: no compile. */
export function loadMatcher(t: MatcherTables): CompiledMatcher {
  if (t.format !== TABLES_FORMAT) throw new Error(`tables: format ${t.format}, expected ${TABLES_FORMAT}`);
  const { events, pool, lexicon } = JSON.parse(t.json) as { events: MatcherEvent[]; pool: Enc[]; lexicon: Enc };
  const lex = new Decoder(pool, events).dec(lexicon) as Lexicon;
  const eventIndex = new Map<string, number>();
  events.forEach((e, i) => eventIndex.set(e.id, i));
  return { lexicon: lex, events, eventIndex };
}
