/**
 * The file-size limit follows the row limit: a realistic plan at the row limit — rows as long as
 * real ones — fits the file limit with room to spare, and `plangraf validate` accepts it (it was
 * refused with limit-file-size while the row limit allowed it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BYTES_PER_ROW, DEFAULT_LIMITS, loadRoadmapFile } from '../../src/load/index.js';
import { countEntries } from '../../src/load/lint/walk.js';
import { cli, tempDir } from '../cli/harness.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = ['gorokhovets-order-2022', 'kalmykia-order-2022', 'khabarovsk-500plus-2022', 'khabarovsk-directive-draft-2022', 'region-passport-2020'];
const SOURCE = path.join(ROOT, 'examples', 'gorokhovets-order-2022.yaml');

/** The rows (items with a task) of a parsed plan, depth first. */
function items(entries: unknown[]): Record<string, unknown>[] {
  return entries.flatMap((e) => {
    const o = e as Record<string, unknown>;
    return Array.isArray(o.items) ? items(o.items) : typeof o.task === 'string' ? [o] : [];
  });
}

/** A YAML scalar for plain text at an indentation: single-quoted, or a literal block when it has lines. */
function scalar(s: string, indent: number): string {
  if (!s.includes('\n')) return `'${s.replace(/'/g, "''")}'`;
  return `|-\n${s.split('\n').map((l) => (l === '' ? '' : `${' '.repeat(indent)}${l}`)).join('\n')}`;
}

/**
 * The Gorokhovets order with its plan grown to exactly `rows` rows (sections of 49 rows), every
 * row a real row of it in turn: a plan at the row limit as people write them.
 */
function realisticPlan(rows: number): string {
  const text = readFileSync(SOURCE, 'utf8');
  const real = items((parse(text) as { plan: { items: unknown[] } }).plan.items);
  const lines = text.split('\n');
  const head = lines.slice(0, lines.findIndex((l) => l === '  items:') + 1);
  const tail = lines.slice(lines.findIndex((l) => l === 'lint:'));
  const out = [...head];
  let n = 0;
  for (let s = 0; n < rows; s++) {
    out.push(`    - section: ${scalar(`Раздел ${s + 1}. Организационно-методическое сопровождение`, 8)}`, '      items:');
    n++;
    for (let i = 0; i < 49 && n < rows; i++, n++) {
      const row = real[n % real.length]!;
      out.push(`        - task: ${scalar(row.task as string, 12)}`);
      for (const key of ['deadline', 'result', 'info']) if (typeof row[key] === 'string') out.push(`          ${key}: ${scalar(row[key], 12)}`);
      const ex = row.executors;
      if (Array.isArray(ex)) out.push(`          executors: [${ex.map((e) => scalar(String(e), 0)).join(', ')}]`);
      else if (typeof ex === 'string') out.push(`          executors: ${scalar(ex, 12)}`);
    }
  }
  return [...out, ...tail].join('\n');
}

describe('the file-size limit follows the row limit', () => {
  it('real roadmaps take well under BYTES_PER_ROW per row, and the file limit holds the row limit at that size', async () => {
    let bytes = 0;
    let rows = 0;
    for (const name of EXAMPLES) {
      const file = path.join(ROOT, 'examples', `${name}.yaml`);
      const r = await loadRoadmapFile(file, { lang: 'en' });
      bytes += readFileSync(file).length;
      for (const p of r.roadmap!.plans) rows += countEntries(p.entries);
    }
    const perRow = bytes / rows;
    expect(perRow).toBeGreaterThan(500);
    expect(perRow * 1.5).toBeLessThan(BYTES_PER_ROW);
    expect(DEFAULT_LIMITS.fileBytes).toBeGreaterThanOrEqual(DEFAULT_LIMITS.rows * BYTES_PER_ROW);
  });

  it('plangraf validate accepts a realistic plan at the row limit (tens of MB, over the old 10 MiB)', async () => {
    const text = realisticPlan(DEFAULT_LIMITS.rows);
    const size = Buffer.byteLength(text);
    expect(size).toBeGreaterThan(10 * 1024 * 1024);
    expect(size).toBeLessThan(DEFAULT_LIMITS.fileBytes);
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'big.yaml'), text);
    const r = await cli(['validate', 'big.yaml', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.out) as { files: { diagnostics: { code: string; severity: string }[] }[] };
    expect(report.files[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  }, 180_000);
});
