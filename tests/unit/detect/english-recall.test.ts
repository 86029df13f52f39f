/**
 * English phrasings of a US–Russia meeting that were read as nothing: a signing after a bare
 * "talks" in its clause, a return visit, "went back to", and the setting of a chronology entry's
 * paragraph ("… spoke briefly at a lunch"). Each with a case that must stay unmarked.
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

describe('a signing by both sides after a bare "talks" in its clause', () => {
  it('is the meeting: the talks name none of their own', () => {
    expect(usru("The delegations' talks dragged on for two years until Nixon and Brezhnev signed the results in Moscow in May 1972.", '2020-01-01')).toEqual([
      ['Nixon and Brezhnev signed the results in Moscow in May 1972', '1972-moscow-summit'],
    ]);
  });
  it('is nothing when the signers are not both sides', () => {
    expect(usru("The delegations' talks dragged on for two years until Nixon and Mao signed the results in Beijing in February 1972.", '2020-01-01')).toEqual([]);
  });
});

describe('a return visit', () => {
  it('went to the other side: a Soviet visitor to the United States', () => {
    expect(usru('Brezhnev returned the visit in 1973.', '2020-01-01')).toEqual([['Brezhnev returned the visit in 1973', '1973-washington-summit']]);
  });
  it('went to the other side: an American visitor to the Soviet Union, in its year', () => {
    expect(usru('Nixon returned the visit in 1974.', '2020-01-01')).toEqual([['Nixon returned the visit in 1974', '1974-moscow-summit']]);
  });
  it('said as a noun', () => {
    expect(usru("Brezhnev's return visit came in June 1973.", '2020-01-01')).toEqual([["Brezhnev's return visit", '1973-washington-summit']]);
  });
  it('is nothing when it answers a third party, or is a third party’s', () => {
    expect(usru('Khrushchev returned the visit of Tito in 1955.', '2020-01-01')).toEqual([]);
    expect(usru('Xi returned the visit in 2019.', '2020-01-01')).toEqual([]);
  });
});

describe('"went back to" the other side', () => {
  // (A sentence with no meeting word is read as a presence anyway; beside one, only the verb tells.)
  it('is a visit like "went to"', () => {
    expect(usru('The first summit went well, and Nixon went back to the Soviet Union in 1974.', '2020-01-01')).toEqual([
      ['Nixon went back to the Soviet Union in 1974', '1974-moscow-summit'],
    ]);
  });
  it('is a journey to a third country with no one of the other side named', () => {
    expect(usru('The first summit went well, and Nixon went back to China in 1976.', '2020-01-01')).toEqual([]);
  });
});

describe('a meeting noun that closes a sentence under a chronology entry as its setting', () => {
  const head = 'Every meeting of Bush and Gorbachev, in order.\n\n2. Paris — Nov. 19, 1990\n\nThe leaders of the CSCE gathered at the Elysee. ';
  it('is the entry’s meeting ("… spoke briefly at a lunch")', () => {
    expect(usru(head + 'The two exchanged greetings and spoke briefly at a lunch.', '2020-01-01')).toContainEqual(['lunch', '1990-11-paris-csce-bush-gorbachev']);
  });
  it('is nothing as a subject ("The talks covered Iraq")', () => {
    expect(usru(head + 'The talks covered Iraq.', '2020-01-01').map((m) => m[0])).not.toContain('talks');
  });
  it('is nothing outside a chronology entry', () => {
    expect(usru('Bush and Gorbachev both came to Paris in 1990. The two exchanged greetings and spoke briefly at a lunch.', '2020-01-01').map((m) => m[0])).not.toContain('lunch');
  });
});

describe('"the Big Three", "the Big Four" as the subject or the parties of a meeting', () => {
  it('are both sides at once', () => {
    expect(usru('When the Big Three met at Yalta in February 1945, the war in Europe was nearly over.', '2026-01-01')).toEqual([
      ['Big Three met at Yalta in February 1945', '1945-yalta-conference'],
    ]);
    expect(usru('The conference of the Big Four foreign ministers at Geneva in October 1955 ended without agreement.', '2026-01-01')).toEqual([
      ['conference of the Big Four foreign ministers at Geneva in October 1955', '1955-10-geneva-foreign-ministers-conference'],
    ]);
  });
  it('are not carmakers or accounting firms', () => {
    expect(usru('The Big Three automakers met in Detroit in May 2009 with union leaders.', '2026-01-01')).toEqual([]);
    expect(usru('The Big Four accounting firms held a meeting in London in 2019.', '2026-01-01')).toEqual([]);
  });
});

describe('a list of places after a count of meetings ("met three times: …")', () => {
  it('names a meeting at each place, a bare place taking the first item’s "at"', () => {
    expect(usru('In the war the leaders of the United States, Britain and the Soviet Union met three times: at Tehran, Yalta and Potsdam.', '2026-01-01').map((m) => m[0])).toEqual([
      'at Tehran',
      'Yalta',
      'Potsdam',
    ]);
    expect(usru('Reagan and Gorbachev met four times, in Geneva, Reykjavik, Washington and Moscow.', '2026-01-01')).toEqual([
      ['in Geneva', '1985-geneva-summit'],
      ['Reykjavik', '1986-reykjavik-summit'],
      ['Washington', '1987-washington-summit'],
      ['Moscow', '1988-moscow-summit'],
    ]);
  });
  it('lets an item lead up to its place and run on to the next comma', () => {
    const text = 'Bush and Putin met many more times, in Moscow the next spring to sign a treaty, at the Bush family home in Kennebunkport, Maine, in 2007, and for the last time as presidents at Sochi in April 2008.';
    expect(usru(text, '2026-01-01').map((m) => m[1])).toEqual(['2002-moscow-summit', '2007-kennebunkport-summit', '2008-sochi-summit']);
  });
  it('is nothing for a third party’s meetings', () => {
    expect(usru('Putin and Xi met three times: at Beijing, Astana and Kazan.', '2026-01-01')).toEqual([]);
  });
});

describe('"would receive", "would host" said of a visit to come', () => {
  it('is a visit, as "will receive" is', () => {
    expect(usru('The Kremlin said Putin would receive Witkoff and Kushner in the Kremlin on Thursday.', '2026-01-20')).toEqual([
      ['Putin would receive Witkoff and Kushner in the Kremlin on Thursday', '2026-01-22-witkoff-kushner-putin-moscow'],
    ]);
  });
  it('is nothing between a third party and one side', () => {
    expect(usru('Beijing said Xi would receive Putin in the Great Hall on Thursday.', '2026-01-20')).toEqual([]);
  });
});

describe('time spent with the other side’s person', () => {
  it('is a meeting: a length of time, then "with" and the person', () => {
    expect(usru('On Tuesday Kirill Dmitriev spent more than two hours with Steve Witkoff and Jared Kushner, far from the cameras.', '2026-01-21')).toEqual([
      ['Kirill Dmitriev spent more than two hours with Steve Witkoff and Jared Kushner', '2026-01-20-dmitriev-witkoff-kushner-davos'],
    ]);
  });
  it('is a meeting said with a pronoun for someone named before', () => {
    const ms = usru('Khrushchev toured Iowa and ate hot dogs. At the end of it he spends two days with Eisenhower at Camp David.', '2026-01-21');
    expect(ms).toEqual([['he spends two days with Eisenhower at Camp David', '1959-camp-david-summit']]);
  });
  it('is nothing with one’s own side, a third party, or no length of time', () => {
    expect(usru('Witkoff spent two hours with Kushner in Miami.', '2026-01-21')).toEqual([]);
    expect(usru('Putin spent three hours with Xi in Beijing.', '2026-01-21')).toEqual([]);
    expect(usru('Putin spent billions on the war with Ukraine.', '2026-01-21')).toEqual([]);
  });
});

describe('a caption whose venue is described by a country’s official before its city', () => {
  it('is at the city: "at the US ambassador’s residence in Vienna"', () => {
    expect(usru('John F. Kennedy and Nikita Khrushchev at the US ambassador’s residence in Vienna, June 1961.', '2026-01-21')).toEqual([
      ['John F. Kennedy and Nikita Khrushchev at the US ambassador’s residence in Vienna, June 1961', '1961-vienna-summit'],
    ]);
  });
  it('is nothing when the two are of one side', () => {
    expect(usru('John F. Kennedy and Dean Rusk at the US ambassador’s residence in Vienna, June 1961.', '2026-01-21')).toEqual([]);
  });
});

describe('"after <city>" where the two sides met more than once', () => {
  it('is the one meeting there of people the page names', () => {
    expect(usru('Reagan and Gorbachev were said to be far apart. After Reykjavik both delegations knew how far the other would go.', '2026-01-21')).toEqual([
      ['After Reykjavik', '1986-reykjavik-summit'],
    ]);
  });
  it('is nothing when the page names none of its people, and a seat of government is the government', () => {
    expect(usru('Macron and Scholz were far apart. After Reykjavik both delegations knew more.', '2026-01-21')).toEqual([]);
    expect(usru('Trump and Putin traded barbs again. After Washington imposed new sanctions, the ruble fell.', '2026-01-21')).toEqual([]);
  });
});
