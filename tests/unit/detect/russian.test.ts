/**
 * Russian word order and wording the detector reads the same way as Ukrainian (see
 * ukrainian.test.ts): a fronted place with no comma after it, a list of three leaders after the
 * verb, the main clause's subject right after a meeting noun, «едва не» (almost: they did meet),
 * and a call said with «позвонил». Sentences written for this test; the small hand-made event
 * list (fixtures.ts) plus events of its own.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, normalize, type MatcherEvent, type Mention } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const summit = (id: string, start: string, city: string, country: string, placeNames: string[], people: MatcherEvent['participants']): MatcherEvent => ({
  id, title: id, kind: 'summit', status: 'held', start, city, country, placeNames, participants: people, aliases: [], sharedAliases: [], cues: [],
});
const extra: MatcherEvent[] = [
  summit('1945-yalta', '1945-02-04', 'Yalta', 'Soviet Union', ['Yalta', 'Ялта', 'Ялте'], [
    { name: 'Franklin Roosevelt', side: 'us' },
    { name: 'Joseph Stalin', nameRu: 'Иосиф Сталин', side: 'ru' },
    { name: 'Winston Churchill', side: 'other' },
  ]),
  summit('1989-malta', '1989-12-02', 'Marsaxlokk', 'Malta', ['Marsaxlokk', 'Malta', 'Мальта', 'Мальте'], [
    { name: 'George H. W. Bush', nameRu: 'Джордж Буш', side: 'us' },
    { name: 'Mikhail Gorbachev', nameRu: 'Михаил Горбачёв', side: 'ru' },
  ]),
  {
    ...summit('2025-12-kremlin', '2025-12-02', 'Moscow', 'Russia', ['Moscow', 'Москва', 'Kremlin', 'Кремль'], [
      { name: 'Steve Witkoff', nameRu: 'Стив Уиткофф', side: 'us' },
      { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' },
    ]),
    kind: 'envoy',
  },
];
extra.push({ ...extra[2], id: '2025-08-kremlin', start: '2025-08-06' });
const witkoff = { name: 'Steve Witkoff', nameRu: 'Стив Уиткофф', side: 'us' as const };
const dmitriev = { name: 'Kirill Dmitriev', nameRu: 'Кирилл Дмитриев', side: 'ru' as const };
extra.push(
  { ...summit('2025-04-dmitriev-washington', '2025-04-02', 'Washington', 'United States', ['Washington', 'Вашингтон'], [witkoff, dmitriev]), kind: 'envoy' },
  { ...summit('2025-04-petersburg', '2025-04-11', 'Saint Petersburg', 'Russia', ['Saint Petersburg', 'Санкт-Петербург'], [witkoff, dmitriev, { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' }]), kind: 'envoy' },
);
const matcher = compileMatcher([...FIXTURE_EVENTS, ...extra]);
const run = (text: string, publishedAt?: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));
const usru = (ms: Mention[]) => ms.filter((m) => m.status === 'known' || m.status === 'unknown');

describe('Russian word order', () => {
  it('marks a fronted place with both leaders as its subject and no comma after it', () => {
    const ms = usru(run('На Мальте Буш и Горбачев объявили об окончании холодной войны.', '2019-12-02'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['На Мальте', '1989-malta']]);
  });

  it('reads three leaders after the verb, joined by commas and «и»', () => {
    const ms = usru(run('В феврале 1945 года в Ялте встретились Рузвельт, Черчилль и Сталин.', '2020-02-04'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['встретились Рузвельт, Черчилль и Сталин', '1945-yalta']]);
  });

  it('takes a place before the verb as where the meeting was («В Женеве встретились …»)', () => {
    const ms = usru(run('В Женеве встретились Байден и Путин.', '2021-06-17'));
    expect(ms.map((m) => m.eventId)).toEqual(['2021-geneva']);
    expect(ms[0]!.reasons).toContain('place Geneva');
  });

  it('does not take the next clause’s subject as a party of the meeting noun', () => {
    const text = 'Трамп и Путин говорили три часа. После саммита на Аляске Зеленский поехал в Вашингтон.';
    expect(usru(run(text, '2025-08-17')).map((m) => [m.quote, m.eventId])).toContainEqual(['саммита на Аляске', '2025-anchorage']);
  });
});

describe('Russian wording', () => {
  it('reads «едва не договорились» as a meeting that took place', () => {
    const ms = usru(run('Трамп и Путин едва не договорились на Аляске о перемирии.', '2025-08-16'));
    expect(ms.map((m) => [m.eventId, m.tense])).toEqual([['2025-anchorage', 'past']]);
  });

  it('reads a word that only starts like a vocabulary stem as itself («переговорщиками» is no «переговоры»)', () => {
    const ms = usru(run('Путин встретился с американскими переговорщиками в Кремле.', '2025-12-03'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Путин встретился с американскими переговорщиками в Кремле', '2025-12-kremlin']]);
  });

  it('reads «позвонил» as a call', () => {
    expect(usru(run('Трамп позвонил Путину.', '2025-05-20')).map((m) => m.eventId)).toEqual(['2025-05-19-call']);
  });

  it.each([
    ['Zelensky phoning Trump', 'Зеленский позвонил Трампу.'],
    ['Ukraine and Russia in Istanbul', 'В Стамбуле встретились делегации России и Украины.'],
    ['Putin with a third country', 'В Кремле Путин и премьер-министр Индии провели переговоры.'],
  ])('never a US–Russia mark: %s', (_name, text) => {
    expect(usru(run(text, '2025-09-03'))).toEqual([]);
  });
});

describe('Russian third parties and spellings', () => {
  it('reads a Russian head of government followed by a country in the genitive as a third party', () => {
    for (const text of ['Путин принял в Кремле премьер-министра Малайзии.', 'Накануне Путин принял в Кремле президента Индонезии.', 'Путин провел переговоры с канцлером Австрии в Кремле.']) {
      expect(usru(run(text, '2025-12-03')), text).toEqual([]);
    }
    expect(usru(run('Путин принял в Кремле Уиткоффа.', '2025-12-03')).map((m) => m.eventId)).toEqual(['2025-12-kremlin']);
  });

  it('reads «Уиткоф» with one ф and «сели за стол переговоров»', () => {
    expect(usru(run('Уиткоф встретился с Путиным в Кремле.', '2025-12-03')).map((m) => [m.quote, m.eventId])).toEqual([['Уиткоф встретился с Путиным в Кремле', '2025-12-kremlin']]);
    expect(usru(run('Делегации России и США сели за стол переговоров в Стамбуле.', '2025-02-28')).map((m) => m.eventId)).toEqual(['2025-istanbul-1']);
  });
});

describe('the meeting before the page’s own', () => {
  it('reads «прошлая встреча», «попередній візит» as the one before, and «прошли переговоры» as no such word', () => {
    const page = (second: string) => usru(run('Путин принял Уиткоффа в Кремле. ' + second, '2025-12-03')).map((m) => m.eventId);
    expect(page('Прошлая встреча Путина и Уиткоффа тоже затянулась до ночи.')).toEqual(['2025-12-kremlin', '2025-08-kremlin']);
    expect(page('Під час попереднього візиту Віткоффа до Кремля сторони не домовилися.')).toEqual(['2025-12-kremlin', '2025-08-kremlin']);
    // «прошли» is the verb "took place": the talks are the page's own.
    expect(page('В Кремле прошли переговоры Путина и Уиткоффа.')).toEqual(['2025-12-kremlin', '2025-12-kremlin']);
  });
});

describe('a headline that opens the page', () => {
  it('takes an alias only one meeting owns as that meeting on a page of its year, before any side is named', () => {
    expect(usru(run('Саммит на Аляске: главное', '2025-08-16')).map((m) => [m.quote, m.eventId])).toEqual([['Саммит на Аляске', '2025-anchorage']]);
    // Years later the same words may be anything; and an alias three summits share says nothing alone.
    expect(usru(run('Саммит на Аляске: главное', '2031-08-16'))).toEqual([]);
    expect(usru(run('Саммит в Женеве: главное', '2021-06-17'))).toEqual([]);
  });
});

describe('a meeting that is to take place somewhere', () => {
  it('reads the place after «состоится», «должен пройти» and keeps the future', () => {
    for (const verb of ['состоится', 'должен пройти']) {
      const ms = usru(run(`Трамп договорился о встрече с Путиным. Саммит ${verb} в Будапеште через две недели.`, '2025-10-17'));
      expect(ms.slice(1).map((m) => [m.quote, m.eventId, m.tense]), verb).toEqual([[`Саммит ${verb} в Будапеште`, '2025-budapest', 'future']]);
    }
  });
});

describe('a clause of place after ", где"', () => {
  it('gives the verb after «, где» the subject and the place of the clause before', () => {
    const text = 'Путин встретился с Уиткоффом в Санкт-Петербурге. Неделей раньше Дмитриев побывал в Вашингтоне, где провел переговоры с Уиткоффом.';
    expect(usru(run(text, '2025-04-14')).map((m) => [m.quote, m.eventId])).toEqual([
      ['Путин встретился с Уиткоффом в Санкт-Петербурге', '2025-04-petersburg'],
      // The visit and the talks «, где» are one meeting, shown as one mark (joinSameMeeting).
      ['Дмитриев побывал в Вашингтоне, где провел переговоры с Уиткоффом', '2025-04-dmitriev-washington'],
    ]);
  });
});

describe('a meeting with a third party beside a call between the sides', () => {
  it('keeps «перед встречей с Зеленским» apart from the call in its clause', () => {
    const ms = usru(run('Трамп поговорил с Путиным по телефону перед встречей с Зеленским в Вашингтоне.', '2025-05-20'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Трамп поговорил с Путиным', '2025-05-19-call']]);
    // The same in English.
    const en = usru(run('Trump spoke with Putin by phone before his meeting with Zelensky in Washington.', '2025-05-20'));
    expect(en.map((m) => m.quote)).toEqual(['Trump spoke with Putin']);
  });
});

describe('evenings and offences are no meals', () => {
  it.each([
    ['«вечера» (of the evening), once the stem of the Ukrainian «вечеря»', 'Около восьми вечера в Кремле Путин говорил о США.'],
    ['«вечером»', 'Вечером американцы и россияне гуляли по Москве.'],
    ['«обида» (an offence), once the stem of the Ukrainian «обід»', 'Обида Москвы на Вашингтон никуда не делась.'],
  ])('%s', (_name, text) => {
    expect(usru(run(text, '2025-11-20'))).toEqual([]);
  });

  it('still reads the Ukrainian dinner itself («за вечерею»)', () => {
    expect(usru(run('Віткофф і Путін говорили за вечерею в Кремлі.', '2025-12-03')).map((m) => m.eventId)).toEqual(['2025-12-kremlin']);
  });
});

describe('near a place and arrivals', () => {
  it('reads «под Владивостоком» as where Brezhnev met Ford', () => {
    const m2 = compileMatcher([
      ...FIXTURE_EVENTS,
      summit('1974-vladivostok', '1974-11-23', 'Vladivostok', 'Soviet Union', ['Vladivostok', 'Владивосток'], [
        { name: 'Gerald Ford', nameRu: 'Джеральд Форд', side: 'us' },
        { name: 'Leonid Brezhnev', nameRu: 'Леонид Брежнев', side: 'ru' },
      ]),
    ]);
    const ms = detect('Брежнев встретился с Фордом под Владивостоком.', m2, createDocumentState({ publishedAt: '2024-11-23' })).filter((m) => m.status !== 'related');
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Брежнев встретился с Фордом под Владивостоком', '1974-vladivostok']]);
  });

  it('reads a plane landing with the envoy in the other side’s capital as his visit', () => {
    const ms = usru(run('Самолет Уиткоффа приземлился в Москве.', '2025-12-03'));
    expect(ms.map((m) => m.eventId)).toEqual(['2025-12-kremlin']);
  });
});

describe('a conversation is a call or a talk alike', () => {
  it('reads «разговор с американцами» after a Kremlin visit as that visit, not as a phone call', () => {
    const ms = usru(detect('Уиткофф и Путин встретились в Кремле во вторник. Ушаков назвал разговор с американцами полезным.', matcher, createDocumentState({ publishedAt: '2025-12-03' })));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([
      ['Уиткофф и Путин встретились в Кремле во вторник', '2025-12-kremlin'],
      ['разговор с американцами', '2025-12-kremlin'],
    ]);
  });

  it('still reads «разговор Трампа и Путина» on the day after a call as the call', () => {
    expect(usru(run('Разговор Трампа и Путина длился два часа.', '2025-05-20')).map((m) => m.eventId)).toEqual(['2025-05-19-call']);
  });
});

describe('"the next" meeting told in the past', () => {
  it('reads «Следующая встреча … прошла» as held, not as a plan', () => {
    const ms = usru(run('Следующая встреча Байдена и Путина прошла в Женеве в июне 2021 года.', '2022-11-19'));
    expect(ms.map((m) => [m.eventId, m.tense])).toEqual([['2021-geneva', 'past']]);
    // A next round that will take place stays ahead.
    expect(usru(run('Следующая встреча Байдена и Путина пройдет в Женеве.', '2021-05-20')).map((m) => m.tense)).toEqual(['future']);
  });
});

describe('calls said as keeping in touch', () => {
  it('reads «общались по телефону», «спілкувалися телефоном» as the call', () => {
    for (const text of ['Трамп и Путин общались по телефону 19 мая.', 'Трамп і Путін спілкувалися телефоном 19 травня.']) {
      expect(usru(run(text, '2025-05-25')).map((m) => m.eventId), text).toEqual(['2025-05-19-call']);
    }
  });

  it('reads a discussion by phone («обсудили по телефону», «обговорили телефоном», "by phone") as the call', () => {
    for (const text of [
      'Трамп и Путин обсудили по телефону условия перемирия.',
      'Трамп і Путін обговорили телефоном умови перемир’я.',
      'Trump and Putin discussed the truce by phone.',
    ]) {
      // Two days after the Alaska summit: a discussion alone would be that meeting.
      expect(usru(run(text, '2025-08-17')).map((m) => m.eventId), text).toEqual(['2025-05-19-call']);
    }
  });
});

describe('a time between the subject and the verb', () => {
  it('reads «Уиткофф во вторник провел в Кремле пять часов» as the Kremlin visit, and the Ukrainian «вночі провели у Кремлі»', () => {
    expect(usru(run('Уиткофф во вторник провел в Кремле пять часов.', '2025-12-03')).map((m) => m.eventId)).toEqual(['2025-12-kremlin']);
    const ms = usru(run('Віткофф вночі провів у Кремлі чотири години.', '2025-12-03'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Віткофф вночі провів у Кремлі', '2025-12-kremlin']]);
  });
});

describe('a list of meetings after «дважды» and years written «г.»', () => {
  it('reads each place of the list as its own meeting (ы is folded to и: «дважды» is read as «дважди»)', () => {
    const ms = usru(run('Трамп и Путин встречались дважды, в Хельсинки в 2018 году и на Аляске в 2025 году.', '2025-09-01'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([
      ['в Хельсинки в 2018 году', '2018-helsinki'],
      ['на Аляске в 2025 году', '2025-anchorage'],
    ]);
  });

  it('takes «г.» after a year as the year’s word, so the list goes on after it', () => {
    const ms = usru(run('Трамп и Путин встречались дважды, в Хельсинки в 2018 г. и на Аляске в 2025 г.', '2025-09-01'));
    expect(ms.map((m) => m.eventId)).toEqual(['2018-helsinki', '2025-anchorage']);
    expect(ms[0]!.reasons).toContain('date 2018-07-16');
  });
});

describe('a second name in parentheses', () => {
  it('reads «Ялтинская (Крымская) конференция» as the Yalta conference', () => {
    const named = compileMatcher([...FIXTURE_EVENTS, { ...extra[0], aliases: ['Ялтинская конференция'] }]);
    const ms = usru(detect('Ялтинская (Крымская) конференция прошла в феврале 1945 года.', named, createDocumentState({ publishedAt: '2025-02-04' })));
    expect(ms.map((m) => m.eventId)).toEqual(['1945-yalta']);
    expect(ms[0]!.quote).toMatch(/^Ялтинская \(Крымская\) конференция/);
  });
});

describe('«с» before a month and year: since, unless a span', () => {
  it('reads «первая встреча … с июня 2021 года» as the page’s meeting, and dates the «когда» clause by it', () => {
    const ms = usru(run('Путин и Трамп провели переговоры на Аляске. Это первая встреча лидеров двух стран с июня 2021 года, когда Путин и Байден встретились в Женеве.', '2025-08-16'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([
      ['Путин и Трамп провели переговоры на Аляске', '2025-anchorage'],
      ['первая встреча', '2025-anchorage'],
      ['Путин и Байден встретились в Женеве', '2021-geneva'],
    ]);
  });

  it('reads «с … по …» as the meeting’s own span', () => {
    const ms = usru(run('Переговоры Лаврова и Рубио шли с 17 по 18 февраля 2025 года.', '2025-12-01'));
    expect(ms.map((m) => m.eventId)).toEqual(['2025-riyadh']);
  });
});

describe('a date between the subject and the verb', () => {
  it('reads «Горбачев и Рейган в Женеве в 1985 году впервые провели переговоры» as their Geneva meeting', () => {
    const ms = usru(run('Горбачев и Рейган в Женеве в 1985 году впервые провели переговоры.', '2025-11-19'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Горбачев и Рейган в Женеве в 1985 году впервые провели переговоры', '1985-geneva']]);
  });
});

describe('a list of meetings after a dash or a colon', () => {
  it('reads «встречались лишь однажды — в Женеве в июне 2021 г.» as that meeting', () => {
    const ms = usru(run('Байден и Путин встречались лишь однажды — в Женеве в июне 2021 г.', '2025-08-20'));
    expect(ms.map((m) => m.eventId)).toEqual(['2021-geneva']);
    expect(ms[0]!.quote).toMatch(/в Женеве в июне 2021 г$/);
  });

  it('reads «несколько раз: в Хельсинки … и на Аляске …» as two meetings', () => {
    const ms = usru(run('Трамп и Путин встречались несколько раз: в Хельсинки в 2018 году и на Аляске в 2025 году.', '2025-09-01'));
    expect(ms.map((m) => m.eventId)).toEqual(['2018-helsinki', '2025-anchorage']);
  });
});

describe('«через два года» counts the years in words', () => {
  const nixon = { name: 'Richard Nixon', nameRu: 'Ричард Никсон', side: 'us' as const };
  const brezhnev = { name: 'Leonid Brezhnev', nameRu: 'Леонид Брежнев', side: 'ru' as const };
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    summit('1972-moscow', '1972-05-22', 'Moscow', 'Soviet Union', ['Moscow', 'Москва'], [nixon, brezhnev]),
    summit('1974-moscow', '1974-06-27', 'Moscow', 'Soviet Union', ['Moscow', 'Москва'], [nixon, brezhnev]),
  ]);
  it('reads «через два года» after a meeting as two years after it, in Russian and in Ukrainian', () => {
    for (const [first, then] of [
      ['В мае 1972 года Никсон и Брежнев встретились в Москве.', 'Через два года Никсон снова прилетел в Москву на переговоры с Брежневым.'],
      ['У травні 1972 року Ніксон і Брежнєв зустрілися в Москві.', 'Через два роки Ніксон знову прилетів до Москви на переговори з Брежнєвим.'],
    ]) {
      const st = createDocumentState({ publishedAt: '2022-05-29' });
      expect(usru(detect(first, m, st)).map((x) => x.eventId), first).toEqual(['1972-moscow']);
      expect(usru(detect(then, m, st)).map((x) => x.eventId), then).toEqual(['1974-moscow']);
    }
  });
});

describe('a date set off by commas after an opening word, before the subject', () => {
  it('reads «Ещё раньше, 6 августа, Уиткофф был в Москве» as his August visit, and the Ukrainian too', () => {
    for (const text of ['Ещё раньше, 6 августа, Уиткофф был в Москве.', 'Ще раніше, 6 серпня, Віткофф був у Москві.']) {
      const ms = usru(run(text, '2025-12-10'));
      expect(ms.map((m) => [m.quote, m.eventId]), text).toEqual([[text.includes('Уиткофф') ? 'Уиткофф был в Москве' : 'Віткофф був у Москві', '2025-08-kremlin']]);
    }
  });
});

describe('a word that only starts like a place name’s stem', () => {
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    ...extra,
    summit('2001-crawford', '2001-11-13', 'Crawford', 'United States', ['Crawford', 'Кроуфорд', 'ранчо'], [
      { name: 'George W. Bush', nameRu: 'Джордж Буш', side: 'us' },
      { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' },
    ]),
  ]);
  const at = (text: string, pub: string) => usru(detect(text, m, createDocumentState({ publishedAt: pub }))).map((x) => x.eventId);
  it('does not read «ранее», «раніше» as the ranch («ранчо»): an opening word names no place', () => {
    // 'earlier this year' puts «ранее» among the vocabulary words; «ранчо» is no form of it.
    for (const text of ['Ранее, 6 августа, Уиткофф был в Москве.', 'Раніше, 6 серпня, Віткофф був у Москві.']) {
      expect(at(text, '2025-12-10'), text).toEqual(['2025-08-kremlin']);
    }
  });

  it('still reads the ranch itself', () => {
    expect(at('Буш и Путин провели переговоры на ранчо.', '2001-11-20')).toEqual(['2001-crawford']);
  });
});

describe('common words that only begin like a short name', () => {
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    summit('2016-lima', '2016-11-20', 'Lima', 'Peru', ['Lima', 'Лима', 'Перу'], []),
    summit('2023-delhi', '2023-03-02', 'New Delhi', 'India', ['New Delhi', 'Дели'], []),
    summit('2007-maine', '2007-07-01', 'Kennebunkport', 'United States', ['Kennebunkport', 'Мэн'], []),
    summit('2015-antalya', '2015-11-15', 'Antalya', 'Turkey', ['Antalya', 'Анталья', 'Белек'], []),
    summit('2023-doha', '2023-01-01', 'Doha', 'Qatar', ['Doha', 'Доха'], []),
  ]);
  /** The places a single word is read as, the way a page token is looked up. */
  const placesOf = (word: string): string[] => {
    const lex = m.lexicon;
    const id = lex.table.lookupWord(normalize(word).text);
    const node = id >= 0 ? lex.rootNext[id] : 0;
    const pid = node ? lex.nodeOut[node] : -1;
    return pid >= 0 ? lex.seg[pid].flatMap((s) => (s.t === 'place' ? [s.key] : [])) : [];
  };

  it('reads «дела», «период», «менее», «менше», «белого» as no place (Дели, Перу, Мэн, Белек)', () => {
    for (const word of ['дела', 'делу', 'период', 'менее', 'менше', 'белого', 'белом']) expect(placesOf(word), word).toEqual([]);
  });

  it('reads «беседа» (a talk) as no one’s surname unless paired, though a Russian official is called Beseda', () => {
    const m2 = compileMatcher([...FIXTURE_EVENTS, summit('2025-03-riyadh-tech', '2025-03-24', 'Riyadh', 'Saudi Arabia', ['Riyadh'], [{ name: 'Sergei Beseda', nameRu: 'Сергей Беседа', side: 'ru' }])]);
    const lex = m2.lexicon;
    const id = lex.table.lookupWord(normalize('беседа').text);
    const senses = lex.seg[lex.nodeOut[lex.rootNext[id]]];
    expect(senses.filter((x) => x.t === 'person').map((x) => x.t === 'person' && !!x.weak)).toEqual([true]);
  });

  it('still reads the names themselves, and the cases of one that declines («в Дохе», «в Доху»)', () => {
    expect(placesOf('Дели')).toEqual(['new delhi']);
    expect(placesOf('Перу')).toEqual(['peru']);
    expect(placesOf('Белек')).toEqual(['antalya']);
    expect(placesOf('Дохе')).toEqual(['doha']);
    expect(placesOf('Доху')).toEqual(['doha']);
  });
});

