/**
 * Public API of the detector: text in, mentions out. Pure functions of strings (no DOM, no
 * extension APIs), so the same code runs in the content script, in Node tests and in the CLI.
 *
 *   const matcher = compileMatcher(events.map(toMatcherEvent));   // once per dataset version
 *   const state = createDocumentState({ publishedAt, url, title });  // once per page
 *   detect(chunk1, matcher, state); detect(chunk2, matcher, state);  // per chunk of page text
 */
export { compileMatcher, compileMatcherAsync, type CompiledMatcher } from './matcher';
export { toMatcherEvent } from './matcherEvent';
export { createDocumentState, type DocumentState } from './state';
export { findPublishedDate, parseDateText } from './dates';
export { normalize, toOriginalRange, US_TOKEN, type Normalized } from './normalize';
export { detect, detectSteps } from './pipeline';
export type { Candidate, DocumentInfo, MatcherEvent, Mention, MentionStatus } from './types';
