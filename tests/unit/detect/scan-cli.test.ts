/** The scanner CLI's HTML reading: the text a browser shows, and the page's publication date. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../scripts/scan';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

describe('htmlToText', () => {
  it('keeps visible text, breaks blocks onto lines, skips scripts and hidden nodes', () => {
    const page = htmlToText(
      '<html lang="en"><head><title>T</title><style>p{}</style><script>var a = "Helsinki summit";</script></head>' +
        '<body><h1>Talks</h1><p>The <b>Geneva</b> summit ended.</p><p hidden>hidden text</p><div style="display: none">gone</div>' +
        '<noscript>no</noscript><template><p>tpl</p></template><ul><li>one</li><li>two</li></ul></body></html>',
    );
    expect(page.text).toBe('Talks\n\nThe Geneva summit ended.\n\none\n\ntwo');
    expect(page.info.title).toBe('T');
    expect(page.info.lang).toBe('en');
  });

  it('reads the publication date from meta tags, <time>, JSON-LD or the canonical URL', () => {
    expect(htmlToText('<head><meta property="article:published_time" content="2025-05-21T10:00:00Z"></head><body>x</body>').info.publishedAt).toBe('2025-05-21T10:00:00Z');
    expect(htmlToText('<body><time datetime="2021-06-16">June 16</time></body>').info.publishedAt).toBe('2021-06-16');
    expect(htmlToText('<head><script type="application/ld+json">{"datePublished": "2018-07-17"}</script></head><body>x</body>').info.publishedAt).toBe('2018-07-17');
    expect(htmlToText('<head><link rel="canonical" href="https://example.org/2025/08/16/alaska"></head><body>x</body>').info.publishedAt).toBe('2025-08-16');
  });
});

describe('scan CLI', () => {
  it('prints one JSON line per mention, and exits 2 on an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-scan-'));
    const file = join(dir, 'a.html');
    writeFileSync(file, '<html><head><meta name="date" content="2025-08-20"></head><body><p>Putin and Trump met in Anchorage on Friday.</p></body></html>');
    const tsx = join(root, 'node_modules/.bin/tsx');
    const ok = spawnSync(tsx, ['scripts/scan.ts', file], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const lines = ok.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ file, quote: 'Putin and Trump met in Anchorage on Friday', status: 'known', eventId: '2025-anchorage-summit', date: '2025-08-15' });
    expect(Object.keys(lines[0])).toEqual(['file', 'quote', 'start', 'end', 'status', 'eventId', 'title', 'date', 'confidence', 'candidates']);
    const bad = spawnSync(tsx, ['scripts/scan.ts', join(dir, 'missing.txt')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot read .*missing\.txt/);
  }, 60_000);
});