describe('a stay of some days at the other side’s seat, and company named after the place', () => {
  const nuland = { name: 'Victoria Nuland', nameRu: 'Виктория Нуланд', side: 'us' as const };
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    { ...summit('2021-10-moscow-deputy', '2021-10-11', 'Moscow', 'Russia', ['Moscow', 'Москва'], [nuland]), kind: 'envoy' },
    { ...summit('2025-10-miami-envoys', '2025-10-24', 'Miami', 'United States', ['Miami', 'Майами', 'Маямі'], [witkoff, dmitriev]), kind: 'envoy' },
  ]);
  const read = (text: string, pub: string) => usru(detect(text, m, createDocumentState({ publishedAt: pub })));

  it('reads «провела три дня в Москве», «провела три дні в Москві» as her visit, with no date said', () => {
    for (const text of ['Виктория Нуланд провела три дня в Москве.', 'Вікторія Нуланд провела три дні в Москві.']) {
      expect(read(text, '2021-10-20').map((x) => x.eventId), text).toEqual(['2021-10-moscow-deputy']);
    }
    // A stay in one's own capital, or speaking to reporters somewhere, is no visit.
    expect(read('Нуланд провела три дня в Вашингтоне.', '2021-10-20')).toEqual([]);
  });

  it('reads the other side’s people after the place («в Майами с Уиткоффом») as there too', () => {
    for (const text of ['Дмитриев провел выходные в Майами с Уиткоффом.', 'Дмитрієв провів вихідні в Маямі з Віткоффом.']) {
      const ms = read(text, '2025-10-27');
      expect(ms.map((x) => x.eventId), text).toEqual(['2025-10-miami-envoys']);
      expect(ms[0]!.quote, text).toMatch(/оффом$/);
    }
    expect(read('Дмитриев провел выходные в Майами с семьей.', '2025-10-27')).toEqual([]);
  });

  it('reads «три дня» as a length, not as «на днях» (a few days around the page)', () => {
    const near = read('Нуланд на днях провела переговоры с Лавровым в Москве.', '2021-10-14');
    expect(near[0]?.reasons.some((r) => r.startsWith('date ') || r.startsWith('recent')), near[0]?.reasons.join('; ')).toBe(true);
    const far = read('Нуланд провела три дня в Москве.', '2023-05-01');
    expect(far.map((x) => x.eventId)).toEqual(['2021-10-moscow-deputy']);
  });
});

