/**
 * The detector's matcher over the bundled dataset, compiled once per test file that asks for it.
 * Tests that name real events (rather than fixtures.ts's small hand-made list) share it.
 */
import { compileMatcher, toMatcherEvent } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

export const bundledMatcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
