/**
 * A place standing for the meeting held there, said the Russian and Ukrainian way: as the subject
 * of a judgment («Рейкьявик стал поворотным пунктом», «Женева осталась в истории») or after the verb
 * of a question heading («Что дала Мальта»). A third country stands for the meeting in one of its
 * places. Never the sides' own capitals («Москва стала…» is the government), never a place the page
 * has not yet tied to a meeting. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type MatcherEvent, type Mention } from '../../../lib/detect';

const summit = (id: string, start: string, city: string, country: string, placeNames: string[], people: MatcherEvent['participants']): MatcherEvent => ({
  id, title: id, kind: 'summit', status: 'held', start, city, country, placeNames, participants: people, aliases: [], sharedAliases: [], cues: [],
});
const reagan = { name: 'Ronald Reagan', nameRu: 'Рональд Рейган', side: 'us' as const };
const bush = { name: 'George H. W. Bush', nameRu: 'Джордж Буш', side: 'us' as const };
const gorbachev = { name: 'Mikhail Gorbachev', nameRu: 'Михаил Горбачёв', side: 'ru' as const };
const matcher = compileMatcher([
  summit('1986-reykjavik', '1986-10-11', 'Reykjavik', 'Iceland', ['Reykjavik', 'Рейкьявик'], [reagan, gorbachev]),
  summit('1989-malta', '1989-12-02', 'Marsaxlokk', 'Malta', ['Marsaxlokk', 'Марсашлокк', 'Malta', 'Мальта'], [bush, gorbachev]),
  summit('1988-moscow', '1988-05-29', 'Moscow', 'Soviet Union', ['Moscow', 'Москва'], [reagan, gorbachev]),
]);
const run = (text: string, publishedAt = '2016-10-11'): Mention[] =>
  detect(text, matcher, createDocumentState({ publishedAt })).filter((m) => m.status === 'known');
const quotes = (ms: Mention[]) => ms.map((m) => [m.quote, m.eventId]);

describe('a place standing for its meeting (Russian, Ukrainian)', () => {
  it('reads the place as the subject of «стал», «осталась»', () => {
    const ms = run('В октябре 1986 года Рейган и Горбачёв встретились в Рейкьявике. Рейкьявик стал поворотным пунктом холодной войны.');
    expect(quotes(ms)).toContainEqual(['Рейкьявик', '1986-reykjavik']);
  });

  it('reads a question heading whose subject is a third country where the meeting was', () => {
    const ms = run('У грудні 1989 року Буш і Горбачов зустрілися в Марсашлокку.\n\nЩо дала Мальта\n\nПершу спільну пресконференцію.', '2019-12-03');
    expect(quotes(ms)).toContainEqual(['Що дала Мальта', '1989-malta']);
  });

  it('leaves a side’s capital as the subject alone: it is the government', () => {
    const ms = run('В мае 1988 года Рейган и Горбачёв встретились в Москве. Москва стала настаивать на новых условиях.', '2018-05-29');
    expect(ms.map((m) => m.quote)).not.toContain('Москва');
  });

  it('needs the meeting named before: a place alone is no mention', () => {
    expect(run('Рейкьявик стал столицей в 1918 году.')).toEqual([]);
  });
});
