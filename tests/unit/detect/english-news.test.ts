/**
 * English news of 2025–2026 as wire services, live blogs and headline lists write it, read
 * paragraph by paragraph into one document state as a page is read. Each block is a general class
 * of phrasing (times with "late"/"early", "the previous meeting", "spoke", a call with its day,
 * headline subjects joined by a comma), with negatives that must never become a US–Russia mark.
 * Uses its own small event list, so dataset edits cannot move it.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type MatcherEvent, type Mention } from '../../../lib/detect';

type People = MatcherEvent['participants'];
const trump = { name: 'Donald Trump', nameRu: 'Дональд Трамп', side: 'us' as const };
const putin = { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' as const };
const rubio = { name: 'Marco Rubio', side: 'us' as const };
const lavrov = { name: 'Sergei Lavrov', side: 'ru' as const };
const witkoff = { name: 'Steve Witkoff', side: 'us' as const };
const kushner = { name: 'Jared Kushner', side: 'us' as const };
const umerov = { name: 'Rustem Umerov', side: 'other' as const };

const ev = (id: string, kind: MatcherEvent['kind'], start: string, city: string, country: string, placeNames: string[], participants: People, more: Partial<MatcherEvent> = {}): MatcherEvent => ({
  id,
  title: id,
  kind,
  status: 'held',
  start,
  city,
  country,
  placeNames,
  participants,
  aliases: [],
  sharedAliases: [],
  cues: [],
  ...more,
});

const events: MatcherEvent[] = [
  ev('anchorage', 'summit', '2025-08-15', 'Anchorage', 'United States', ['Anchorage', 'Alaska'], [trump, putin], { aliases: ['Alaska summit'] }),
  ev('call-oct-16', 'call', '2025-10-16', '', 'United States', [], [trump, putin]),
  ev('call-rubio-lavrov-oct-20', 'call', '2025-10-20', '', 'United States', [], [rubio, lavrov]),
  ev('budapest', 'summit', '2025-10', 'Budapest', 'Hungary', ['Budapest'], [trump, putin], { status: 'cancelled' }),
  ev('kremlin-apr', 'envoy', '2025-04-25', 'Moscow', 'Russia', ['Moscow', 'Kremlin'], [witkoff, putin]),
  ev('kremlin-aug', 'envoy', '2025-08-06', 'Moscow', 'Russia', ['Moscow', 'Kremlin'], [witkoff, putin]),
  ev('kremlin-dec', 'envoy', '2025-12-02', 'Moscow', 'Russia', ['Moscow', 'Kremlin'], [witkoff, kushner, putin]),
  ev('call-dec-29', 'call', '2025-12-29', '', 'United States', [], [trump, putin]),
  ev('kremlin-jan', 'envoy', '2026-01-22', 'Moscow', 'Russia', ['Moscow', 'Kremlin'], [witkoff, kushner, putin]),
  ev('abu-dhabi-1', 'working-level', '2026-01-23', 'Abu Dhabi', 'United Arab Emirates', ['Abu Dhabi'], [witkoff, kushner, umerov], { end: '2026-01-24', seriesId: 'trilateral', round: 1 }),
  ev('abu-dhabi-2', 'working-level', '2026-02-04', 'Abu Dhabi', 'United Arab Emirates', ['Abu Dhabi'], [witkoff, kushner, umerov], { end: '2026-02-05', seriesId: 'trilateral', round: 2 }),
  ev('kremlin-sep', 'envoy', '2026-09-05', 'Moscow', 'Russia', ['Moscow', 'Kremlin'], [witkoff, kushner, putin]),
  ev('helsinki', 'summit', '2018-07-16', 'Helsinki', 'Finland', ['Helsinki'], [trump, putin]),
  ev('davos', 'envoy', '2026-01-20', 'Davos', 'Switzerland', ['Davos'], [witkoff, kushner, { name: 'Kirill Dmitriev', side: 'ru' }]),
  ev('geneva-jan-1985', 'ministerial', '1985-01-07', 'Geneva', 'Switzerland', ['Geneva'], [{ name: 'George Shultz', side: 'us' }, { name: 'Andrei Gromyko', side: 'ru' }]),
  ev('geneva-mar-1985', 'working-level', '1985-03-12', 'Geneva', 'Switzerland', ['Geneva'], [{ name: 'Max Kampelman', side: 'us' }, { name: 'Viktor Karpov', side: 'ru' }]),
  ev('geneva-nov-1985', 'summit', '1985-11-19', 'Geneva', 'Switzerland', ['Geneva'], [{ name: 'Ronald Reagan', side: 'us' }, { name: 'Mikhail Gorbachev', side: 'ru' }]),
  ev('reykjavik-1986', 'summit', '1986-10-11', 'Reykjavik', 'Iceland', ['Reykjavik'], [{ name: 'Ronald Reagan', side: 'us' }, { name: 'Mikhail Gorbachev', side: 'ru' }]),
  ev('washington-1987', 'summit', '1987-12-08', 'Washington', 'United States', ['Washington'], [{ name: 'Ronald Reagan', side: 'us' }, { name: 'Mikhail Gorbachev', side: 'ru' }]),
  ev('new-delhi-g20', 'ministerial', '2023-03-02', 'New Delhi', 'India', ['New Delhi'], [{ name: 'Antony Blinken', side: 'us' }, lavrov]),
  ev('blinken-lavrov-call', 'call', '2022-07-29', 'Washington', 'United States', ['Washington'], [{ name: 'Antony Blinken', side: 'us' }, lavrov]),
  ev('hopkins-1945', 'envoy', '1945-05-26', 'Moscow', 'Soviet Union', ['Moscow', 'Kremlin'], [{ name: 'Harry Hopkins', side: 'us' }, { name: 'Joseph Stalin', side: 'ru' }], { end: '1945-06-06' }),
];
const matcher = compileMatcher(events);

/** A page read paragraph by paragraph into one state; the US–Russia marks of each paragraph. */
function page(paragraphs: string[], publishedAt?: string, title?: string): Mention[][] {
  const st = createDocumentState({ publishedAt, title });
  return paragraphs.map((p) => detect(p, matcher, st).filter((m) => m.status === 'known' || m.status === 'unknown'));
}
const one = (text: string, publishedAt?: string): Mention[] => page([text], publishedAt)[0]!;
/** A page read in one piece, as the page script reads an article: the US–Russia marks of each paragraph. */
function wholePage(paragraphs: string[], publishedAt?: string, title?: string): Mention[][] {
  const text = paragraphs.join('\n\n');
  const ms = detect(text, matcher, createDocumentState({ publishedAt, title })).filter((m) => m.status === 'known' || m.status === 'unknown');
  let start = 0;
  return paragraphs.map((p) => {
    const from = start;
    start += p.length + 2;
    return ms.filter((m) => m.start >= from && m.start < from + p.length);
  });
}
const ids = (ms: Mention[]) => ms.map((m) => m.eventId);

