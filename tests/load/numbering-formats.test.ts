/**
 * `numbering-format-invalid` knows levels past nine: at level 11 `{10}` names a group above the
 * row (accepted) and `{11}` names the row's own level (an error at that format).
 */
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';

const yaml = (last: string): string => {
  const formats = Array.from({ length: 10 }, (_, i) => `'${Array.from({ length: i }, (_, k) => `{${k + 1}}.`).join('')}{n}.'`);
  return `document:
  kind: plan
  approval: {by: act, act: распоряжением министерства, year: 2022}
plan:
  title: ПЛАН-ГРАФИК
  numbering: {formats: [${formats.join(', ')}, '${last}']}
  items:
    - task: Отбор школ
`;
};

const codes = async (text: string): Promise<string[]> =>
  (await loadRoadmapText(text, { file: 'test.yaml' })).diagnostics.filter((d) => d.code === 'numbering-format-invalid').map((d) => `${d.line}:${d.column} ${d.message}`);

describe('numbering formats past nine levels', () => {
  it('{10} at level 11 is a group above the row', async () => {
    expect(await codes(yaml('{1}.{10}.{n}'))).toEqual([]);
  });

  it('{11} at level 11 is not', async () => {
    const found = await codes(yaml('{11}.{n}'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/уровень 11.*\{11\}/);
  });
});
