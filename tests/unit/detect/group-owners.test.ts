/**
 * A leader named as the owner of a group of people ("Putin's envoys", «посланцями Путіна»,
 * «делегация Трампа», "envoys for President Trump", "Trump's son-in-law Jared Kushner") gives the
 * group's side, but was not at the table: the meeting is the envoys', not the leaders' (a call or a
 * summit of the two). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { scanText } from '../../../lib/detect/matcher';
import { placeSideOf } from '../../../lib/detect/outsideMeetings';
import { framesOfSentence, presenceFrame, type Frame } from '../../../lib/detect/patterns';
import { annotate } from '../../../lib/detect/units';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const first = (text: string, publishedAt: string): Mention | undefined =>
  detect(text, matcher, createDocumentState({ publishedAt })).find((m) => m.status === 'known' || m.status === 'unknown');

describe('the owner of a group of envoys', () => {
  it('is not a participant: a meeting with Putin\'s envoys is not a Trump–Putin call', () => {
    for (const text of [
      'American officials confirmed a meeting with Putin\'s envoys.',
      'Американські чиновники підтвердили зустріч із посланцями Путіна.',
      'Американские чиновники подтвердили встречу с посланником Путина.',
    ]) {
      const m = first(text, '2026-03-12');
      expect(m, text).toBeDefined();
      expect(m!.eventId, text).not.toBe('2026-03-09-trump-putin-call');
      expect(m!.candidates[0]?.eventId, text).toBe('2026-03-11-dmitriev-florida-talks');
    }
  });
  it('an envoy named after the owner is still there', () => {
    expect(first('Putin\'s envoy Kirill Dmitriev met Witkoff in Miami on 20 December 2025.', '2026-01-05')?.eventId).toBe('2025-12-20-dmitriev-miami-talks');
  });
});

// The frames a sentence yields (the patterns' own reading and the presence reading), with the
// people each takes as there and the people the sentence names.

function framesOf(text: string): Frame[] {
  const a = annotate(scanText(matcher, text), matcher.lexicon);
  const ctx = { lang: /[а-яіїє]/i.test(text) ? ('ru' as const) : ('en' as const), prior: [], placeSide: (k: string) => placeSideOf(matcher.lexicon, k) };
  const out: Frame[] = [];
  for (let s = 0; s + 1 < a.sentStart.length; s++) {
    out.push(...framesOfSentence(a, s, ctx, new Set()));
    const p = presenceFrame(a, s, ctx);
    if (p) out.push(p);
  }
  return out;
}

describe('owners and participants', () => {
  it.each([
    // [text, the owner, who was there]
    ['Envoys for President Trump sat down with Putin in the Kremlin on Thursday.', 'trump', ['putin']],
    ['Envoys of President Trump spent the evening with Putin in the Kremlin.', 'trump', ['putin']],
    ['A team sent by Putin held talks with Witkoff in Florida on Sunday.', 'putin', ['witkoff']],
    ["Trump's son-in-law Jared Kushner sat down with Putin in Moscow.", 'trump', ['kushner', 'putin']],
    ["Putin's friend Kirill Dmitriev had lunch with Witkoff in Miami on Saturday.", 'putin', ['dmitriev', 'witkoff']],
    ["Putin's foreign minister Sergei Lavrov met Rubio in Riyadh.", 'putin', ['lavrov', 'rubio']],
    ["Trump's top negotiator met Putin's aide in Riyadh on Monday.", 'putin', []],
    ['Представители президента США Дональда Трампа провели встречу с Путиным в Кремле.', 'trump', ['putin']],
    ['Помощник Путина Юрий Ушаков встретился с Уиткоффом в Москве в понедельник.', 'putin', ['ushakov', 'witkoff']],
    ['Делегация, направленная Путиным, провела переговоры с Уиткоффом в Майами.', 'putin', ['witkoff']],
    ['По поручению Путина Дмитриев встретился с Уиткоффом в Майами.', 'putin', ['dmitriev', 'witkoff']],
    ['Спецпосланець Трампа Віткофф зустрівся з Путіним у Москві.', 'trump', ['witkoff', 'putin']],
    ['Радник Путіна Ушаков зустрівся з Віткоффом у Москві.', 'putin', ['ushakov', 'witkoff']],
  ])('%s: the owner is not there', (text, owner, there) => {
    const fs = framesOf(text);
    expect(fs.length, text).toBeGreaterThan(0);
    for (const f of fs) {
      expect(f.persons, text).not.toContain(owner);
      expect(f.sentPersons, text).not.toContain(owner);
      for (const p of there) expect(f.persons, text).toContain(p);
      // The owner's side is still at the table.
      expect(f.sides.has(matcher.lexicon.personSide.get(owner)!), text).toBe(true);
    }
  });

  it.each([
    // A name in apposition, in the nominative, is the envoy himself.
    ['Спецпосланник Уиткофф встретился с Путиным в Москве.', ['witkoff', 'putin']],
    ['Спецпосланець Віткофф зустрівся з Путіним у Москві.', ['witkoff', 'putin']],
  ])('%s: the envoy named in apposition is there', (text, there) => {
    const fs = framesOf(text);
    expect(fs.length, text).toBeGreaterThan(0);
    for (const f of fs) for (const p of there) expect(f.persons, `${text}: ${p}`).toContain(p);
  });

  it.each([
    // A verb between the person and the group: he is no owner there.
    ['Putin told aides he would meet Trump in Alaska.', ['putin', 'trump']],
    // A meeting of his own, not his people's.
    ["Putin's talks with Witkoff in Moscow lasted five hours.", ['putin', 'witkoff']],
  ])('%s: everyone named is named as there', (text, there) => {
    const fs = framesOf(text);
    expect(fs.length, text).toBeGreaterThan(0);
    for (const p of there) expect(fs.some((f) => f.sentPersons.includes(p)), `${text}: ${p}`).toBe(true);
  });
});
