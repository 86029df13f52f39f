/**
 * Tags as chips, edited as chips: the popup's note editor and the card's notes frame use this same
 * field, and both take "#tags" typed into a note's text out into chips on save (takeHashtags in
 * lib/notes/tags.ts), so a tag is only ever a chip, never also a word in the text.
 */
import { useRef, useState } from 'preact/hooks';
import { mergeTags } from '../notes/tags';

/** Tags as chips: each with a remove button, and a field that adds one on Enter, comma or leaving it. */
export function TagChips({ tags, onChange, idBase }: { tags: string[]; onChange(tags: string[]): void; idBase: string }) {
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const add = (raw: string) => {
    const more = raw.split(/[,\s]+/).filter(Boolean);
    if (more.length) onChange(mergeTags(tags, more));
    setDraft('');
  };
  return (
    <div class="chips-field">
      <span class="chips-label" id={`${idBase}-label`}>Tags</span>
      <ul class="tags chips" aria-labelledby={`${idBase}-label`} data-testid="tag-chips">
        {tags.map((t, i) => (
          <li key={t} class="chip" data-testid="tag-chip">
            <span>#{t}</span>
            <button type="button" class="chip-remove" aria-label={`Remove tag ${t}`} data-testid="tag-chip-remove"
              onClick={() => {
                onChange(tags.filter((x) => x !== t));
                // Focus stays among the chips: the next one's button, else the field.
                requestAnimationFrame(() => {
                  const rest = input.current?.closest('.chips-field')?.querySelectorAll<HTMLButtonElement>('.chip-remove');
                  (rest?.[Math.min(i, (rest?.length ?? 1) - 1)] ?? input.current)?.focus();
                });
              }}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input id={`${idBase}-input`} ref={input} data-testid="tag-input" value={draft} placeholder="Add a tag"
        aria-label="Add a tag (Enter adds it)"
        onInput={(e) => {
          const v = (e.target as HTMLInputElement).value;
          if (/[,\s]$/.test(v)) add(v);
          else setDraft(v);
        }}
        onKeyDown={(e) => {
          // Enter adds the tag typed; in an empty field it is the form's Enter (it saves the note).
          if (e.key === 'Enter' && !(e.ctrlKey || e.metaKey) && draft.trim()) {
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && !draft && tags.length) onChange(tags.slice(0, -1));
        }}
        onBlur={() => draft.trim() && add(draft)} />
    </div>
  );
}
