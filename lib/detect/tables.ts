/**
 * A compiled matcher as data: `dumpMatcher` turns a CompiledMatcher into one binary of compact
 * tables, `loadMatcher` turns it back into a matcher without compiling anything: the vocabulary
 * table is refilled in id order, the trie and the rest are copied.
 *
 * The built-in vocabulary plus the bundled dataset are dumped at build time (scripts/build/tables.ts,
 * never committed) into a file of the extension that the background loads (it detects pages' text:
 * lib/messages/detect-service.ts). A reader's own events make it compile once per data revision.
 *
 * Why a binary and not one JSON string (format 1): the JSON was parsed and then walked object by
 * object, 25-50 ms in one task on a seed article in Chromium (when pages loaded the tables). Here the typed arrays (the
 * trie, the vocabulary's endings, the phrase masks) are views of the file, no copy and no base64;
 * the trie's edge map is two typed arrays; each phrase's senses are lists of indices into one pool
 * of distinct objects, kept as two typed arrays too; whatever holds nothing special is plain JSON,
 * taken as JSON.parse made it, with no walk.
 *
 * The encoding is generic over the Lexicon's shape (maps, sets, typed arrays, plain objects), so a
 * field added to the lexicon is carried without touching this file; tests/unit/detect/tables.test.ts
 * checks that a loaded matcher gives the same mentions as a compiled one on every labelled text.
 */
import { attachEdgeTable, edgeTable } from './edges';
import type { Lexicon } from './lexicon';
import type { CompiledMatcher } from './matcher';
import { TokenTable } from './tokenTable';
import type { MatcherEvent } from './types';
import { runToEnd, type Steps } from './steps';

/** Bumped whenever the encoding changes. */
export const TABLES_FORMAT = 4;

/** Which tables: their format and the events they were built from (a hash, see eventsKey). */
export interface TablesInfo {
  format: number;
  source: string;
}

/** A compiled matcher as one binary (see the layout below): what the build ships and the background loads. */
export interface MatcherTables extends TablesInfo {
  bytes: Uint8Array;
}

/** The build's tables, a file of the extension (scripts/build/tables.ts writes it). */
export const BUILTIN_TABLES_FILE = 'matcher.bin';

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


// ---- the binary ----
//
//   bytes 0-3    'PRLY'
//         4-7    format (u32, little-endian like every number here)
//         8-11   length of the JSON part in bytes
//         12-15  number of arrays
//         16-…   per array 16 bytes: its type, the type it is stored as (narrower when its values
//                fit), byte offset from the start, element count
//         then   the JSON part (UTF-8), then the arrays' data, each at a multiple of 8
//
// The JSON part is {events, pool, tagged, lexicon, edges}: the lexicon without its edge Map, and the trie's
// edges as the matcher's hash table (edges.ts), three arrays. Values are JSON; a value that needs more is a tagged
// one-key object: {"p":…} plain JSON taken as is, {"t":i} the i-th array, {"M":[i,j]} a Map of
// numbers (keys array i, values array j), {"m":[k,v,k,v,…]} another Map (flat), {"s":[…]} a Set,
// {"o":{…}} an object with tagged fields, {"r":n} the n-th pooled object, {"L":[i,j]} a list of
// lists of pooled objects (offsets array i, pool indices array j), {"u":1} undefined,
// {"w":[words,i,j,k]} the vocabulary table (its endings array i, word hashes j, hash slots k), {"e":n} the n-th matcher event.
// A pooled object is stored as itself: plain JSON taken as is, or, when its index is in `tagged`, its
// tagged fields (what {"o":…} holds); events leave out the lists slimEvent empties.
//
// Why so: JSON.parse's cost in a page is mostly the objects it makes (young-generation allocation and
// its collections), so the part makes as few as it can: a wrapper per pooled object, an array per map
// entry, a wrapper per tagged object and five empty lists per event were half of some 15,000.

const MAGIC = 0x594c5250; // 'PRLY'
const TYPED = [Int32Array, Uint32Array, Uint8Array, Uint16Array, Int16Array, Float64Array] as const;
type Typed = InstanceType<(typeof TYPED)[number]>;
const typeCode = (a: Typed): number => TYPED.findIndex((T) => a instanceof T);

type Enc = null | boolean | number | string | Enc[] | { [k: string]: Enc };

/**
 * The slice of a matcher event the detector reads once compiled (the rest is in the lexicon: the
 * participants as its people and their sides, the names as phrases). The participants were a
 * seventh of the JSON a page parses.
 */
