/**
 * Numbers written where the schema expects text keep their text (src/load/text-scalars.ts):
 * `number: 007` is «007», not 7 — through both YAML readers and through `extends`; numbers
 * the schema asks for as numbers stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { fastParseYaml } from '../../src/load/fast-yaml.js';
import { DEFAULT_LIMITS, loadRoadmapFile, loadRoadmapText } from '../../src/load/index.js';
import type { Item } from '../../src/model/roadmap.js';

const TEXT = `document:
  kind: order
  number: 007
  reference: {number: 0x1F}
  approval: {by: act, act: приказом, number: 010, year: 2022}
  signatories:
    - position: Глава
      name: 1e3
  appendixMark: {sheets: 3, copies: 1}
organisations:
  УО: 0o17
plan:
  title: План
  period: 2022
  numbering: explicit
  columns: [number, task, {key: levels, header: Уровни, width: 30}]
  items:
    - section: 12345678901234567890
      no: 010
      items:
        - task: 2022
          no: 1.10
          executors: [УО, 42]
          extra: {levels: 3}
          deadline: 2023
`;

/** The same text read by `yaml` instead of the fast reader (an anchor makes the fast reader give up). */
const FULL = TEXT.replace('  title: План\n', '  title: &t План\n');

describe('numbers written as text keep their text', () => {
  it('the fast reader takes one text and leaves the other to yaml', () => {
    expect(fastParseYaml(TEXT, DEFAULT_LIMITS)).toBeDefined();
    expect(fastParseYaml(FULL, DEFAULT_LIMITS)).toBeUndefined();
  });

  it.each([['fast reader', TEXT], ['yaml', FULL]])('%s: numbers, labels, names and values as written', async (_name, text) => {
    const { roadmap, diagnostics } = await loadRoadmapText(text, { file: 't.yaml' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const doc = roadmap!.document;
    expect(doc.number).toBe('007');
    expect(doc.reference?.number).toBe('0x1F');
    expect(doc.approval?.number).toBe('010');
    expect(doc.signatories[0]!.name).toBe('1e3');
    expect(roadmap!.organisations.get('УО')!.name).toBe('0o17');
    const plan = roadmap!.plans[0]!;
    const section = plan.entries[0]!;
    expect(section.type === 'group' && section.explicitNo).toBe('010');
    expect(section.type === 'group' && section.title).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: '12345678901234567890' }] }]);
    const item = (section.type === 'group' ? section.entries[0] : undefined) as Item;
    expect(item.explicitNo).toBe('1.10');
    expect(item.task).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: '2022' }] }]);
    expect(item.executors.map((e) => (e.type === 'text' ? e.text : e.key))).toEqual(['УО', '42']);
    expect(item.extra).toEqual({ levels: ['3'] });
    expect(item.deadlineSource).toBe('2023');
    // Numbers the schema asks for stay numbers.
    expect(plan.period).toEqual({ from: 2022, to: 2022 });
    expect(doc.approval?.year).toBe(2022);
    expect(doc.appendixMark).toMatchObject({ sheets: 3, copies: 1 });
    expect(plan.columns.find((c) => c.key === 'levels')?.width).toBe(30);
  });

  it('a value taken from a base through extends keeps the base’s text', async () => {
    const files: Record<string, string> = {
      '/r/base.yaml': TEXT,
      '/r/child.yaml': 'extends: base.yaml\ndocument:\n  reference: {number: 00123}\n',
    };
    const host = { readFile: async (p: string) => new TextEncoder().encode(files[p] ?? ''), realPath: async (p: string) => p };
    const { roadmap, diagnostics } = await loadRoadmapFile('/r/child.yaml', { host, extendsRoot: '/r' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(roadmap!.document.number).toBe('007');
    expect(roadmap!.document.reference?.number).toBe('00123');
  });

  it('a number reached through an alias is the anchored text', async () => {
    const text = 'document:\n  kind: order\n  number: &n 007\n  place: *n\nplan: {title: План, items: []}\n';
    const { roadmap } = await loadRoadmapText(text);
    expect(roadmap!.document.number).toBe('007');
    expect(roadmap!.document.place).toBe('007');
  });

  it('indicator values stay numbers (printed with a decimal comma)', async () => {
    const text = `document:
  kind: passport
  approval: {by: meeting, act: на заседании}
  passport:
    indicators:
      fact: [2019]
      plan: [2020]
      rows:
        - {name: Доля, unit: '%', values: [10.50, 007]}
plan: {title: План, items: []}
`;
    const { roadmap, diagnostics } = await loadRoadmapText(text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(roadmap!.document.passport?.indicators?.rows[0]?.values).toEqual([10.5, 7]);
  });
});