describe('a part of the day or month before a time', () => {
  it('reads "late on Thursday" on an undated page as a Thursday, like "on Thursday"', () => {
    // Of the three Kremlin visits only January's fell on a Thursday; without the weekday the newest wins.
    expect(ids(one('Putin received Witkoff and Kushner at the Kremlin late on Thursday.'))).toEqual(['kremlin-jan']);
    expect(ids(one('Putin received Witkoff and Kushner at the Kremlin early on Thursday.'))).toEqual(['kremlin-jan']);
  });

  it('reads "in early December", "mid-January" as the month', () => {
    expect(ids(one('Witkoff and Kushner sat down with Putin in Moscow in early December.', '2026-03-01'))).toEqual(['kremlin-dec']);
    expect(ids(one('Russian and US officials met in mid-January in Abu Dhabi.', '2026-02-10'))).toEqual(['abu-dhabi-1']);
  });

  it('leaves "the late Soviet leader" alone: no time follows', () => {
    expect(one('The late Soviet leader never met Trump.', '2026-03-01')).toEqual([]);
  });
});

describe('"the previous meeting", "the last round"', () => {
  it('is the round before the one the page is about, not that one', () => {
    const [lede, back] = page(
      [
        'Delegations of Russia, Ukraine and the United States met again in Abu Dhabi on Wednesday.',
        'The previous meeting in Abu Dhabi was the first time the three teams shared a table.',
      ],
      '2026-02-05',
    );
    expect(ids(lede!)).toEqual(['abu-dhabi-2']);
    expect(ids(back!)).toEqual(['abu-dhabi-1']);
  });

  it('without the word, a later short reference is still the page\'s own meeting', () => {
    const [, back] = page(
      ['Delegations of Russia, Ukraine and the United States met again in Abu Dhabi on Wednesday.', 'The meeting in Abu Dhabi lasted two days.'],
      '2026-02-05',
    );
    expect(ids(back!)).toEqual(['abu-dhabi-2']);
  });

  it('works for "the last round" of a series too', () => {
    const [, back] = page(
      ['The second round of trilateral talks between Russia, Ukraine and the US ended in Abu Dhabi on Thursday.', 'The last round of talks in Abu Dhabi had prepared the ground.'],
      '2026-02-05',
    );
    expect(ids(back!)).toEqual(['abu-dhabi-1']);
  });
});

describe('"the last time they met" and plans on an undated page', () => {
  it('"the last time Trump and Putin held a summit" on a page about a later one is the one before it', () => {
    const [, back] = page(
      ['Trump and Putin met in Anchorage on Friday.', 'The last time Trump and Putin held a summit, they took questions side by side.'],
      '2025-08-16',
    );
    expect(ids(back!)).toEqual(['helsinki']);
  });

  it('a plan on an undated page is the meeting held days after the page\'s own one', () => {
    const paragraphs = ['Witkoff, Kushner and Dmitriev met in Davos on Tuesday for two hours.', 'Witkoff said he and Kushner were planning to meet Putin.'];
    const [lede, plan] = page(paragraphs);
    expect(ids(lede!)).toEqual(['davos']);
    expect(ids(plan!)).toEqual(['kremlin-jan']);
    // Without a meeting of its own the page gives no such anchor.
    expect(ids(page([paragraphs[1]!])[0]!)).not.toEqual(['kremlin-jan']);
  });
});