function slimEvent(e: MatcherEvent): Omit<MatcherEvent, EmptiedField> {
  const { placeNames: _p, participants: _q, aliases: _a, sharedAliases: _s, cues: _c, ...rest } = e;
  return rest;
}

/** The event fields the tables leave out; a loaded event has them empty (one shared frozen list each). */
type EmptiedField = 'placeNames' | 'participants' | 'aliases' | 'sharedAliases' | 'cues';
const NO_ITEMS: readonly never[] = Object.freeze([]);

/** An event as the tables carry it, given its emptied lists back. */
function unslimEvent(e: Omit<MatcherEvent, EmptiedField>): MatcherEvent {
  const out = e as MatcherEvent;
  out.placeNames = NO_ITEMS as never[];
  out.participants = NO_ITEMS as never[];
  out.aliases = NO_ITEMS as never[];
  out.sharedAliases = NO_ITEMS as never[];
  out.cues = NO_ITEMS as never[];
  return out;
}

/** Is `v` exactly what JSON.parse(JSON.stringify(v)) gives back? */
function isPlain(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(isPlain);
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!isPlain((v as Record<string, unknown>)[k])) return false;
  return true;
}

/** The narrowest array type holding every value of an integer array (node and token ids are small). */
function narrowed(v: Typed): Typed {
  if (!(v instanceof Int32Array || v instanceof Uint32Array)) return v;
  let lo = 0;
  let hi = 0;
  for (const x of v) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (lo >= 0 && hi < 256) return Uint8Array.from(v);
  if (lo >= 0 && hi < 65536) return Uint16Array.from(v);
  if (lo >= -32768 && hi < 32768) return Int16Array.from(v);
  return v;
}

class Encoder {
  pool: Enc[] = [];
  /** Indices of the pooled objects stored as tagged fields; the others are plain JSON. */
  tagged: number[] = [];
  arrays: { type: number; data: Typed }[] = [];
  private seen = new Map<string, number>();
  constructor(private events: readonly MatcherEvent[]) {}

  array(v: Typed): number {
    this.arrays.push({ type: typeCode(v), data: narrowed(v) });
    return this.arrays.length - 1;
  }

  /**
   * An object that is not an event nor of a class: pooled (stored once however often it recurs,
   * like a phrase's senses or a place) when small, else its encoding.
   */
  private object(v: object): { r: number } | Enc {
    const plain = isPlain(v);
    let o: Record<string, Enc> | null = null;
    if (!plain) {
      o = {};
      for (const [k, x] of Object.entries(v)) o[k] = this.enc(x);
    }
    const json = JSON.stringify(plain ? v : o);
    if (json.length > 400) return plain ? { p: v as Enc } : { o: o! };
    let r = this.seen.get(json);
    if (r === undefined) {
      r = this.pool.length;
      if (plain) this.pool.push(v as Enc);
      else {
        this.tagged.push(r);
        this.pool.push(o!);
      }
      this.seen.set(json, r);
    }
    return { r };
  }

  /** Is `v` an object `object()` takes (not an array, event, typed array, map, set or class instance)? */
  private isObject(v: unknown): v is object {
    return !!v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && !this.events.includes(v as MatcherEvent);
  }

  enc(v: unknown): Enc {
    if (v === undefined) return { u: 1 };
    if (v === null || typeof v !== 'object') return v as Enc;
    if (Array.isArray(v)) {
      // A list of lists of small objects (each phrase's senses): two arrays of numbers.
      if (v.length && v.every((x) => Array.isArray(x) && x.every((y) => this.isObject(y)))) {
        const refs = (v as object[][]).map((list) => list.map((y) => this.object(y)));
        if (refs.every((list) => list.every((x) => x && typeof x === 'object' && 'r' in x))) {
          const ids: number[] = [];
          const offsets = [0];
          for (const list of refs) {
            for (const x of list) ids.push((x as { r: number }).r);
            offsets.push(ids.length);
          }
          return { L: [this.array(Int32Array.from(offsets)), this.array(Int32Array.from(ids))] };
        }
        return refs as Enc[];
      }
      return isPlain(v) ? { p: v as Enc } : v.map((x) => this.enc(x));
    }
    if (v instanceof TokenTable) {
      const { keys, maxEnd, hashes, slots } = v.dump();
      return { w: [keys.join('\n'), this.array(Int32Array.from(maxEnd)), this.array(Int32Array.from(hashes)), this.array(Int32Array.from(slots))] };
    }
    if (v instanceof Map) {
      if (v.size && [...v].every(([k, x]) => typeof k === 'number' && typeof x === 'number')) {
        return { M: [this.array(Float64Array.from(v.keys())), this.array(Float64Array.from(v.values()))] };
      }
      const flat: Enc[] = [];
      for (const [k, x] of v) flat.push(this.enc(k), this.enc(x));
      return { m: flat };
    }
    if (v instanceof Set) return { s: [...v].map((x) => this.enc(x)) };
    if (ArrayBuffer.isView(v)) {
      if (typeCode(v as Typed) < 0) throw new Error(`tables: cannot encode a ${v.constructor.name}`);
      return { t: this.array(v as Typed) };
    }
    const ei = this.events.indexOf(v as MatcherEvent);
    if (ei >= 0) return { e: ei };
    if (Object.getPrototypeOf(v) !== Object.prototype) throw new Error(`tables: cannot encode a ${(v as object).constructor.name}`);
    return this.object(v);
  }
}

