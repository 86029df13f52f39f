/**
 * Maintainers' view of the bundled dataset.
 *   npm run events -- --json     the dataset as one JSON array (events as stored, with sortKey and origin)
 *   npm run events -- check      validate; exits 1 naming the event id and field of every problem
 *   npm run events               a one-line-per-event listing
 */
import { BUNDLED_EVENTS, DATASET_VERSION } from '../lib/events/dataset';
import { formatIssue, validateDataset } from '../lib/events/validate';
import { toStored } from '../lib/db/seed';

const args = process.argv.slice(2);

if (args.includes('check')) {
  const { events, issues } = validateDataset(BUNDLED_EVENTS);
  for (const i of issues) console.error(formatIssue(i));
  if (issues.length) {
    console.error(`\n${issues.length} problem(s) in the dataset.`);
    process.exit(1);
  }
  const byKind = new Map<string, number>();
  for (const e of events) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  console.log(`Dataset ${DATASET_VERSION}: ${events.length} events valid (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}).`);
} else if (args.includes('--json')) {
  const out = BUNDLED_EVENTS.map((e) => toStored(e, 'bundled')).sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id));
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  for (const e of [...BUNDLED_EVENTS].sort((a, b) => a.start.localeCompare(b.start)))
    console.log(`${e.start.padEnd(10)}  ${e.kind.padEnd(13)} ${e.status.padEnd(9)} ${e.id}  —  ${e.place.city ?? ''}, ${e.place.country}`);
}
