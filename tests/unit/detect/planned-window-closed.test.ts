// A meeting the dataset still holds as planned, with a window of dates, is what text looking ahead
// means only while that window is open: once it has closed before the page was published, "envoys
// to meet Putin in Moscow" is the meeting of those days, not the round announced months before
// (the dataset keeps an announced round nobody dated later as planned). (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

const known = (text: string, pub: string) => marksOn(text, pub).filter((m) => m.status === 'known').map((m) => m.eventId);

describe('a planned meeting whose window closed before publication', () => {
  it('is not what future text on a later page means', () => {
    expect(known('Trump envoys to meet Putin in Moscow to discuss Ukraine.', '2025-12-02')).toEqual(['2025-12-02-witkoff-kushner-putin-moscow']);
  });

  it('still is while its window is open', () => {
    expect(known('US and Russian diplomats will meet in Moscow for talks on embassy work.', '2025-10-20')).toEqual(['2025-10-embassy-consultations-autumn-round']);
  });
});