describe('"spoke": a contact only between the two sides', () => {
  it('"Trump and Putin spoke … on Thursday" is that day\'s call', () => {
    const ms = one('Trump and Putin spoke for more than two hours on Thursday, and agreed to meet in Budapest.', '2025-10-17');
    expect(ids(ms)).toEqual(['call-oct-16', 'budapest']);
    expect(ms[0]!.quote).toBe('Trump and Putin spoke for more than two hours on Thursday');
  });

  it('"spoke by phone" stays a call, even on a page whose headline names the summit they agreed on', () => {
    const [ms] = page(['Trump and Putin spoke by phone on Thursday for more than two hours.'], '2025-10-17', 'Trump and Putin agree to meet in Budapest after call');
    expect(ids(ms!)).toEqual(['call-oct-16']);
  });

  it('"spoke on the sidelines" in person is not held against a ministers\' meeting', () => {
    expect(ids(one('Blinken and Lavrov spoke briefly on the sidelines of the G20 meeting in New Delhi.', '2023-03-03'))).toEqual(['new-delhi-g20']);
  });

  it('"speak by phone" in a headline with its subjects joined by a comma', () => {
    expect(ids(one('Rubio, Lavrov speak by phone on Monday', '2025-10-21'))).toEqual(['call-rubio-lavrov-oct-20']);
  });

  it.each([
    ['one side speaking to the press', 'Trump said he spoke to reporters in Washington on Monday.'],
    ['Putin with a third country\'s leader', 'Putin spoke with the Indian prime minister by phone on Monday.'],
    ['US–Ukraine', 'Zelenskyy spoke with Trump on Monday about air defence.'],
    ['Russia–Ukraine', 'Russia\'s Medinsky spoke with Umerov in Istanbul on Monday.'],
    ['a third country\'s minister', 'Lavrov spoke with his Turkish counterpart in Antalya on Monday.'],
    ['"talks with Moscow" as a process', 'Rubio said on Monday that the talks with Moscow would go on.'],
  ])('never a US–Russia mark: %s', (_name, text) => {
    expect(one(text, '2025-10-21')).toEqual([]);
  });
});

describe('a call with its day', () => {
  it('"in a call on Monday", "Monday\'s call" are the Monday call', () => {
    expect(ids(one('Putin told Trump in a call on Monday that Ukraine had attacked his residence.', '2026-01-02'))).toEqual(['call-dec-29']);
    expect(ids(one("In Monday's call, Putin told Trump about the attack.", '2026-01-02'))).toEqual(['call-dec-29']);
  });

  it('a call for something is not a call', () => {
    expect(one('Putin told Trump of a call on Monday for a ceasefire by the Europeans.', '2026-01-02').every((m) => m.eventId !== 'call-dec-29' || /call on Monday/.test(m.quote))).toBe(true);
    expect(one("Monday's call for a ceasefire by European leaders went unanswered.", '2026-01-02')).toEqual([]);
  });

  it('"discuss" in a headline: both sides and a call the dataset does not hold is a meeting we don\'t know', () => {
    const ms = one('Lavrov, Rubio discuss Ukraine in phone call', '2026-03-10');
    expect(ms.map((m) => m.status)).toEqual(['unknown']);
  });
});

describe('reported speech and "the same city"', () => {
  it('"said … would meet" is the future as seen then, so a known planned or called-off summit is named', () => {
    const ms = one('Trump said after a long phone call with Putin on Thursday that the two leaders would meet in Budapest.', '2025-10-17');
    expect(ids(ms)).toEqual(['call-oct-16', 'budapest']);
    expect(ms[1]!.tense).toBe('future');
  });

  it('a "would" no one reported stays a hypothesis', () => {
    const ms = one('A meeting between Trump and Putin in Budapest would change little, analysts argue.', '2025-10-17');
    expect(ms.map((m) => [m.eventId, m.tense])).toEqual([['budapest', 'hypothetical']]);
  });

  it('"opened in the same city on March 12" takes the city named before it and reads the date after it', () => {
    const ms = one('After Shultz and Gromyko met in Geneva in January 1985, arms talks opened in the same city on March 12.');
    expect(ids(ms)).toEqual(['geneva-jan-1985', 'geneva-mar-1985']);
    expect(ms[1]!.quote).toBe('arms talks opened in the same city on March 12');
  });

  it('"the same city" with no place before it in the sentence names none', () => {
    expect(one('Arms talks opened in the same city on March 12.')).toEqual([]);
  });
});

describe('plans against a summit already called off', () => {
  it('future text weeks after the called-off date is not that summit', () => {
    const later = one('Trump will meet Putin soon, the White House said.', '2025-12-03');
    expect(ids(later)).not.toContain('budapest');
    // Before it was dropped, the same words still point at it.
    expect(ids(one('Trump will meet Putin in Budapest, the White House said.', '2025-10-18'))).toEqual(['budapest']);
  });
});

describe('an undated page: a day and month with no year, and no time at all', () => {
  it('"on December 2" with no year anywhere names the meeting held on that day, whatever the year', () => {
    // Three Kremlin visits by the same envoys: only the day and month tell them apart.
    expect(ids(one('Putin met Witkoff and Kushner in the Kremlin on December 2.'))).toEqual(['kremlin-dec']);
    expect(ids(one('Witkoff and Kushner sat down with Putin at the Kremlin on January 22.'))).toEqual(['kremlin-jan']);
  });

  it('a page that gives no time at all is read as current news: the newest of equal meetings', () => {
    expect(ids(one('Witkoff and Kushner met Putin in the Kremlin.'))).toEqual(['kremlin-sep']);
  });
});

