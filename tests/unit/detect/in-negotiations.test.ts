/**
 * «в переговорах», «у перемовинах»: "in" the negotiations is the process ("no progress in the
 * negotiations with Russia"); a meeting held is «на переговорах» (at the talks). Without a place or
 * a time of its own, the "in" phrase names no one meeting, even on a page about one. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type Mention } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);
const run = (text: string): Mention[] => detect(text, matcher, createDocumentState({ publishedAt: '2025-10-23' }));

describe('«в переговорах»: the process, not a meeting', () => {
  it('leaves «в переговорах с …» with no place or time unmarked', () => {
    const ms = run('Трамп отменил саммит с Путиным в Будапеште. Он не видит прогресса в переговорах с президентом России. Госсекретар каже, що у перемовинах з Москвою пауза.');
    expect(ms.map((m) => m.quote)).toEqual(['саммит с Путиным в Будапеште']);
  });

  it('keeps «в переговорах» with a place, and «на переговорах»', () => {
    const ms = run('Лавров участвовал в переговорах с Рубио в Эр-Рияде. На переговорах с Путиным в Будапеште Трамп хотел обсудить Украину.');
    expect(ms.map((m) => m.eventId)).toEqual(['2025-riyadh', '2025-budapest']);
  });
});
