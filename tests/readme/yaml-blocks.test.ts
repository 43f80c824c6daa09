/**
 * The README's roadmap examples (YAML blocks that start with `document:`) load as written, with
 * no error and no warning, and render: what the README shows is what a user can run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { render } from '../../src/render.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...README.matchAll(/^```yaml\n(document:\n[\s\S]*?)^```/gm)].map((m) => ({
  line: README.slice(0, m.index).split('\n').length,
  text: m[1]!,
}));

describe('README: roadmap examples', () => {
  it('there are some', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks.map((b) => [b.line, b.text] as const))('the block at line %i loads cleanly and renders', async (line, text) => {
    const { roadmap, diagnostics } = await loadRoadmapText(text, { file: `README.md:${line}` });
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([]);
    const result = await render(roadmap!, { formats: ['docx'], now: '2022-02-14T00:00:00Z' });
    expect(result.docx!.length).toBeGreaterThan(1000);
  });
});
