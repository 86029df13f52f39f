/**
 * A signing told by "the two men" or "the two leaders" is their meeting (as "the two governments
 * signed an agreement", an outcome, is not); and a "he" joined to a name ("he and Reagan met")
 * stands for the person named before, as a "he" alone does.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const usru = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);

describe('"the two men signed", "the two leaders signed"', () => {
  it('is the signers’ meeting', () => {
    expect(usru('Reagan welcomed Gorbachev to Washington. The two leaders signed the INF Treaty at the White House.', '2020-01-01')).toEqual([
      ['Reagan welcomed Gorbachev to Washington', '1987-washington-summit'],
      ['The two leaders signed the INF Treaty at the White House', '1987-washington-summit'],
    ]);
    expect(usru('Reagan and Gorbachev met again in December 1987. The two men signed the INF Treaty in the East Room on Dec. 8, 1987.', '2020-01-01').map((m) => m[0])).toContain(
      'The two men signed the INF Treaty in the East Room on Dec. 8, 1987',
    );
  });
  it('is nothing when the signers are governments', () => {
    expect(usru('Reagan and Gorbachev met in Geneva. The two governments also signed an agreement on cultural exchanges.', '2020-01-01')).toEqual([
      ['Reagan and Gorbachev met in Geneva', '1985-geneva-summit'],
    ]);
  });
});

describe('"he and <name>"', () => {
  it('"he" is the person named before', () => {
    expect(usru('Gorbachev reached Washington on Monday. That afternoon he and Reagan met in the Oval Office.', '2020-01-01')).toEqual([
      ['he and Reagan met in the Oval Office', '1987-washington-summit'],
    ]);
  });
  it('is nothing when "he" and the name are the same side or a third party', () => {
    expect(usru('Gorbachev reached London on Monday. He and Thatcher met the next day.', '2020-01-01')).toEqual([]);
  });
});

describe('"received the two envoys": a numbered "the" phrase as the object', () => {
  it('stands for the people named before', () => {
    expect(usru('Witkoff and Kushner flew in on Thursday. Putin received the two envoys in the Kremlin.', '2026-12-01')).toEqual([
      ['Putin received the two envoys in the Kremlin', '2026-09-05-witkoff-kushner-putin-moscow'],
    ]);
  });
  it('is nothing when they are a third party', () => {
    expect(usru('Erdogan and Aliyev arrived on Monday. Putin received the two leaders in the Kremlin.', '2026-12-01')).toEqual([]);
  });
});
