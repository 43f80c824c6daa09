/**
 * Every broken input of tests/corpus/broken/ gives exactly the diagnostics its header expects:
 * code, line and column, in order, and nothing else (info-level diagnostics only when expected).
 */
import { describe, expect, it } from 'vitest';
import { LINT_RULES, loadRoadmapBytes } from '../../src/load/index.js';
import { corpusCases } from '../corpus/cases.js';

const cases = corpusCases();

describe('broken-input corpus', () => {
  it('has at least 45 cases, each with an expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    for (const c of cases) expect(c.expect.length > 0 || c.name.includes('off'), c.name).toBe(true);
  });

  it('covers every lint rule and every kind of input defence', () => {
    const codes = new Set(cases.flatMap((c) => c.expect.map((e) => e.split(' ')[0])));
    for (const rule of LINT_RULES) expect(codes, rule.code).toContain(rule.code);
    for (const code of ['yaml-syntax', 'yaml-duplicate-key', 'yaml-unknown-tag', 'yaml-unknown-alias', 'limit-aliases', 'limit-depth',
      'limit-string-length', 'encoding-bom', 'encoding-invalid-utf8', 'encoding-forbidden-char', 'schema-unknown-key',
      'schema-missing-key', 'schema-type', 'schema-enum', 'schema-deadline-kind', 'plan-and-plans']) expect(codes, code).toContain(code);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await loadRoadmapBytes(c.bytes, { ...c.options, file: c.name });
    const expectedCodes = new Set(c.expect.map((e) => e.split(' ')[0]));
    const actual = result.diagnostics
      .filter((d) => d.severity !== 'info' || expectedCodes.has(d.code))
      .map((d) => `${d.code} ${d.line}:${d.column}`);
    expect(actual).toEqual(c.expect);
    for (const d of result.diagnostics) {
      expect(d.file).toBe(c.name);
      expect(d.message.length).toBeGreaterThan(8);
    }
    const hasError = result.diagnostics.some((d) => d.severity === 'error');
    expect(result.roadmap === undefined).toBe(hasError);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s (English)', async (_name, c) => {
    const result = await loadRoadmapBytes(c.bytes, { ...c.options, file: c.name, lang: 'en' });
    for (const d of result.diagnostics) {
      // Outside quoted user text, an English message has no Russian words.
      const unquoted = d.message.replace(/“[^”]*”|«[^»]*»|„[^“]*“/g, '');
      expect(unquoted, d.message).not.toMatch(/[А-Яа-яЁё]/u);
    }
  });
});
