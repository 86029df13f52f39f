/**
 * Ukrainian grammar the detector has to read, one class per block, each tried on sentences
 * written for this test in the way Ukrainian outlets phrase them: place names whose last
 * consonant softens in the locative (на Алясці, у Владивостоці, у Санкт-Петербурзі) and in
 * adjectives (владивостоцький), verbs in the singular (поговорив, зустрілася), calls said with a
 * verb (зателефонував), stand-ins for a leader (російський диктатор), word order without commas
 * (a fronted place, a main clause's subject right after a meeting noun, a list of three leaders
 * after the verb), and negation words that negate nothing («не лише», «ледь не»). Negatives: a
 * round of Ukraine with Russia or with the US, and Putin with a third country's leader, are never
 * a US–Russia mark. Uses the small hand-made event list (fixtures.ts) plus events of its own.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type MatcherEvent, type Mention } from '../../../lib/detect';
import { singularPast, ukLocative } from '../../../lib/detect/stem';
import { placeAdjectives } from '../../../lib/detect/vocab';
import { FIXTURE_EVENTS } from './fixtures';

const summit = (id: string, start: string, city: string, country: string, placeNames: string[], people: MatcherEvent['participants']): MatcherEvent => ({
  id, title: id, kind: 'summit', status: 'held', start, city, country, placeNames, participants: people, aliases: [], sharedAliases: [], cues: [],
});
const extra: MatcherEvent[] = [
  summit('1974-vladivostok', '1974-11-23', 'Vladivostok', 'Soviet Union', ['Vladivostok', 'Владивосток'], [
    { name: 'Gerald Ford', nameRu: 'Джеральд Форд', side: 'us' },
    { name: 'Leonid Brezhnev', nameRu: 'Леонид Брежнев', side: 'ru' },
  ]),
  summit('1945-yalta', '1945-02-04', 'Yalta', 'Soviet Union', ['Yalta', 'Ялта'], [
    { name: 'Franklin Roosevelt', side: 'us' },
    { name: 'Joseph Stalin', nameRu: 'Иосиф Сталин', side: 'ru' },
    { name: 'Winston Churchill', side: 'other' },
  ]),
  summit('1989-malta', '1989-12-02', 'Marsaxlokk', 'Malta', ['Marsaxlokk', 'Malta', 'Мальта', 'Мальті'], [
    { name: 'George H. W. Bush', nameRu: 'Джордж Буш', side: 'us' },
    { name: 'Mikhail Gorbachev', nameRu: 'Михаил Горбачёв', side: 'ru' },
  ]),
  summit('1967-glassboro', '1967-06-23', 'Glassboro', 'United States', ['Glassboro', 'Гласборо'], [
    { name: 'Lyndon Johnson', nameRu: 'Линдон Джонсон', side: 'us' },
    { name: 'Alexei Kosygin', nameRu: 'Алексей Косыгин', side: 'ru' },
  ]),
  { ...summit('2025-11-abu-dhabi', '2025-11-24', 'Abu Dhabi', 'United Arab Emirates', ['Abu Dhabi', 'Абу-Даби', 'UAE'], []), kind: 'envoy' },
  {
    ...summit('2025-04-petersburg', '2025-04-11', 'Saint Petersburg', 'Russia', ['Saint Petersburg', 'Санкт-Петербург', 'Петербург'], [
      { name: 'Steve Witkoff', nameRu: 'Стив Уиткофф', side: 'us' },
      { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' },
    ]),
    kind: 'envoy',
  },
];
const matcher = compileMatcher([...FIXTURE_EVENTS, ...extra]);
const run = (text: string, publishedAt?: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt }));
const usru = (ms: Mention[]) => ms.filter((m) => m.status === 'known' || m.status === 'unknown');
const ids = (text: string, publishedAt?: string) => usru(run(text, publishedAt)).map((m) => m.eventId);

describe('place names whose last consonant softens', () => {
  it('spells the locative of a stem ending in г, к or х, and only of such stems', () => {
    expect(ukLocative('Аляска')).toBe('Алясці=');
    expect(ukLocative('Санкт-Петербург')).toBe('Санкт-Петербурзі=');
    expect(ukLocative('Владивосток')).toBe('Владивостоці=');
    expect(ukLocative('Женева')).toBeNull();
    expect(ukLocative('Geneva')).toBeNull();
    // Too short to be safe: «досі» is "still", not Doha.
    expect(ukLocative('Доха')).toBeNull();
  });

  it('finds the meeting at a place written in the softened locative, and says so', () => {
    const cases: [string, string, string, RegExp][] = [
      ['Трамп і Путін зустрілися на Алясці.', '2025-08-16', '2025-anchorage', /^place Alaska$/],
      ['Віткофф зустрівся з Путіним у Санкт-Петербурзі.', '2025-04-12', '2025-04-petersburg', /^place St Petersburg$/],
      ['Зустріч Форда і Брежнєва у Владивостоці 1974 року.', '2024-11-23', '1974-vladivostok', /^place Vladivostok$/],
    ];
    for (const [text, pub, id, place] of cases) {
      const ms = usru(run(text, pub));
      expect(ms.map((m) => m.eventId), text).toEqual([id]);
      expect(ms[0]!.reasons.some((r) => place.test(r)), `${text}: ${ms[0]!.reasons.join('; ')}`).toBe(true);
    }
  });

  it('reads the softened adjective of such a place (владивостоцький, петербурзький)', () => {
    expect(placeAdjectives('Владивосток')).toContain('Владивостоцьк');
    expect(placeAdjectives('Петербург')).toContain('Петербурзьк');
    expect(ids('Владивостоцька зустріч Форда і Брежнєва 1974 року пройшла в санаторії.', '2024-11-23')).toEqual(['1974-vladivostok']);
  });
});

describe('verbs and stand-ins', () => {
  it('derives the singular from a plural past verb', () => {
    expect(singularPast('поговорили')).toEqual(['поговорив', 'поговорил', 'поговорила']);
    expect(singularPast('зустрілися')).toEqual(['зустрівся', 'зустрілася']);
    // The imperfective tells of a habit; its list spells what it means.
    expect(singularPast('зустрічалися')).toEqual([]);
  });

  it('reads one side talking with the other in the singular, and calls said with a verb', () => {
    expect(usru(run('Трамп поговорив з Путіним телефоном.', '2025-05-20')).map((m) => [m.quote, m.eventId])).toEqual([['Трамп поговорив з Путіним', '2025-05-19-call']]);
    expect(ids('Трамп зателефонував Путіну.', '2025-05-20')).toEqual(['2025-05-19-call']);
    expect(ids('Трамп і Путін говорили по телефону.', '2025-05-20')).toEqual(['2025-05-19-call']);
    // A time between subject and verb does not cut the subject off.
    expect(ids('Трамп і Путін учора говорили по телефону.', '2025-05-20')).toEqual(['2025-05-19-call']);
  });

  it('reads "the Russian dictator" as the Russian side', () => {
    expect(ids('Російський диктатор зустрівся з президентом США на Алясці.', '2025-08-16')).toEqual(['2025-anchorage']);
  });

  it('reads a handshake of one with the other', () => {
    expect(ids('Трамп потиснув руку Путіну на базі в Анкориджі.', '2025-08-16')).toEqual(['2025-anchorage']);
  });
});

describe('small words and stand-ins', () => {
  it('skips a topic after щодо / стосовно, and reads the place after it', () => {
    // (Not «про»: «домовилися про зустріч» would swallow the meeting noun as a topic.)
    for (const text of ['Трамп і Путін провели переговори щодо України на Алясці.', 'Трамп і Путін провели переговори стосовно перемир’я на Алясці.']) {
      const ms = usru(run(text, '2025-08-16'));
      expect(ms.map((m) => m.eventId), text).toEqual(['2025-anchorage']);
      expect(ms[0]!.quote, text).toMatch(/(Алясці|Аляске)$/);
    }
  });

  it('knows the White House in its Ukrainian cases as a place, not an unknown one', () => {
    const ms = usru(run('Трамп і Путін зустрілися у Білому домі.', '2025-05-20'));
    expect(ms.map((m) => m.reasons.some((r) => /^a US–Russia meeting in Білому/.test(r)))).toEqual([false]);
    expect(ms[0]!.quote).toBe('Трамп і Путін зустрілися у Білому домі');
  });

  it('reads «американці» and «кремлівський диктатор» as the sides', () => {
    expect(ids('Кремлівський диктатор і американський президент провели переговори на Алясці.', '2025-08-16')).toEqual(['2025-anchorage']);
    expect(usru(run('Ушаков розповів про зустріч Путіна з американцями на Алясці.', '2025-08-16')).map((m) => m.eventId)).toEqual(['2025-anchorage']);
  });

  it('reads two sides joined by a spaced dash as one party list («саміт Росія – США»)', () => {
    expect(usru(run('Саміт Росія – США на Алясці завершився.', '2025-08-16')).map((m) => [m.quote, m.eventId])).toEqual([['Саміт Росія – США на Алясці', '2025-anchorage']]);
    expect(usru(run('Переговори Україна – США в Женеві завершилися.', '2025-11-24'))).toEqual([]);
  });

  it('reads «держава-агресорка» as Russia and «кремлівський колега» as the Kremlin’s man', () => {
    expect(usru(run('Зустріч представників Трампа з лідером держави-агресорки на Алясці.', '2025-08-16')).map((m) => m.eventId)).toEqual(['2025-anchorage']);
    const off = usru(run('Трамп скасував запланований саміт зі своїм кремлівським колегою Володимиром Путіним.', '2025-10-25'));
    expect(off.map((m) => [m.quote, m.eventId, m.tense])).toEqual([['саміт зі своїм кремлівським колегою Володимиром Путіним', '2025-budapest', 'negated']]);
  });

  it('reads Ukrainian seasons as times («влітку»)', () => {
    const ms = usru(run('Трамп і Путін зустрілися влітку.', '2025-12-20'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Трамп і Путін зустрілися влітку', '2025-anchorage']]);
    expect(ms[0]!.reasons).toContain('date 2025-08-15');
  });
});

describe('word order without commas', () => {
  it('takes a fronted place as where the leaders met (У Ялті зустрілися …)', () => {
    const ms = usru(run('У лютому 1945 року в Ялті зустрілися Рузвельт, Черчилль і Сталін.', '2025-02-04'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['зустрілися Рузвельт, Черчилль і Сталін', '1945-yalta']]);
  });

  it('marks a fronted place with both leaders as its subject and no comma after it', () => {
    const ms = usru(run('На Мальті Буш і Горбачов оголосили про кінець холодної війни.', '2019-12-02'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['На Мальті', '1989-malta']]);
  });

  it('does not take the next clause’s subject as a party of the meeting noun', () => {
    // Zelensky is who travelled next, not who met: the summit is still the Alaska one.
    const text = 'Трамп і Путін говорили про Україну три години. Після саміту на Алясці Зеленський поїхав до Вашингтона.';
    const ms = usru(run(text, '2025-08-17'));
    expect(ms.map((m) => [m.quote, m.eventId])).toContainEqual(['саміту на Алясці', '2025-anchorage']);
  });

  it('keeps the subject as a party after "a meeting with" (he is who met him)', () => {
    const ms = usru(run('Після зустрічі з Путіним на Алясці Трамп заявив про прогрес.', '2025-08-16'));
    expect(ms.map((m) => m.eventId)).toEqual(['2025-anchorage']);
    expect(ms[0]!.quote).toContain('Трамп');
  });
});

describe('tense words', () => {
  it('reads «не лише» and «ледь не» as no negation', () => {
    for (const text of ['Трамп не лише зустрівся з Путіним на Алясці, а й пообідав з ним.', 'Трамп і Путін ледь не домовилися на Алясці про перемир’я.']) {
      expect(usru(run(text, '2025-08-16')).map((m) => [m.eventId, m.tense]), text).toEqual([['2025-anchorage', 'past']]);
    }
  });

  it('reads a summit «відкладено» as called off, and «може відбутися» as a possibility', () => {
    const off = usru(run('Саміт Трампа і Путіна у Будапешті відкладено.', '2025-10-22'));
    expect(off.map((m) => [m.eventId, m.tense])).toEqual([['2025-budapest', 'negated']]);
    const maybe = usru(run('Зустріч Трампа і Путіна може відбутися в Будапешті.', '2025-10-17'));
    expect(maybe.map((m) => m.tense)).toEqual(['hypothetical']);
  });
});

describe('never a US–Russia mark', () => {
  it.each([
    ['Ukraine and Russia in Istanbul', 'Делегації України і Росії зустрілися в Стамбулі.', '2025-05-17'],
    ['Ukraine and the US', 'Умєров зустрівся з Віткоффом у Женеві.', '2025-11-24'],
    ['Zelensky phoning Trump', 'Зеленський зателефонував Трампу.', '2025-09-03'],
    ['Putin with a third country', 'Путін провів переговори з прем’єр-міністром Індії в Кремлі.', '2025-09-03'],
    ['Lavrov with his Turkish counterpart', 'Лавров поговорив зі своїм турецьким колегою Фіданом.', '2025-09-03'],
    ['a dictator meeting another', 'Російський диктатор зустрівся з Лукашенком у Мінську.', '2025-09-03'],
  ])('%s', (_name, text, pub) => {
    expect(usru(run(text, pub))).toEqual([]);
  });
});

describe('more words of Ukrainian and Russian outlets', () => {
  it('reads the one-ф spelling of Witkoff (Віткоф, Уиткоф) as him', () => {
    const ms = usru(run('Віткоф зустрівся з Путіним у Санкт-Петербурзі.', '2025-04-12'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Віткоф зустрівся з Путіним у Санкт-Петербурзі', '2025-04-petersburg']]);
  });

  it('reads delegations sitting down at one table as a meeting («сіли за стіл»)', () => {
    const ms = usru(run('Делегації США та Росії знову сіли за стіл у Стамбулі, цього разу щодо роботи посольств.', '2025-04-11'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['США та Росії знову сіли за стіл у Стамбулі', '2025-istanbul-2']]);
  });

  it('reads the short Ukrainian adjective of Helsinki («гельсінська зустріч»)', () => {
    const ms = usru(run('Гельсінська зустріч Трампа і Путіна була короткою.', '2025-07-16'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Гельсінська зустріч Трампа і Путіна', '2018-helsinki']]);
  });

  it('reads «українці» in any case as the Ukrainian side: Americans consulting Ukrainians are no US–Russia meeting', () => {
    // «українцями» used to fold into the stem of «Україна» and be read as no side at all, which
    // left the Americans and the Russian capital.
    expect(usru(run('Американці провели консультації з українцями в Москві.', '2025-12-03'))).toEqual([]);
  });

  it('knows the Emirates and Glassboro as Ukrainian outlets spell them', () => {
    expect(ids('Делегації США і Росії провели переговори в Еміратах.', '2025-11-26')).toEqual(['2025-11-abu-dhabi']);
    expect(ids('Косигін і Джонсон зустрілися в Глассборо.', '2017-06-23')).toEqual(['1967-glassboro']);
  });
});

describe('times relative to the publication date', () => {
  const envoy = (id: string, start: string): MatcherEvent => ({
    ...summit(id, start, 'Moscow', 'Russia', ['Moscow', 'Москва', 'Kremlin', 'Кремль'], [
      { name: 'Steve Witkoff', nameRu: 'Стив Уиткофф', side: 'us' },
      { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' },
    ]),
    kind: 'envoy',
  });
  // Two visits: a Tuesday and the Thursday after it; then one a fortnight later.
  const m = compileMatcher([...FIXTURE_EVENTS, envoy('tue', '2025-11-11'), envoy('thu', '2025-11-13'), envoy('later', '2025-11-27')]);
  const at = (text: string, publishedAt: string) => usru(detect(text, m, createDocumentState({ publishedAt }))).map((x) => x.eventId);

  it('reads the week before last («позаминулого тижня», «на позапрошлой неделе»)', () => {
    expect(at('Позаминулого тижня Віткофф зустрівся з Путіним у Москві.', '2025-11-28')).toEqual(['tue']);
    expect(at('На позапрошлой неделе Уиткофф встретился с Путиным в Москве.', '2025-11-28')).toEqual(['tue']);
    // Last week is still the latest one.
    expect(at('На минулому тижні Віткофф зустрівся з Путіним у Москві.', '2025-12-03')).toEqual(['later']);
  });

  it('reads a weekday in the genitive («минулого вівторка») and says so', () => {
    const ms = usru(detect('Минулого вівторка Віткофф зустрівся з Путіним у Москві.', m, createDocumentState({ publishedAt: '2025-11-14' })));
    expect(ms.map((x) => x.eventId)).toEqual(['tue']);
    expect(ms[0]!.reasons).toContain('date 2025-11-11');
  });

  it('reads «позавчора» as two days back and «днями» as a few days', () => {
    expect(at('Позавчора Віткофф зустрівся з Путіним у Москві.', '2025-11-15')).toEqual(['thu']);
    const ms = usru(detect('Днями Віткофф зустрівся з Путіним у Москві.', m, createDocumentState({ publishedAt: '2025-12-03' })));
    expect(ms[0]!.reasons).toContain('date 2025-11-27');
  });
});

describe('a meeting that is to take place somewhere', () => {
  it('reads the place after «має відбутися», «відбудеться» and keeps the future', () => {
    for (const verb of ['має відбутися', 'відбудеться']) {
      const ms = usru(run(`Трамп анонсував зустріч з Путіним. Саміт ${verb} в Будапешті протягом двох тижнів.`, '2025-10-17'));
      expect(ms.slice(1).map((m) => [m.quote, m.eventId, m.tense]), verb).toEqual([[`Саміт ${verb} в Будапешті`, '2025-budapest', 'future']]);
    }
  });
});

describe('a clause of place after ", де"', () => {
  it('gives the verb after «, де» the subject of the clause before: Zelensky meeting Trump is no US–Russia meeting', () => {
    const ms = usru(run('Трамп і Путін зустрілися на Алясці. Після саміту Зеленський полетів до Вашингтона, де в понеділок зустрівся з Трампом.', '2025-08-19'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Трамп і Путін зустрілися на Алясці', '2025-anchorage']]);
  });
});

describe('a meeting with a third party beside a call between the sides', () => {
  it('keeps «перед зустріччю із Зеленським» apart from the call in its clause', () => {
    const ms = usru(run('Трамп поговорив з Путіним телефоном перед зустріччю із Зеленським у Вашингтоні.', '2025-05-20'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Трамп поговорив з Путіним', '2025-05-19-call']]);
  });
});

describe('the Ukrainian words for a summit', () => {
  it('reads «зустріч на найвищому рівні» and «зустріч у верхах» as a summit', () => {
    for (const noun of ['зустріч на найвищому рівні', 'зустріч у верхах']) {
      const ms = usru(run(`Радянсько-американська ${noun} на Мальті в грудні 1989 року завершилася заявою про кінець холодної війни.`, '2019-12-02'));
      expect(ms.map((m) => [m.quote, m.eventId]), noun).toEqual([[`Радянсько-американська ${noun} на Мальті в грудні 1989 року`, '1989-malta']]);
    }
  });
});

describe('«до» before a place', () => {
  it('reads «до Москви» as a direction, not as "before" the meeting held there', () => {
    const ms = usru(run('Віткофф зустрівся з Путіним у Москві. Увечері кортеж Віткоффа рушив до Москви з аеропорту.', '2025-04-26'));
    expect(ms.map((m) => m.quote)).toEqual(['Віткофф зустрівся з Путіним у Москві']);
  });
});

describe('words whose stem reached too far', () => {
  it('reads «наступник» (a successor) as no future: the Malta meeting is told in the past', () => {
    const ms = usru(run('Наступник Рейгана Джордж Буш зустрівся з радянським лідером на Мальті в грудні 1989 року.', '2019-12-02'));
    expect(ms.map((m) => [m.eventId, m.tense])).toEqual([['1989-malta', 'past']]);
  });

  it('reads «приймав» as the past, not as «прийме» (will receive)', () => {
    const ms = usru(run('Путін приймав Віткоффа у Санкт-Петербурзі.', '2025-04-12'));
    expect(ms.map((m) => [m.eventId, m.tense])).toEqual([['2025-04-petersburg', 'past']]);
  });
});

describe('near a place, arrivals, and a surname that is also a word as the object', () => {
  it('reads «під Владивостоком» as the place, and Ford met by Brezhnev as the American side', () => {
    const ms = usru(run('Брежнєв зустрівся з Фордом під Владивостоком.', '2024-11-23'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Брежнєв зустрівся з Фордом під Владивостоком', '1974-vladivostok']]);
    // «під тиском» (under pressure) is no place.
    expect(usru(run('Під тиском Вашингтона Москва погодилася на переговори.', '2025-03-01'))).toEqual([]);
  });

  it('reads a landing and an imperfective arrival at the other side’s city as a visit', () => {
    expect(ids('Літак Віткоффа приземлився у Санкт-Петербурзі.', '2025-04-12')).toEqual(['2025-04-petersburg']);
    expect(ids('Позавчора Віткофф прилітав до Санкт-Петербурга.', '2025-04-13')).toEqual(['2025-04-petersburg']);
  });

  it('does not take a surname a third party also bears as the other side («Лавров зустрівся з Джонсоном»)', () => {
    expect(usru(run('Лавров зустрівся з Джонсоном у Лондоні.', '2017-12-23'))).toEqual([]);
  });
});

describe('«з» before a year is "since"', () => {
  it('does not date the meeting by the year it came after («перша зустріч … з 2018 року»)', () => {
    const ms = usru(run('Це перша зустріч Трампа і Путіна на Алясці з 2018 року.', '2025-08-16'));
    // (Which meeting "the first since" is belongs to resolution; here only: not the bound's own year.)
    expect(ms.map((m) => m.quote)).toEqual(['перша зустріч Трампа і Путіна на Алясці']);
    expect(ms[0]!.eventId).not.toBe('2018-helsinki');
    expect(ms[0]!.reasons.join('; ')).not.toMatch(/2018/);
  });
});

describe('"the next" meeting told in the past', () => {
  it('reads «Наступна зустріч … пройшла» as held, not as a plan', () => {
    const ms = usru(run('Наступна зустріч Байдена і Путіна пройшла в Женеві в червні 2021 року.', '2022-11-19'));
    expect(ms.map((m) => [m.quote, m.eventId, m.tense])).toEqual([['зустріч Байдена і Путіна пройшла в Женеві в червні 2021 року', '2021-geneva', 'past']]);
  });

  it('reads «розмову з американською стороною» after the envoy’s visit as that visit', () => {
    const ms = usru(run('Віткофф зустрівся з Путіним у Санкт-Петербурзі. Ушаков назвав розмову з американською стороною корисною.', '2025-04-12'));
    expect(ms.map((m) => m.eventId)).toEqual(['2025-04-petersburg', '2025-04-petersburg']);
  });
});

describe('just the two of them', () => {
  it.each([
    ['Трамп і Путін провели близько трьох годин за зачиненими дверима.'],
    ['Трамп і Путін провели віч-на-віч понад дві години.'],
    ['Трамп и Путин провели наедине почти три часа.'],
  ])('reads «%s» as their meeting', (text) => {
    expect(ids(text, '2025-08-16')).toEqual(['2025-anchorage']);
  });

  it('reads a Kremlin hearing behind closed doors as nobody’s meeting with the other side', () => {
    expect(usru(run('Держдума обговорила санкції США за зачиненими дверима.', '2025-08-16'))).toEqual([]);
  });
});

describe('the night before', () => {
  it('reads «вночі», «ночью» as the night before the page', () => {
    for (const text of ['Вночі Віткофф зустрівся з Путіним у Санкт-Петербурзі.', 'Ночью Уиткофф встретился с Путиным в Санкт-Петербурге.']) {
      const ms = usru(run(text, '2025-04-12'));
      expect(ms.map((m) => m.eventId), text).toEqual(['2025-04-petersburg']);
      expect(ms[0]!.reasons, text).toContain('date 2025-04-11');
    }
  });
});

describe('who took part', () => {
  it('reads the people after «взяли участь», «участвовали» as the meeting noun’s parties', () => {
    const ms = usru(run('У зустрічі взяли участь президенти Дональд Трамп і Володимир Путін.', '2025-08-16'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['зустрічі взяли участь президенти Дональд Трамп і Володимир Путін', '2025-anchorage']]);
    const ru = usru(run('Во встрече участвовали президенты Дональд Трамп и Владимир Путин.', '2025-08-16'));
    expect(ru.map((m) => m.eventId)).toEqual(['2025-anchorage']);
    // Taking part in Ukraine's own round is no US–Russia meeting.
    expect(usru(run('У переговорах взяли участь Умєров і Віткофф.', '2025-11-24'))).toEqual([]);
  });

  it('reads «переговорники» (negotiators) as a role: «з американськими переговорниками» is the American side', () => {
    expect(ids('Зустріч Путіна з американськими переговорниками тривала п’ять годин.', '2025-04-12')).toEqual(['2025-04-petersburg']);
  });
});

describe('a third party’s visit', () => {
  it('reads a visit naming no visitor, in a sentence about Zelensky only, as his, even on a page about both sides', () => {
    const text = 'Трамп і Путін зустрілися на Алясці. Зеленський, який перебував з візитом в ОАЕ, заявив, що Україна не визнає домовленостей.';
    const ms = usru(run(text, '2025-08-16'));
    expect(ms.map((m) => m.quote)).toEqual(['Трамп і Путін зустрілися на Алясці']);
  });
});

describe('plans and counts', () => {
  it('reads «збираються зустрітися», «собираются встретиться» and the Ukrainian future «зустрічатимуться» as ahead', () => {
    for (const text of ['Трамп і Путін збираються зустрітися в Будапешті.', 'Трамп и Путин собираются встретиться в Будапеште.', 'Трамп і Путін зустрічатимуться в Будапешті.']) {
      expect(usru(run(text, '2025-10-17')).map((m) => [m.eventId, m.tense]), text).toEqual([['2025-budapest', 'future']]);
    }
  });

  it('reads plural summits as a practice, not a meeting we do not know («три саміти», «кілька самітів», «пять встреч»)', () => {
    for (const text of ['Ніксон і Брежнєв провели три саміти.', 'Ніксон і Брежнєв провели кілька самітів.', 'Никсон и Брежнев провели пять встреч.', 'Никсон и Брежнев провели пять саммитов.']) {
      expect(run(text, '2019-12-02').filter((m) => m.status === 'unknown'), text).toEqual([]);
    }
  });
});

describe('a time between the subject and the verb', () => {
  // (The visit it does read, «Віткофф і Кушнер вночі провели у Кремлі …», is tried in russian.test.ts, beside its Kremlin event.)
  it('does not read speaking to reporters there as a visit', () => {
    expect(usru(run('Лавров у вівторок розповів журналістам у Вашингтоні про санкції.', '2025-04-12'))).toEqual([]);
    expect(usru(run('Лавров во вторник рассказал журналистам в Вашингтоне о санкциях.', '2025-04-12'))).toEqual([]);
  });
});

describe('the word after a year («році», «роках») belongs to the year', () => {
  it('splits a list of meetings whose years are told «у 2018 році»', () => {
    const ms = usru(run('Трамп і Путін зустрічалися двічі, у Гельсінкі у 2018 році та на Алясці у 2025 році.', '2025-09-01'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([
      ['у Гельсінкі у 2018 році', '2018-helsinki'],
      ['на Алясці у 2025 році', '2025-anchorage'],
    ]);
    expect(ms[0]!.reasons).toContain('date 2018-07-16');
  });

  it('still reads no list when the sentence goes on after the year', () => {
    const ms = usru(run('Трамп і Путін зустрічалися двічі, у Гельсінкі у 2018 році президенти говорили про вибори.', '2025-09-01'));
    expect(ms.map((m) => m.quote)).toEqual(['Трамп і Путін зустрічалися']);
  });
});

describe('a second name in parentheses', () => {
  const named = compileMatcher([
    ...FIXTURE_EVENTS,
    { ...extra[1], aliases: ['Ялтинська конференція', 'Ялтинская конференция'] },
  ]);
  const marks = (text: string) => usru(detect(text, named, createDocumentState({ publishedAt: '2025-02-04' }))).map((m) => [m.quote, m.eventId]);

  it('reads «Ялтинська (Кримська) конференція» as the Yalta conference, quoting the whole name', () => {
    expect(marks('Ялтинська (Кримська) конференція відбулася в лютому 1945 року.').map((m) => m[1])).toEqual(['1945-yalta']);
    expect(marks('Ялтинська (Кримська) конференція відбулася в лютому 1945 року.')[0]![0]).toMatch(/^Ялтинська \(Кримська\) конференція/);
    // The same in another case.
    expect(marks('Учасники Ялтинської (Кримської) конференції в лютому 1945 року поділили Європу.').map((m) => m[1])).toEqual(['1945-yalta']);
  });

  it('keeps a parenthesis that is no second name of the same kind', () => {
    // A noun in parentheses («(Крим)») is no adjective: the name stays broken, as written.
    expect(marks('Ялтинська (Крим) конференція відбулася в лютому 1945 року.').map((m) => m[0])).not.toContainEqual(expect.stringMatching(/^Ялтинська/));
  });
});

describe('«з», «від» before a year: since, not the date', () => {
  it('reads «перша зустріч … з 2021 року» as the page’s meeting, not one of 2021', () => {
    for (const since of ['з 2021 року', 'від 2021 року', 'з червня 2021 року']) {
      const ms = usru(run(`Трамп і Путін провели переговори на Алясці. Це перша зустріч президентів США і Росії ${since}.`, '2025-08-16'));
      expect(ms.map((m) => [m.quote, m.eventId]), since).toEqual([
        ['Трамп і Путін провели переговори на Алясці', '2025-anchorage'],
        ['перша зустріч президентів США і Росії', '2025-anchorage'],
      ]);
    }
  });

  it('dates the meeting of a «коли» clause right after the bound by it', () => {
    const ms = usru(run('Трамп і Путін провели переговори на Алясці, вперше з червня 2021 року, коли Байден і Путін зустрілися в Женеві.', '2025-08-16'));
    expect(ms.map((m) => m.eventId)).toEqual(['2025-anchorage', '2021-geneva']);
    expect(ms[1]!.reasons).toContain('year 2021');
  });
});

describe('a date between the subject and the verb', () => {
  it('reads «Горбачов і Рейган у Женеві 1985 року вперше потиснули руки» as their Geneva meeting', () => {
    const ms = usru(run('Горбачов і Рейган у Женеві 1985 року вперше потиснули руки.', '2025-11-19'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Горбачов і Рейган у Женеві 1985 року вперше потиснули руки', '1985-geneva']]);
  });

  it('still finds no US–Russia meeting when the subject is not both sides', () => {
    expect(usru(run('Зеленський у Вашингтоні 28 лютого 2025 року провів переговори з Трампом.', '2025-11-19'))).toEqual([]);
  });
});

describe('«другий» is second only in its Ukrainian forms', () => {
  it('keeps «Друга зустріч» as the second and leaves Russian «другая» (another) out of the phrase', () => {
    expect(usru(run('Друга зустріч делегацій США і Росії в Стамбулі пройшла у квітні.', '2025-05-01')).map((m) => m.quote)).toEqual(['Друга зустріч делегацій США і Росії в Стамбулі пройшла у квітні']);
    expect(usru(run('Другая встреча делегаций России и США в Стамбуле прошла в апреле.', '2025-05-01')).map((m) => m.quote)).toEqual(['встреча делегаций России и США в Стамбуле прошла в апреле']);
  });
});

describe('«тому» (ago), with a number in words or figures, and weeks and months ago', () => {
  it('reads «40 років тому» and «Сорок років тому» against the publication date', () => {
    for (const text of ['40 років тому Рейган і Горбачов зустрілися в Женеві.', 'Сорок років тому Рейган і Горбачов зустрілися в Женеві.']) {
      const ms = usru(run(text, '2025-11-19'));
      expect(ms.map((m) => m.eventId), text).toEqual(['1985-geneva']);
      expect(ms[0]!.reasons, text).toContain('date 1985-11-19');
    }
  });

  it('reads «два тижні тому» and «місяць тому» as that many days back', () => {
    const envoy = (id: string, start: string): MatcherEvent => ({
      ...summit(id, start, 'Moscow', 'Russia', ['Moscow', 'Москва', 'Kremlin', 'Кремль'], [
        { name: 'Steve Witkoff', nameRu: 'Стив Уиткофф', side: 'us' },
        { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' },
      ]),
      kind: 'envoy',
    });
    const m = compileMatcher([...FIXTURE_EVENTS, envoy('early', '2025-10-30'), envoy('mid', '2025-11-14'), envoy('late', '2025-11-26')]);
    const at = (text: string) => usru(detect(text, m, createDocumentState({ publishedAt: '2025-11-28' }))).map((x) => x.eventId);
    expect(at('Два тижні тому Віткофф зустрівся з Путіним у Кремлі.')).toEqual(['mid']);
    expect(at('Місяць тому Віткофф зустрівся з Путіним у Кремлі.')).toEqual(['early']);
    expect(at('Две недели назад Уиткофф встретился с Путиным в Кремле.')).toEqual(['mid']);
    // With no time, the latest.
    expect(at('Віткофф зустрівся з Путіним у Кремлі.')).toEqual(['late']);
  });
});

describe('a list of meetings after a colon or a dash, with the count in words', () => {
  it('reads «зустрічалися лише один раз — у Женеві в червні 2021 року» as that meeting', () => {
    const ms = usru(run('Байден і Путін зустрічалися лише один раз — у Женеві в червні 2021 року.', '2025-08-20'));
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Байден і Путін зустрічалися лише один раз — у Женеві в червні 2021 року', '2021-geneva']]);
  });

  it('reads «кілька разів: у Гельсінкі у 2018 році та на Алясці у 2025 році» as two meetings', () => {
    const ms = usru(run('Трамп і Путін зустрічалися кілька разів: у Гельсінкі у 2018 році та на Алясці у 2025 році.', '2025-09-01'));
    expect(ms.map((m) => m.eventId)).toEqual(['2018-helsinki', '2025-anchorage']);
  });

  it('reads no list when the dash goes on to something else', () => {
    const ms = usru(run('Трамп і Путін зустрічалися двічі — у Білому домі це вважають успіхом.', '2025-09-01'));
    expect(ms.map((m) => m.quote)).toEqual(['Трамп і Путін зустрічалися']);
  });
});

describe('a meeting after «після» with the subject first', () => {
  // Biden's trip on from the summit (an invented itinerary): the destination of the verb of travel
  // is where he went next, so its side (Ukraine) is not the summit's third party.
  it('reads «Байден після женевського саміту прилетів до Києва» as the Geneva summit', () => {
    const st = createDocumentState({ publishedAt: '2021-06-20' });
    detect('Байден і Путін зустрілися в Женеві 16 червня.', matcher, st);
    for (const text of ['Байден після женевського саміту прилетів до Києва.', 'Байден після зустрічі в Женеві прилетів до Вільнюса.']) {
      const ms = usru(detect(text, matcher, st));
      expect(ms.map((m) => [m.quote, m.eventId])[0], text).toEqual([text.includes('саміту') ? 'женевського саміту' : 'зустрічі в Женеві', '2021-geneva']);
    }
  });

  it('still gives a meeting of the other side with Ukraine’s president nothing of the sides', () => {
    expect(usru(run('Зеленський після зустрічі з Трампом прилетів до Києва.', '2025-08-20'))).toEqual([]);
  });
});

describe('names that do not decline after a meeting noun', () => {
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    { ...summit('1997-moscow-ministers', '1997-02-20', 'Moscow', 'Russia', ['Moscow', 'Москва'], [
      { name: 'Madeleine Albright', nameRu: 'Мадлен Олбрайт', side: 'us' },
      { name: 'Yevgeny Primakov', nameRu: 'Евгений Примаков', side: 'ru' },
    ]), kind: 'ministerial' },
  ]);
  it('reads «Зустріч Олбрайт з Примаковим» as their meeting: a woman’s surname is no new subject', () => {
    for (const text of ['Зустріч Олбрайт з Примаковим тривала три години.', 'Встреча Мадлен Олбрайт с Примаковым длилась три часа.']) {
      const ms = usru(detect(text, m, createDocumentState({ publishedAt: '1997-02-21' })));
      expect(ms.map((x) => [x.quote, x.eventId]), text).toEqual([[text.split(' тривала')[0].split(' длилась')[0], '1997-moscow-ministers']]);
    }
  });

  it('still ends the noun’s phrase at a nominative subject with no "with" after it', () => {
    const ms = usru(run('Трамп і Путін говорили три години. Після саміту на Алясці Зеленський поїхав до Вашингтона.', '2025-08-17'));
    expect(ms.map((x) => [x.quote, x.eventId])).toContainEqual(['саміту на Алясці', '2025-anchorage']);
  });
});

describe('dropping in on the other side', () => {
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    {
      ...summit('2025-04-kremlin', '2025-04-25', 'Moscow', 'Russia', ['Moscow', 'Москва', 'Kremlin', 'Кремль'], [
        { name: 'Steve Witkoff', nameRu: 'Стив Уиткофф', side: 'us' },
        { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' },
      ]),
      kind: 'envoy',
    },
  ]);
  it('reads «навідався до», «завітав до», «наведался в» and the noun «відвідини» as a visit', () => {
    for (const text of ['Віткофф навідався до Москви у п’ятницю.', 'Віткофф завітав до Кремля у п’ятницю.', 'Уиткофф наведался в Москву в пятницу.', 'Відвідини Віткоффа до Москви тривали п’ять годин.']) {
      const ms = usru(detect(text, m, createDocumentState({ publishedAt: '2025-04-27' })));
      expect(ms.map((x) => x.eventId), text).toEqual(['2025-04-kremlin']);
    }
  });
});

describe('«з» with a city in the genitive is "from"', () => {
  it('does not take the city a trip began in as the other side («прилетів до Берліна з Москви»)', () => {
    expect(usru(run('Віткофф прилетів до Берліна з Москви, щоб зустрітися із Зеленським.', '2025-12-16'))).toEqual([]);
    expect(usru(run('Віткофф прилетів до Берліна з Москви.', '2025-12-16'))).toEqual([]);
  });

  it('still reads «з» with the instrumental as "with" («переговори з Москвою»)', () => {
    expect(usru(run('Віткофф провів переговори з Москвою в Санкт-Петербурзі.', '2025-04-12')).map((m) => m.eventId)).toEqual(['2025-04-petersburg']);
  });
});

describe('a title that names an institution between the role and the person', () => {
  const burns = { name: 'William Burns', nameRu: 'Уильям Бернс', side: 'us' as const };
  const patrushev = { name: 'Nikolai Patrushev', nameRu: 'Николай Патрушев', side: 'ru' as const };
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    { ...summit('2021-11-cia-moscow', '2021-11-02', 'Moscow', 'Russia', ['Moscow', 'Москва', 'Kremlin', 'Кремль'], [burns, patrushev]), kind: 'envoy' },
  ]);
  const read = (text: string) => usru(detect(text, m, createDocumentState({ publishedAt: '2021-11-05' })));

  it('reads the person after «з секретарем Ради безпеки РФ» as the other side, with "he" for the visitor named before', () => {
    for (const text of [
      'Бернс приїхав до Москви у вівторок. Він зустрівся із секретарем Ради безпеки РФ Миколою Патрушевим.',
      'Бернс приехал в Москву во вторник. Он встретился с секретарем Совета безопасности России Николаем Патрушевым.',
    ]) {
      const ms = read(text);
      expect(ms.map((x) => x.eventId), text).toEqual(['2021-11-cia-moscow', '2021-11-cia-moscow']);
      expect(ms[1]!.quote, text).toMatch(/Патрушев/);
    }
  });

  it('reads a visitor whose title names his agency in full as present at the other side’s seat', () => {
    const ms = read('Директор Центрального розвідувального управління США Вільям Бернс 2–3 листопада перебував у Москві.');
    expect(ms.map((x) => x.eventId)).toEqual(['2021-11-cia-moscow']);
    expect(ms[0]!.quote).toMatch(/^Директор .* у Москві$/);
  });

  it('still reads a third country’s minister behind such a title as a third party', () => {
    expect(read('Лавров зустрівся з міністром закордонних справ Туреччини Хаканом Фіданом у Москві 2 листопада.')).toEqual([]);
    expect(read('Лавров встретился с главой МИД Турции Хаканом Фиданом в Москве 2 ноября.')).toEqual([]);
  });
});

describe('"they" after a sentence that names only one of them', () => {
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    { ...summit('2019-osaka-sideline', '2019-06-28', 'Osaka', 'Japan', ['Osaka', 'Осака'], [
      { name: 'Donald Trump', nameRu: 'Дональд Трамп', side: 'us' },
      { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' },
    ]), kind: 'sideline' },
  ]);
  it('takes «вони» as both leaders named earlier, and reads «спілкувалися віч-на-віч» as a meeting', () => {
    const text =
      'Трамп і Путін домовилися про зустріч. За першого терміну Трампа вони бачилися не раз. ' +
      'Востаннє ж вони спілкувалися віч-на-віч на полях саміту G20 в Осаці в червні 2019 року.';
    const ms = usru(detect(text, m, createDocumentState({ publishedAt: '2025-08-10' })));
    // (The place and date after it are the same meeting's: one mark covers them.)
    expect(ms.map((x) => [x.quote, x.eventId])).toContainEqual(['спілкувалися віч-на-віч на полях саміту G20 в Осаці в червні 2019 року', '2019-osaka-sideline']);
  });

  it('reads "they" of the US president and Ukraine’s as no US–Russia meeting', () => {
    const text = 'Трамп запросив Зеленського до Білого дому. Вони спілкувалися віч-на-віч дві години.';
    expect(usru(detect(text, m, createDocumentState({ publishedAt: '2025-08-10' })))).toEqual([]);
  });
});

describe('delegations at one table, and this year in one word', () => {
  const three = summit('2026-02-geneva-three', '2026-02-17', 'Geneva', 'Switzerland', ['Geneva', 'Женева'], []);
  const manila = (id: string, start: string) => ({ ...summit(id, start, 'Manila', 'Philippines', ['Manila', 'Манила', 'Маніла'], [
    { name: 'Marco Rubio', nameRu: 'Марко Рубио', side: 'us' as const },
    { name: 'Sergei Lavrov', nameRu: 'Сергей Лавров', side: 'ru' as const },
  ]), kind: 'ministerial' as const });
  const m = compileMatcher([...FIXTURE_EVENTS, { ...three, kind: 'working-level' }, manila('2025-manila', '2025-07-10'), manila('2026-manila', '2026-07-23')]);
  it('reads «сиділи за одним столом у Женеві» on a page about the three delegations as their round', () => {
    for (const text of [
      'Зустріч делегацій України, США та Росії має відбутися до кінця жовтня. Востаннє делегації трьох країн сиділи за одним столом у Женеві 17–18 лютого.',
      'Встреча делегаций Украины, США и России должна пройти до конца октября. В последний раз делегации трех стран сидели за одним столом в Женеве 17–18 февраля.',
    ]) {
      const ms = usru(detect(text, m, createDocumentState({ publishedAt: '2026-10-05' })));
      expect(ms.map((x) => x.eventId), text).toContain('2026-02-geneva-three');
    }
  });

  it('reads «цьогоріч» and «в нынешнем году» as the year of the page', () => {
    for (const text of ['Цьогоріч Рубіо зустрівся з Лавровим у Манілі.', 'В нынешнем году Рубио встретился с Лавровым в Маниле.']) {
      for (const [pub, id] of [['2026-10-01', '2026-manila'], ['2025-10-01', '2025-manila']]) {
        const ms = usru(detect(text, m, createDocumentState({ publishedAt: pub })));
        expect(ms.map((x) => x.eventId), `${text} ${pub}`).toEqual([id]);
        expect(ms[0]!.reasons.some((r) => r.startsWith('date ')), `${text}: ${ms[0]!.reasons.join('; ')}`).toBe(true);
      }
    }
  });
});

describe('on the way to a city, or back from it', () => {
  const m = compileMatcher([
    ...FIXTURE_EVENTS,
    { ...summit('2025-12-kremlin-envoy', '2025-12-02', 'Moscow', 'Russia', ['Moscow', 'Москва', 'Kremlin', 'Кремль'], [
      { name: 'Steve Witkoff', nameRu: 'Стив Уиткофф', side: 'us' },
      { name: 'Vladimir Putin', nameRu: 'Владимир Путин', side: 'ru' },
    ]), kind: 'envoy' },
    { ...summit('2025-07-kl-ministers', '2025-07-10', 'Kuala Lumpur', 'Malaysia', ['Kuala Lumpur', 'Куала-Лумпур'], [
      { name: 'Marco Rubio', nameRu: 'Марко Рубио', side: 'us' },
      { name: 'Sergei Lavrov', nameRu: 'Сергей Лавров', side: 'ru' },
    ]), kind: 'ministerial' },
  ]);
  const read = (text: string) => usru(detect(text, m, createDocumentState({ publishedAt: '2025-12-05' })));

  it('does not take the city one travels to or comes from as the other side of a meeting elsewhere', () => {
    for (const text of [
      'Дорогою до Москви Віткофф зустрівся в Берліні із Зеленським.',
      'Повернувшись з Москви, Віткофф зустрівся з Трампом у Білому домі.',
      'Вернувшись из Москвы, Уиткофф встретился с Трампом в Белом доме.',
    ]) expect(read(text), text).toEqual([]);
  });

  it('does not take the city on the way to as where a call took place', () => {
    const ms = read('Рубио по дороге в Куала-Лумпур провел телефонный разговор с Лавровым.');
    expect(ms.map((x) => x.eventId)).not.toContain('2025-07-kl-ministers');
  });

  it('still reads the other side’s city where the meeting was, and a trip from home to it', () => {
    expect(read('У Москві Віткофф зустрівся з Путіним 2 грудня.').map((x) => x.eventId)).toEqual(['2025-12-kremlin-envoy']);
    expect(read('Уиткофф прилетел в Москву из Вашингтона 2 декабря и встретился с Путиным.').map((x) => x.eventId)).toEqual(['2025-12-kremlin-envoy']);
  });
});
