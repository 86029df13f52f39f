/**
 * A meeting phrase that already said where and when, followed by "and" and another place with its
 * own time («прошли в феврале в Москве и в апреле в Санкт-Петербурге»), or by a word that says a
 * later time of the same people («…, а востаннє — у жовтні в Мадриді», «а в последний раз — …»): the
 * second place and time are a further meeting of the same people, not a second venue of the first.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('"and" then another place with its own time', () => {
  it('is a further meeting, in Russian', () => {
    const ms = usru('Встречи Уиткоффа с Путиным прошли в феврале в Москве и в апреле в Санкт-Петербурге.', '2025-06-01');
    expect(ms).toEqual([
      ['Встречи Уиткоффа с Путиным прошли в феврале в Москве', '2025-02-11-witkoff-putin-moscow'],
      ['в апреле в Санкт-Петербурге', '2025-04-11-witkoff-putin-st-petersburg'],
    ]);
  });

  it('and in Ukrainian', () => {
    const ms = usru('Віткофф зустрічався з Путіним у березні в Москві та у квітні в Санкт-Петербурзі.', '2025-06-01');
    expect(ms).toEqual([
      ['Віткофф зустрічався з Путіним у березні в Москві', '2025-03-13-witkoff-putin-moscow'],
      ['у квітні в Санкт-Петербурзі', '2025-04-11-witkoff-putin-st-petersburg'],
    ]);
  });

  it('but two days of one month are one meeting', () => {
    const ms = usru('Трёхсторонние переговоры прошли 4 и 5 февраля в Абу-Даби.', '2026-03-01');
    expect(ms).toHaveLength(1);
    expect(ms[0][1]).toBe('2026-02-04-abu-dhabi-trilateral-talks');
  });
});

describe('a word saying a later time of the same people', () => {
  it('«востаннє» after a comma and «а»', () => {
    const ms = usru('Буш і Горбачов бачилися в Лондоні в липні, а востаннє — у жовтні в Мадриді.', '1991-12-01');
    expect(ms).toEqual([
      ['Буш і Горбачов бачилися в Лондоні в липні', '1991-07-17-london-bush-gorbachev-g7'],
      ['востаннє — у жовтні в Мадриді', '1991-10-madrid-bush-gorbachev'],
    ]);
  });

  it('«в последний раз» in Russian', () => {
    const ms = usru('Буш и Горбачев встречались в Лондоне в июле, а в последний раз — в октябре в Мадриде.', '1991-12-01');
    expect(ms).toEqual([
      ['Буш и Горбачев встречались в Лондоне в июле', '1991-07-17-london-bush-gorbachev-g7'],
      ['в последний раз — в октябре в Мадриде', '1991-10-madrid-bush-gorbachev'],
    ]);
  });
});

describe('places with their own times listed after a comma', () => {
  it('may say the time first, after «в том числе», and end at a comma that opens something else', () => {
    const ms = usru('Уиткофф за полгода несколько раз виделся с Путиным, в том числе в марте в Москве и 11 апреля в Санкт-Петербурге, после чего заговорили о саммите.', '2025-06-01');
    expect(ms).toEqual([
      ['в марте в Москве', '2025-03-13-witkoff-putin-moscow'],
      ['11 апреля в Санкт-Петербурге', '2025-04-11-witkoff-putin-st-petersburg'],
    ]);
  });

  it('and in Ukrainian after «зокрема»', () => {
    const ms = usru('Посланець кілька разів бачився з Путіним, зокрема у березні в Москві та у квітні в Санкт-Петербурзі.', '2025-06-01');
    expect(ms).toEqual([
      ['у березні в Москві', '2025-03-13-witkoff-putin-moscow'],
      ['у квітні в Санкт-Петербурзі', '2025-04-11-witkoff-putin-st-petersburg'],
    ]);
  });
});

describe('«в начале года» between a meeting noun and its verb', () => {
  it('is a time, so the verb still says where the meeting was', () => {
    const ms = usru('Трёхсторонние переговоры в начале года прошли в Абу-Даби.', '2026-12-01');
    expect(ms).toEqual([['Трёхсторонние переговоры в начале года прошли в Абу-Даби', '2026-01-23-abu-dhabi-trilateral-talks']]);
  });
});

