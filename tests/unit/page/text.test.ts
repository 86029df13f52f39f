// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createMarkLayer } from '../../../lib/page/marks';
import { collectText, rangeFor, TextWalker } from '../../../lib/page/text';
import { dateFromUrl, publicationDate } from '../../../lib/page/docinfo';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('collectText', () => {
  it('collects prose, separates blocks and skips what is not prose', () => {
    document.body.innerHTML = `
      <h1>Talks in <em>Riyadh</em></h1><p>First para.</p>
      <script>var anchorage = 1</script><style>.x{}</style><pre>code Geneva</pre><code>x</code>
      <textarea>typed</textarea><div contenteditable="true">editable Helsinki</div>
      <p hidden>hidden Malta</p><p aria-hidden="true">aria Malta</p>
      <parley-card-host>own UI</parley-card-host><p>Last.</p>`;
    const { text } = collectText(document.body);
    expect(text).toContain('Talks in Riyadh');
    expect(text).toContain('First para.');
    expect(text).toMatch(/Riyadh\s*\n\s*First/);
    for (const skipped of ['anchorage', 'Geneva', 'typed', 'editable', 'Malta', 'own UI']) expect(text).not.toContain(skipped);
  });

  it('maps offsets back to nodes across inline elements', () => {
    document.body.innerHTML = '<p>The <b>Helsinki</b> summit of 2018</p>';
    const pt = collectText(document.body);
    const start = pt.text.indexOf('Helsinki summit');
    const range = rangeFor(pt, start, start + 'Helsinki summit'.length)!;
    expect(range.toString()).toBe('Helsinki summit');
  });

  it('handles odd Unicode without shifting offsets', () => {
    document.body.innerHTML = '<p>\u200fRTL \u00adsoft\u00a0nbsp 👍🏽 Malta summit</p>';
    const pt = collectText(document.body);
    const start = pt.text.indexOf('Malta summit');
    expect(rangeFor(pt, start, start + 12)!.toString()).toBe('Malta summit');
  });
});

