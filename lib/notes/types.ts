/**
 * A reader's note. Where it was taken is kept as a W3C Web Annotation TextQuoteSelector
 * (exact + a little prefix/suffix), so the note can lead back to its place even after the page
 * changes around it.
 */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface NoteTarget {
  url: string;
  title: string;
  quote: TextQuote;
}

export interface Note {
  /** Random UUID. */
  id: string;
  /** The event the note is about; null for a meeting not in the database (see `mention`). */
  eventId: string | null;
  /** For notes on an unknown meeting: the mention's text, so the note still says what it is about. */
  mention?: string;
  /** Plain text with light Markdown; always rendered safely (never as raw HTML). */
  body: string;
  tags: string[];
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  target?: NoteTarget;
}

export type NoteInput = Pick<Note, 'eventId' | 'body'> & Partial<Pick<Note, 'mention' | 'tags' | 'target'>>;

export const QUOTE_CONTEXT = 32;

/** Builds a TextQuoteSelector from a text and the quote's offsets in it. */
export function quoteSelector(text: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}
