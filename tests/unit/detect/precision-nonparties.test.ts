/**
 * Marks on things that are not US–Russia meetings (issue: precision), by class, on sentences
 * written for this test. The bundled dataset names the events, so each test is what a reader of a
 * real page would see.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
/** US–Russia marks (known or unknown) as [quote, event id or null]. */
const usru = (text: string, publishedAt = '2026-11-20'): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId]);

describe('a private group of both countries (scientists, students, athletes)', () => {
  it('meeting in a summit city is not a US–Russia meeting', () => {
    expect(usru('Russian and American physicists met in Geneva last week for a workshop on particle detectors.')).toEqual([]);
    expect(usru('Graduate students from Russia, the United States and Canada met in Helsinki in March to compare their theses.')).toEqual([]);
    expect(usru('Российские и американские историки встретились в Вене на конференции об итогах войны.')).toEqual([]);
    expect(usru('Американські та російські науковці зустрілися в Женеві на семінарі з фізики.')).toEqual([]);
    expect(usru('A meeting of American and Russian archaeologists in Helsinki compared finds from Alaska.')).toEqual([]);
  });

  it('leaves officials, and a party named later in the sentence, as they were', () => {
    expect(usru('American and Russian officials met in Vienna in July 2017.').length).toBe(1);
    expect(usru('Scientists met in Vienna that week, and Lavrov held talks with Rubio in Riyadh on Friday.').map(([q]) => q)).toEqual(['Lavrov held talks with Rubio in Riyadh on Friday']);
  });
});

describe('a body that holds its own summits (third parties, multilateral formats)', () => {
  it("names the body's summit, not a US–Russia one, by a possessive or a genitive", () => {
    const page = 'Yeltsin told Clinton in Helsinki that he still opposed enlargement, which will be approved at a summit of the alliance in Madrid in July.';
    expect(usru(page, '1997-03-22').filter(([q]) => q.includes('Madrid'))).toEqual([]);
    expect(usru("Clinton assured Yeltsin that nothing would be decided before the bloc's Madrid summit in July.", '1997-03-22')).toEqual([]);
    expect(usru('Клинтон заверил Ельцина, что решение примут только на саммите альянса в Мадриде в июле.', '1997-03-22')).toEqual([]);
  });
});

describe('"on the sidelines of" a forum meeting with an adjective', () => {
  it('reads the forum meeting as where the two met, not as a meeting of its own', () => {
    const ms = usru('На прошлой неделе Помпео и Лавров коротко поговорили в Рованиеми на полях министерской встречи Арктического совета.', '2019-05-14');
    expect(ms).toHaveLength(1);
    expect(ms[0][1]).toBe('2019-05-06-pompeo-lavrov-rovaniemi-arctic');
  });
});

describe('a trip to a multilateral forum, named past its sitting (third parties)', () => {
  it("is the forum's, not a visit to the host country", () => {
    expect(usru('Gromyko flew to New York for a special session of the UN General Assembly on disarmament.', '1978-06-01')).toEqual([]);
    expect(usru('Громыко прилетел в Нью-Йорк на специальную сессию Генеральной Ассамблеи ООН по разоружению.', '1978-06-01')).toEqual([]);
  });

  it('still lets a trip for talks with the other side be a meeting', () => {
    expect(usru('Gromyko flew to New York for talks with Vance on Monday.', '1978-06-01').length).toBe(1);
  });
});

describe('"other meetings" set apart from the one in view (generic processes)', () => {
  it('names none of them, even at the same place', () => {
    const page = 'Vienna Summit (1961)\n\nThis entry covers the June 1961 talks between Kennedy and Khrushchev. Other meetings in the Austrian capital are listed separately.';
    const ms = usru(page, '2020-01-01');
    expect(ms.some(([q]) => q.toLowerCase().includes('meetings'))).toBe(false);
    expect(ms.length).toBeGreaterThan(0);
  });
});
