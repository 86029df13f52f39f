import { describe, expect, it } from 'vitest';
import { eventUrn, noteUrn, notesToWebAnnotations } from '../../../lib/io/annotations';
import { exportFileName } from '../../../lib/io/format';
import { bodyForMarkdown, escapeMarkdown, notesToMarkdown } from '../../../lib/io/markdown';
import type { Note } from '../../../lib/notes/types';

const events = new Map([
  ['2018-helsinki-summit', { id: '2018-helsinki-summit', title: 'Helsinki summit', start: '2018-07-16' }],
  ['1985-geneva-summit', { id: '1985-geneva-summit', title: 'Geneva summit', start: '1985-11-19', end: '1985-11-20' }],
]);
const notes: Note[] = [
  {
    id: '0b6f3c1e-1111-4222-8333-444455556666', eventId: '2018-helsinki-summit', body: 'First line\nsecond <script>alert(1)</script> &amp;\n\n- a point',
    tags: ['cold-war'], createdAt: Date.UTC(2024, 0, 2, 10, 0), updatedAt: Date.UTC(2024, 0, 3, 9, 30),
    target: { url: 'https://news.example/a b?(x)', title: 'Trump & Putin [live]', quote: { exact: 'the *Helsinki* summit', prefix: 'At ', suffix: ' in July' } },
  },
  { id: 'n2', eventId: '1985-geneva-summit', body: 'Older event', tags: [], createdAt: Date.UTC(2024, 0, 1), updatedAt: Date.UTC(2024, 0, 1) },
  { id: 'n3', eventId: null, mention: 'the Ankara talks', body: 'Unknown', tags: ['check'], createdAt: Date.UTC(2024, 0, 4), updatedAt: Date.UTC(2024, 0, 4) },
  { id: 'n4', eventId: '2018-helsinki-summit', body: 'Newer on Helsinki', tags: [], createdAt: Date.UTC(2024, 0, 5), updatedAt: Date.UTC(2024, 0, 5) },
];

describe('Markdown export', () => {
  const md = notesToMarkdown(notes, events, new Date(Date.UTC(2024, 1, 1)));

  it('groups by event in time order, newest note first, with tags, quote and page', () => {
    expect(md.startsWith('# Parley notes\n\nExported 2024-02-01 00:00 UTC · 4 notes in 3 groups\n')).toBe(true);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Geneva summit (19–20 November 1985)', '## Helsinki summit (16 July 2018)', '## Not in the database: “the Ankara talks”']);
    expect(md.indexOf('Newer on Helsinki')).toBeLessThan(md.indexOf('First line'));
    expect(md).toContain('### 2024-01-02 10:00 UTC (edited 2024-01-03 09:30 UTC)');
    expect(md).toContain('Tags: #cold-war');
    expect(md).toContain('> …At **the \\*Helsinki\\* summit** in July…');
    expect(md).toContain('> — [Trump \\& Putin \\[live\\]](<https://news.example/a%20b?%28x%29>)');
  });

  it('keeps bodies as Markdown but escapes raw HTML and keeps line breaks', () => {
    expect(md).toContain('First line  \nsecond \\<script>alert(1)\\</script> \\&amp;\n\n- a point');
    expect(bodyForMarkdown('a\nb')).toBe('a  \nb');
    expect(escapeMarkdown('# not a heading <b>')).toBe('\\# not a heading \\<b\\>');
  });
});

describe('W3C Web Annotation export', () => {
  const doc = notesToWebAnnotations(notes, events, new Date(Date.UTC(2024, 1, 1))) as any;

  it('is an AnnotationCollection of Annotations with TextQuoteSelectors', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(4);
    expect(doc.first.type).toBe('AnnotationPage');
    const a = doc.first.items.find((x: any) => x.id === 'urn:uuid:0b6f3c1e-1111-4222-8333-444455556666');
    expect(a).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-01-02T10:00:00.000Z',
      modified: '2024-01-03T09:30:00.000Z',
      target: {
        type: 'SpecificResource',
        source: 'https://news.example/a b?(x)',
        selector: { type: 'TextQuoteSelector', exact: 'the *Helsinki* summit', prefix: 'At ', suffix: ' in July' },
      },
    });
    expect(a.body).toEqual([
      { type: 'TextualBody', value: notes[0]!.body, format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'cold-war', purpose: 'tagging' },
      { type: 'SpecificResource', source: 'urn:parley:event:2018-helsinki-summit', purpose: 'identifying', label: 'Helsinki summit' },
    ]);
  });

  it('targets the event when a note has no page, and keeps unknown meetings by their words', () => {
    const n2 = doc.first.items.find((x: any) => x.id === noteUrn('n2'));
    expect(n2.target).toBe(eventUrn('1985-geneva-summit'));
    const n3 = doc.first.items.find((x: any) => x.id === 'urn:parley:note:n3');
    expect(n3.body).toContainEqual({ type: 'TextualBody', value: 'the Ankara talks', purpose: 'identifying' });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('names files by date', () => {
    expect(exportFileName('json', new Date(Date.UTC(2026, 2, 12)))).toBe('parley-2026-03-12.json');
  });
});

describe('an event the reader added says so in every export', () => {
  const mine = new Map([
    ['2025-ankara-consultations', { id: '2025-ankara-consultations', title: 'US–Russia talks in Ankara', start: '2025-03', origin: 'user' as const }],
    ['2018-helsinki-summit', { id: '2018-helsinki-summit', title: 'Helsinki summit', start: '2018-07-16', origin: 'bundled' as const }],
  ]);
  const two: Note[] = [
    { id: 'a1', eventId: '2025-ankara-consultations', body: 'Mine', tags: [], createdAt: 1, updatedAt: 1 },
    { id: 'a2', eventId: '2018-helsinki-summit', body: 'Theirs', tags: [], createdAt: 2, updatedAt: 2 },
  ];

  it('Markdown: its heading says "added by you, unverified"; a bundled one’s does not', () => {
    const headings = notesToMarkdown(two, mine).split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Helsinki summit (16 July 2018)', '## US–Russia talks in Ankara (March 2025) — added by you, unverified']);
  });

  it('Web Annotations: the event’s label says so', () => {
    const labels = ((notesToWebAnnotations(two, mine).first as { items: { body: { purpose: string; label?: string }[] }[] }).items).map((a) => a.body.find((b) => b.purpose === 'identifying')?.label);
    expect(labels).toEqual(['US–Russia talks in Ankara (added by you, unverified)', 'Helsinki summit']);
  });
});