describe('"the year before", "the year after": a year from the meeting named last', () => {
  it('reads "the year before" against the summit the page just named', () => {
    const ms = page(['Reagan and Gorbachev held their first summit in Geneva in November 1985.', 'American and Soviet negotiators had met in Geneva the year before.']);
    expect(ids(ms[0]!)).toEqual(['geneva-nov-1985']);
    // January 1985 lies about ten months before; March 1985 only eight, too close to be "the year before".
    expect(ids(ms[1]!)).toEqual(['geneva-jan-1985']);
  });
});

describe('"their second summit": the meeting of that number between the people named', () => {
  it('counts the meetings of a pair long done meeting, in date order', () => {
    expect(ids(one('Reagan and Gorbachev held their second summit at a house by the sea.'))).toEqual(['reykjavik-1986']);
    expect(ids(one('Gorbachev and Reagan met for the third time to sign the treaty.'))).toEqual(['washington-1987']);
  });

  it('not for people still meeting: "the first" is then as often "the first since …"', () => {
    const ms = one('Trump and Putin held their first summit since the war began.');
    expect(ids(ms)).not.toContain('helsinki');
  });
});

describe("an undated page's own time: after the meetings it tells as done", () => {
  it('a meeting still ahead is the next one after those the page reports as held', () => {
    // Alone, the plan could be any of the three Kremlin visits.
    const ahead = 'Putin will receive Witkoff and Kushner in Moscow next week, his aide said.';
    const afterDec = page(['Witkoff and Kushner met Putin at the Kremlin on December 2.', ahead]);
    expect(ids(afterDec[0]!)).toEqual(['kremlin-dec']);
    expect(ids(afterDec[1]!)).toEqual(['kremlin-jan']);
    // The same words on a page that already told of January's visit look further ahead.
    const afterJan = page(['Witkoff and Kushner met Putin at the Kremlin on January 22.', ahead]);
    expect(ids(afterJan[1]!)).toEqual(['kremlin-sep']);
  });

  it('a round told with its dates is done: "will meet … next week" is the round after it', () => {
    const ms = page([
      'The first trilateral round, held in Abu Dhabi on January 23 and 24, ended without a deal.',
      'American, Russian and Ukrainian negotiators will meet in Abu Dhabi next week.',
    ]);
    expect(ids(ms[0]!)).toEqual(['abu-dhabi-1']);
    expect(ids(ms[1]!)).toEqual(['abu-dhabi-2']);
  });

  it('only the meeting\'s own future counts: "will brief Trump on the talks" is about the talks held', () => {
    const ms = page([
      'Putin met Witkoff and Kushner at the Kremlin late on Thursday, an aide said.',
      'Witkoff will brief Trump on the talks in Moscow, the White House said.',
    ]);
    expect(ids(ms[0]!)).toEqual(['kremlin-jan']);
    expect(ids(ms[1]!)).not.toContain('kremlin-sep');
    expect(ids(ms[1]!)).not.toContain('kremlin-dec');
  });
});

describe("an undated page's own time: before the meeting it looks ahead to", () => {
  it('past text is of a meeting before the one ahead, the nearest of those', () => {
    const ms = page(['Trump and Putin will meet in Alaska on Friday, the White House said.', 'Witkoff held talks with Putin in Moscow last week.']);
    expect(ids(ms[0]!)).toEqual(['anchorage']);
    // Not the later Kremlin visits (past text cannot tell of them yet), and of April's and
    // August's, the one just before the summit.
    expect(ids(ms[1]!)).toEqual(['kremlin-aug']);
  });

  it('whatever else agrees: a Saturday visit held after the one ahead is not what past text tells of', () => {
    const saturday = 'Witkoff and Kushner met Putin at the Kremlin on Saturday.';
    const ms = page(['Witkoff and Kushner will meet Putin at the Kremlin on January 22.', saturday]);
    expect(ids(ms[0]!)).toEqual(['kremlin-jan']);
    expect(ids(ms[1]!)).not.toContain('kremlin-sep');
    // Alone, September's Saturday visit is the one.
    expect(ids(one(saturday))).toEqual(['kremlin-sep']);
  });

  it('without a meeting ahead the same words lean to the newest, as on any page with no time', () => {
    expect(ids(one('Witkoff held talks with Putin in Moscow last week.'))).toEqual(['kremlin-sep']);
  });
});

describe('a round number against the page\'s main meeting', () => {
  it('"their first round" on a page about the second is the first, not the page\'s own', () => {
    const ms = page([
      'American, Russian and Ukrainian negotiators resumed trilateral talks in Abu Dhabi on Wednesday.',
      'Their first round of trilateral talks in Abu Dhabi ended without a deal.',
      'The talks in Abu Dhabi went on late into the night.',
    ]);
    expect(ids(ms[0]!)).toEqual(['abu-dhabi-2']);
    expect(ids(ms[1]!)).toEqual(['abu-dhabi-1']);
    // Without a number, the page's own round again.
    expect(ids(ms[2]!)).toEqual(['abu-dhabi-2']);
  });
});

