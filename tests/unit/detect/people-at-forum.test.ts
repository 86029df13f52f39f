// People named before who meet at a forum ("the two men plan to meet at the G-8 meeting of the
// industrial nations", "they will meet at the G20") meet each other there: the forum is the setting,
// as it is when the sentence names them, not the forum's own meeting. (Passages in our own words.)
import { describe, expect, it } from 'vitest';
import { marksOn } from './bundled';

const known = (text: string, pub: string) => marksOn(text, pub).filter((m) => m.status === 'known').map((m) => m.eventId);

describe('people named before, meeting at a forum', () => {
  const first = 'Bush and Putin met in Slovenia on Saturday.';
  it('"the two men" at the G-8 meeting of the industrial nations', () => {
    expect(known(`${first} The two men also plan to meet in July at the G-8 meeting of the industrial nations in Genoa.`, '2001-06-17')).toEqual(['2001-ljubljana-summit', '2001-07-22-bush-putin-genoa']);
  });
  it('"they", the same', () => {
    expect(known(`${first} They plan to meet again in July at the G-8 meeting of the industrial nations in Genoa.`, '2001-06-17')).toEqual(['2001-ljubljana-summit', '2001-07-22-bush-putin-genoa']);
  });
  it('a forum\'s own meeting, with nobody meeting at it, stays no mention', () => {
    expect(known(`${first} Ministers will gather in July at the G-8 meeting of the industrial nations in Genoa.`, '2001-06-17')).toEqual(['2001-ljubljana-summit']);
  });
});