/**
 * Values a loading step decodes before it yields (lists and maps in runs of this many, the pool in
 * runs of a quarter of it, arrays of objects of a sixteenth): a millisecond or two even in cold
 * code on a slow machine.
 */
const STEP_VALUES = 256;

class Decoder {
  private pool: unknown[];
  private isTagged: Uint8Array;
  constructor(
    private raw: Enc[],
    tagged: number[],
    private events: MatcherEvent[],
    private arrays: Typed[],
  ) {
    this.pool = new Array(raw.length);
    this.isTagged = new Uint8Array(raw.length);
    for (let i = 0; i < tagged.length; i++) this.isTagged[tagged[i]!] = 1;
  }

  private pooled(i: number): unknown {
    return this.isTagged[i] ? (this.pool[i] ??= this.fields(this.raw[i] as Record<string, Enc>)) : this.raw[i];
  }

  /** An object from its tagged fields. */
  private fields(src: Record<string, Enc>): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (const k in src) o[k] = this.dec(src[k]!);
    return o;
  }

  /** The pool's tagged objects, made ahead in steps (dec then finds them made). */
  *poolSteps(): Steps<void> {
    const run = STEP_VALUES >> 2;
    for (let i = 0; i < this.raw.length; i++) {
      if (this.isTagged[i]) this.pooled(i);
      if (i % run === run - 1) yield;
    }
  }

  /** Lists of pooled objects k in [from, to) of an {"L":…} value into `out` (see dec). */
  private lists(out: unknown[], offsets: Typed, ids: Typed, from: number, to: number, shared: { none: unknown[]; single: unknown[][] }): void {
    for (let k = from; k < to; k++) {
      const n = offsets[k + 1]! - offsets[k]!;
      if (n === 0) out[k] = shared.none;
      else if (n === 1) {
        const id = ids[offsets[k]!]!;
        out[k] = shared.single[id] ??= [this.pooled(id)];
      } else {
        const list = new Array(n);
        for (let j = 0; j < n; j++) list[j] = this.pooled(ids[offsets[k]! + j]!);
        out[k] = list;
      }
    }
  }

  /** Entries i in [from, to) (keys at even places) of an {"m":…} value's flat list into `m`. */
  private entries(m: Map<unknown, unknown>, flat: Enc[], from: number, to: number): void {
    for (let i = from; i < to; i += 2) {
      const k = flat[i]!;
      const x = flat[i + 1]!;
      // Most maps hold strings or numbers on both sides: no call for those.
      m.set(k !== null && typeof k === 'object' ? this.dec(k) : k, x !== null && typeof x === 'object' ? this.dec(x) : x);
    }
  }

  /**
   * One value back from its encoding. Runs once per page past the gate over some 25,000 values, in
   * cold code: so plain indexed loops (array destructuring and for-of go through the iterator
   * protocol, several times slower before the JIT has seen them) and the tags tested most common first.
   */
  dec(v: Enc): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = this.dec(v[i]!);
      return out;
    }
    if ('p' in v) return v.p;
    if ('r' in v) return this.pooled(v.r as number);
    if ('o' in v) return this.fields(v.o as Record<string, Enc>);
    if ('m' in v) {
      const flat = v.m as Enc[];
      const m = new Map();
      this.entries(m, flat, 0, flat.length);
      return m;
    }
    if ('e' in v) return this.events[v.e as number];
    if ('u' in v) return undefined;
    if ('t' in v) return this.arrays[v.t as number];
    if ('L' in v) {
      const { offsets, ids, out } = this.listsOf(v);
      this.lists(out, offsets, ids, 0, out.length, { none: [], single: [] });
      return out;
    }
    if ('M' in v) {
      const [ki, vi] = v.M as [number, number];
      const keys = this.arrays[ki]!;
      const vals = this.arrays[vi]!;
      const m = new Map<number, number>();
      for (let k = 0; k < keys.length; k++) m.set(keys[k]!, vals[k]!);
      return m;
    }
    if ('s' in v) {
      const items = v.s as Enc[];
      const set = new Set();
      for (let i = 0; i < items.length; i++) set.add(this.dec(items[i]!));
      return set;
    }
    if ('w' in v) {
      const [keys, maxEnd, hashes, slots] = v.w as [string, number, number, number];
      return TokenTable.load(keys ? keys.split('\n') : [], Array.from(this.arrays[maxEnd]!), { hashes: this.arrays[hashes]!, slots: this.arrays[slots] as Int32Array });
    }
    throw new Error(`tables: unknown tag ${Object.keys(v)[0]}`);
  }

  /**
   * An {"L":[offsets, ids]} value: its arrays and the list it fills. Most phrases have no senses of
   * a kind, or one: those lists are shared (`lists`' none and single), not made one by one (about
   * 12,000 small arrays on every page past the gate otherwise). Nothing changes a loaded matcher's lists.
   */
  private listsOf(v: { [k: string]: Enc }): { offsets: Typed; ids: Typed; out: unknown[] } {
    const [oi, ii] = v.L as [number, number];
    const offsets = this.arrays[oi]!;
    return { offsets, ids: this.arrays[ii]!, out: new Array(offsets.length - 1) };
  }

  /**
   * dec as steps, for the values that hold many: an object's fields one after another, lists of
   * lists, maps and arrays in runs of STEP_VALUES; whatever holds few is one step of dec.
   */
  *decSteps(v: Enc): Steps<unknown> {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      // (Arrays that are not plain JSON hold objects: fewer of them to a step.)
      const run = STEP_VALUES >> 4;
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) {
        out[i] = this.dec(v[i]!);
        if (i % run === run - 1) yield;
      }
      return out;
    }
    if ('o' in v) {
      const src = v.o as Record<string, Enc>;
      const o: Record<string, unknown> = {};
      for (const k in src) {
        o[k] = yield* this.decSteps(src[k]!);
        yield;
      }
      return o;
    }
    if ('m' in v) {
      const flat = v.m as Enc[];
      const m = new Map();
      for (let i = 0; i < flat.length; i += 2 * STEP_VALUES) {
        this.entries(m, flat, i, Math.min(flat.length, i + 2 * STEP_VALUES));
        yield;
      }
      return m;
    }
    if ('L' in v) {
      const { offsets, ids, out } = this.listsOf(v);
      const shared = { none: [], single: [] };
      for (let k = 0; k < out.length; k += STEP_VALUES * 4) {
        this.lists(out, offsets, ids, k, Math.min(out.length, k + STEP_VALUES * 4), shared);
        yield;
      }
      return out;
    }
    return this.dec(v);
  }
}

