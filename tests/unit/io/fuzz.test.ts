// Import fuzzing: many malformed and hostile files. Whatever the file, either it is refused with
// words naming the record and field and NOTHING changes (database, settings), or it was valid and
// what went in is still only data: http(s) URLs, capped sizes, known fields.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParleyDB } from '../../../lib/db/database';
import { collectExport, exportToJson } from '../../../lib/io/export';
import { MAX_IMPORT_BYTES, applyImport, importText, parseImport, readExisting } from '../../../lib/io/import';
import { enabledItem, pausedSitesItem } from '../../../lib/settings/settings';
import { SOME_EVENTS, populated, snapshot } from './helpers';

let db: ParleyDB;
let valid: any;
beforeAll(async () => {
  db = await populated(SOME_EVENTS);
  valid = JSON.parse(exportToJson(await collectExport(db)));
});

// The fake browser's storage is reset before each test: start each from the file's settings.
beforeEach(async () => {
  await enabledItem.setValue(valid.settings.enabled);
  await pausedSitesItem.setValue(valid.settings.pausedSites);
});

/** Deterministic PRNG (mulberry32), so a failure can be replayed from its seed. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE: unknown[] = [
  null, true, 0, -1, 1.5, 1e308, '', ' ', 'x'.repeat(1_000_001), '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)',
  'file:///etc/passwd', 'http://', '\u0000\u202e', [], [1, 2], {}, { __proto__: { polluted: true } }, '2018-helsinki-summit', 'https://ok.example/',
  Array.from({ length: 5 }, () => '<b>x</b>'),
];

/** Every path to a value inside `o`. */
function paths(o: unknown, base: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (o && typeof o === 'object') {
    for (const [k, v] of Object.entries(o)) {
      const p = [...base, Array.isArray(o) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  }
  return out;
}

function mutate(file: any, rand: () => number): { file: any; what: string } {
  const f = structuredClone(file);
  const all = paths(f);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const p = pick(all);
  const parent = p.slice(0, -1).reduce((o: any, k) => o[k], f);
  const key = p.at(-1)!;
  const r = rand();
  if (r < 0.55) {
    const value = pick(HOSTILE);
    parent[key] = structuredClone(value);
    return { file: f, what: `set ${p.join('.')} to ${typeof value === 'string' ? JSON.stringify(value.slice(0, 30)) : JSON.stringify(value)}` };
  }
  if (r < 0.7) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
    return { file: f, what: `delete ${p.join('.')}` };
  }
  if (r < 0.8) {
    const target = typeof parent[key] === 'object' && parent[key] && !Array.isArray(parent[key]) ? parent[key] : parent;
    if (!Array.isArray(target)) target[pick(['extra', '__proto__', 'constructor', 'onload', 'html'])] = '<script>alert(1)</script>';
    return { file: f, what: `unknown field near ${p.join('.')}` };
  }
  if (r < 0.9) {
    const list = pick(['notes', 'userEvents', 'editedEvents'] as const);
    if (f[list]?.length) f[list].push(structuredClone(f[list][0]));
    else f.notes.push(structuredClone(f.notes[0]));
    return { file: f, what: `duplicate a record of ${list}` };
  }
  // Make a string field huge.
  const strings = all.filter((q) => typeof q.slice(0, -1).reduce((o: any, k) => o?.[k], f)?.[q.at(-1)!] === 'string');
  const s = pick(strings);
  const sp = s.slice(0, -1).reduce((o: any, k) => o[k], f);
  sp[s.at(-1)!] = 'A'.repeat(200_001);
  return { file: f, what: `huge string at ${s.join('.')}` };
}

function assertOnlyData(stored: Awaited<ReturnType<typeof snapshot>>) {
  for (const n of stored.notes) {
    if (n.target) expect(n.target.url).toMatch(/^https?:\/\//);
    expect(n.body.length).toBeLessThanOrEqual(100_000);
    expect(Object.keys(n).every((k) => ['id', 'eventId', 'mention', 'body', 'tags', 'createdAt', 'updatedAt', 'target'].includes(k))).toBe(true);
  }
  for (const e of stored.events) for (const s of e.sources) expect(s.url).toMatch(/^https?:\/\//);
  expect(({} as any).polluted).toBeUndefined();
}

describe('import fuzz: nothing changes on failure', () => {
  it('600 mutated exports: refused cleanly with nothing changed, or accepted as plain data', async () => {
    const before = await snapshot(db);
    const beforeText = JSON.stringify(before);
    const rand = rng(20260312);
    let refused = 0;
    let accepted = 0;
    for (let i = 0; i < 600; i++) {
      const { file, what } = mutate(valid, rand);
      const res = await importText(db, JSON.stringify(file));
      const after = await snapshot(db);
      if (!res.ok) {
        refused++;
        expect(res.issues.length, what).toBeGreaterThan(0);
        for (const msg of res.issues) {
          expect(msg.length, `${what}: ${msg.slice(0, 300)}`).toBeLessThan(600); // never echoes a huge value
          expect(msg, what).toMatch(/^[\w.[\]]+( \((note|event) "[^"]*"\))?: \S/);
        }
        // Compare as text first (fast); only a difference pays for a readable diff.
        if (JSON.stringify(after) !== beforeText) expect(after, `nothing may change when refusing: ${what}`).toEqual(before);
      } else {
        accepted++;
        assertOnlyData(after);
        // Put the pristine state back for the next round.
        const back = parseImport(JSON.stringify(valid), await readExisting(db));
        if (!back.ok) throw new Error('valid file refused');
        await db.notes.clear();
        await applyImport(db, back.plan);
        await db.events.bulkPut(before.events);
        await db.meta.bulkPut(before.meta);
        const restored = await snapshot(db);
        if (JSON.stringify(restored) !== beforeText) expect(restored).toEqual(before);
      }
    }
    expect(refused).toBeGreaterThan(400);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);

  it('hand-written hostile files are refused with the record and field named', async () => {
    const before = await snapshot(db);
    const note = valid.notes[0];
    const cases: [string, unknown, RegExp][] = [
      ['javascript: URL', { ...valid, notes: [{ ...note, target: { ...note.target, url: 'javascript:alert(document.cookie)' } }] }, /^notes\[0\]\.target\.url \(note "[^"]+"\): not an http\(s\) URL$/],
      ['data: URL in a source', { ...valid, userEvents: [{ ...valid.userEvents[0], sources: [{ title: 'x', url: 'data:text/html,<script>alert(1)</script>' }] }] }, /^userEvents\[0\]\.sources\[0\]\.url \(event "Ankara consultations"\): not an http\(s\) URL$/],
      ['duplicate note ids', { ...valid, notes: [note, { ...note, body: 'twin' }] }, /^notes\[1\]\.id \(note "[^"]+"\): the same id as notes\[0\]$/],
      ['duplicate event ids across lists', { ...valid, editedEvents: [...valid.editedEvents, { ...valid.userEvents[0] }] }, /^editedEvents\[1\]\.id \(event "Ankara consultations"\): the same id as userEvents\[0\]$/],
      ['huge body', { ...valid, notes: [{ ...note, body: 'x'.repeat(100_001) }] }, /^notes\[0\]\.body \(note "[^"]+"\): longer than 100000 characters$/],
      ['script as an id', { ...valid, notes: [{ ...note, id: '<script>alert(1)</script>', body: '' }] }, /^notes\[0\]\.id \(note "<script>alert\(1\)<\/script>"\): not a note id/],
      ['wrong type of time', { ...valid, notes: [{ ...note, createdAt: '2026-01-01' }] }, /^notes\[0\]\.createdAt \(note "[^"]+"\): must be a number \(got "2026-01-01"\)$/],
      ['unknown field', { ...valid, notes: [{ ...note, html: '<b>x</b>' }] }, /^notes\[0\]\.html \(note "[^"]+"\): is not a field Parley knows$/],
      ['prototype pollution', JSON.parse(`{"format":"parley-export","version":1,"exportedAt":"2026-01-01T00:00:00Z","notes":[${JSON.stringify({ ...note }).replace(/^\{/, '{"__proto__":{"polluted":1},')}],"userEvents":[],"editedEvents":[],"settings":{"enabled":true,"pausedSites":[]}}`), /^notes\[0\]\.__proto__ \(note "[^"]+"\): is not a field Parley knows$/],
      ['missing field', { ...valid, notes: [{ ...note, body: undefined }] }, /^notes\[0\]\.body \(note "[^"]+"\): is missing$/],
      ['bad paused site', { ...valid, settings: { enabled: true, pausedSites: ['javascript:alert(1)'] } }, /^settings\.pausedSites\[0\]: not a site name/],
      ['event with script in its id', { ...valid, userEvents: [{ ...valid.userEvents[0], id: '2025-<script>', title: '' }] }, /^userEvents\[0\]\.id \(event "2025-<script>"\): id must be lowercase kebab-case/],
      ['a list where an object goes', { ...valid, settings: [] }, /^settings: must be an object \(got a list of 0\)$/],
      ['notes not a list', { ...valid, notes: { 0: note } }, /^notes: must be a list$/],
      ['unknown top-level field', { ...valid, evil: 1 }, /^evil: is not a field Parley knows$/],
    ];
    for (const [name, file, re] of cases) {
      const res = await importText(db, typeof file === 'string' ? file : JSON.stringify(file));
      expect(res.ok, name).toBe(false);
      if (!res.ok) expect(res.issues.some((m) => re.test(m)), `${name}: ${JSON.stringify(res.issues)}`).toBe(true);
      expect(await snapshot(db), name).toEqual(before);
    }
    expect(({} as any).polluted).toBeUndefined();
  });

  it('accepts HTML and script inside note text, and stores it as exactly that text', async () => {
    const target = await populated(SOME_EVENTS);
    const note = { ...valid.notes[0], id: 'html-note', body: '<script>alert(1)</script><img src=x onerror=alert(1)>', mention: '<b>x</b>' };
    const res = await importText(target, JSON.stringify({ ...valid, notes: [note] }));
    expect(res.ok).toBe(true);
    expect((await target.notes.get('html-note'))?.body).toBe(note.body);
  });

  it('refuses an oversized file before parsing it', () => {
    const res = parseImport(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.issues[0]).toMatch(/^file: too large/);
  });

  it('counts problems beyond the first twenty', () => {
    const notes = Array.from({ length: 50 }, (_, i) => ({ ...valid.notes[0], id: `n${i}`, createdAt: -1 }));
    const res = parseImport(JSON.stringify({ ...valid, notes }));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.issues.length).toBe(20);
      expect(res.total).toBe(50);
    }
  });

  it('a failure while writing (e.g. the disk is full) rolls everything back, settings included', async () => {
    const target = await populated(SOME_EVENTS);
    const before = await snapshot(target);
    const file = structuredClone(valid);
    file.notes.push({ ...file.notes[0], id: 'new-one' });
    file.settings = { enabled: true, pausedSites: [] };
    const res = parseImport(JSON.stringify(file), await readExisting(target));
    if (!res.ok) throw new Error('bad');
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = vi.spyOn(target.events, 'bulkPut').mockRejectedValueOnce(quota);
    await expect(applyImport(target, res.plan)).rejects.toBeTruthy();
    spy.mockRestore();
    expect(await snapshot(target)).toEqual(before);
  });
});

describe('hostile field names', () => {
  it('never echoes a huge or control-character key', () => {
    const huge = 'k'.repeat(100_000);
    const note = { ...valid.notes[0], [huge]: 1, 'a\u202eb\nc': 2 };
    const res = parseImport(JSON.stringify({ ...valid, notes: [note] }));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    for (const m of res.issues) {
      expect(m.length).toBeLessThan(300);
      expect(m).not.toMatch(/[\u0000-\u001f\u202e]/);
    }
  });
});
