/**
 * The eval harness places each label of a news-format folder in the page text. Labels are written by
 * Python tools over the article text (every block element inside <article>), so two things must hold
 * or a label silently drops out and a right mark counts as a false one:
 *  - a block inside an <aside> that sits in the article (a pull quote, a "read more" box) is article text;
 *  - offsets count code points, so an emoji before a quote must not shift it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLabelled } from '../../../scripts/eval/labels';

const dir = mkdtempSync(join(tmpdir(), 'parley-labels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const blocks = [
  'Envoys fly to Moscow',
  '📌 Digest: what happened this week.',
  'Read more: the Vienna summit of June 1961, sixty years on.',
  '🇺🇸🇷🇺 The two leaders met in Geneva in June 2021.',
];
const html = `<!doctype html><html lang="en"><head><title>t</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><article>
<h1>${blocks[0]}</h1>
<p>${blocks[1]}</p>
<aside class="read-more"><p>${blocks[2]}</p></aside>
<p>${blocks[3]}</p>
</article><aside class="related"><ul><li>Other news</li></ul></aside></main></body></html>`;
const article = blocks.join('\n\n');
/** A Python offset: code points, not UTF-16 units. */
const pyOffset = (quote: string): number => [...article.slice(0, article.indexOf(quote))].length;

writeFileSync(join(dir, '01-page.html'), html);
const quotes = ['the Vienna summit of June 1961', 'The two leaders met in Geneva in June 2021'];
writeFileSync(
  join(dir, 'labels-en.json'),
  JSON.stringify([
    {
      file: '01-page.html',
      published: '2021-06-20',
      negative: false,
      mentions: quotes.map((quote, i) => ({ quote, event: i ? '2021-06-16 Geneva' : '1961-06-03 Vienna', where: 'body', occurrence: 1, offset: pyOffset(quote) })),
      related: [],
      ambiguous: [],
    },
  ]),
);

describe('placing news-format labels', () => {
  it('places a quote inside an in-article aside and a quote after emoji, at their own words', () => {
    const [doc] = loadLabelled(dir);
    expect(doc.unplaced).toEqual([]);
    expect(doc.labels.map((l) => doc.text.slice(l.start, l.end))).toEqual(quotes);
    // The emoji really do make the two offsets differ, so the second case is a real test.
    expect(pyOffset(quotes[1])).toBeLessThan(article.indexOf(quotes[1]));
  });
});

describe('passages files', () => {
  it('reads an ambiguous expectation as an ambiguous label with no date, next to known and unknown ones', () => {
    const file = join(dir, 'passages.json');
    const text = 'Kerry and Lavrov met in Geneva. The two men also spoke by phone. Envoys met somewhere last week.';
    writeFileSync(
      file,
      JSON.stringify({
        passages: [
          {
            id: 'p1',
            lang: 'en',
            published: '2013-09-20',
            text,
            expect: [
              { quote: 'Kerry and Lavrov met in Geneva', status: 'known', date: '2013-09-12' },
              { quote: 'spoke by phone', status: 'ambiguous' },
              { quote: 'Envoys met somewhere last week', status: 'unknown' },
            ],
          },
        ],
      }),
    );
    const [doc] = loadLabelled(file);
    expect(doc.labels.map((l) => [l.kind, l.date])).toEqual([
      ['mention', '2013-09-12'],
      ['ambiguous', undefined],
      ['mention', undefined],
    ]);
  });
});
