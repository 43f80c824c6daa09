/**
 * Limits are documented and enforced: the numbers in README.md and SECURITY.md are the defaults
 * of src/load/limits.ts, and each limit, lowered through LoadOptions.limits, stops a file that
 * exceeds it with its own located diagnostic whose message names the limit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadRoadmapText, type LoadLimits } from '../../src/load/index.js';
import { item, plan } from './cases.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const SECURITY = readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf8');
const grouped = (n: number) => n.toLocaleString('en-US');

describe('documented limits are the defaults', () => {
  it('README.md states every default', () => {
    const limits = README.slice(README.indexOf('## Limits'));
    expect(limits).toContain(`file ${DEFAULT_LIMITS.fileBytes / 1024 / 1024} MiB`);
    expect(limits).toContain(`one string ${grouped(DEFAULT_LIMITS.stringLength)} characters`);
    expect(limits).toContain(`nesting depth ${DEFAULT_LIMITS.depth}`);
    expect(limits).toContain(`${grouped(DEFAULT_LIMITS.rows)} plan rows`);
    expect(limits).toContain(`${DEFAULT_LIMITS.aliasCount} alias expansions`);
  });

  it('SECURITY.md states every default', () => {
    expect(SECURITY).toMatch(new RegExp(`file size \\| ${DEFAULT_LIMITS.fileBytes / 1024 / 1024} MiB \\| \`limit-file-size\``));
    expect(SECURITY).toContain(`| ${grouped(DEFAULT_LIMITS.stringLength)} characters | \`limit-string-length\``);
    expect(SECURITY).toContain(`| ${DEFAULT_LIMITS.depth} | \`limit-depth\``);
    expect(SECURITY).toContain(`| ${grouped(DEFAULT_LIMITS.rows)} | \`limit-rows\``);
    expect(SECURITY).toContain(`| ${DEFAULT_LIMITS.aliasCount} | \`limit-aliases\``);
  });
});

describe('every limit can be lowered and is enforced with a clear, located message', () => {
  const rows = plan(`${item('Первое')}${item('Второе')}${item('Третье')}`);
  const cases: Array<[keyof LoadLimits, number, string, string]> = [
    ['fileBytes', 200, rows, 'limit-file-size'],
    ['stringLength', 5, rows, 'limit-string-length'],
    ['depth', 4, rows, 'limit-depth'],
    ['rows', 2, rows, 'limit-rows'],
    ['aliasCount', 1, plan('    - task: Первое\n      executors: &e [УО]\n    - task: Второе\n      executors: *e\n    - task: Третье\n      executors: *e\n'), 'limit-aliases'],
  ];
  it.each(cases.map(([k, v, t, c]) => [`${k} = ${v} → ${c}`, k, v, t, c] as const))('%s', async (_title, key, value, text, code) => {
    const r = await loadRoadmapText(text, { file: 'limits.yaml', limits: { [key]: value } });
    expect(r.roadmap).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect(d!.severity).toBe('error');
    expect(`${d!.message} ${d!.hint ?? ''}`, 'the message or its hint names the limit').toContain(String(value));
    if (code !== 'limit-file-size') expect(d!.line).toBeGreaterThan(0);
    // The same file loads with the defaults.
    const ok = await loadRoadmapText(text, { file: 'limits.yaml' });
    expect(ok.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  });
});
