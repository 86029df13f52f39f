/**
 * General fixes found with a blind batch of passages (see the held4 passages in the corpus):
 * inflected forms that another phrase's stem would hide, place-and-year descriptions of a summit,
 * aliases dated by a year of their own, aliases next to their meeting's participants, and deals
 * struck together in a named place. Uses the bundled dataset.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../lib/events/types';
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const events = readdirSync(join(root, 'assets/events'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(root, 'assets/events', f), 'utf8')) as MeetingEvent[]);
const matcher = compileMatcher(events.map(toMatcherEvent));
const usru = (text: string) => detect(text, matcher, createDocumentState({})).filter((m) => m.status === 'known' || m.status === 'unknown');

describe('general detector fixes', () => {
  it.each([
    ['После переговоров Кеннеди и Хрущёва в Вене отношения ухудшились.', '1961-vienna-summit'],
    ['Итоги переговоров Путина и Трампа в Анкоридже оказались скромными.', '2025-anchorage-summit'],
    ['The 1986 Reykjavik meeting is remembered as a near miss.', '1986-reykjavik-summit'],
    ['The 1961 Vienna meeting was tense.', '1961-vienna-summit'],
    ['The Reykjavik summit, Reagan later wrote, was a turning point.', '1986-reykjavik-summit'],
    ['Керри и Лавров договорились в Женеве о вывозе химического оружия из Сирии в сентябре 2013 года.', '2013-09-12-kerry-lavrov-geneva-chemical-weapons'],
  ])('finds %s', (text, id) => {
    expect(usru(text).map((m) => m.eventId)).toContain(id);
  });

  it.each([
    'The 2023 Reykjavik summit of the Council of Europe created a register of damage.',
    "The 2021 Geneva meeting on Iran's nuclear programme stalled.",
    'Путин и Трамп договорились продолжить контакты.',
    'Лавров и Ван И договорились в Пекине о координации.',
  ])('leaves alone %s', (text) => {
    expect(usru(text)).toEqual([]);
  });
});
