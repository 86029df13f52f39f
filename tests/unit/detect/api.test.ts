/** The public API: document state across chunks, offsets, ordering, helpers, purity. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../lib/events/types';
import { compileMatcher, createDocumentState, detect, findPublishedDate, parseDateText, toMatcherEvent } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);

describe('detect', () => {
  it('accepts DocumentInfo or no document at all', () => {
    const text = 'Putin and Trump met in Anchorage on Friday.';
    expect(detect(text, matcher, { publishedAt: '2025-08-16' })[0].eventId).toBe('2025-anchorage');
    expect(detect(text, matcher)[0].quote).toBe('Putin and Trump met in Anchorage on Friday');
    expect(detect('', matcher)).toEqual([]);
  });

  it('keeps document context across chunks: back-references and cues', () => {
    const st = createDocumentState({ publishedAt: '2025-08-20', url: 'https://example.org/a' });
    const chunk1 = 'Putin and Trump met in Anchorage on Friday for under three hours.';
    const chunk2 = 'In Anchorage, there were no romantics. The two leaders were careful.';
    const m1 = detect(chunk1, matcher, st);
    const m2 = detect(chunk2, matcher, st);
    expect(m1.map((m) => m.eventId)).toEqual(['2025-anchorage']);
    expect(m2.map((m) => [m.quote, m.start, m.end, m.via, m.eventId])).toEqual([['In Anchorage', 0, 12, 'backref', '2025-anchorage']]);
    // Without the first chunk the place alone is nothing.
    expect(detect(chunk2, matcher, createDocumentState({}))).toEqual([]);
  });

  it('needs the meeting BEFORE the place for a back-reference', () => {
    const text = 'In Anchorage, it snowed. Later Putin and Trump met in Anchorage.';
    const m = detect(text, matcher, { publishedAt: '2025-08-20' });
    expect(m.map((x) => x.quote)).toEqual(['Putin and Trump met in Anchorage']);
  });

  it('never treats a place alone as a mention', () => {
    for (const t of ['Geneva hosts a motor show every spring.', 'Ankara has managed to stay in contact with both capitals.', 'The reminder of Russian toponyms in Alaska.'])
      expect(detect(t, matcher, { publishedAt: '2025-08-20' })).toEqual([]);
  });

  it('returns sorted, non-overlapping mentions whose quotes are the original text', () => {
    const text =
      '\u200F😀 The Hel\u00ADsinki summit — and the Biden–Putin summit\u00A0in Geneva! Later, Rubio and Lavrov met in Riyadh; ' +
      'переговоры России и США в Эр-Рияде. Встреча Путина и Трампа на Аляске.\r\n\r\nIn Anchorage, …';
    const ms = detect(text, matcher, { publishedAt: '2025-09-01' });
    expect(ms.length).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i];
      expect(m.quote).toBe(text.slice(m.start, m.end));
      expect(m.start).toBeLessThan(m.end);
      if (i) expect(m.start).toBeGreaterThanOrEqual(ms[i - 1].end);
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      expect(m.candidates.length).toBeLessThanOrEqual(5);
      expect(['alias', 'pattern', 'backref']).toContain(m.via);
    }
    expect(ms.map((m) => m.quote)).toEqual(
      expect.arrayContaining(['Hel\u00ADsinki summit', 'Rubio and Lavrov met in Riyadh', 'переговоры России и США в Эр-Рияде', 'Встреча Путина и Трампа на Аляске']),
    );
  });

  it('reads hard-wrapped plain text, all-caps headlines and timelines', () => {
    const wrapped = detect('The recent meeting between U.S. and Russian officials in\nIstanbul was about embassies.', matcher, { publishedAt: '2025-05-01' });
    expect(wrapped.map((m) => m.quote)).toEqual(['recent meeting between U.S. and Russian officials in\nIstanbul']);
    expect(detect('PUTIN AND TRUMP MEET IN ALASKA FOR FIRST SUMMIT SINCE 2021', matcher, { publishedAt: '2025-08-15' }).map((m) => [m.quote, m.eventId])).toEqual([
      ['PUTIN AND TRUMP MEET IN ALASKA', '2025-anchorage'],
    ]);
    expect(detect('Timeline:\n1955 – Geneva summit\n1985 – Geneva summit', matcher).map((m) => m.eventId)).toEqual(['1955-geneva', '1985-geneva']);
  });

  it('stays well-behaved on long noisy text', () => {
    const words = ['the', 'talks', 'Putin', 'in', 'Geneva', 'met', 'Trump', 'summit', 'встреча', 'Москве', '1985', ',', '.', 'U.S.', 'and', 'Russian', 'officials', '\n\n'];
    let x = 12345;
    const parts: string[] = [];
    for (let i = 0; i < 6000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      parts.push(words[x % words.length]);
    }
    const text = parts.join(' ');
    const ms = detect(text, matcher, { publishedAt: '2025-01-01' });
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
    for (const m of ms) expect(m.quote).toBe(text.slice(m.start, m.end));
  });
});

describe('toMatcherEvent', () => {
  it('projects every name the detector needs, and nothing of the card', () => {
    const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
    const dir = join(root, 'assets/events');
    const events = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as MeetingEvent[]);
    const e = events[0];
    const m = toMatcherEvent(e);
    expect(m.id).toBe(e.id);
    expect(m.aliases).toEqual([...e.aliases.en, ...e.aliases.ru, ...(e.aliases.uk ?? [])]);
    expect(m.placeNames).toContain(e.place.country);
    expect(m).not.toHaveProperty('summary');
    expect(m).not.toHaveProperty('sources');
    // The whole dataset compiles.
    expect(compileMatcher(events.map(toMatcherEvent)).events.length).toBe(events.length);
  });
});

describe('publication dates', () => {
  it('reads dates from URLs', () => {
    expect(findPublishedDate('', 'https://example.com/world/2025/05/21/putin-trump-call/')).toBe('2025-05-21');
    expect(findPublishedDate('', 'https://example.com/news/20250815-anchorage')).toBe('2025-08-15');
    expect(findPublishedDate('', 'https://example.com/2025-02-18-riyadh.html')).toBe('2025-02-18');
    expect(findPublishedDate('', 'https://example.com/2025/13/45/x')).toBeUndefined();
  });
  it('reads labelled dates and Unix times from text', () => {
    expect(findPublishedDate('Published: May 21, 2025\nPutin said…')).toBe('2025-05-21');
    expect(findPublishedDate('Опубликовано 18 февраля 2025 года')).toBe('2025-02-18');
    expect(findPublishedDate('Reported By: axioscom_1747865942')).toBe('2025-05-21');
    expect(findPublishedDate('nothing here')).toBeUndefined();
    expect(parseDateText('21 May 2025')).toBe('2025-05-21');
  });
});

describe('purity', () => {
  it('lib/detect uses no DOM or extension globals', () => {
    const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../lib/detect');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(src, f).not.toMatch(/\b(window|document|navigator|chrome|browser|localStorage|indexedDB)\s*\./);
    }
  });
});
