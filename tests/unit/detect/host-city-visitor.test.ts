/**
 * A city of one side's country hosting the other side's person ("Kennebunkport hosted Putin") or
 * unnamed leader ("hosted the Russian president") is a visit to that side, resolved like the other
 * host-city frames only to a known event at that place. A city of a third country hosting one side
 * is not. Texts written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentState, detect } from '../../../lib/detect';
import { bundledMatcher as matcher } from './bundled';

const marks = (text: string, publishedAt: string) =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m) => m.status !== 'related')
    .map((m) => [m.quote, m.eventId] as const);

describe('a city of one side hosting the other side', () => {
  it('the visitor is named or is the other side\'s leader', () => {
    expect(marks('Kennebunkport hosted Vladimir Putin in July 2007, and the town remembers it well.', '2017-07-02')).toContainEqual([
      expect.stringContaining('Kennebunkport hosted Vladimir Putin'),
      '2007-kennebunkport-summit',
    ]);
    expect(marks('In November 2001 Crawford hosted the Russian president for two days.', '2011-11-14')).toContainEqual([
      expect.stringContaining('Crawford hosted the Russian president'),
      '2001-washington-crawford-summit',
    ]);
  });
  it('"played host to" both sides, titled by their sides', () => {
    expect(marks('Geneva played host to Ronald Reagan and Mikhail Gorbachev in November 1985.', '1995-11-19')).toContainEqual([
      expect.stringContaining('Geneva played host to Ronald Reagan and Mikhail Gorbachev'),
      '1985-geneva-summit',
    ]);
    expect(marks('Geneva hosted U.S. Secretary of State George Shultz and Soviet Foreign Minister Eduard Shevardnadze in January 1985.', '1995-01-10').some(([q]) => q.startsWith('Geneva hosted U.S. Secretary of State'))).toBe(true);
  });
  it('not a third country\'s city, not the visitor\'s own side', () => {
    expect(marks('Beijing hosted Vladimir Putin in May 2024.', '2024-05-20')).toEqual([]);
    expect(marks('Kennebunkport hosted the American president again in July 2007.', '2017-07-02')).toEqual([]);
  });
});
