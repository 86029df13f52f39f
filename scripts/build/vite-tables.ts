/**
 * The Vite plugin that serves the build-time tables (scripts/build/tables.ts) as virtual modules.
 *
 * In the extension build (wxt.config.ts) each module is computed in Node once per build and inlined
 * as data. In vitest (no `inline` given) the module re-exports the generator's result instead, so
 * tests see the same tables without this file importing the detector at config-load time.
 */
import { fileURLToPath } from 'node:url';

const GENERATOR = fileURLToPath(new URL('./tables.ts', import.meta.url));

/** Virtual module id → the generator's export that makes it. */
export const TABLE_MODULES = {
  'virtual:parley/matcher-tables': 'buildMatcherTables',
  'virtual:parley/matcher-info': 'buildMatcherInfo',
  'virtual:parley/gate': 'buildGateSpec',
  'virtual:parley/gate-words': 'buildGateWords',
  'virtual:parley/dataset-version': 'buildDatasetVersion',
} as const;
type Id = keyof typeof TABLE_MODULES;

export function parleyTables(inline?: Partial<Record<Id, () => unknown>>) {
  const isOurs = (id: string): id is Id => id in TABLE_MODULES;
  return {
    name: 'parley-tables',
    enforce: 'pre' as const,
    resolveId(id: string) {
      return isOurs(id) ? `\0${id}` : undefined;
    },
    load(id: string) {
      const v = id.startsWith('\0') ? id.slice(1) : '';
      if (!isOurs(v)) return undefined;
      if (inline) {
        // Only what the build inlines as JSON (the matcher's bytes ship as a file, see wxt.config.ts).
        const make = inline[v];
        if (!make) throw new Error(`${v} is not part of the extension build`);
        return `export default ${JSON.stringify(make())};`;
      }
      return `import { ${TABLE_MODULES[v]} as make } from ${JSON.stringify(GENERATOR)};\nexport default make();`;
    },
  };
}