describe('«накануне» with a noun is the eve of that, not the day before the page', () => {
  const putin = { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' as const };
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    { ...summit('2025-02-kremlin-envoy', '2025-02-11', 'Moscow', 'Russia', ['Moscow', 'Москва', 'Kremlin', 'Кремль'], [witkoff, putin]), kind: 'envoy' },
  ]);
  const read = (text: string, pub: string) => usru(detect(text, m, createDocumentState({ publishedAt: pub })));

  it('does not date «накануне парада», «напередодні параду» by the publication date', () => {
    for (const text of ['Накануне парада Уиткофф встретился с Путиным в Кремле.', 'Напередодні параду Віткофф зустрівся з Путіним у Кремлі.']) {
      const ms = read(text, '2025-02-12');
      expect(ms.map((x) => x.eventId), text).toEqual(['2025-02-kremlin-envoy']);
      expect(ms[0]!.reasons, text).not.toContain('date 2025-02-11');
    }
  });

  it('still reads «накануне» alone, or before a time of day, as the day before the page', () => {
    for (const text of ['Накануне Уиткофф встретился с Путиным в Кремле.', 'Накануне вечером Уиткофф встретился с Путиным в Кремле.']) {
      const ms = read(text, '2025-02-12');
      expect(ms.map((x) => x.eventId), text).toEqual(['2025-02-kremlin-envoy']);
      expect(ms[0]!.reasons, text).toContain('date 2025-02-11');
    }
  });
});

