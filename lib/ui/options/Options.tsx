/**
 * The options page (opens in a tab): notes, events, export and import, what is stored, reset, and
 * the switches. Opens the extension's database directly; everything on it is live.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ParleyDB } from '../../db/database';
import { StatusEpochContext } from './status-epoch';
import { NotesPanel } from '../popup/NotesPanel';
import { DataSection, ExportSection, ImportSection, ResetSection, SettingsSection } from './DataSections';
import { EventsSection } from './EventsSection';
import { StorageProblem } from '../StorageProblem';

export function Options({ db }: { db: ParleyDB }) {
  const [epoch, setEpoch] = useState({ n: 0, source: '' });
  const statusEpoch = useMemo(() => ({ ...epoch, bump: (source: string) => setEpoch((e) => ({ n: e.n + 1, source })) }), [epoch]);
  return (
    <StatusEpochContext.Provider value={statusEpoch}>
    <div class="options">
      <header class="options-head">
        <h1>Parley: notes and data</h1>
        <nav aria-label="Sections">
          <ul>
            <li><a href="#notes">Notes</a></li>
            <li><a href="#events">Events</a></li>
            <li><a href="#export">Export</a></li>
            <li><a href="#import">Import</a></li>
            <li><a href="#data">Your data</a></li>
            <li><a href="#settings">On or off</a></li>
            <li><a href="#reset">Reset</a></li>
          </ul>
        </nav>
      </header>
      <main>
        <StorageProblem db={db} />
        <div id="notes"><NotesPanel db={db} /></div>
        <EventsSection db={db} />
        <ExportSection db={db} />
        <ImportSection db={db} />
        <DataSection db={db} />
        <SettingsSection />
        <ResetSection db={db} />
      </main>
    </div>
    </StatusEpochContext.Provider>
  );
}
