/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD, in one
 * AnnotationCollection with a single AnnotationPage. Other annotation tools (Hypothesis-style
 * clients, annotation servers) read this shape.
 *
 * One annotation per note:
 *  - body: the note (TextualBody, text/markdown, purpose "commenting"), one TextualBody per tag
 *    (purpose "tagging"), and what the note is about (purpose "identifying"): the Parley event as
 *    a SpecificResource with an `urn:parley:event:<id>` source and its title, or the words of a
 *    meeting Parley does not know;
 *  - target: the page with a TextQuoteSelector (exact, prefix, suffix) when the note was taken on a
 *    page, else the event's URN.
 */
import type { MeetingEvent } from '../events/types';
import type { Note } from '../notes/types';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const eventUrn = (id: string) => `urn:parley:event:${encodeURIComponent(id)}`;
export const noteUrn = (id: string) => (UUID_RE.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:parley:note:${encodeURIComponent(id)}`);

type EventInfo = Pick<MeetingEvent, 'id' | 'title'> & { origin?: 'bundled' | 'user' };

export function noteToAnnotation(n: Note, events: ReadonlyMap<string, EventInfo>): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: 'TextualBody', value: n.body, format: 'text/markdown', purpose: 'commenting' },
    ...n.tags.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
  ];
  if (n.eventId) {
    const ev = events.get(n.eventId);
    // An event the reader added says so in its label: it is their report, not a checked fact.
    body.push({ type: 'SpecificResource', source: eventUrn(n.eventId), purpose: 'identifying', ...(ev ? { label: ev.origin === 'user' ? `${ev.title} (added by you, unverified)` : ev.title } : {}) });
  } else if (n.mention) {
    body.push({ type: 'TextualBody', value: n.mention, purpose: 'identifying' });
  }
  const target = n.target
    ? {
        type: 'SpecificResource',
        source: n.target.url,
        ...(n.target.title ? { label: n.target.title } : {}),
        selector: { type: 'TextQuoteSelector', exact: n.target.quote.exact, prefix: n.target.quote.prefix, suffix: n.target.quote.suffix },
      }
    : n.eventId
      ? eventUrn(n.eventId)
      : noteUrn(n.id);
  return {
    id: noteUrn(n.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(n.createdAt).toISOString(),
    modified: new Date(n.updatedAt).toISOString(),
    generator: { type: 'Software', name: 'Parley' },
    body,
    target,
  };
}

export function notesToWebAnnotations(notes: readonly Note[], events: ReadonlyMap<string, EventInfo>, now = new Date()): Record<string, unknown> {
  const items = [...notes].sort((a, b) => a.createdAt - b.createdAt).map((n) => noteToAnnotation(n, events));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Parley notes, exported ${now.toISOString()}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
