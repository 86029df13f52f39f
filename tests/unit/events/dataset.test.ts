import { describe, expect, it } from 'vitest';
import { BUNDLED_EVENTS, BUNDLED_FILES, DATASET_VERSION } from '../../../lib/events/dataset';
import { formatIssue, isLanguageTag, isValidPartialDate, validateDataset, validateEvent } from '../../../lib/events/validate';
import { DATASET_REACH, datasetReach, looksNewerThan } from '../../../lib/events/reach';

describe('the bundled dataset', () => {
  it('passes validation: schema, unique ids, shared aliases, https sources', () => {
    const { issues } = validateDataset(BUNDLED_EVENTS);
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('holds the events the product is built around', () => {
    const byId = new Map(BUNDLED_EVENTS.map((e) => [e.id, e]));
    const anchorage = byId.get('2025-anchorage-summit');
    expect(anchorage?.start).toBe('2025-08-15');
    expect(anchorage?.place.city).toBe('Anchorage');
    expect(byId.get('2025-riyadh-talks')?.start).toBe('2025-02-18');
    expect(byId.get('2018-helsinki-summit')?.start).toBe('2018-07-16');
  });

  it('keeps each file in time order', () => {
    for (const [file, events] of Object.entries(BUNDLED_FILES)) {
      const starts = (events as { start: string }[]).map((e) => e.start);
      expect([...starts].sort(), file).toEqual(starts);
    }
  });

  it('says how far it reaches (the constant the card uses is in step with the data)', () => {
    expect(datasetReach(BUNDLED_EVENTS)).toBe(DATASET_REACH);
  });

  it('records evidence strength for every event after mid-March 2026, and explains every claim of several reports', () => {
    for (const e of BUNDLED_EVENTS) {
      if (e.start >= '2026-03-12') expect(e.evidence, e.id).toBeDefined();
      if (e.evidence === 'several' && e.sources.length < 2) expect(e.sourceNote, e.id).toBeTruthy();
    }
  });

  it('has a version that changes with the data', () => {
    expect(DATASET_VERSION).toMatch(/^\d+-[0-9a-f]{8}$/);
  });
});

describe('event validation', () => {
  const good = structuredClone(BUNDLED_EVENTS.find((e) => e.id === '2018-helsinki-summit')!);

  it('names the record and the field of a problem', () => {
    const bad = { ...good, start: '2018-02-30', sources: [{ title: 'x', url: 'javascript:alert(1)' }] };
    const { issues } = validateEvent(bad);
    expect(issues.map(formatIssue)).toEqual([
      '2018-helsinki-summit → start: not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      '2018-helsinki-summit → sources.0.url: not an https URL',
    ]);
  });

  it('rejects unknown fields, bad ids and wrong kinds', () => {
    expect(validateEvent({ ...good, extra: 1 }).issues.length).toBeGreaterThan(0);
    expect(validateEvent({ ...good, id: 'Helsinki 2018' }).issues[0]?.field).toBe('id');
    expect(validateEvent({ ...good, kind: 'party' }).issues[0]?.field).toBe('kind');
    expect(validateEvent(null, 7).issues[0]?.record).toBe('#7');
  });

  it('accepts an evidence strength and a sourcing note, and rejects anything else', () => {
    expect(validateEvent({ ...good, evidence: 'single', sourceNote: 'One digest only.' }).issues).toEqual([]);
    expect(validateEvent({ ...good, evidence: 'some' }).issues[0]?.field).toBe('evidence');
    const one = { ...good, evidence: 'several', sources: [good.sources[0]] };
    expect(validateEvent(one).issues.map((i) => i.field)).toEqual(['evidence']);
    expect(validateEvent({ ...one, sourceNote: 'Three repositories quote the same wire story.' }).issues).toEqual([]);
  });

  it('rejects duplicate ids and aliases claimed by two events', () => {
    const twin = { ...good, aliases: { en: ['Trump-Putin summit in Helsinki'], ru: [] } };
    const { issues } = validateDataset([good, twin]);
    expect(issues.map((i) => i.message)).toContain('duplicate id');
    expect(issues.some((i) => i.message.includes('is also an alias of'))).toBe(true);
  });
});

describe('dataset reach', () => {
  it('is the latest held or planned date; cancelled events do not count', () => {
    expect(datasetReach([])).toBeNull();
    expect(
      datasetReach([
        { status: 'held', start: '2025-08-15' },
        { status: 'planned', start: '2026-02', end: '2026-03' },
        { status: 'cancelled', start: '2027-01-01' },
      ]),
    ).toBe('2026-03');
  });

  it('a mention looks newer when it names a later year or the page is newer', () => {
    expect(looksNewerThan('2026-12-03', 'the 2027 Geneva round')).toBe(true);
    expect(looksNewerThan('2026-12-03', 'the 2025 Geneva round', '2026-11-30')).toBe(false);
    expect(looksNewerThan('2026-12-03', 'the Geneva round', '2027-01-05T10:00:00Z')).toBe(true);
    expect(looksNewerThan('2026-12-03', 'the Geneva round')).toBe(false);
  });
});

describe('source dates and language tags', () => {
  const good = structuredClone(BUNDLED_EVENTS.find((e) => e.id === '2018-helsinki-summit')!);
  const withSource = (extra: Record<string, unknown>) => ({ ...good, sources: [{ ...good.sources[0]!, ...extra }, ...good.sources.slice(1)] });

  it('accepts an ISO date and a BCP 47 language on a source', () => {
    expect(validateEvent(withSource({ date: '2018-07-16', lang: 'ru' })).issues).toEqual([]);
    expect(validateEvent(withSource({ date: '2018-07', lang: 'pt-BR' })).issues).toEqual([]);
  });

  it('names the source field of a bad date or language', () => {
    expect(validateEvent(withSource({ date: '16 July 2018' })).issues.map(formatIssue)).toEqual([
      '2018-helsinki-summit → sources.0.date: not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    expect(validateEvent(withSource({ date: '2018-02-30' })).issues[0]?.field).toBe('sources.0.date');
    for (const lang of ['Russian', 'RU', 'r', 'en_US', ''])
      expect(validateEvent(withSource({ lang })).issues.map((i) => i.field), lang).toEqual(['sources.0.lang']);
  });

  it('every bundled source that has a language or date has a valid one', () => {
    for (const e of BUNDLED_EVENTS)
      for (const s of e.sources) {
        if (s.lang !== undefined) expect(isLanguageTag(s.lang), `${e.id}: ${s.lang}`).toBe(true);
        if (s.date !== undefined) expect(isValidPartialDate(s.date), `${e.id}: ${s.date}`).toBe(true);
      }
  });
});
