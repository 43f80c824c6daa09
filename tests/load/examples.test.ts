/** Every example roadmap validates clean: no errors, no warnings; each names the schema for editors. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';

const DIR = new URL('../../examples/', import.meta.url).pathname;
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('examples', () => {
  it.each(files)('%s validates clean', async (name) => {
    const result = await loadRoadmapFile(`${DIR}${name}`);
    const problems = result.diagnostics.filter((d) => d.severity !== 'info');
    expect(problems, formatDiagnostics(problems, result.text)).toEqual([]);
    expect(result.roadmap).toBeDefined();
    expect(readFileSync(`${DIR}${name}`, 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
  });
});
