/**
 * Templates written in the YAML (`document.wording:`): checked when the file is loaded, each
 * problem at its line and column inside the YAML value — whichever reader read the file (the fast
 * one, or `yaml` for files with anchors) and whatever the value's style (plain, quoted, block).
 */
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';

const file = (wording: string, anchor = false) => [
  'document:',
  '  kind: passport',
  anchor ? '  title: &t ПАСПОРТ' : '  title: ПАСПОРТ',
  '  wording:',
  wording,
  'plan:',
  `  title: ${anchor ? '*t' : 'ПЛАН-ГРАФИК'}`,
  '  items: []',
  'lint: {passport-no-approval: off}',
].join('\n');

const at = async (text: string, lang: 'ru' | 'en' = 'ru') =>
  (await loadRoadmapText(text, { file: 'w.yaml', lang })).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.line}:${d.column}`);

describe('wording: templates in the YAML, located', () => {
  const cases: [string, string, string[]][] = [
    ['plain', '    passport-goal: Цель {{uper x}}', ['template-unknown-helper 5:27']],
    ['quoted', "    passport-goal: 'Цель {{uper x}}'", ['template-unknown-helper 5:28']],
    ['literal block', '    passport-goal: |-\n      Цель\n        {{#each a}} {{/if}}', ['template-syntax 7:21']],
    ['forbidden name', '    passport-tasks: "{{constructor}}"', ['template-forbidden 5:24']],
    ['escaped line break', '    passport-goal: "Цель\\n{{uper x}}"', ['template-unknown-helper 5:29']],
  ];

  it.each(cases)('%s: the fast reader', async (_name, wording, expected) => {
    expect(await at(file(wording))).toEqual(expected);
  });

  it.each(cases)('%s: the yaml reader (a file with anchors)', async (_name, wording, expected) => {
    expect(await at(file(wording, true))).toEqual(expected.map((e) => e.replace(/ (\d+):/, (_, l: string) => ` ${Number(l)}:`)));
  });

  it('a name that is no template: wording-unknown at the key, the nearest name suggested, in Russian and English', async () => {
    const text = file("    passport-gaol: 'Цель:'");
    const ru = (await loadRoadmapText(text, { file: 'w.yaml' })).diagnostics.find((d) => d.code === 'wording-unknown')!;
    expect([ru.line, ru.column, ru.severity]).toEqual([5, 5, 'error']);
    expect(ru.message).toBe('Шаблона „passport-gaol“ нет — может быть, „passport-goal“?');
    const en = (await loadRoadmapText(text, { file: 'w.yaml', lang: 'en' })).diagnostics.find((d) => d.code === 'wording-unknown')!;
    expect(en.message).toBe('There is no template “passport-gaol” — did you mean “passport-goal”?');
    expect(en.hint).toContain('templates/README.md');
  });

  it('a good template is no problem; own standard points may be added', async () => {
    expect(await at(file("    passport-goal: 'Цель Проекта:'\n    point-publish: Опубликовать {{plan.title}}."))).toEqual([]);
  });
});

describe('body and appendices: English messages', () => {
  it('body-part-unknown names the kind, the part and the nearest part of the kind', async () => {
    const text = ['document:', '  kind: passport', '  body: [roles, points]', 'plan: {title: П, items: []}', 'lint: {passport-no-approval: off}'].join('\n');
    const d = (await loadRoadmapText(text, { file: 'b.yaml', lang: 'en' })).diagnostics.find((x) => x.code === 'body-part-unknown')!;
    expect([d.line, d.column]).toEqual([3, 17]);
    expect(d.message).toBe('A document of kind “passport” has no part “points”.');
    expect(d.hint).toContain('approval, title, roles, goal');
  });
});
