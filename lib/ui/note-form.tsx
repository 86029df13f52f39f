/**
 * The form for a new note: its text (light Markdown) and its tags as chips. Used by the card's
 * notes frame (lib/ui/notes-frame/) and by an event's own page (lib/ui/event/), both extension
 * pages, so what is typed here never reaches a web page. A #tag typed into the text becomes a chip
 * on save and leaves the text (takeHashtags), as in the popup's editor.
 */
import { useState } from 'preact/hooks';
import { mergeTags, takeHashtags } from '../notes/tags';
import type { NoteInput } from '../notes/types';
import { TagChips } from './tag-chips';

export function NoteForm({ onSave, placeholder }: { onSave(input: Pick<NoteInput, 'body' | 'tags'>): Promise<void>; placeholder: string }) {
  const [body, setBody] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const submit = async (e: Event) => {
    e.preventDefault();
    // Tags are chips, as in the popup's editor: #tags typed into the text become chips and leave it.
    const taken = takeHashtags(body);
    if (!taken.body.trim()) return;
    setStatus('saving');
    try {
      await onSave({ body: taken.body, tags: mergeTags(tags, taken.tags) });
      setBody('');
      setTags([]);
      setStatus('saved');
    } catch (err) {
      setStatus({ error: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <form class="note-form" onSubmit={submit}>
      <label class="visually-hidden" for="parley-note-body">
        Your note
      </label>
      <textarea
        id="parley-note-body"
        data-testid="note-body"
        rows={3}
        placeholder={placeholder}
        value={body}
        onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)}
      />
      <TagChips tags={tags} onChange={setTags} idBase="parley-note-tags" />
      <div class="row">
        <button type="submit" class="primary" data-testid="note-save" disabled={!body.trim() || status === 'saving'}>
          Save note
        </button>
        <span role="status" class="muted" data-testid="note-status">
          {status === 'saved' ? 'Saved.' : status === 'saving' ? 'Saving…' : typeof status === 'object' ? `Not saved: ${status.error}` : ''}
        </span>
      </div>
    </form>
  );
}