describe('sittings and gatherings at one table', () => {
  it('reads «заседание», «засідання» of both sides’ working group as a meeting in its city', () => {
    for (const text of [
      'Второе заседание рабочей группы России и США по посольствам прошло в Стамбуле.',
      'Друге засідання робочої групи США і Росії щодо посольств відбулося в Стамбулі.',
    ]) {
      const ms = usru(run(text, '2025-04-11'));
      expect(ms.map((m) => m.eventId), text).toEqual(['2025-istanbul-2']);
    }
  });

  it('reads delegations gathered at one table («собрались за одним столом») as their meeting', () => {
    for (const text of [
      'Делегации России и США собрались за одним столом в Эр-Рияде.',
      'Делегації США і Росії зібралися за одним столом в Ер-Ріяді.',
    ]) {
      const ms = usru(run(text, '2025-02-19'));
      expect(ms.map((m) => m.eventId), text).toEqual(['2025-riyadh']);
    }
  });
});

describe('the capacity two leaders met in («как лидеры», «як президенти»)', () => {
  const bush = { name: 'George H. W. Bush', nameRu: 'Джордж Буш', side: 'us' as const };
  const gorbachev = { name: 'Mikhail Gorbachev', nameRu: 'Михаил Горбачёв', side: 'ru' as const };
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    ...extra,
    summit('1991-madrid', '1991-10-29', 'Madrid', 'Spain', ['Madrid', 'Мадрид', 'Мадриде', 'Мадриді'], [bush, gorbachev]),
    summit('1991-moscow', '1991-07-30', 'Moscow', 'Soviet Union', ['Moscow', 'Москва', 'Москве'], [bush, gorbachev]),
  ]);
  const read = (text: string) => usru(detect(text, m, createDocumentState({ publishedAt: '2021-07-30' })));

  it('reads the place after «как …» / «як …» as where they met', () => {
    for (const text of [
      'Осенью Буш и Горбачев еще раз встретились как лидеры двух держав в Мадриде.',
      'Восени Буш і Горбачов ще раз зустрілися як президенти в Мадриді.',
    ]) {
      const ms = read(text);
      expect(ms.map((x) => x.eventId), text).toEqual(['1991-madrid']);
      expect(ms[0]!.quote, text).toMatch(/Мадрид/);
    }
  });

  it('still reads «как» opening a clause of its own as a clause', () => {
    const ms = read('Буш и Горбачев встретились в Москве, как и планировали в Мадриде.');
    expect(ms.map((x) => x.eventId)).toEqual(['1991-moscow']);
  });
});

