/**
 * Russian and Ukrainian words that say where and when a meeting took place or was to take place:
 * the Ukrainian past «відбулася», «відбулися»; «должен был пройти», «мала відбутися» (was to take
 * place), read in a relative clause after the meeting noun; arriving «на» a place («приехал на
 * Аляску»). And word lists compared with folded page text (ы, і → и, э → е): «которые»,
 * «запланированный». Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, type Mention } from '../../../lib/detect';
import { FIXTURE_EVENTS } from './fixtures';

const matcher = compileMatcher(FIXTURE_EVENTS);
const run = (text: string, publishedAt = '2025-11-01'): Mention[] =>
  detect(text, matcher, createDocumentState({ publishedAt })).filter((m) => m.status === 'known' || m.status === 'unknown');

describe('where and when a meeting took place (Russian, Ukrainian)', () => {
  it('reads the place after «відбулася»', () => {
    const ms = run('Делегації США і Росії домовилися про нові контакти. Зустріч Лаврова і Рубіо відбулася в Ер-Ріяді.');
    expect(ms.find((m) => m.quote.includes('Ер-Ріяді'))?.eventId).toBe('2025-riyadh');
  });

  it('reads a relative clause whose verb only says the meeting took place («которые прошли»)', () => {
    const ms = run('Переговоры России и США, которые прошли в Эр-Рияде, продолжались четыре часа.');
    expect(ms.find((m) => m.quote.includes('Эр-Рияде'))?.eventId).toBe('2025-riyadh');
  });

  it('reads «мала відбутися» and «должен был пройти» as the planned place', () => {
    const uk = run('Саміт Трампа і Путіна, який мав відбутися в Будапешті, скасували.');
    expect(uk.find((m) => m.quote.includes('Будапешті'))?.eventId).toBe('2025-budapest');
    const ru = run('Саммит Трампа и Путина, который должен был пройти в Будапеште, отменили.');
    expect(ru.find((m) => m.quote.includes('Будапеште'))?.eventId).toBe('2025-budapest');
  });

  it('reads a participle of planning after the comma in its folded form («запланированный»)', () => {
    const ms = run('Саммит Трампа и Путина, запланированный в Будапеште, не состоялся.');
    expect(ms.find((m) => m.quote.includes('Будапеште'))?.eventId).toBe('2025-budapest');
  });

  it('reads arriving «на» a place as a visit', () => {
    const ms = run('В пятницу Трамп приехал на Аляску.', '2025-08-20');
    expect(ms.map((m) => [m.quote, m.eventId])).toEqual([['Трамп приехал на Аляску', '2025-anchorage']]);
  });
});
