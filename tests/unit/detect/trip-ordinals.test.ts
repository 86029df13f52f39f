/**
 * "Witkoff's fourth trip to Russia since March": a count of one traveller's visits says which
 * visit, counted from the month the text bounds it by (not from the start of a series), and
 * a month after "since" bounds the count rather than dating the visit.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { FIXTURE_EVENTS } from './fixtures';

const fixtures = compileMatcher(FIXTURE_EVENTS);
const bundled = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));

describe("a traveller's visit of a number", () => {
  it('is that visit of theirs in date order, not the newest', () => {
    const m = detect("It was Putin's second visit abroad to meet an American president.", fixtures, createDocumentState({ publishedAt: '2025-09-01' }))[0];
    expect([m?.status, m?.eventId]).toEqual(['known', '2021-geneva']);
  });
  it('is counted from the month after "since", which does not date it', () => {
    const text = "Envoy Steve Witkoff is back in Russia. This is Witkoff's fourth trip to Russia since March, the Kremlin said.";
    const m = detect(text, bundled, createDocumentState({ publishedAt: '2025-08-07' })).find((x) => /fourth trip/.test(x.quote));
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-08-06-witkoff-putin-moscow']);
  });
  it('reads the Russian feminine «третья» as a number too', () => {
    const text = 'Уиткофф снова в Москве: это уже третья поездка Уиткоффа в Москву с февраля, сообщили в Кремле.';
    const m = detect(text, bundled, createDocumentState({ publishedAt: '2025-04-26' })).find((x) => /поездка/.test(x.quote));
    expect([m?.status, m?.eventId]).toEqual(['known', '2025-04-25-witkoff-putin-moscow']);
  });
});

describe('ordinals up to the tenth', () => {
  it('count meetings in Ukrainian and past the sixth', () => {
    const m = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
    const first = (text: string) => detect(text, m, createDocumentState({ publishedAt: '2026-01-23' })).find((x) => x.status === 'known' || x.status === 'unknown');
    // «шосту» (Ukrainian "sixth") stopped the phrase: the meeting was not marked at all.
    expect(first('Путін та Віткофф провели вже шосту зустріч.')).toBeDefined();
    expect(first('Putin and Witkoff held their seventh meeting.')?.eventId).toBe('2026-01-22-witkoff-kushner-putin-moscow');
    expect(first('Путін і Віткофф провели сьому зустріч.')?.eventId).toBe('2026-01-22-witkoff-kushner-putin-moscow');
    // «десятки» (dozens) is not "tenth".
    expect(first('Десятки встреч прошли в Москве.')).toBeUndefined();
  });
});
