import { describe, expect, it } from 'vitest';
import { noteSourceUrl } from '../../../lib/notes/link';

const q = (exact: string) => ({ exact, prefix: '', suffix: '' });

describe('links back to where a note was taken', () => {
  it('adds a text fragment for the quote', () => {
    expect(noteSourceUrl({ url: 'https://news.example/a?b=1', quote: q('the Helsinki summit') })).toBe('https://news.example/a?b=1#:~:text=the%20Helsinki%20summit');
    expect(noteSourceUrl({ url: 'https://news.example/a#sec', quote: q('Trump-Putin, talks & more') })).toBe('https://news.example/a#sec:~:text=Trump%2DPutin%2C%20talks%20%26%20more');
    expect(noteSourceUrl({ url: 'https://news.example/a', quote: q('') })).toBe('https://news.example/a');
  });

  it('uses the first and last words of a long quote', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone';
    expect(noteSourceUrl({ url: 'https://x.example/', quote: q(long) })).toBe('https://x.example/#:~:text=one%20two%20three,nineteen%20twenty%20twentyone');
  });

  it('never links anything but http(s)', () => {
    expect(noteSourceUrl({ url: 'javascript:alert(1)', quote: q('x') })).toBeUndefined();
    expect(noteSourceUrl({ url: 'data:text/html,hi', quote: q('x') })).toBeUndefined();
    expect(noteSourceUrl({ url: 'nonsense', quote: q('x') })).toBeUndefined();
  });
});