describe('the weekday a mention names against the page\'s main meeting', () => {
  it('an unclear headline does not outweigh "on Thursday" in the first paragraph', () => {
    // The headline fits every Kremlin visit equally; the weekday says January's.
    const ms = page(['Putin met Witkoff and Kushner at the Kremlin late on Thursday, in talks past midnight.', 'Ushakov called the talks in the Kremlin useful.'], undefined, 'Putin receives Trump envoys at Kremlin');
    expect(ids(ms[0]!)).toEqual(['kremlin-jan']);
    expect(ids(ms[1]!)).toEqual(['kremlin-jan']);
  });
});

describe('the people a sentence names set its time', () => {
  it('a history sentence naming only people of 1945 is their meeting, not the recent visit at the same place', () => {
    const text = 'Across six long sessions in the Kremlin, Hopkins talked Stalin into a compromise on Poland.';
    expect(ids(one(text, '2025-12-06'))).toEqual(['hopkins-1945']);
  });

  it('the same words naming today\'s envoys, or nobody, stay with the recent visit', () => {
    expect(ids(one('Across five long hours in the Kremlin, Witkoff talked Putin through the plan.', '2025-12-06'))).toEqual(['kremlin-dec']);
    expect(ids(one('Across six long sessions in the Kremlin, American and Russian envoys went through the plan.', '2025-12-06'))).toEqual(['kremlin-dec']);
  });
});

describe('an undated page read again once its dated mentions say when it is', () => {
  const paragraphs = [
    'Witkoff and Kushner arrived in Moscow for talks with Putin at the Kremlin, an aide said.',
    'The visit came two days after the pair met Dmitriev in Davos on January 20.',
    'Ushakov said the Kremlin talks ended after midnight.',
  ];
  const title = 'Trump envoys land in Moscow for late-night Putin talks';

  it('the opening is the first fitting meeting from the newest dated one on, and the page is about it', () => {
    const ms = wholePage(paragraphs, undefined, title);
    expect(ids(ms[0]!)).toEqual(['kremlin-jan']);
    expect(ids(ms[1]!)).toEqual(['davos']);
    // A later short reference follows the page's own meeting.
    expect(ids(ms[2]!)).toEqual(['kremlin-jan']);
  });

  it('without the dated paragraph the page says nothing of its time: the newest visit, as before', () => {
    const ms = wholePage([paragraphs[0]!, paragraphs[2]!], undefined, title);
    expect(ids(ms[0]!)).toEqual(['kremlin-sep']);
  });

  it('a dated page is read once: its publication date already says when it is', () => {
    const ms = wholePage(paragraphs, '2026-09-06', title);
    expect(ids(ms[0]!)).toEqual(['kremlin-sep']);
  });

  it('the dated meeting itself is the news when it fits the opening', () => {
    const ms = wholePage(['Putin received Witkoff and Kushner at the Kremlin for talks on the peace plan.', 'Their meeting in the Kremlin on December 2 lasted five hours.'], undefined, 'Putin receives Trump envoys at the Kremlin');
    expect(ids(ms[0]!)).toEqual(['kremlin-dec']);
    expect(ids(ms[1]!)).toEqual(['kremlin-dec']);
  });

  it('a title whose meeting is older than what the page dates is no lead', () => {
    // Two visits by the same envoys to the same city; a word of the page recalls October's, so the
    // title alone leans to it. December 2 places the page after it: the opening is December's.
    const dmitriev = { name: 'Kirill Dmitriev', side: 'ru' as const };
    const m = compileMatcher([
      ev('miami-oct', 'envoy', '2025-10-24', 'Miami', 'United States', ['Miami', 'Florida'], [dmitriev, witkoff, kushner], { cues: ['Rosneft'] }),
      ev('miami-dec', 'envoy', '2025-12-20', 'Miami', 'United States', ['Miami', 'Florida'], [dmitriev, witkoff, kushner]),
      ev('moscow-dec', 'envoy', '2025-12-02', 'Moscow', 'Russia', ['Moscow', 'Kremlin'], [witkoff, kushner, putin]),
    ]);
    const text = [
      'Dmitriev met Witkoff in Miami, his aides said.',
      'The Russian envoy last came to Florida after the sanctions on Rosneft.',
      'Witkoff and Kushner were in Moscow on December 2, where they saw Putin.',
    ].join('\n\n');
    const ms = detect(text, m, createDocumentState({ title: 'Dmitriev holds talks with Witkoff in Miami' }));
    const first = ms.find((x) => x.quote.includes('Dmitriev met Witkoff in Miami'));
    expect(first?.eventId).toBe('miami-dec');
  });

  it('a meeting dated decades earlier does not make the opening news of the first meeting after it', () => {
    const ms = wholePage(['Witkoff and Kushner met Putin at the Kremlin.', 'Shultz and Gromyko had met in Geneva on January 7, 1985.']);
    // Not April 2025's visit, the first at the Kremlin after 1985: the page's time says nothing here.
    expect(ids(ms[0]!)).not.toContain('kremlin-apr');
    expect(ids(ms[1]!)).toEqual(['geneva-jan-1985']);
  });
});

