/**
 * Valibot issues in words a reader can act on. Valibot's own messages quote the received value,
 * which for a hostile file can be a megabyte of text; these never quote more than a short preview.
 */
import type * as v from 'valibot';

const MAX_PREVIEW = 40;

export function preview(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const s = value.length > MAX_PREVIEW ? `${value.slice(0, MAX_PREVIEW)}…` : value;
      return `"${s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')}"${value.length > MAX_PREVIEW ? ` (${value.length} characters)` : ''}`;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  strict_object: 'an object',
  null: 'null',
  literal: 'a fixed value',
};

/** One issue as words: 'must be text (got 42)', 'is not a field Parley knows', 'not an http(s) URL'. */
export function describeIssue(iss: v.BaseIssue<unknown>): string {
  if (iss.kind === 'schema') {
    if (iss.expected === 'never') return 'is not a field Parley knows';
    if (iss.input === undefined && iss.received === 'undefined') return 'is missing';
    if (iss.type === 'picklist' || iss.type === 'literal') {
      const opts = iss.expected ?? '';
      return `must be one of ${opts.length > 200 ? `${opts.slice(0, 200)}…` : opts} (got ${preview(iss.input)})`;
    }
    const want = TYPE_WORDS[iss.type] ?? iss.expected ?? iss.type;
    return `must be ${want} (got ${preview(iss.input)})`;
  }
  // Validations: our schemas give each one a message in words; cap whatever else comes through.
  const m = iss.message;
  return m.length > 200 ? `${m.slice(0, 200)}…` : m;
}
