/**
 * Validation of events: the bundled dataset (checked by a unit test and `npm run events -- check`)
 * and, later, user-created or imported events. Record-level shape is checked with valibot; the
 * dataset-level rules (unique ids, shared aliases, dates in order) are checked here by hand because
 * they need the whole set.
 *
 * Every problem names the record (id, or index when the id itself is bad) and the field, so a
 * maintainer or an importing user knows exactly what to fix.
 */
import * as v from 'valibot';
import { EVENT_KINDS, EVENT_STATUSES, EVIDENCE_STRENGTHS, type MeetingEvent } from './types';

const MAX_TEXT = 4000;
const text = (max = 300) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `longer than ${max} characters`));

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', and a real calendar date. */
export const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export function isValidPartialDate(s: string): boolean {
  const m = PARTIAL_DATE_RE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (+mo < 1 || +mo > 12)) return false;
  if (d) {
    const dt = new Date(Date.UTC(+y!, +mo! - 1, +d));
    if (dt.getUTCMonth() !== +mo! - 1 || dt.getUTCDate() !== +d) return false;
  }
  return true;
}
export const partialDate = v.pipe(v.string(), v.check(isValidPartialDate, 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)'));

/** Links on cards are only ever http(s); dataset sources are https. */
export function isHttpsUrl(s: string): boolean {
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}
/** Links a reader supplies (notes, user events, imports) may be http or https; never javascript:, data: and the like. */
export function isHttpUrl(s: string): boolean {
  try {
    const p = new URL(s).protocol;
    return p === 'https:' || p === 'http:';
  } catch {
    return false;
  }
}
const httpsUrl = v.pipe(v.string(), v.check(isHttpsUrl, 'not an https URL'));

/**
 * A BCP 47 language tag as sources use them: a language subtag, then optional script, region or
 * variant subtags ('en', 'ru', 'uk', 'pt-BR', 'zh-Hant'). Checked for shape and by Intl, which
 * rejects a malformed tag.
 */
export function isLanguageTag(s: string): boolean {
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(s)) return false;
  try {
    return Intl.getCanonicalLocales(s).length === 1;
  } catch {
    return false;
  }
}
export const langTag = v.pipe(v.string(), v.check(isLanguageTag, "not a language tag (BCP 47: 'en', 'ru', 'pt-BR')"));

export const ID_RE = /^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PlaceSchema = v.strictObject({
  venue: v.optional(text()),
  city: v.optional(text()),
  region: v.optional(text()),
  country: text(),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
  names: v.optional(v.array(text(120))),
});

const ParticipantSchema = v.strictObject({
  name: text(120),
  nameRu: v.optional(text(120)),
  side: v.picklist(['us', 'ru', 'other']),
  role: text(200),
});

const alias = v.pipe(text(120), v.check((s) => s.trim().split(/\s+/).length >= 2 || /[-–—]/.test(s), 'an alias needs at least two words'));

export const EventSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID_RE, 'id must be lowercase kebab-case starting with a year')),
  title: text(200),
  titleRu: v.optional(text(200)),
  kind: v.picklist(EVENT_KINDS),
  status: v.picklist(EVENT_STATUSES),
  start: partialDate,
  end: v.optional(partialDate),
  place: PlaceSchema,
  participants: v.pipe(v.array(ParticipantSchema), v.minLength(1, 'needs at least one participant')),
  aliases: v.strictObject({
    en: v.array(alias),
    ru: v.array(alias),
    uk: v.optional(v.array(alias)),
  }),
  sharedAliases: v.optional(v.array(alias)),
  cues: v.array(text(80)),
  series: v.optional(
    v.strictObject({
      id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'series id must be kebab-case')),
      title: text(200),
      round: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    }),
  ),
  summary: text(MAX_TEXT),
  outcomes: v.array(text(500)),
  topics: v.array(text(120)),
  sources: v.pipe(
    v.array(v.strictObject({ title: text(300), url: httpsUrl, publisher: v.optional(text(120)), date: v.optional(partialDate), lang: v.optional(langTag) })),
    v.minLength(1, 'needs at least one source'),
  ),
  relation: v.optional(text(500)),
  evidence: v.optional(v.picklist(EVIDENCE_STRENGTHS, "must be 'several' or 'single'")),
  sourceNote: v.optional(text(1000)),
});

export interface ValidationIssue {
  /** Event id, or `#<index>` when there is no usable id. */
  record: string;
  /** Dot path of the field: 'sources.0.url'. Empty for record-level problems. */
  field: string;
  message: string;
}

