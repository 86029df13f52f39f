/**
 * The detector and the page code run inside web pages, where there is no Node `process`. A stray
 * `process.env` (a debugging switch left in) throws there and leaves every page without marks,
 * while every unit test, run in Node, still passes. This guard reads the source instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

describe('code that runs in pages', () => {
  it('never reads Node’s process object', () => {
    const offenders = ['lib', 'entrypoints']
      .flatMap((d) => sources(join(root, d)))
      .filter((p) => /\bprocess\.(env|argv|exit|cwd)\b/.test(readFileSync(p, 'utf8')))
      .map((p) => p.slice(root.length + 1));
    expect(offenders).toEqual([]);
  });
});
