/**
 * Tags are one thing: chips on the note, never also "#words" in its text. A #tag typed into a note
 * becomes a chip when the note is saved, and leaves the text. Pure.
 *
 * A hashtag is '#' at the start of the text or after a space or an opening bracket, then letters,
 * digits, '_' or '-' (any script: #саммит). Not a hashtag: '#' inside a word or a URL (page#part),
 * '# ' followed by a space, '#' inside `code`, and a number alone ('#1', an item number).
 */
const HASHTAG = /(^|[\s(\[])#([\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*)(?=$|[\s.,;:!?)\]])/gu;
const CODE = /`[^`\n]*`/g;

/** The same normalisation as stored tags: no '#', lower case, spaces as '-', at most 60 characters. */
export function normaliseTag(t: string): string {
  return t.trim().replace(/^#+/, '').replace(/\s+/g, '-').toLowerCase().slice(0, 60);
}

/** Adds tags to a list, normalised, each once, in order. */
export function mergeTags(tags: readonly string[], more: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of [...tags, ...more]) {
    const n = normaliseTag(t);
    if (n) out.add(n);
  }
  return [...out];
}

/**
 * Takes the #tags out of a note's text: { body without them, tags found }. Whitespace left behind
 * is tidied (no double spaces, no space before punctuation, no empty trailing lines); line breaks
 * the writer made stay.
 */
export function takeHashtags(body: string): { body: string; tags: string[] } {
  // Leave code spans alone: swap them out, work on the rest, put them back.
  const codes: string[] = [];
  const masked = body.replace(CODE, (m) => {
    codes.push(m);
    return `\u0000${codes.length - 1}\u0000`;
  });
  const tags: string[] = [];
  let text = masked.replace(HASHTAG, (_m, before: string, tag: string) => {
    tags.push(tag);
    return before;
  });
  if (!tags.length) return { body, tags: [] };
  text = text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').replace(/ +([.,;:!?)])/g, '$1').replace(/\( +/g, '(').replace(/\(\)/g, '').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  text = text.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codes[+i]!);
  return { body: text, tags: mergeTags([], tags) };
}
