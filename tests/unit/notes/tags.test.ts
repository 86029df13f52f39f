import { describe, expect, it } from 'vitest';
import { mergeTags, normaliseTag, takeHashtags } from '../../../lib/notes/tags';

describe('tags are chips, not text', () => {
  it('takes #tags out of the text and returns them as tags', () => {
    expect(takeHashtags('Lavrov was late #summit #Alaska')).toEqual({ body: 'Lavrov was late', tags: ['summit', 'alaska'] });
    expect(takeHashtags('#follow-up Check the readout.')).toEqual({ body: 'Check the readout.', tags: ['follow-up'] });
    expect(takeHashtags('The #prisoner-swap part, again.')).toEqual({ body: 'The part, again.', tags: ['prisoner-swap'] });
    expect(takeHashtags('Саммит #саммит, итоги')).toEqual({ body: 'Саммит, итоги', tags: ['саммит'] });
  });

  it('keeps line breaks and lists the writer made', () => {
    expect(takeHashtags('First line #a\n- item one\n- item two #b\n\n\n#c')).toEqual({ body: 'First line\n- item one\n- item two', tags: ['a', 'b', 'c'] });
  });

  it('leaves what is not a hashtag: URL fragments, words with #, item numbers, code, "# "', () => {
    const body = 'See https://example.com/page#part and C# code, item #1, `#not-a-tag` and # alone';
    expect(takeHashtags(body)).toEqual({ body, tags: [] });
    expect(takeHashtags('mixed `#code` and #real')).toEqual({ body: 'mixed `#code` and', tags: ['real'] });
  });

  it('normalises and merges tags once each', () => {
    expect(normaliseTag(' #Big Summit ')).toBe('big-summit');
    expect(mergeTags(['summit', 'Alaska'], ['alaska', '#new', ''])).toEqual(['summit', 'alaska', 'new']);
  });
});
