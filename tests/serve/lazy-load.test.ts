/**
 * The service's and the preview's dependencies (fastify, chokidar) are loaded only by the commands
 * that need them: nothing `import 'plangraf'` or `plangraf render` loads statically reaches
 * src/serve, src/preview or those packages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every module reached from `entry` through static imports (type-only imports left out), and the packages they name. */
function staticClosure(entry: string): { modules: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
        if (existsSync(target)) visit(target);
      } else if (!spec.startsWith('node:')) {
        packages.add(spec.split('/')[0]!.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  };
  visit(entry);
  return { modules: [...seen].map((f) => relative(SRC, f)), packages: [...packages] };
}

describe('lazy loading of the service and the preview', () => {
  for (const entry of ['index.ts', 'cli/main.ts', 'cli/commands/render.ts', 'cli/commands/serve.ts', 'cli/commands/preview.ts']) {
    it(`${entry} loads no server and no watcher until it runs one`, () => {
      const { modules, packages } = staticClosure(join(SRC, entry));
      expect(modules.filter((m) => /^(serve|preview)\//.test(m) && m !== 'serve/defaults.ts')).toEqual([]);
      expect(packages.filter((p) => p === 'fastify' || p === 'chokidar')).toEqual([]);
    });
  }
});
