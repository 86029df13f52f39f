import { launch, setInputFile } from './harness.mjs';
const kind = process.argv[2] || 'chromium';
const WORDS = ['summit', 'sanctions', 'embassy', 'prisoner', 'exchange', 'ceasefire', 'Helsinki', 'Anchorage', 'Женева', 'переговоры', 'arms', 'control', 'press', 'treaty'];
const ids = ['2018-helsinki-summit', '2025-anchorage-summit', '1985-geneva-summit', '1986-reykjavik-summit'];
let seed = 3; const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const notes = Array.from({ length: 10000 }, (_, i) => ({ id: `n${i}`, eventId: pick(ids), body: `${i} ` + Array.from({ length: 5 + Math.floor(rand() * 40) }, () => pick(WORDS)).join(' '), tags: rand() < 0.3 ? [pick(['press', 'check'])] : [], createdAt: 1.6e12 + i * 60000, updatedAt: 1.6e12 + i * 60000, target: { url: `https://news.example/${i}`, title: `Article ${i}`, quote: { exact: pick(WORDS), prefix: 'a ', suffix: ' b' } } }));
const file = JSON.stringify({ format: 'parley-export', version: 1, exportedAt: new Date().toISOString(), notes, userEvents: [], editedEvents: [], settings: { enabled: true, pausedSites: [] } });
const b = await launch(kind);
try {
  const probe = await b.newPage('about:blank');
  const opt = await b.extensionPage('options.html', 'main');
  await opt.bringToFront();
  let t = Date.now();
  await setInputFile(opt, '[data-testid="import-file"]', 'big.json', file);
  await opt.waitForSelector('[data-testid="import-plan"]', { timeout: 120000 });
  const validate = Date.now() - t; t = Date.now();
  await opt.click('[data-testid="import-confirm"]');
  await opt.waitForSelector('[data-testid="import-done"]', { timeout: 120000 });
  const write = Date.now() - t;
  await opt.close();
  t = Date.now();
  const popup = await b.extensionPage('popup.html', '[data-testid="note"]');
  await popup.bringToFront();
  const open = Date.now() - t;
  const search = async (q) => {
    const t0 = Date.now();
    await popup.evaluate((q) => { const i = document.querySelector('[data-testid="notes-search"]'); i.value = q; i.dispatchEvent(new Event('input', { bubbles: true })); }, q);
    await popup.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.includes('Searching') && document.querySelector('#notes-heading .count')?.textContent?.includes(' of '), { polling: 20, timeout: 60000 });
    return Date.now() - t0;
  };
  const first = await search('ceasefire');
  const second = await search('helsinki press');
  const third = await search('treaty');
  console.log(JSON.stringify({ kind, validateMs: validate, writeMs: write, popupOpenWith10kMs: open, firstSearchMs: first, laterSearchMs: [second, third], fileMB: (file.length / 1048576).toFixed(1) }));
} finally { await b.close(); }
