/**
 * A country the text leaves out of a meeting is not one of its sides. Coverage of US–Russia rounds
 * keeps saying who was not at the table ("Ukraine was not invited", "talks without Kyiv"), and a
 * stance taken toward the talks ("does not recognise them") denies the stance, not the meeting.
 * Passages written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const marks = (text: string, publishedAt: string): [string, string | null][] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => [m.quote, m.eventId ?? null]);
const RIYADH = '2025-riyadh-talks';

describe('parties the sentence leaves out', () => {
  it('reads "neither Kyiv nor Brussels was invited to the talks in Saudi Arabia" as the US–Russia round', () => {
    const text = 'The American and Russian foreign ministers sat down in Riyadh on Tuesday. Neither Kyiv nor Brussels was invited to the talks in Saudi Arabia.';
    expect(marks(text, '2025-02-19')).toContainEqual(['talks in Saudi Arabia', RIYADH]);
  });

  it('reads "Ukraine was not invited" the same way', () => {
    const text = 'Rubio and Lavrov spent four hours together in Riyadh. Ukraine was not invited to the talks in Saudi Arabia, and its president said so loudly.';
    expect(marks(text, '2025-02-19')).toContainEqual(['talks in Saudi Arabia', RIYADH]);
  });

  it('keeps a stance toward the talks from denying them: "does not recognise the Rubio-Lavrov talks"', () => {
    const text = 'The Ukrainian leader said on Wednesday that he does not recognise the legitimacy of the Rubio-Lavrov talks.';
    expect(marks(text, '2025-02-19')).toContainEqual(['Rubio-Lavrov talks', RIYADH]);
  });

  it('still treats an invited Ukraine as a party: a round Kyiv attends is no bilateral US–Russia meeting', () => {
    const text = 'Ukraine was invited to the talks in Saudi Arabia with the American delegation next month.';
    expect(marks(text, '2025-02-19').map(([, id]) => id)).not.toContain(RIYADH);
  });

  it('does not take an active invitation for a meeting: "Putin invited Trump to a summit in Moscow" stays unshown', () => {
    expect(marks('Putin invited Trump to a summit in Moscow, the Kremlin said.', '2019-06-01')).toEqual([]);
  });
});
