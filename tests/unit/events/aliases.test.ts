/**
 * The names a Ukrainian and a Russian reader meet for a meeting are in the dataset, as a class:
 * a summit, a meeting of two named people or a call named in Russian is also named in Ukrainian
 * where the two languages do not already meet after the detector's folding (і → и, є → е) and
 * stemming. «переговори в Стамбулі» needs no entry of its own (it reads as «переговоры в
 * Стамбуле»); «саміт у Відні», «зустріч Рейгана і Горбачова» and «Рейк'явіцький саміт» do.
 *
 * The second half runs the detector on the bundled dataset over sentences written for this test,
 * so a name that is listed but never found (or found as the wrong meeting) fails here.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';

const ukNames = (e: (typeof BUNDLED_EVENTS)[number]) => [...(e.aliases.uk ?? []), ...(e.sharedAliases ?? [])];
const ruNames = (e: (typeof BUNDLED_EVENTS)[number]) => [...e.aliases.ru, ...(e.sharedAliases ?? [])];

/** Russian name classes and the Ukrainian head that must stand for each (matched at the start). */
const CLASSES: { what: string; ru: RegExp; uk: RegExp }[] = [
  { what: 'a summit in a city («саммит в X» → «саміт у/в/на X»)', ru: /^саммит (в|во|на) /i, uk: /^саміт (у|в|на) /i },
  { what: 'a city-adjective summit («X-ский саммит» → «X-ський / X-цький саміт»)', ru: /^\S+ский саммит$/i, uk: /^\S+(ськ|цьк|зьк)ий саміт$/i },
  { what: 'a city-adjective conference («X-ская конференция» → «X-ська конференція»)', ru: /^\S+ская конференция/i, uk: /^\S+(ськ|цьк|зьк)а конференція/i },
  { what: 'a meeting of two named people («встреча A и B» → «зустріч A і B»)', ru: /^встреча [А-ЯЁ]\S+ и [А-ЯЁ]/, uk: /^зустріч [А-ЯІЇЄҐ]\S+ і [А-ЯІЇЄҐ]/ },
  { what: 'a call of two named people («разговор A и B» → «розмова A і B»)', ru: /^разговор [А-ЯЁ]\S+ и [А-ЯЁ]/, uk: /^розмова [А-ЯІЇЄҐ]\S+ і [А-ЯІЇЄҐ]/ },
];

describe('Ukrainian names stand next to the Russian ones, by class', () => {
  for (const c of CLASSES) {
    it(`every event named as ${c.what} in Russian is named so in Ukrainian too`, () => {
      const missing = BUNDLED_EVENTS.filter((e) => ruNames(e).some((a) => c.ru.test(a)) && !ukNames(e).some((a) => c.uk.test(a))).map((e) => e.id);
      expect(missing).toEqual([]);
    });
  }

  it('spells the Ukrainian names in Ukrainian (no Russian-only letters ы, э, ъ, ё)', () => {
    const bad = BUNDLED_EVENTS.flatMap((e) => (e.aliases.uk ?? []).filter((a) => /[ыэъё]/i.test(a)).map((a) => `${e.id}: ${a}`));
    expect(bad).toEqual([]);
  });
});

