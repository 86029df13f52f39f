/**
 * Notes as one Markdown document, grouped by event (in time order), newest note first in a group.
 *
 * Note bodies are already light Markdown and go in as written, with two changes that keep their
 * meaning in any other Markdown renderer: raw HTML is escaped (Parley shows `<b>` in a note as
 * text, so must the export), and a single newline becomes a hard line break (as Parley shows it).
 * Quotes and page titles come from web pages and are escaped completely.
 */
import { formatDateRange } from '../events/timeline';
import type { MeetingEvent } from '../events/types';
import type { Note } from '../notes/types';

type EventInfo = Pick<MeetingEvent, 'id' | 'title' | 'start'> & Partial<Pick<MeetingEvent, 'end'>> & { origin?: 'bundled' | 'user' };

/** Escapes text so Markdown shows it literally. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+!|~&]/g, '\\$&').replace(/^(\s*)([-=>]|\d+[.)])/gm, '$1\\$2');
}

/** A note body for another Markdown renderer: no raw HTML, line breaks kept. */
export function bodyForMarkdown(body: string): string {
  const lines = body
    .replace(/\r\n?/g, '\n')
    .replace(/</g, '\\<')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .split('\n');
  return lines
    .map((l, i) => {
      const next = lines[i + 1];
      const hard = next !== undefined && l.trim() && next.trim() && !/^\s{0,3}[-*+]\s/.test(next);
      return hard ? `${l.replace(/\s+$/, '')}  ` : l;
    })
    .join('\n');
}

function linkUrl(url: string): string {
  return url.replace(/[\s<>()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const iso = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

export function groupForExport(notes: readonly Note[], events: ReadonlyMap<string, EventInfo>) {
  const groups = new Map<string, { heading: string; sort: string; notes: Note[] }>();
  for (const n of notes) {
    const ev = n.eventId ? events.get(n.eventId) : undefined;
    const key = n.eventId ?? `unknown:${n.mention ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      const heading = ev
        ? `${escapeMarkdown(ev.title)} (${formatDateRange(ev.start, ev.end)})${ev.origin === 'user' ? ' — added by you, unverified' : ''}`
        : n.eventId
          ? `Event ${escapeMarkdown(n.eventId)} (no longer in the database)`
          : `Not in the database: “${escapeMarkdown(n.mention ?? 'a meeting')}”`;
      // Known events in time order, then events gone from the database, then unknown meetings.
      g = { heading, sort: ev ? `0${ev.start}` : n.eventId ? `1${n.eventId}` : `2${n.mention ?? ''}`, notes: [] };
      groups.set(key, g);
    }
    g.notes.push(n);
  }
  return [...groups.values()].sort((a, b) => a.sort.localeCompare(b.sort));
}

export function notesToMarkdown(notes: readonly Note[], events: ReadonlyMap<string, EventInfo>, now = new Date()): string {
  const out: string[] = ['# Parley notes', ''];
  const groups = groupForExport(notes, events);
  out.push(`Exported ${iso(now.getTime())} · ${notes.length} ${notes.length === 1 ? 'note' : 'notes'} in ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}`, '');
  for (const g of groups) {
    out.push(`## ${g.heading}`, '');
    for (const n of [...g.notes].sort((a, b) => b.createdAt - a.createdAt)) {
      const edited = n.updatedAt > n.createdAt ? ` (edited ${iso(n.updatedAt)})` : '';
      out.push(`### ${iso(n.createdAt)}${edited}`, '');
      if (n.tags.length) out.push(`Tags: ${n.tags.map((t) => `#${escapeMarkdown(t)}`).join(' ')}`, '');
      if (n.target) {
        const q = n.target.quote;
        if (q.exact.trim()) {
          // The emphasis markers are ours; everything else from the page is escaped.
          const escaped = `${q.prefix ? `…${escapeMarkdown(q.prefix)}` : ''}**${escapeMarkdown(q.exact.trim())}**${q.suffix ? `${escapeMarkdown(q.suffix)}…` : ''}`;
          out.push(`> ${escaped.replace(/\n/g, ' ')}`, '>');
        }
        const title = escapeMarkdown(n.target.title.trim() || n.target.url);
        out.push(`${q.exact.trim() ? '> — ' : 'From '}[${title}](<${linkUrl(n.target.url)}>)`, '');
      }
      out.push(bodyForMarkdown(n.body), '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
