/**
 * Maintainers' view of the bundled dataset.
 *   npm run events -- --json     the dataset as one JSON array (events as stored, with sortKey and origin)
 *   npm run events -- check      validate; exits 1 naming the event id and field of every problem
 *   npm run events -- stats      counts by kind, era (file), status and evidence; how far the dataset reaches
 *   npm run events               a one-line-per-event listing
 */
import { BUNDLED_EVENTS, BUNDLED_FILES, DATASET_VERSION } from '../lib/events/dataset';
import { DATASET_REACH, datasetReach } from '../lib/events/reach';
import type { MeetingEvent } from '../lib/events/types';
import { formatIssue, validateDataset } from '../lib/events/validate';
import { toStored } from '../lib/db/seed';

const args = process.argv.slice(2);

if (args.includes('check')) {
  const { events, issues } = validateDataset(BUNDLED_EVENTS);
  for (const i of issues) console.error(formatIssue(i));
  const reach = datasetReach(events);
  if (reach !== DATASET_REACH) {
    console.error(`lib/events/reach.ts: DATASET_REACH is ${DATASET_REACH}, but the dataset reaches ${reach}; update the constant`);
    issues.push({ record: 'DATASET_REACH', field: '', message: 'out of date' });
  }
  if (issues.length) {
    console.error(`\n${issues.length} problem(s) in the dataset.`);
    process.exit(1);
  }
  const byKind = new Map<string, number>();
  for (const e of events) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  console.log(`Dataset ${DATASET_VERSION}: ${events.length} events valid (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}).`);
} else if (args.includes('stats')) {
  const count = (key: (e: MeetingEvent) => string | undefined, events: readonly MeetingEvent[] = BUNDLED_EVENTS) => {
    const m = new Map<string, number>();
    for (const e of events) {
      const k = key(e) ?? '(none)';
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const last = [...BUNDLED_EVENTS].sort((a, b) => (b.end ?? b.start).localeCompare(a.end ?? a.start))[0];
  console.log(`Dataset ${DATASET_VERSION}: ${BUNDLED_EVENTS.length} events`);
  console.log(`by kind:     ${count((e) => e.kind)}`);
  console.log(`by era:      ${Object.entries(BUNDLED_FILES).map(([f, es]) => `${f.replace(/\.json$/, '')} ${es.length}`).join(', ')}`);
  console.log(`by status:   ${count((e) => e.status)}`);
  console.log(`by evidence: ${count((e) => e.evidence)}`);
  console.log(`by sources:  ${count((e) => (e.sources.length >= 2 ? '2+' : '1'))}`);
  console.log(`reaches:     ${datasetReach(BUNDLED_EVENTS)} (latest held or planned event)`);
  if (last) console.log(`last event:  ${last.end ?? last.start} ${last.id} (${last.status})`);
} else if (args.includes('--json')) {
  const out = BUNDLED_EVENTS.map((e) => toStored(e, 'bundled')).sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id));
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  for (const e of [...BUNDLED_EVENTS].sort((a, b) => a.start.localeCompare(b.start)))
    console.log(`${e.start.padEnd(10)}  ${e.kind.padEnd(13)} ${e.status.padEnd(9)} ${e.id}  —  ${e.place.city ?? ''}, ${e.place.country}`);
}
