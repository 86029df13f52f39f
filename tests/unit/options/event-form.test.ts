import { describe, expect, it } from 'vitest';
import { validateUserEvent } from '../../../lib/db/user-events';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { eventFromForm, fieldWords, formFromEvent } from '../../../lib/ui/options/EventForm';

describe('the event form loses nothing', () => {
  it('every bundled event, through the form unchanged, comes back identical and valid', () => {
    const diffs: string[] = [];
    for (const e of BUNDLED_EVENTS) {
      const back = eventFromForm(formFromEvent(e), e);
      if (JSON.stringify(sortKeys(back)) !== JSON.stringify(sortKeys(e))) diffs.push(e.id);
      expect(validateUserEvent(back).issues, e.id).toEqual([]);
    }
    expect(diffs).toEqual([]);
  });

  it('a new event leaves out what was not filled in', () => {
    const f = formFromEvent();
    Object.assign(f, { title: ' T ', start: '2026', country: 'Finland', aliasesEn: 'the T talks\n\n' });
    f.participants = [{ name: 'A', nameRu: '', side: 'us', role: 'Envoy' }, { name: '', nameRu: '', side: 'ru', role: '' }];
    expect(eventFromForm(f)).toEqual({
      title: 'T', kind: 'working-level', status: 'held', start: '2026', place: { country: 'Finland' },
      participants: [{ name: 'A', side: 'us', role: 'Envoy' }], aliases: { en: ['the T talks'], ru: [] }, cues: [], summary: '', outcomes: [], topics: [], sources: [],
    });
  });

  it('names fields in words', () => {
    expect(fieldWords('participants.1.name')).toBe('Who met, person 2: name');
    expect(fieldWords('aliases.en.0')).toBe('Names in English, line 1');
    expect(fieldWords('place.country')).toBe('Country');
    expect(fieldWords('sources.0.url')).toBe('Source 1: url');
  });
});

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, sortKeys((x as Record<string, unknown>)[k])]));
  return x;
}