describe('a meeting told as done is not one that was called off', () => {
  it('"have met" weeks after the Budapest summit was dropped is not that summit', () => {
    expect(ids(one('Trump and Putin have met in person, the Kremlin said.', '2025-11-10'))).not.toContain('budapest');
  });

  it('the called-off summit is still named where the page speaks of it as planned', () => {
    expect(ids(one('Trump said he would meet Putin in Budapest within two weeks.', '2025-10-17'))).toEqual(['budapest']);
  });
});

describe('who led the meeting: an envoy or minister named without the president they came with', () => {
  const dmitriev = { name: 'Kirill Dmitriev', side: 'ru' as const };
  const shultz = { name: 'George Shultz', side: 'us' as const };
  const gromyko = { name: 'Andrei Gromyko', side: 'ru' as const };
  const shevardnadze = { name: 'Eduard Shevardnadze', side: 'ru' as const };
  const reagan = { name: 'Ronald Reagan', side: 'us' as const };
  const gorbachev = { name: 'Mikhail Gorbachev', side: 'ru' as const };
  const m = compileMatcher([
    ev('kremlin-aug', 'envoy', '2025-08-06', 'Moscow', 'Russia', ['Moscow', 'Kremlin'], [witkoff, putin, dmitriev]),
    ev('spb-apr', 'envoy', '2025-04-11', 'Saint Petersburg', 'Russia', ['St Petersburg'], [witkoff, putin, dmitriev]),
    ev('alaska', 'summit', '2025-08-15', 'Anchorage', 'United States', ['Anchorage', 'Alaska'], [trump, putin, rubio, witkoff, lavrov, dmitriev]),
    ev('kremlin-dec', 'envoy', '2025-12-02', 'Moscow', 'Russia', ['Moscow', 'Kremlin'], [witkoff, kushner, putin]),
    ev('geneva-jan', 'ministerial', '1985-01-07', 'Geneva', 'Switzerland', ['Geneva'], [shultz, gromyko]),
    ev('geneva-summit', 'summit', '1985-11-19', 'Geneva', 'Switzerland', ['Geneva'], [reagan, gorbachev, shultz, shevardnadze]),
  ]);
  const read = (paragraphs: string[], publishedAt?: string, title?: string): (string | null)[][] => {
    const st = createDocumentState({ publishedAt, title });
    return paragraphs.map((p) => detect(p, m, st).filter((x) => x.status === 'known').map((x) => x.eventId));
  };

  it('"Putin and Witkoff last met in August" is the envoy\'s visit, not the summit Witkoff attended with Trump', () => {
    expect(read(['Putin and Witkoff last met in August, the Kremlin said.'], '2025-11-28')).toEqual([['kremlin-aug']]);
    // …even on a page about that summit.
    const [lede, back] = read(['Trump and Putin met in Anchorage on Friday.', 'Putin and Witkoff last met in August, before the summit was set.'], '2025-08-16');
    expect(lede).toEqual(['alaska']);
    expect(back).toEqual(['kremlin-aug']);
    // The reverse: the two presidents in August are the summit.
    expect(read(['Putin and Trump last met in August, the Kremlin said.'], '2025-11-28')).toEqual([['alaska']]);
  });

  it('ministers named without their leaders are their own meeting, even on a page about the summit', () => {
    const [lede, back] = read(
      ['Reagan and Gorbachev ended two days of summit talks in Geneva on Thursday.', 'The road to this week began in January, when Shultz and Gromyko met in Geneva.'],
      '1985-11-22',
    );
    expect(lede).toEqual(['geneva-summit']);
    expect(back).toEqual(['geneva-jan']);
  });

  it('the summit is still the summit when its leader is named beside the minister, or at its only place', () => {
    expect(read(['Reagan, with Shultz at his side, met Gorbachev in Geneva.'], '1985-11-22')).toEqual([['geneva-summit']]);
    expect(read(['Rubio and Lavrov sat in on the talks in Anchorage on Friday.'], '2025-08-16')).toEqual([['alaska']]);
  });

  it('at an envoy\'s visit the host\'s aides are met too: "first he met Dmitriev" is that visit', () => {
    const [, aide] = read(['Witkoff met Putin in St Petersburg on Friday for four hours.', 'Before that, Witkoff met Dmitriev in St Petersburg.'], '2025-04-12');
    expect(aide).toEqual(['spb-apr']);
  });
});

describe("a mention's own month against the page's main meeting", () => {
  it('"the December talks" on a page about January\'s visit is December\'s, though the two are weeks apart', () => {
    const ms = page(
      [
        'Witkoff and Kushner met Putin at the Kremlin late on Thursday for talks that ran past midnight.',
        'The December talks in the Kremlin had lasted five hours.',
        'The Kremlin talks on Thursday were called useful by Ushakov.',
      ],
      '2026-01-24',
    );
    expect(ids(ms[0]!)).toEqual(['kremlin-jan']);
    expect(ids(ms[1]!)).toEqual(['kremlin-dec']);
    // With no month of its own, a short reference is the page's own meeting again.
    expect(ids(ms[2]!)).toEqual(['kremlin-jan']);
  });

  it('a date a day or two off still agrees, and keeps the page\'s meeting', () => {
    const ms = page(['Witkoff and Kushner met Putin at the Kremlin late on Thursday.', 'Their Kremlin talks of January 21 went on past midnight.'], '2026-01-24');
    expect(ids(ms[1]!)).toEqual(['kremlin-jan']);
  });
});

