// Where Debian's browsers are. Tests use these packages, never downloaded browser builds.
import fs from 'node:fs';

const CANDIDATES = {
  chromium: { name: 'Chromium', pkg: 'chromium', paths: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'] },
  firefox: { name: 'Firefox ESR', pkg: 'firefox-esr', paths: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'] },
};

export function browserPath(id) {
  return CANDIDATES[id].paths.find((p) => p && fs.existsSync(p));
}

export function findBrowsers() {
  const found = {};
  const missing = [];
  for (const [id, c] of Object.entries(CANDIDATES)) {
    const p = browserPath(id);
    if (p) found[id] = p;
    else missing.push({ id, name: c.name, pkg: c.pkg });
  }
  return { found, missing };
}
