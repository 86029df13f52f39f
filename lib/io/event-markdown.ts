/**
 * One event as a Markdown document: its facts, the reader's notes on it and the pages where the
 * reader met it (the pages their notes were taken on). Used by the event page's "Export as Markdown".
 *
 * Dataset text and page titles are escaped completely; note bodies go in as light Markdown with raw
 * HTML escaped (bodyForMarkdown), as in the export of all notes.
 */
import { formatDateRange } from '../events/timeline';
import type { StoredEvent } from '../events/types';
import type { Note } from '../notes/types';
import { bodyForMarkdown, escapeMarkdown } from './markdown';

const STATUS = { held: 'held', planned: 'planned', cancelled: 'cancelled' } as const;
const iso = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const linkUrl = (url: string) => url.replace(/[\s<>()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** The pages the notes were taken on, each once, in the order first met. */
export function pagesMet(notes: readonly Note[]): { url: string; title: string }[] {
  const seen = new Map<string, { url: string; title: string; at: number }>();
  for (const n of notes) {
    if (!n.target?.url) continue;
    const cur = seen.get(n.target.url);
    if (!cur || n.createdAt < cur.at) seen.set(n.target.url, { url: n.target.url, title: n.target.title.trim() || cur?.title || '', at: n.createdAt });
  }
  return [...seen.values()].sort((a, b) => a.at - b.at).map(({ url, title }) => ({ url, title }));
}

export function eventToMarkdown(ev: StoredEvent, notes: readonly Note[], now = new Date()): string {
  const e = escapeMarkdown;
  const out: string[] = [`# ${e(ev.title)}`, ''];
  const place = [ev.place.venue, ev.place.city, ev.place.region, ev.place.country].filter(Boolean).join(', ');
  out.push(`- When: ${e(formatDateRange(ev.start, ev.end))}`);
  out.push(`- Where: ${e(place)}`);
  out.push(`- Status: ${STATUS[ev.status]}${ev.origin === 'user' ? ' (added by you, unverified)' : ''}`);
  const people = ev.participants.map((p) => `${e(p.name)} (${e(p.role)})`);
  if (people.length) out.push(`- Who: ${people.join('; ')}`);
  out.push('');
  if (ev.summary.trim()) out.push(e(ev.summary.trim()), '');
  if (ev.outcomes.length) out.push('## What came of it', '', ...ev.outcomes.map((o) => `- ${e(o)}`), '');
  if (ev.sources.length) {
    out.push('## Sources', '');
    for (const s of ev.sources) {
      const extra = [s.publisher, s.date, s.lang && s.lang !== 'en' ? `in ${s.lang}` : ''].filter(Boolean).map((x) => e(x!));
      out.push(`- [${e(s.title)}](<${linkUrl(s.url)}>)${extra.length ? ` · ${extra.join(' · ')}` : ''}`);
    }
    out.push('');
  }
  const sorted = [...notes].sort((a, b) => b.createdAt - a.createdAt);
  out.push('## Your notes', '');
  if (!sorted.length) out.push('No notes.', '');
  for (const n of sorted) {
    out.push(`### ${iso(n.createdAt)}${n.updatedAt > n.createdAt ? ` (edited ${iso(n.updatedAt)})` : ''}`, '');
    if (n.tags.length) out.push(`Tags: ${n.tags.map((t) => `#${e(t)}`).join(' ')}`, '');
    if (n.target?.quote.exact.trim()) out.push(`> ${e(n.target.quote.exact.trim()).replace(/\n/g, ' ')}`, '');
    out.push(bodyForMarkdown(n.body), '');
  }
  const pages = pagesMet(notes);
  if (pages.length) {
    out.push('## Where you met it', '');
    for (const p of pages) out.push(`- [${e(p.title || p.url)}](<${linkUrl(p.url)}>)`);
    out.push('');
  }
  out.push(`Exported from Parley ${iso(now.getTime())}`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
