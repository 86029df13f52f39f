// A static server for the fixture pages on 127.0.0.1 (random port). Routes:
//   /pages/<file>      tests/fixtures/pages/<file>
//   /seed/<n>          seed article n rendered as a news page (when ../shared/seeds exists)
//   /csp/<file>        a fixture page served with a strict Content-Security-Policy
//   /strict/<file>     the same, but the page's own scripts and styles run by nonce ('parley-test'), and
//                      Trusted Types are required (the hostile-page tests)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSeed, seedsAvailable } from '../fixtures/pages/seed-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

export async function startServer(extraRoutes = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const extra = extraRoutes[url.pathname];
    if (extra) return extra(req, res);
    const seed = /^\/seed\/(\d+)$/.exec(url.pathname);
    if (seed) {
      const html = seedsAvailable() ? renderSeed(Number(seed[1])) : null;
      res.writeHead(html ? 200 : 404, { 'content-type': html ? 'text/html; charset=utf-8' : 'text/plain' });
      return res.end(html ?? 'no such seed article');
    }
    const m = /^\/(pages|csp|strict)\/([\w.-]+)$/.exec(url.pathname);
    const file = m && path.join(root, m[2]);
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : 'text/plain';
    const headers = { 'content-type': `${type}; charset=utf-8` };
    if (m[1] === 'csp') headers['content-security-policy'] = "default-src 'none'; img-src 'none'; style-src 'none'; script-src 'none'";
    if (m[1] === 'strict') {
      headers['content-security-policy'] =
        "default-src 'none'; script-src 'nonce-parley-test'; style-src 'nonce-parley-test'; img-src 'none'; connect-src 'none'; frame-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
    }
    res.writeHead(200, headers);
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
