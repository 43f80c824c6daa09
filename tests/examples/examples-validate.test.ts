/**
 * Every example in examples/ loads with the real loader (schema, model, lint) with no error and
 * no warning: the examples are what users copy, so they must be clean.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';

const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();

describe('examples load cleanly', () => {
  it('there are examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(`${file}: no errors, no warnings`, async () => {
      const result = await loadRoadmapFile(`${dir}${file}`);
      const problems = result.diagnostics
        .filter((d) => d.severity !== 'info')
        .map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
      expect(problems).toEqual([]);
      expect(result.roadmap).toBeDefined();
    });
  }
});