/** A compiled matcher as tables (what the build ships, and the background loads). */
export function dumpMatcher(m: CompiledMatcher): MatcherTables {
  const events = m.events as MatcherEvent[];
  const encoder = new Encoder(events);
  // The trie's edges go as the matcher's own hash table (edges.ts), not as the lexicon's Map: a page
  // then walks them as loaded, and builds the Map only if something reads it.
  const { edges: _map, ...rest } = m.lexicon;
  const lexicon = encoder.enc(rest);
  const et = edgeTable(m.lexicon);
  const edges = [et.node, et.step, et.next].map((a) => encoder.array(Int32Array.from(a)));
  const json = new TextEncoder().encode(JSON.stringify({ events: events.map(slimEvent), pool: encoder.pool, tagged: encoder.tagged, lexicon, edges }));
  const align = (n: number) => Math.ceil(n / 8) * 8;
  const dirEnd = 16 + 16 * encoder.arrays.length;
  let at = align(dirEnd + json.length);
  const placed = encoder.arrays.map(({ type, data }) => {
    const offset = at;
    at = align(at + data.byteLength);
    return { type, data, offset };
  });
  const bytes = new Uint8Array(at);
  const head = new DataView(bytes.buffer);
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, TABLES_FORMAT, true);
  head.setUint32(8, json.length, true);
  head.setUint32(12, placed.length, true);
  placed.forEach(({ type, data, offset }, i) => {
    head.setUint32(16 + 16 * i, type, true);
    head.setUint32(20 + 16 * i, typeCode(data), true);
    head.setUint32(24 + 16 * i, offset, true);
    head.setUint32(28 + 16 * i, data.length, true);
    // Written byte by byte in little-endian order, whatever the building machine's order.
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const out = new DataView(bytes.buffer, offset, data.byteLength);
    const size = data.BYTES_PER_ELEMENT;
    for (let k = 0; k < data.length; k++) {
      const o = k * size;
      if (data instanceof Float64Array) out.setFloat64(o, view.getFloat64(o, true), true);
      else for (let b = 0; b < size; b++) out.setUint8(o + b, view.getUint8(o + b));
    }
  });
  bytes.set(json, dirEnd);
  return { format: TABLES_FORMAT, source: eventsKey(events), bytes };
}

