// «Визит действующего президента США Никсона в Москву»: an adjective before the noun's genitive
// party (a title's «действующего», «чинного») does not end the phrase; it reads on to the party and
// the destination. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

describe('an adjective before a visit\'s party in the genitive', () => {
  it('in Russian', () => {
    const [m] = marksOn('Это был первый официальный визит действующего президента США Ричарда Никсона в Москву.', '1972-05-30');
    expect(m?.quote).toBe('первый официальный визит действующего президента США Ричарда Никсона в Москву');
    expect(m?.eventId).toBe('1972-moscow-summit');
  });
  it('in Ukrainian', () => {
    const [m] = marksOn('Це був перший офіційний візит чинного президента США Річарда Ніксона до Москви.', '1972-05-30');
    expect(m?.eventId).toBe('1972-moscow-summit');
  });
});
