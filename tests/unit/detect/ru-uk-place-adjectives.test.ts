/**
 * Place adjectives in Russian and Ukrainian: a city in -ла softens its л («Манила» → «манильский»,
 * «манільська»), and a country's adjective names the meeting held there («исландский саммит»,
 * «ісландський саміт»: Reykjavik, as «мальтийский» names Malta). Sentences written for this test; the
 * bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { placeAdjectives } from '../../../lib/detect/vocab';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const ids = (text: string, publishedAt: string): (string | null)[] =>
  detect(text, matcher, createDocumentState({ publishedAt })).map((m: Mention) => m.eventId ?? null);

describe('place adjectives', () => {
  it('soften the л of a city in -ла', () => {
    expect(placeAdjectives('манила')).toEqual(['манильский', 'манильськ']);
    expect(placeAdjectives('варшава')).toEqual(['варшавский', 'варшавськ']);
  });
  it('name the meeting in that city', () => {
    expect(ids('Манильские переговоры Рубио и Лаврова длились час.', '2026-12-01')).toEqual(['2026-07-23-rubio-lavrov-manila']);
    expect(ids('Манільська зустріч Рубіо і Лаврова тривала близько години.', '2026-12-01')).toEqual(['2026-07-23-rubio-lavrov-manila']);
  });
  it('of a country name the meeting held in it', () => {
    expect(ids('Исландский саммит Рейгана и Горбачева закончился без договора.', '2016-10-11')).toEqual(['1986-reykjavik-summit']);
    expect(ids('Ісландський саміт Рейгана і Горбачова завершився без угоди.', '2016-10-11')).toEqual(['1986-reykjavik-summit']);
  });
});