describe('fallback marks (no CSS highlights)', () => {
  it('wraps and then restores the page exactly', () => {
    document.body.innerHTML = '<p>Before the <i>Reykjavik</i> summit, after.</p>';
    const before = document.body.innerHTML;
    const pt = collectText(document.body);
    const s = pt.text.indexOf('Reykjavik summit');
    const layer = createMarkLayer(document, true);
    const r = layer.add(rangeFor(pt, s, s + 16)!, 'mention');
    expect(document.querySelectorAll('parley-mark').length).toBe(2);
    expect(r.toString()).toBe('Reykjavik summit');
    layer.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('publication date', () => {
  it('reads meta tags, JSON-LD, <time> and the URL', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2021-06-17T08:00:00Z">';
    expect(publicationDate(document, 'https://x.test/')).toBe('2021-06-17T08:00:00Z');
    document.head.innerHTML = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"1985-11-21"}</script>';
    expect(publicationDate(document, 'https://x.test/')).toBe('1985-11-21');
    document.head.innerHTML = '';
    document.body.innerHTML = '<article><time datetime="2025-05-21">May 21</time></article>';
    expect(publicationDate(document, 'https://x.test/')).toBe('2025-05-21');
    document.body.innerHTML = '';
    expect(dateFromUrl('https://news.test/world/2018/07/16/helsinki')).toBe('2018-07-16');
    expect(dateFromUrl('https://news.test/a/20250818/x')).toBe('2025-08-18');
    expect(publicationDate(document, 'https://news.test/about')).toBeUndefined();
  });
});

describe('the page’s shadow DOM', () => {
  it('reads open shadow roots in place (nested ones too), never closed ones, and maps offsets into them', () => {
    document.body.innerHTML = '<p>Before.</p><news-body><p>Slotted.</p></news-body><news-aside></news-aside><p>After.</p>';
    const host = document.querySelector('news-body')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Inside the Anchorage summit.</p><slot></slot><news-quote></news-quote>';
    root.querySelector('news-quote')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested root.</p>';
    document.querySelector('news-aside')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed Geneva.</p>';
    const entered: ShadowRoot[] = [];
    const w = new TextWalker(document.body, { chunkChars: Infinity, onShadowRoot: (r) => entered.push(r) });
    const chunk = w.next()!;
    expect(chunk.text.split('\n').filter(Boolean)).toEqual(['Before.', 'Inside the Anchorage summit.', 'Nested root.', 'Slotted.', 'After.']);
    expect(entered).toEqual([root, root.querySelector('news-quote')!.shadowRoot]);
    const i = chunk.text.indexOf('Anchorage summit');
    const r = rangeFor(chunk, i, i + 'Anchorage summit'.length)!;
    expect(r.toString()).toBe('Anchorage summit');
    expect(r.startContainer.getRootNode()).toBe(root);
    // Off: the light DOM only.
    expect(new TextWalker(document.body, { chunkChars: Infinity, onShadowRoot: null }).next()!.text).not.toContain('Inside');
  });
});

describe('a very long text node', () => {
  it('is read in pieces cut after sentences, and ranges map back into the one node', () => {
    const filler = 'The committee met again and discussed the budget. ';
    const half = filler.repeat(2000); // 100,000 characters
    document.body.innerHTML = '<p id="p"></p><p>After.</p>';
    document.getElementById('p')!.textContent = `${half}Officials recalled the Riyadh talks of February. ${half}`;
    const node = document.getElementById('p')!.firstChild as Text;
    const w = new TextWalker(document.body, { chunkChars: 8192 });
    const chunks = [];
    for (let c = w.next(); c; c = w.next()) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(16_384); // the node's last piece is read whole up to LONG_NODE
    // Together they are the node's text, cut only after sentence ends.
    expect(chunks.map((c) => c.text).join('')).toBe(`${node.data}After.`); // a chunk that ends at a block needs no newline
    for (const c of chunks.slice(0, -2)) expect(c.text).toMatch(/\. $/);
    const c = chunks.find((x) => x.text.includes('Riyadh talks'))!;
    const i = c.text.indexOf('Riyadh talks');
    const r = rangeFor(c, i, i + 'Riyadh talks'.length)!;
    expect(r.startContainer).toBe(node);
    expect(r.toString()).toBe('Riyadh talks');
    expect(r.startOffset).toBe(node.data.indexOf('Riyadh talks'));
    // collectText still reads it whole.
    expect(collectText(document.body).text.startsWith(node.data)).toBe(true);
  });
});

describe('a very long block of many nodes', () => {
  it('is cut between its nodes after sentences, never inside a word, and ranges map back', () => {
    // One <div>, thousands of lines with <br> and inline tags between them: a single block.
    const lines = Array.from({ length: 3000 }, (_, i) => (i === 1700 ? 'Officials recalled the Riyadh <b>talks</b> of February. ' : `Line ${i} of the <i>record</i> was read aloud.<br>`));
    document.body.innerHTML = `<div id="d">${lines.join('')}</div>`;
    const whole = collectText(document.body).text;
    expect(whole.length).toBeGreaterThan(100_000);
    const w = new TextWalker(document.body, { chunkChars: 4096 });
    const chunks = [];
    for (let c = w.next(); c; c = w.next()) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(5);
    // Each at most a block's limit plus one node; together the same text (no break added inside the block).
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(16_384 + 60);
    expect(chunks.map((c) => c.text).join('')).toBe(whole);
    // Cut only after a sentence end.
    for (const c of chunks.slice(0, -2)) expect(c.text).toMatch(/[.!?]\s*$/);
    const c = chunks.find((x) => x.text.includes('Riyadh talks'))!;
    const i = c.text.indexOf('Riyadh talks');
    expect(rangeFor(c, i, i + 'Riyadh talks'.length)!.toString()).toBe('Riyadh talks');
  });

  it('without sentences is cut only at a space between nodes, once it is four times that long', () => {
    // Each word split over two nodes ('wo' + 'rd12 '): the only places to cut are the spaces.
    const words = Array.from({ length: 9000 }, (_, i) => `<span>wo</span>rd${i} `);
    document.body.innerHTML = `<div>${words.join('')}</div>`;
    const w = new TextWalker(document.body, { chunkChars: 4096 });
    const chunks = [];
    for (let c = w.next(); c; c = w.next()) chunks.push(c);
    expect(chunks.length).toBe(2);
    expect(chunks[0]!.text.length).toBeGreaterThanOrEqual(4 * 16_384);
    for (const c of chunks) expect(c.text).toMatch(/^word\d+ .* $/);
    expect(chunks.map((c) => c.text).join('')).toBe(collectText(document.body).text);
  });
});
