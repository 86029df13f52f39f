// The pages the benchmarks load: a page without trigger words (a recipe), and the 1 MB page that uses
// every alias of the bundled dataset (with those aliases, which mark.js is given to mark the same words).
import fs from 'node:fs';
import path from 'node:path';
import { hugePage } from '../fixtures/pages/huge-page.mjs';

export const RECIPE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Black bean soup</title></head><body>
<nav><a href="#">Home</a> <a href="#">Soups</a> <a href="#">Desserts</a></nav><article><h1>Black bean soup</h1>
${Array.from({ length: 40 }, (_, i) => `<p>Step ${i + 1}: add two cups of black beans, a pinch of salt and a bay leaf, stir, and simmer for a few minutes more until the beans are soft; taste and season.</p>`).join('\n')}
</article><footer>© The Kitchen</footer></body></html>`;

/** Every alias of every event of the bundled dataset: what Parley's matcher holds and what mark.js is given. */
export function datasetAliases() {
  const aliases = new Set();
  for (const f of fs.readdirSync('assets/events').filter((f) => f.endsWith('.json'))) {
    for (const e of JSON.parse(fs.readFileSync(path.join('assets/events', f), 'utf8'))) {
      for (const a of [...e.aliases.en, ...e.aliases.ru, ...(e.aliases.uk ?? []), ...(e.sharedAliases ?? [])]) aliases.add(a);
    }
  }
  return [...aliases];
}

/** About 1 MB of text using every alias. */
export function aliasPage(keywords = datasetAliases()) {
  const phrases = keywords.map((a, i) => (i % 3 === 0 ? `Officials recalled the ${a} this week.` : i % 3 === 1 ? `Much was said about the ${a}.` : `Historians still debate the ${a}, as a new book argues.`));
  return { keywords, ...hugePage({ chars: 1_000_000, phrases, every: 2, seed: 7, title: 'Benchmark: a very long news page' }) };
}

export const html = (body) => (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};
