/**
 * A weak word for a process ("dialogue", "contacts", «диалог», «контакти») with nothing of its own
 * (no parties, place or time) names no one meeting, even on a page about one meeting.
 * Sentences written for this test; the bundled dataset names the events.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createDocumentState, detect, toMatcherEvent, type Mention } from '../../../lib/detect';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';

const matcher = compileMatcher(BUNDLED_EVENTS.map(toMatcherEvent));
const quotes = (text: string, publishedAt: string): string[] =>
  detect(text, matcher, createDocumentState({ publishedAt }))
    .filter((m: Mention) => m.status === 'known' || m.status === 'unknown')
    .map((m) => m.quote);

describe('a process word alone', () => {
  it('is no mark on a page about a summit', () => {
    const q = quotes('Саммит Путина и Байдена в Женеве 16 июня 2021 года шёл четыре часа. Переговоры шли трудно, но в итоге стороны условились вернуть послов и начать диалог по стратегической стабильности.', '2021-06-20');
    expect(q.some((x) => x.includes('диалог'))).toBe(false);
    expect(q[0]).toContain('Саммит Путина и Байдена в Женеве');
  });
  it('is still a mark with parties of its own', () => {
    const q = quotes('Lavrov and Blinken held a dialogue in Geneva in January 2022.', '2022-02-01');
    expect(q.length).toBe(1);
  });
});