describe('a plan whose own time misses the planned or called-off meeting', () => {
  it('"will hold their summit in Budapest later this year", months after that summit was called off, is another plan', () => {
    const ms = one('Trump and Putin are expected to hold their summit in Budapest later this year, an aide said.', '2026-05-12');
    expect(ids(ms)).not.toContain('budapest');
    expect(ms.map((m) => m.status)).toEqual(['unknown']);
  });

  it('when the time fits, the plan is that summit', () => {
    expect(ids(one('Trump and Putin are expected to meet in Budapest in October, an aide said.', '2025-10-10'))).toEqual(['budapest']);
  });
});

describe('series, habits, denials and third-party visitors', () => {
  const erdogan = { name: 'Recep Tayyip Erdogan', side: 'other' as const };
  const zelensky = { name: 'Volodymyr Zelensky', side: 'other' as const };
  const driscoll = { name: 'Dan Driscoll', side: 'us' as const };
  const kostyukov = { name: 'Igor Kostyukov', side: 'ru' as const };
  const gulf = ['Abu Dhabi'];
  const uae = 'United Arab Emirates';
  const series: MatcherEvent[] = [
    // An envoy's talks there in which only one of the two sides is named, beside a third party.
    ev('gulf-envoy-nov', 'envoy', '2025-11-24', 'Abu Dhabi', uae, gulf, [driscoll, { name: 'Kyrylo Budanov', side: 'other' }], { cues: ['abu dhabi'] }),
    ev('gulf-round-1', 'working-level', '2026-01-23', 'Abu Dhabi', uae, gulf, [witkoff, kushner, kostyukov, umerov], { end: '2026-01-24', seriesId: 'three-way', round: 1 }),
    ev('gulf-round-2', 'working-level', '2026-02-04', 'Abu Dhabi', uae, gulf, [witkoff, kushner, kostyukov, umerov], { end: '2026-02-05', seriesId: 'three-way', round: 2 }),
    ev('gulf-envoy-later', 'envoy', '2026-09-20', 'Abu Dhabi', uae, gulf, [witkoff, { name: 'Kirill Dmitriev', side: 'ru' }]),
    ev('oval-zelensky', 'related', '2025-08-18', 'Washington', 'United States', ['Washington', 'White House'], [trump, zelensky]),
    ev('istanbul-ru-ua', 'related', '2022-03-29', 'Istanbul', 'Turkey', ['Istanbul'], [{ name: 'Vladimir Medinsky', side: 'ru' }, erdogan]),
    ev('anchorage-25', 'summit', '2025-08-15', 'Anchorage', 'United States', ['Anchorage', 'Alaska'], [trump, putin]),
    ev('budapest-25', 'summit', '2025-10', 'Budapest', 'Hungary', ['Budapest'], [trump, putin], { status: 'cancelled' }),
  ];
  const m = compileMatcher(series);
  const read = (paragraphs: string[], publishedAt?: string, title?: string): Mention[][] => {
    const st = createDocumentState({ publishedAt, title });
    return paragraphs.map((p) => detect(p, m, st));
  };
  const usru = (ms: Mention[]) => ms.filter((x) => x.status === 'known' || x.status === 'unknown');

  it('"the first three-way talks" on an undated page is round 1 of the three-party series, not another meeting at the same place', () => {
    const [opening] = read(['The first three-way talks since the war began open today, hours after Steve Witkoff and Jared Kushner left Moscow.'], undefined, 'US, Russian and Ukrainian negotiators sit down in Abu Dhabi');
    expect(ids(usru(opening!))).toEqual(['gulf-round-1']);
  });

  it('"the second round" is the second, whatever round the page began with', () => {
    const [, second] = read(['The first three-way talks since the war began opened in Abu Dhabi on Friday.', 'A second round is due in two weeks, an aide said.'], undefined);
    expect(ids(usru(second!))).not.toContain('gulf-round-1');
  });

  it('"the first session" counts the sittings of the meeting the page is about, not the rounds of its series', () => {
    const [, sitting] = read(['The second round of three-way talks opened in Abu Dhabi on Wednesday.', 'The first session lasted five hours.'], '2026-02-05');
    expect(ids(usru(sitting!))).not.toContain('gulf-round-1');
  });

  it('"have met in the region before" is a habit, not the page\'s meeting', () => {
    const [, habit] = read(['The first three-way talks since the war began opened in Abu Dhabi on Friday.', 'US and Russian officials have met in the region before.'], undefined);
    expect(usru(habit!)).toEqual([]);
  });

  it('"have not met since" names no called-off meeting; the called-off summit is still named by its place', () => {
    const [denied, named] = read(['Putin and Trump have not met since their summit in Anchorage.', 'Putin and Trump did not meet in Budapest after all.'], '2025-11-02');
    expect(ids(usru(denied!))).not.toContain('budapest-25');
    expect(ids(usru(named!))).toEqual(['budapest-25']);
  });

  it("a third party's visit is not a related meeting its visitor took no part in", () => {
    const [visit] = read(["Trump welcomed Recep Tayyip Erdogan on Thursday, Erdogan's first visit to the White House in six years."], '2025-09-26');
    expect(visit!.filter((x) => x.eventId === 'oval-zelensky')).toEqual([]);
    // The visitor who was there still makes it that meeting.
    const [own] = read(["Zelensky's visit to the White House on Monday, with European leaders at his side, was calmer."], '2025-08-20');
    expect(ids(own!)).toEqual(['oval-zelensky']);
  });
});

