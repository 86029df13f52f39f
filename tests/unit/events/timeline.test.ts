// Time order over partial dates: a month-only or year-only date is a span of days, and "before"
// means surely before. The dataset's own case: the embassy round planned for October–November 2025
// must not list the Budapest summit (October 2025, shelved on the 22nd) as the meeting before it.
import { describe, expect, it } from 'vitest';
import { ParleyDB } from '../../../lib/db/database';
import { getEvent, neighbours, seriesEvents } from '../../../lib/db/events';
import { seedDataset } from '../../../lib/db/seed';
import { BUNDLED_EVENTS } from '../../../lib/events/dataset';
import { compareByTime, datePassed, nearestAround, relate, span } from '../../../lib/events/timeline';

const e = (id: string, start: string, end?: string) => ({ id, start, ...(end ? { end } : {}) });

describe('spans of partial dates', () => {
  it('a month covers its days, a year its months, a range both ends', () => {
    expect(span('2025-10')).toEqual({ lo: '2025-10-01', hi: '2025-10-31' });
    expect(span('2024-02')).toEqual({ lo: '2024-02-01', hi: '2024-02-29' });
    expect(span('1985')).toEqual({ lo: '1985-01-01', hi: '1985-12-31' });
    expect(span('2025-10', '2025-11')).toEqual({ lo: '2025-10-01', hi: '2025-11-30' });
    expect(span('2025-08-15')).toEqual({ lo: '2025-08-15', hi: '2025-08-15' });
  });

  it('relates spans: surely before, surely after, or overlapping', () => {
    expect(relate(span('2025-09-24'), span('2025-10'))).toBe('before');
    expect(relate(span('2025-10-16'), span('2025-10'))).toBe('overlaps');
    expect(relate(span('2025-10'), span('2025-10', '2025-11'))).toBe('overlaps');
    expect(relate(span('2025-12-02'), span('2025-10', '2025-11'))).toBe('after');
    expect(relate(span('2025-08-18'), span('2025-08-18'))).toBe('overlaps');
  });

  it('sorts a month-only event mid-month, not before every dated event of the month', () => {
    const list = [e('oct', '2025-10'), e('oct-20', '2025-10-20'), e('oct-02', '2025-10-02'), e('sep', '2025-09-24')];
    expect([...list].sort(compareByTime).map((x) => x.id)).toEqual(['sep', 'oct-02', 'oct', 'oct-20']);
  });

  it('the nearest surely-before and surely-after events skip those the dates cannot place', () => {
    const autumn = e('autumn', '2025-10', '2025-11');
    const others = [e('budapest', '2025-10'), e('call-16', '2025-10-16'), e('unga', '2025-09-24'), e('june', '2025-06'), e('dec', '2025-12-02'), e('nov-24', '2025-11-24')];
    expect(nearestAround(autumn, others)).toEqual({ before: others[2], after: others[4] });
    const call = e('call-16', '2025-10-16');
    const r = nearestAround(call, [...others, e('call-20', '2025-10-20')]);
    expect(r.before?.id).toBe('unga');
    expect(r.after?.id).toBe('call-20');
  });

  it('says when a planned date has passed', () => {
    expect(datePassed('2025-10', '2025-11', '2025-12-01')).toBe(true);
    expect(datePassed('2025-10', '2025-11', '2025-11-30')).toBe(false);
    expect(datePassed('2026', undefined, '2026-06-01')).toBe(false);
  });
});

describe('the database timeline', () => {
  it('the autumn embassy round: before it the UNGA meeting of 24 September, not the shelved Budapest summit', async () => {
    const db = new ParleyDB(`test-${crypto.randomUUID()}`);
    await seedDataset(db, BUNDLED_EVENTS, 'v1');
    const autumn = (await getEvent(db, '2025-10-embassy-consultations-autumn-round'))!;
    const { before, after } = await neighbours(db, autumn);
    expect(before?.id).not.toBe('2025-10-budapest-summit-cancelled');
    expect(before?.id).toBe('2025-09-24-rubio-lavrov-unga');
    expect(after && after.start > '2025-11-30').toBe(true);
    const budapest = (await getEvent(db, '2025-10-budapest-summit-cancelled'))!;
    expect((await neighbours(db, budapest)).after?.id).not.toBe('2025-10-embassy-consultations-autumn-round');
    const rounds = await seriesEvents(db, '2025-istanbul-embassy-consultations');
    expect(rounds.map((r) => r.id).at(-1)).toBe('2025-10-embassy-consultations-autumn-round');
  });
});