export function formatIssue(i: ValidationIssue): string {
  return `${i.record}${i.field ? ` → ${i.field}` : ''}: ${i.message}`;
}

function recordName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown })?.id;
  return typeof id === 'string' && id ? id : `#${index}`;
}

/** Validates one record's shape. */
export function validateEvent(raw: unknown, index = 0): { event?: MeetingEvent; issues: ValidationIssue[] } {
  const res = v.safeParse(EventSchema, raw);
  if (res.success) {
    const e = res.output as MeetingEvent;
    const issues: ValidationIssue[] = [];
    if (e.end && e.end < e.start) issues.push({ record: e.id, field: 'end', message: 'ends before it starts' });
    if (e.kind === 'related' && !e.relation)
      issues.push({ record: e.id, field: 'relation', message: "a 'related' event must say what it is instead" });
    if (e.evidence === 'several' && new Set(e.sources.map((s) => s.publisher ?? s.url)).size < 2 && !e.sourceNote)
      issues.push({ record: e.id, field: 'evidence', message: "'several' with one publisher needs a sourceNote naming the other reports" });
    if (e.aliases.en.length + e.aliases.ru.length + (e.sharedAliases?.length ?? 0) === 0)
      issues.push({ record: e.id, field: 'aliases', message: 'needs at least one alias' });
    return { event: issues.length ? undefined : e, issues };
  }
  return {
    issues: res.issues.map((iss) => ({
      record: recordName(raw, index),
      field: v.getDotPath(iss) ?? '',
      message: iss.message,
    })),
  };
}

/** A key that treats aliases the way the detector does at its simplest: case and spacing folded. */
export function aliasKey(a: string): string {
  return a.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0]+/g, ' ').replace(/[‐-―−]/g, '-').trim();
}

/**
 * Validates a whole dataset: every record, then the rules across records.
 * `extra` are events already known (e.g. the bundled set when checking user events) that ids and
 * aliases must not collide with.
 */
export function validateDataset(raw: unknown[]): { events: MeetingEvent[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const events: MeetingEvent[] = [];
  raw.forEach((r, i) => {
    const res = validateEvent(r, i);
    issues.push(...res.issues);
    if (res.event) events.push(res.event);
  });

  const ids = new Set<string>();
  for (const e of events) {
    if (ids.has(e.id)) issues.push({ record: e.id, field: 'id', message: 'duplicate id' });
    ids.add(e.id);
  }

  // Unique aliases must be unique across the dataset (and not also used as someone's shared alias);
  // shared aliases must really be shared.
  const uniqueOwners = new Map<string, string>();
  const sharedOwners = new Map<string, string[]>();
  for (const e of events) {
    const own = [...e.aliases.en, ...e.aliases.ru, ...(e.aliases.uk ?? [])];
    const seenHere = new Set<string>();
    for (const a of own) {
      const k = aliasKey(a);
      if (seenHere.has(k)) {
        issues.push({ record: e.id, field: 'aliases', message: `alias "${a}" listed twice` });
        continue;
      }
      seenHere.add(k);
      const prev = uniqueOwners.get(k);
      if (prev) issues.push({ record: e.id, field: 'aliases', message: `alias "${a}" is also an alias of ${prev}; list it in sharedAliases of both` });
      else uniqueOwners.set(k, e.id);
    }
    for (const a of e.sharedAliases ?? []) {
      const k = aliasKey(a);
      sharedOwners.set(k, [...(sharedOwners.get(k) ?? []), e.id]);
    }
  }
  for (const [k, owners] of sharedOwners) {
    if (owners.length < 2)
      issues.push({ record: owners[0]!, field: 'sharedAliases', message: `shared alias "${k}" is used by no other event` });
    const clash = uniqueOwners.get(k);
    if (clash) issues.push({ record: clash, field: 'aliases', message: `alias "${k}" is a shared alias of ${owners.join(', ')}; move it to sharedAliases` });
  }

  // Series: rounds unique within a series, one title per series.
  const seriesTitles = new Map<string, string>();
  const rounds = new Set<string>();
  for (const e of events) {
    if (!e.series) continue;
    const t = seriesTitles.get(e.series.id);
    if (t && t !== e.series.title) issues.push({ record: e.id, field: 'series.title', message: `differs from "${t}" used by the same series` });
    seriesTitles.set(e.series.id, e.series.title);
    if (e.series.round != null) {
      const k = `${e.series.id}#${e.series.round}`;
      if (rounds.has(k)) issues.push({ record: e.id, field: 'series.round', message: `round ${e.series.round} appears twice in ${e.series.id}` });
      rounds.add(k);
    }
  }
  return { events, issues };
}
