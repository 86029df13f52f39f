/**
 * The card's notes frame: an extension page the card embeds (listed in web_accessible_resources),
 * so the reader's notes and the keys typed into them live in a document the page cannot reach.
 * The token in the address says what it is for (lib/messages/notes-tokens.ts).
 */
import { render } from 'preact';
import { send } from '../../lib/messages/client';
import { dataRevisionItem } from '../../lib/settings/signals';
import { acceptPort } from '../../lib/ui/notes-frame/channel';
import { NotesFrame, type NotesFrameApi } from '../../lib/ui/notes-frame/NotesFrame';
import { wireToCard } from '../../lib/ui/notes-frame/wire';
import './style.css';

const token = location.hash.slice(1);
const app = document.getElementById('app')!;

const api: NotesFrameApi = {
  redeem: (t) => send('redeemNotes', { token: t }),
  getNotes: (eventId) => send('getNotes', { eventId }),
  saveNote: async (input) => void (await send('saveNote', input)),
  watch: (changed) => dataRevisionItem.watch((rev) => (rev.what === 'notes' || rev.what === 'all') && changed()),
};

// Wired at once: keys the reader presses before the card's port arrives are kept (wire.ts).
wireToCard(document, app, acceptPort(window, token));
render(<NotesFrame token={token} api={api} />, app);
