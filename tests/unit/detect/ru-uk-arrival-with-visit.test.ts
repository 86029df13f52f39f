/**
 * «прибыл с визитом», «приїхав із державним візитом», «находится с визитом»: a verb of arriving or
 * staying with «с»/«з» and a visit noun is a light verb, as «провёл переговоры» is; its subject is
 * the visitor, and the mark runs from it. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect, type Mention } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const mentions = (text: string, publishedAt: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));

describe('an arrival verb with «с визитом» / «з візитом»', () => {
  it.each([
    ['Весной 1972 года Никсон прилетел с официальным визитом в Москву.', 'Никсон', '1972-moscow-summit'],
    ['Навесні 1972 року Ніксон прибув з офіційним візитом до Москви.', 'Ніксон', '1972-moscow-summit'],
    ['Летом 1992 года Ельцин приехал с государственным визитом в Вашингтон.', 'Ельцин', '1992-washington-summit'],
    ['Влітку 1992 року Єльцин приїхав із державним візитом до Вашингтона.', 'Єльцин', '1992-washington-summit'],
  ])('takes the visitor as its subject: %s', (text, who, id) => {
    const ms = mentions(text, '2024-03-01');
    expect(ms.length, text).toBe(1);
    expect(ms[0].quote.startsWith(who), ms[0].quote).toBe(true);
    expect(ms[0].eventId, text).toBe(id);
  });

  it('is only a light verb right before «с»/«з»: a delegation that came with a proposal is no visit', () => {
    expect(mentions('Делегация прибыла с предложением в Женеву.', '2024-03-01')).toEqual([]);
  });
});