describe('the detector finds the meetings by their Ukrainian and Russian names', () => {
  const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
  // A first sentence that names both sides, as any article about these meetings does.
  const lead = { uk: 'Відносини США і Росії мають довгу історію.', ru: 'У отношений России и США долгая история.' };
  const first = (lang: 'uk' | 'ru', sentence: string) => {
    const text = `${lead[lang]}\n\n${sentence}`;
    return detect(text, matcher, createDocumentState({})).find((m) => m.start > lead[lang].length);
  };

  it.each([
    ['uk', 'Тегеранська конференція тривала чотири дні.', '1943-tehran-conference'],
    ['uk', 'Рейк\'явіцький саміт закінчився без угоди.', '1986-reykjavik-summit'],
    ['uk', 'Історики досі сперечаються про Кемп-Девідський саміт 1959 року.', '1959-camp-david-summit'],
    ['uk', 'Московський саміт 1972 року приніс договір про ПРО.', '1972-moscow-summit'],
    ['uk', 'Саміт у Ванкувері був першим для Клінтона.', '1993-vancouver-summit'],
    ['uk', 'Будапештський саміт так і не відбувся.', '2025-10-budapest-summit-cancelled'],
    ['uk', 'Перша розмова Путіна і Байдена тривала недовго.', '2021-01-26-biden-putin-call'],
    ['ru', 'Стамбульские консультации заняли шесть часов.', '2025-istanbul-embassy-round-1'],
    ['uk', 'Стамбульські консультації тривали шість годин.', '2025-istanbul-embassy-round-1'],
    // Meetings the third audit added (December 2026).
    ['ru', 'Переговоры Хейга и Громыко заняли почти пять часов.', '1981-09-23-haig-gromyko-new-york'],
    ['uk', "Зустріч Шульца і Громика у Стокгольмі тривала п'ять годин.", '1984-01-18-shultz-gromyko-stockholm'],
    ['uk', 'Спільна заява Бейкера і Шеварднадзе засудила вторгнення до Кувейту.', '1990-08-03-baker-shevardnadze-vnukovo'],
    ['ru', 'Встреча Бейкера и Шеварднадзе в Иркутске прошла без прорыва по Афганистану.', '1990-08-01-baker-shevardnadze-irkutsk'],
    ['uk', 'Розмова Обами і Путіна про Крим тривала півтори години.', '2014-03-01-obama-putin-call'],
    ['ru', 'Разговор Остина и Шойгу 13 мая длился около часа.', '2022-05-13-austin-shoigu-call'],
    ['uk', 'Розмова Остіна і Шойгу 15 березня стосувалася збитого дрона.', '2023-03-15-austin-shoigu-call'],
    ['ru', 'Переговоры Бейкера и Бессмертных закончились переносом саммита.', '1991-01-28-bessmertnykh-washington'],
    ['uk', 'Зустріч Обами і Медведєва в Гонолулу підбила підсумки перезавантаження.', '2011-11-12-obama-medvedev-honolulu-apec'],
    // Meetings the fourth audit added (December 2026).
    ['ru', 'Встреча Кристофера и Козырева в Женеве заняла целый день.', '1993-02-25-christopher-kozyrev-geneva'],
    ['uk', 'Переговори Олбрайт і Примакова тривали понад три години.', '1997-02-20-albright-primakov-moscow'],
    ['ru', 'Первая встреча Пауэлла и Иванова прошла в Каире.', '2001-02-24-powell-ivanov-cairo'],
    ['uk', 'Зустріч Буша і Путіна в Пусані тривала годину.', '2005-11-18-bush-putin-busan-apec'],
    ['ru', 'Встреча Буша и Путина в Сиднее была посвящена ПРО.', '2007-09-07-bush-putin-sydney-apec'],
    ['uk', 'Остання зустріч Буша і Медведєва відбулася в Лімі.', '2008-11-22-bush-medvedev-lima-apec'],
    ['ru', 'Переговоры Райс и Лаврова в Москве длились несколько часов.', '2005-04-20-rice-moscow'],
    ['uk', 'Переговори Клінтон і Лаврова в Москві стосувалися Ірану.', '2009-10-13-clinton-lavrov-moscow'],
    ['uk', 'Перша зустріч Керрі і Лаврова відбулася в Берліні.', '2013-02-26-kerry-lavrov-berlin'],
    // Meetings the gap check added (December 2026).
    ['ru', 'Встреча Клинтона и Ельцина в Галифаксе прошла в день штурма больницы.', '1995-06-17-clinton-yeltsin-halifax'],
    ['uk', 'Зустріч Данфорда і Герасимова в Баку стала першою за три роки.', '2017-02-16-dunford-gerasimov-baku'],
    ['ru', 'Встреча Милли и Герасимова продолжалась около шести часов.', '2021-09-22-milley-gerasimov-helsinki'],
    ['ru', 'Переговоры Раска и Громыко в Женеве так и не сдвинули берлинский вопрос.', '1962-03-12-rusk-gromyko-geneva'],
    ['uk', 'Переговори Раска і Громика в Нью-Йорку 1966 року стосувалися космосу.', '1966-09-22-rusk-gromyko-new-york'],
    ['ru', 'Первое заседание комиссии Гор-Черномырдин открыло путь к общей станции.', '1993-09-01-gore-chernomyrdin-commission-washington'],
    ['ru', 'Переговоры Вэнса в Москве в октябре 1978 года не закрыли спор о телеметрии.', '1978-10-22-vance-moscow-salt'],
    ['ru', 'Встреча Маски и Громыко в Вене длилась три часа.', '1980-05-16-muskie-gromyko-vienna'],
    ['uk', 'Зустріч Шульца і Громика у Відні тривала майже шість годин.', '1985-05-14-shultz-gromyko-vienna'],
    ['ru', 'Переговоры Киссинджера и Громыко в Женеве в феврале 1975 года прошли в два приёма.', '1975-02-16-kissinger-gromyko-geneva'],
    ['ru', 'Беседа Джонсона с Громыко в Белом доме касалась Вьетнама.', '1966-10-10-johnson-gromyko-white-house'],
    ['uk', 'Зустріч Джонсона і Громика тривала понад годину.', '1966-10-10-johnson-gromyko-white-house'],
    ['ru', 'Встреча Буша и Путина в Ханое совпала с подписанием протокола о ВТО.', '2006-11-19-bush-putin-hanoi-apec'],
    ['ru', 'Разговор Остина и Шойгу 18 февраля стал последним перед войной.', '2022-02-18-austin-shoigu-call'],
    ['uk', 'Розмова Міллі і Герасимова відбулася з ініціативи американської сторони.', '2022-05-19-milley-gerasimov-call'],
    ['ru', 'Разговор Лаврова и Блинкена 12 февраля длился около получаса.', '2022-02-12-blinken-lavrov-call'],
    // Early Cold War contacts added in December 2026.
    ['ru', 'Встреча Трумэна и Молотова закончилась резким обменом репликами о Польше.', '1945-04-22-truman-molotov-white-house'],
    ['uk', 'Переговори Джессапа і Малика тривали майже три місяці.', '1949-02-15-jessup-malik-talks'],
    ['ru', 'Беседы Кеннана и Малика подготовили почву для перемирия в Корее.', '1951-05-31-kennan-malik-talks'],
    ['uk', 'Женевська конференція 1954 року поділила В’єтнам.', '1954-04-26-geneva-conference-korea-indochina'],
    ['ru', 'Встреча Буша и Андропова в Кремле длилась полчаса.', '1982-11-15-bush-shultz-andropov-kremlin'],
    ['uk', 'Зустріч Буша і Шульца з Горбачовим тривала понад годину.', '1985-03-13-bush-shultz-gorbachev-kremlin'],
  ] as const)('%s: %s → %s', (lang, sentence, id) => {
    const m = first(lang, sentence);
    expect(m?.status, sentence).toBe('known');
    expect(m?.eventId).toBe(id);
  });
});
