/**
 * The editor's completion (web/schema-paths.ts): where the cursor is in a half-typed roadmap, read
 * from indentation, and which keys and values the schema offers there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathAt, SchemaIndex } from '../../web/schema-paths.js';

const schema = new SchemaIndex(JSON.parse(readFileSync(new URL('../../schemas/roadmap.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>);

/** The path at the end of the last line (the cursor), the other lines above it. */
function at(text: string): string[] {
  const lines = text.split('\n');
  return pathAt(lines, lines.length - 1, lines[lines.length - 1]!);
}
const keys = (path: string[]) => schema.keys(path, 'ru').map((k) => k.name);

describe('completion from the schema', () => {
  it('finds the mapping the cursor is in from the indentation above, through comments and blank lines', () => {
    expect(at('ver')).toEqual([]);
    expect(at('document:\n  kind: order\n\n  # comment\n  ti')).toEqual(['document']);
    expect(at('document:\n  authority:\n    name: [A]\n    gen')).toEqual(['document', 'authority']);
    expect(at('document:\n  authority:\n    name: [A]\n  pla')).toEqual(['document']);
    expect(at('plan:\n  items:\n    - task: A\n      dead')).toEqual(['plan', 'items', '[]']);
    expect(at('plan:\n  items:\n  - task: A\n    dead')).toEqual(['plan', 'items', '[]']);
    expect(at('plan:\n  items:\n    - ta')).toEqual(['plan', 'items', '[]']);
    expect(at('plan:\n  items:\n    - section: S\n      items:\n        - task: x\n          exec')).toEqual(['plan', 'items', '[]', 'items', '[]']);
    expect(at('plan:\n  items:\n    - section: S\n      items:\n        - task: x\n    - ta')).toEqual(['plan', 'items', '[]']);
  });

  it('offers the keys the schema allows there, with titles in the page\'s language, and the allowed values', () => {
    expect(keys([])).toEqual(expect.arrayContaining(['version', 'extends', 'document', 'plan', 'plans', 'organisations']));
    expect(keys(['document'])).toEqual(expect.arrayContaining(['kind', 'authority', 'title', 'signatories']));
    expect(keys(['plan', 'items', '[]'])).toEqual(expect.arrayContaining(['task', 'deadline', 'executors', 'section', 'items']));
    expect(schema.keys(['document'], 'ru').find((k) => k.name === 'kind')?.title).toBe('Вид документа');
    expect(schema.keys(['document'], 'en').find((k) => k.name === 'kind')?.title).toBe('Document kind');
    expect(schema.values(['document', 'kind'])).toEqual(expect.arrayContaining(['order', 'directive', 'plan', 'letter', 'passport']));
    expect(schema.values(['version'])).toEqual(['1']);
    expect(keys(['nonsense'])).toEqual([]);
  });
});