describe('a meeting named by its day or its round number, as headlines and fact checks write it', () => {
  it('reads "Friday\'s summit" as the summit on that Friday', () => {
    const [, day] = page(['Trump and Putin are to sit down in Alaska this week.', "Posts say Friday's summit will be the first time the two have met."], '2025-08-13');
    expect(day.map((m) => [m.quote, m.eventId])).toEqual([["Friday's summit", 'anchorage']]);
  });
  it('leaves a day without the possessive to the words after it ("on Friday the summit")', () => {
    const [, day] = page(['Trump and Putin are to sit down in Alaska this week.', 'Posts say Friday the summit will be short.'], '2025-08-13');
    expect(day.map((m) => m.quote)).not.toContain('Friday the summit');
  });
  it('reads "Abu Dhabi, round two" as the second round there', () => {
    const [, head] = page(['Witkoff and Kushner met the Russian and Ukrainian delegations again this week.', 'Abu Dhabi, round two'], '2026-02-06');
    expect(head.map((m) => [m.quote, m.eventId])).toEqual([['Abu Dhabi, round two', 'abu-dhabi-2']]);
  });
});

describe('a meeting noun with a participle of arranging and no auxiliary ("a round planned for March")', () => {
  it('takes the time after "planned for" as its own, in the future', () => {
    const [, plan] = page(['Witkoff and Kushner met the Russian and Ukrainian delegations in Abu Dhabi on Wednesday.', 'A further round planned for early March in Geneva is still on, an aide said.'], '2026-02-06');
    expect(plan.map((m) => [m.quote, m.tense])).toEqual([['further round planned for early March in Geneva', 'future']]);
  });
  it('leaves a participle that arranges something else alone ("talks planned carefully")', () => {
    const [, plan] = page(['Witkoff and Kushner met the Russian and Ukrainian delegations in Abu Dhabi on Wednesday.', 'The round planned carefully by aides is still on.'], '2026-02-06');
    expect(plan.map((m) => m.quote)).toEqual([]);
  });
});

describe("hosting or welcoming the other side's person", () => {
  it('is a visit to the host ("Putin is hosting Witkoff and Kushner tonight")', () => {
    const [, host] = page(['The envoys landed at Vnukovo this afternoon.', 'Putin is hosting Witkoff and Kushner tonight.'], '2025-12-02');
    expect(host.map((m) => [m.quote, m.eventId])).toEqual([['hosting Witkoff and Kushner tonight', 'kremlin-dec']]);
  });
  it("is nothing when what is welcomed is the person's words, or someone of the same side", () => {
    const [, words] = page(['The envoys landed at Vnukovo this afternoon.', "Trump welcomes Putin's remarks on a truce."], '2025-12-02');
    expect(words).toEqual([]);
    const [, own] = page(['The envoys landed at Vnukovo this afternoon.', 'Putin is hosting Lavrov tonight.'], '2025-12-02');
    expect(own).toEqual([]);
  });
});

describe('a part of a month or a year as a time ("at the start of December", "the end of 2025")', () => {
  it('dates a presence at the other side\'s seat like "in early December" does', () => {
    const [, part] = page(['Witkoff is back in Moscow this week.', 'Kushner was in the Kremlin at the start of December.'], '2026-01-22');
    expect(part.map((m) => [m.quote, m.eventId])).toEqual([['Kushner was in the Kremlin at the start of December', 'kremlin-dec']]);
  });
  it('is no time when a month or a year does not follow ("at the end of the day")', () => {
    const [, part] = page(['Witkoff is back in Moscow this week.', 'Kushner was in the Kremlin at the end of the day.'], '2026-01-22');
    expect(part).toEqual([]);
  });
});

describe('a pronoun after "with" standing for the other side\'s person named before', () => {
  it('makes "a meeting with him" a meeting of the two sides, with no time of its own', () => {
    const [, him] = page(['Putin spent the morning with his security council.', 'Witkoff then held a long meeting with him.'], '2025-12-03');
    expect(him.map((m) => m.quote)).toEqual(['Witkoff then held a long meeting with him']);
  });
  it('is never the subject himself, nor a third party named last', () => {
    const [, self] = page(['Witkoff spent the morning at the embassy.', 'Witkoff then held a long meeting with him.'], '2025-12-03');
    expect(self).toEqual([]);
    const [, third] = page(['Rustem Umerov spent the morning at the embassy.', 'Witkoff then held a long meeting with him.'], '2025-12-03');
    expect(third).toEqual([]);
  });
});
