/**
 * A small hand-made event list for detector unit tests, independent of the bundled dataset (which
 * other people edit): three Geneva summits sharing an alias, a series of two Istanbul rounds, a
 * related Russia–Ukraine round in the same city, a planned and a cancelled event, calls.
 */
import type { MatcherEvent } from '../../../lib/detect';

type P = MatcherEvent['participants'][number];
const us = (name: string, nameRu?: string): P => ({ name, nameRu, side: 'us' });
const ru = (name: string, nameRu?: string): P => ({ name, nameRu, side: 'ru' });
const other = (name: string, nameRu?: string): P => ({ name, nameRu, side: 'other' });

function ev(e: Partial<MatcherEvent> & Pick<MatcherEvent, 'id' | 'start' | 'kind'>): MatcherEvent {
  return {
    title: e.id,
    status: 'held',
    country: '',
    placeNames: [],
    participants: [],
    aliases: [],
    sharedAliases: [],
    cues: [],
    ...e,
  };
}

const GENEVA = ['Geneva', 'Женева', 'Женеве', 'Switzerland', 'Швейцария'];
const ISTANBUL = ['Istanbul', 'Стамбул', 'Стамбуле', 'Turkey', 'Türkiye', 'Турция'];

export const FIXTURE_EVENTS: MatcherEvent[] = [
  ev({ id: '1955-geneva', kind: 'summit', start: '1955-07-18', city: 'Geneva', country: 'Switzerland', placeNames: GENEVA,
    participants: [us('Dwight Eisenhower', 'Дуайт Эйзенхауэр'), ru('Nikolai Bulganin', 'Николай Булганин'), ru('Nikita Khrushchev', 'Никита Хрущёв')],
    aliases: ['1955 Geneva summit'], sharedAliases: ['Geneva summit', 'саммит в Женеве'], cues: ['open skies', 'big four'] }),
  ev({ id: '1985-geneva', kind: 'summit', start: '1985-11-19', end: '1985-11-20', city: 'Geneva', country: 'Switzerland', placeNames: GENEVA,
    participants: [us('Ronald Reagan', 'Рональд Рейган'), ru('Mikhail Gorbachev', 'Михаил Горбачёв')],
    aliases: ['1985 Geneva summit', 'fireside summit'], sharedAliases: ['Geneva summit', 'саммит в Женеве'], cues: ['fireside', 'sdi'] }),
  ev({ id: '2021-geneva', kind: 'summit', start: '2021-06-16', city: 'Geneva', country: 'Switzerland', placeNames: [...GENEVA, 'Villa La Grange'],
    participants: [us('Joe Biden', 'Джо Байден'), ru('Vladimir Putin', 'Владимир Путин')],
    aliases: ['Biden-Putin summit'], sharedAliases: ['Geneva summit', 'саммит в Женеве'], cues: ['strategic stability', 'cyber'] }),
  ev({ id: '2018-helsinki', kind: 'summit', start: '2018-07-16', city: 'Helsinki', country: 'Finland', placeNames: ['Helsinki', 'Хельсинки', 'Finland'],
    participants: [us('Donald Trump', 'Дональд Трамп'), ru('Vladimir Putin', 'Владимир Путин')],
    aliases: ['Helsinki summit', 'саммит в Хельсинки', 'Хельсинкский саммит'], cues: ['press conference'] }),
  ev({ id: '2025-riyadh', kind: 'ministerial', start: '2025-02-18', city: 'Riyadh', country: 'Saudi Arabia',
    placeNames: ['Riyadh', 'Эр-Рияд', 'Эр-Рияде', 'Saudi Arabia', 'Саудовская Аравия'],
    participants: [us('Marco Rubio', 'Марко Рубио'), ru('Sergei Lavrov', 'Сергей Лавров')],
    aliases: ['Riyadh talks', 'переговоры в Эр-Рияде'], cues: ['embassies'] }),
  ev({ id: '2025-istanbul-1', kind: 'working-level', start: '2025-02-27', city: 'Istanbul', country: 'Turkey', placeNames: ISTANBUL,
    participants: [us('Sonata Coulter'), ru('Alexander Darchiev', 'Александр Дарчиев')], seriesId: 'embassy', round: 1,
    aliases: ['first Istanbul round'], sharedAliases: ['Istanbul talks', 'talks in Istanbul', 'переговоры в Стамбуле'], cues: ['embassy', 'embassies', 'diplomats', 'visas', 'посольств'] }),
  ev({ id: '2025-istanbul-2', kind: 'working-level', start: '2025-04-10', city: 'Istanbul', country: 'Turkey', placeNames: ISTANBUL,
    participants: [us('Sonata Coulter'), ru('Alexander Darchiev', 'Александр Дарчиев')], seriesId: 'embassy', round: 2,
    aliases: ['second Istanbul round'], sharedAliases: ['Istanbul talks', 'talks in Istanbul', 'переговоры в Стамбуле'], cues: ['embassy', 'embassies', 'diplomats', 'visas', 'посольств'] }),
  ev({ id: '2025-istanbul-ru-ua', kind: 'related', start: '2025-05-16', city: 'Istanbul', country: 'Turkey', placeNames: ISTANBUL,
    participants: [ru('Vladimir Medinsky', 'Владимир Мединский'), other('Rustem Umerov', 'Рустем Умеров')],
    sharedAliases: ['Istanbul talks', 'talks in Istanbul', 'переговоры в Стамбуле'], cues: ['ceasefire', 'prisoner exchange', 'medinsky', 'zelensky'] }),
  ev({ id: '2025-anchorage', kind: 'summit', start: '2025-08-15', city: 'Anchorage', country: 'United States',
    placeNames: ['Anchorage', 'Анкоридж', 'Alaska', 'Аляска', 'Аляске', 'Elmendorf'],
    participants: [us('Donald Trump', 'Дональд Трамп'), ru('Vladimir Putin', 'Владимир Путин')],
    aliases: ['Alaska summit', 'саммит на Аляске'], cues: ['alaska'] }),
  ev({ id: '2025-budapest', kind: 'summit', status: 'cancelled', start: '2025-10', city: 'Budapest', country: 'Hungary',
    placeNames: ['Budapest', 'Будапешт', 'Hungary'], participants: [us('Donald Trump'), ru('Vladimir Putin')],
    aliases: ['Budapest summit'], cues: ['orban'] }),
  ev({ id: '2026-moscow-planned', kind: 'working-level', status: 'planned', start: '2026-12', city: 'Moscow', country: 'Russia',
    placeNames: ['Moscow', 'Москва', 'Москве'], participants: [us('Sonata Coulter'), ru('Alexander Darchiev')], seriesId: 'embassy', round: 3,
    cues: ['embassy', 'embassies'] }),
  ev({ id: '2025-05-19-call', kind: 'call', start: '2025-05-19', country: 'United States', placeNames: ['Washington'],
    participants: [us('Donald Trump'), ru('Vladimir Putin')], sharedAliases: ['Trump-Putin call'] }),
  ev({ id: '2025-03-18-call', kind: 'call', start: '2025-03-18', country: 'United States', placeNames: ['Washington'],
    participants: [us('Donald Trump'), ru('Vladimir Putin')], sharedAliases: ['Trump-Putin call'] }),
];
