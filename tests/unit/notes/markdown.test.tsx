// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NoteBody, httpHref, renderMarkdown } from '../../../lib/notes/markdown';

function html(text: string): HTMLElement {
  const root = document.createElement('div');
  render(<NoteBody text={text} />, root);
  return root;
}

describe('light Markdown in notes', () => {
  it('renders bold, italic, code, links and line breaks', () => {
    const el = html('**Bold** and *it* and _also_ and `x < y`\nsecond line\n\nnext [paragraph](https://example.com/a?b=1)');
    expect(el.querySelector('strong')?.textContent).toBe('Bold');
    expect([...el.querySelectorAll('em')].map((e) => e.textContent)).toEqual(['it', 'also']);
    expect(el.querySelector('code')?.textContent).toBe('x < y');
    expect(el.querySelectorAll('p').length).toBe(2);
    expect(el.querySelectorAll('br').length).toBe(1);
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.com/a?b=1');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.textContent).toBe('paragraph');
  });

  it('links bare http(s) URLs without the sentence punctuation', () => {
    const el = html('See https://example.com/x_(y). Or (http://example.org/z).');
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.com/x_(y)', 'http://example.org/z']);
    expect(el.textContent).toBe('See https://example.com/x_(y). Or (http://example.org/z).');
  });

  it('renders bullet lists', () => {
    const el = html('Points:\n- one\n- **two**\n\n* three');
    expect(el.querySelector('p')?.textContent).toBe('Points:');
    expect([...el.querySelectorAll('li')].map((l) => l.textContent)).toEqual(['one', 'two', 'three']);
  });

  it('keeps snake_case and lone markers as text; backslash escapes', () => {
    const el = html('snake_case_name, 2 * 3 * 4, \\*not italic\\*, a ** b');
    expect(el.querySelector('em, strong')).toBeNull();
    expect(el.textContent).toBe('snake_case_name, 2 * 3 * 4, *not italic*, a ** b');
  });

  it('shows HTML and script as text, and never links anything but http(s)', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click](javascript:alert(1))',
      '[data](data:text/html;base64,PHNjcmlwdD4=)',
      'javascript:alert(1)',
      '[x](https://ok.example/"onmouseover="alert(1))',
      '&lt;b&gt;entity&lt;/b&gt;',
      '**<b>bold html</b>**',
    ].join('\n');
    const el = html(hostile);
    expect(el.querySelector('script, img, b, iframe')).toBeNull();
    for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(el.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
    expect(el.textContent).toContain('<script>alert(1)</script>');
    expect(el.textContent).toContain('[click](javascript:alert(1))');
    expect(el.textContent).toContain('&lt;b&gt;entity&lt;/b&gt;');
    expect(el.querySelector('strong')?.textContent).toBe('<b>bold html</b>');
  });

  it('only http(s) hrefs pass httpHref', () => {
    expect(httpHref('https://a.example/')).toBe('https://a.example/');
    expect(httpHref('JavaScript:alert(1)')).toBeUndefined();
    expect(httpHref('  javascript:alert(1)')).toBeUndefined();
    expect(httpHref('vbscript:x')).toBeUndefined();
    expect(httpHref('not a url')).toBeUndefined();
  });

  it('renders hostile 100 000-character bodies quickly (no quadratic look-ahead)', () => {
    const bodies = ['['.repeat(100_000), '*a'.repeat(50_000), '`'.repeat(100_000), 'https://'.repeat(12_000), '_x'.repeat(50_000), '**'.repeat(50_000)];
    for (const b of bodies) {
      const t0 = performance.now();
      const nodes = renderMarkdown(b);
      expect(nodes.length).toBeGreaterThan(0);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});

describe('links with parentheses', () => {
  it('keeps balanced parentheses in a link target', () => {
    const root = document.createElement('div');
    render(<NoteBody text="[Summit](https://en.wikipedia.org/wiki/Helsinki_summit_(2018))." />, root);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Helsinki_summit_(2018)');
    expect(root.textContent).toBe('Summit.');
  });
});

describe('underscores inside code-like text', () => {
  it('leaves __dunder__ names and snake_case alone', () => {
    const root = document.createElement('div');
    const text = 'window.__pwned = 1; x = a_b_c; call __init__ then _real italic_';
    render(<NoteBody text={text} />, root);
    expect([...root.querySelectorAll('em')].map((e) => e.textContent)).toEqual(['real italic']);
    expect(root.textContent).toBe('window.__pwned = 1; x = a_b_c; call __init__ then real italic');
  });
});
