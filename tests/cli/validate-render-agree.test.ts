/**
 * `validate` reports everything `render` reports: one set of checks. Each case is a file whose
 * problems used to be found only while composing (a letter without an addressee, a passport
 * without a stamp, footnotes, indicator values, the 2025 title, appendix references, a standard
 * point no template has, a broken user template); both commands are run on it and must name the
 * same codes at the same places.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './harness.js';

const PLAN = 'plans:\n  - id: main\n    title: ПЛАН-ГРАФИК\n    items:\n      - task: Отбор школ\n';
const STAMP = '  approval: {by: meeting, act: на заседании проектного офиса, date: 2020-05-14, number: 3}\n';

const CASES: { name: string; text: string; codes: string[]; templates?: Record<string, string> }[] = [
  { name: 'letter', text: `document:\n  kind: letter\n  title: О направлении плана\n${PLAN}`, codes: ['letter-no-addressee'] },
  { name: 'plan', text: `document:\n  kind: plan\n${PLAN}`, codes: ['plan-no-approval'] },
  {
    name: 'passport',
    text: `document:\n  kind: passport\n  passport:\n    goal: Качество[^nope].\n    footnotes: {lonely: Текст.}\n    indicators:\n      fact: [2019]\n      plan: [2020]\n      rows: [{name: Доля, values: [1]}]\n${PLAN}`,
    codes: ['passport-no-approval', 'footnote-unknown', 'footnote-unused', 'indicator-values'],
  },
  { name: 'gost-2025', text: `document:\n  kind: order\n  gost: 2025\n  points: ['{point:control}']\n${PLAN}`, codes: ['title-missing-gost-2025'] },
  { name: 'appendix', text: `document:\n  kind: order\n  title: Об утверждении\n  points:\n    - См. приложение № {appendix:mian}.\n${PLAN}`, codes: ['appendix-unknown'] },
  { name: 'standard-point', text: `document:\n  kind: order\n  title: Об утверждении\n  points: ['{point:contrl}']\n${PLAN}`, codes: ['point-template-unknown'] },
  {
    name: 'user-template',
    text: `document:\n  kind: order\n  title: Об утверждении\n  points: ['{point:control}']\n${PLAN}`,
    templates: { 'point-control.hbs': 'Контроль {{#if kind}}оставляю за собой.\n' },
    codes: ['template-syntax'],
  },
  { name: 'passport-clean', text: `document:\n  kind: passport\n${STAMP}  passport:\n    goal: Качество[^a].\n    footnotes: {a: Текст.}\n${PLAN}`, codes: [] },
];

/** «file:line:column: level [code]» lines of the text output. */
function places(text: string): string[] {
  return [...text.matchAll(/^(.+?):(\d+):(\d+): \S+ \[([a-z0-9-]+)\]/gm)].map((m) => `${m[4]} ${m[1]}:${m[2]}:${m[3]}`).sort();
}

describe('validate and render report the same problems', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = tempDir();
    writeFileSync(join(dir, `${c.name}.yaml`), c.text);
    const extra: string[] = [];
    if (c.templates) {
      mkdirSync(join(dir, 'templates'));
      for (const [file, text] of Object.entries(c.templates)) writeFileSync(join(dir, 'templates', file), text);
      extra.push('--templates', 'templates');
    }
    const validate = await cli(['validate', `${c.name}.yaml`, ...extra], { cwd: dir });
    const json = await cli(['validate', '--format', 'json', `${c.name}.yaml`, ...extra], { cwd: dir });
    const render = await cli(['render', `${c.name}.yaml`, '--format', 'docx', '--out', 'out', ...extra], { cwd: dir });

    const report = JSON.parse(json.out) as { files: { diagnostics: { code: string }[] }[] };
    expect(report.files[0]!.diagnostics.map((d) => d.code).sort()).toEqual([...c.codes].sort());
    expect(places(validate.out)).toEqual(places(render.err));
    expect(places(validate.out).map((p) => p.split(' ')[0]).sort()).toEqual([...c.codes].sort());
    expect(validate.code).toBe(render.code);
  });
});