describe('the manner of a trip between the destination and the verb («с визитом»)', () => {
  it('reads «В Москву с необъявленным визитом прилетел …», «До Москви з робочим візитом прилітав …» as the visit', () => {
    for (const text of [
      'Во вторник в Москву с необъявленным визитом прилетел спецпосланник США Стив Уиткофф.',
      'У вівторок до Москви з робочим візитом прилітав спецпосланець США Стів Віткофф.',
    ]) {
      const ms = usru(run(text, '2025-12-04'));
      expect(ms.map((m) => m.eventId), text).toEqual(['2025-12-kremlin']);
    }
  });

  it('still needs the destination before a bare verb of arrival', () => {
    expect(usru(run('Во вторник с необъявленным визитом прилетел спецпосланник США Стив Уиткофф.', '2025-12-04'))).toEqual([]);
  });
});

describe('a relative pronoun standing for the people named before it («…, которые были в Кремле»)', () => {
  it('reads «через Уиткоффа, который 2 декабря был в Кремле» as his visit there', () => {
    for (const text of [
      'Связь держится через спецпосланника Стива Уиткоффа, который 2 декабря был в Кремле.',
      'Зв’язок тримається через спецпосланця Стіва Віткоффа, який 2 грудня був у Кремлі.',
    ]) {
      const ms = usru(run(text, '2025-12-05'));
      expect(ms.map((m) => m.eventId), text).toEqual(['2025-12-kremlin']);
    }
  });

  it('does not read a relative pronoun after someone else as the sides’ people', () => {
    expect(usru(run('Связь держится через помощников, которые 2 декабря были в Кремле.', '2025-12-05'))).toEqual([]);
  });
});

describe('a bare «поездка», «поїздка»', () => {
  it('is a visit with its traveller of a side and a destination right after it', () => {
    for (const text of ['Это уже пятая поездка Уиткоффа в Москву.', 'Це вже п’ята поїздка Віткоффа до Москви.']) {
      expect(usru(run(text, '2025-12-03')).map((m) => m.eventId), text).toEqual(['2025-12-kremlin']);
    }
  });

  it('is nothing without them', () => {
    expect(usru(run('Поездка прошла без происшествий, сообщил Уиткофф после встречи в Кремле.', '2025-12-03')).map((m) => m.quote)).not.toContain('Поездка');
  });
});
