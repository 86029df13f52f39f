/**
 * The page's side of the background's detector (lib/page/remote-detect.ts): texts asked in one
 * turn go in one message, in order, counted per document; a document the background lost goes on
 * as a new one; a background that does not answer leaves texts unmarked instead of failing the scan.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../../lib/detect/types';
import type { DetectAnswer, DetectRequest } from '../../../lib/messages/protocol';
import { BATCH, KEEP_CHARS, remoteDetector } from '../../../lib/page/remote-detect';
import { compileMatcher, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { createDetectService } from '../../../lib/messages/detect-service';

const mention = (quote: string): Mention => ({ start: 0, end: quote.length, quote, status: 'known', eventId: `e-${quote}`, confidence: 1, reasons: [], candidates: [], via: 'alias' });
/** A background that marks each text whole and names its event. */
const echo = (req: DetectRequest): DetectAnswer => ({ mentions: req.texts.map((t) => [mention(t)]), titles: Object.fromEntries(req.texts.map((t) => [`e-${t}`, t.toUpperCase()])) });

let ids = 0;
const makeId = () => `doc${++ids}`;

afterEach(() => vi.restoreAllMocks());

describe('remoteDetector', () => {
  it('sends the texts of one turn in one message (at most BATCH), counted from the document\'s start, and answers each in order', async () => {
    const ask = vi.fn(async (req: DetectRequest) => echo(req));
    const r = remoteDetector(ask, makeId);
    r.reset({ title: 'Summit', url: 'https://news.example/a' });
    const texts = Array.from({ length: BATCH + 2 }, (_, i) => `text ${i}`);
    const found = await Promise.all(texts.map((t) => r.detect(t)));
    expect(found.map((m) => m[0]!.quote)).toEqual(texts);
    expect(ask.mock.calls.map(([q]) => [q.from, q.texts.length, !!q.info])).toEqual([
      [0, BATCH, true],
      [BATCH, 2, false],
    ]);
    expect(new Set(ask.mock.calls.map(([q]) => q.doc)).size).toBe(1);
    expect(r.titles.get('e-text 0')).toBe('TEXT 0');
    // A new route is a new document, counted from 0 again.
    r.reset({ title: 'Another', url: 'https://news.example/b' });
    await r.detect('later');
    const last = ask.mock.calls.at(-1)![0];
    expect(last.from).toBe(0);
    expect(last.info).toEqual({ title: 'Another', url: 'https://news.example/b' });
    expect(last.doc).not.toBe(ask.mock.calls[0]![0].doc);
  });

  it('a document the background lost (a restarted worker) goes on as a new one, given its earlier text first; a second loss leaves those texts unmarked', async () => {
    let lose = 1;
    const ask = vi.fn(async (req: DetectRequest): Promise<DetectAnswer> => (req.from > 0 && lose-- > 0 ? { lost: true } : echo(req)));
    const r = remoteDetector(ask, makeId);
    r.reset({ title: 'Headline' });
    await r.detect('one');
    expect((await r.detect('two'))[0]!.quote).toBe('two');
    const [first, lost, replay, again] = ask.mock.calls.map(([q]) => q);
    expect(lost!.doc).toBe(first!.doc);
    // The new document begins with the earlier text (and the page's info), then goes on.
    expect([replay!.doc, replay!.from, replay!.texts, replay!.info]).toEqual([again!.doc, 0, ['one'], { title: 'Headline' }]);
    expect(again!.doc).not.toBe(first!.doc);
    expect([again!.from, again!.texts]).toEqual([1, ['two']]);

    const never = remoteDetector(async (): Promise<DetectAnswer> => ({ lost: true }), makeId);
    expect(await never.detect('three')).toEqual([]);
  });

  it('a background that fails answers no mentions, with one warning, after asking four times', async () => {
    vi.useFakeTimers();
    try {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const ask = vi.fn(async (): Promise<DetectAnswer> => Promise.reject(new Error('no receiver')));
      const r = remoteDetector(ask, makeId);
      const one = r.detect('one');
      await vi.runAllTimersAsync();
      expect(await one).toEqual([]);
      expect(ask).toHaveBeenCalledTimes(4);
      const two = r.detect('two');
      await vi.runAllTimersAsync();
      expect(await two).toEqual([]);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a background that is waking (its first answers fail) is asked again, and the text is marked', async () => {
    vi.useFakeTimers();
    try {
      let failures = 2;
      const ask = vi.fn(async (req: DetectRequest) => (failures-- > 0 ? Promise.reject(new Error('receiving end does not exist')) : echo(req)));
      const r = remoteDetector(ask, makeId);
      const found = r.detect('summit');
      await vi.runAllTimersAsync();
      expect((await found).map((m) => m.quote)).toEqual(['summit']);
      expect(ask).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps at most KEEP_CHARS of a document to give again: the first texts, in order', async () => {
    let lose = 1;
    const ask = vi.fn(async (req: DetectRequest): Promise<DetectAnswer> => (req.texts.includes('last') && lose-- > 0 ? { lost: true } : echo(req)));
    const r = remoteDetector(ask, makeId);
    const big = 'x'.repeat(KEEP_CHARS / 2 - 10);
    for (const t of [big, big, 'small', 'y'.repeat(100)]) await r.detect(t);
    await r.detect('last');
    const replayed = ask.mock.calls.map(([q]) => q).filter((q, i, all) => i > 0 && q.doc !== all[0]!.doc && !q.texts.includes('last'));
    // 'small' fits under the limit; the text after it does not, and nothing after a gap is kept.
    expect(replayed.flatMap((q) => q.texts)).toEqual([big, big, 'small']);
    expect(ask.mock.calls.at(-1)![0].from).toBe(3);
  });
});

/**
 * With the real detector and service: a worker restarted between two chunks of a page. The later
 * chunk leans on the earlier one (a short reference to the meeting the page opened with); given
 * the earlier text again, the new worker resolves it as one uninterrupted pass does.
 */
describe('remoteDetector with a restarted background', () => {
  const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
  const opening = 'Reagan and Gorbachev met in Geneva in November 1985 for their first summit.';
  const later = 'Looking back, the Geneva summit changed the tone between the two countries.';
  const quotes = (ms: Mention[]) => ms.map((m) => [m.quote, m.eventId]);

  it('resolves the later chunk as an uninterrupted pass does', async () => {
    const whole = remoteDetector(createDetectService(async () => matcher), makeId);
    whole.reset({ publishedAt: '2015-11-19' });
    await whole.detect(opening);
    const expected = quotes(await whole.detect(later));
    expect(expected).toEqual([['Geneva summit', '1985-geneva-summit']]);

    let service = createDetectService(async () => matcher);
    const r = remoteDetector((req) => service(req), makeId);
    r.reset({ publishedAt: '2015-11-19' });
    await r.detect(opening);
    service = createDetectService(async () => matcher); // the worker stopped and woke: it holds nothing
    expect(quotes(await r.detect(later))).toEqual(expected);
    // Without the earlier text, a fresh document cannot tell which Geneva summit it is.
    const fresh = remoteDetector(createDetectService(async () => matcher), makeId);
    fresh.reset({ publishedAt: '2015-11-19' });
    expect(quotes(await fresh.detect(later))).not.toEqual(expected);
  });
});