/** The matcher the tables hold, ready to use: no compile. The typed arrays are views of `t.bytes`. */
export function loadMatcher(t: { format: number; bytes: Uint8Array }): CompiledMatcher {
  return runToEnd(loadMatcherSteps(t));
}

/**
 * loadMatcher as steps (lib/detect/steps.ts), so that a page can hand its thread back while the
 * tables are read: in a page the walk over the decoded values, not JSON.parse, was most of the
 * load, 10-40 ms in one task in cold code on a busy machine. A step is the header, JSON.parse of
 * the JSON part (a millisecond or two), or a few hundred values (Decoder's STEP_VALUES).
 */
export function* loadMatcherSteps(t: { format: number; bytes: Uint8Array }): Steps<CompiledMatcher> {
  if (t.format !== TABLES_FORMAT) throw new Error(`tables: format ${t.format}, expected ${TABLES_FORMAT}`);
  const { bytes } = t;
  const head = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 16 || head.getUint32(0, true) !== MAGIC) throw new Error('tables: not Parley matcher tables');
  const format = head.getUint32(4, true);
  if (format !== TABLES_FORMAT) throw new Error(`tables: format ${format}, expected ${TABLES_FORMAT}`);
  const jsonLength = head.getUint32(8, true);
  const count = head.getUint32(12, true);
  // Views need their offset to be a multiple of the element size: the file's arrays are at
  // multiples of 8 from its start, so a `bytes` that does not start at such a multiple is copied once.
  const base = bytes.byteOffset % 8 ? bytes.slice() : bytes;
  const arrays: Typed[] = [];
  for (let i = 0; i < count; i++) {
    const type = TYPED[head.getUint32(16 + 16 * i, true)]!;
    const Stored = TYPED[head.getUint32(20 + 16 * i, true)]!;
    const stored = new Stored(base.buffer as ArrayBuffer, base.byteOffset + head.getUint32(24 + 16 * i, true), head.getUint32(28 + 16 * i, true));
    // The constructor copies natively; TypedArray.from walks the iterator protocol, slow in code
    // that runs once (Firefox: a few ms for the file's some 120,000 widened values).
    arrays.push(Stored === type ? stored : new type(stored as ArrayLike<number>));
  }
  yield;
  const dirEnd = 16 + 16 * count;
  const parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(dirEnd, dirEnd + jsonLength))) as {
    events: Omit<MatcherEvent, EmptiedField>[];
    pool: Enc[];
    tagged: number[];
    lexicon: Enc;
    edges: [number, number, number];
  };
  yield;
  const { pool, tagged, lexicon, edges } = parsed;
  const events = parsed.events.map(unslimEvent);
  const eventIndex = new Map<string, number>();
  events.forEach((e, i) => eventIndex.set(e.id, i));
  yield;
  const [node, step, next] = edges.map((i) => arrays[i] as Int32Array);
  const decoder = new Decoder(pool, tagged, events, arrays);
  yield* decoder.poolSteps();
  const rest = (yield* decoder.decSteps(lexicon)) as Omit<Lexicon, 'edges'>;
  const lex = attachEdgeTable(rest, { mask: node!.length - 1, node: node!, step: step!, next: next! });
  return { lexicon: lex, events, eventIndex };
}
