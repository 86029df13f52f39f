/**
 * The detector's matcher over the bundled dataset, compiled once per test file that asks for it.
 * Tests that name real events (rather than fixtures.ts's small hand-made list) share it.
 */
import { compileMatcher, createDocumentState, detect, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

export const bundledMatcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));

/** The marks on one passage of a page published that day, read with the bundled dataset. */
export const marksOn = (text: string, publishedAt?: string) => detect(text, bundledMatcher, createDocumentState({ publishedAt }));
