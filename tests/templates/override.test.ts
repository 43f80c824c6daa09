/** A user folder overrides some templates; the others fall back to the built-in ones. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import type { Block, Paragraph } from '../../src/model/document.js';
import { loadRoadmapText } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { BUILTIN_TEMPLATE_DIR, loadTemplates } from '../../src/templates/index.js';
import { blockText, item, plainSpaces, plan, point, rich, roadmap, signatory } from '../compose/builders.js';
import { tempDir } from '../cli/harness.js';

const texts = (blocks: Block[]) => blocks.map((b) => plainSpaces(blockText(b)));

function order(points = [point('{point:approve-plan}'), point('{point:control}')]) {
  return roadmap({
    document: {
      kind: 'order',
      authority: { name: ['УПРАВЛЕНИЕ ОБРАЗОВАНИЯ'], genitive: 'управления образования' },
      qualifier: 'начальника управления',
      number: '50',
      date: '2022-02-14',
      title: rich('Об утверждении плана-графика'),
      preamble: rich('В целях реализации проекта,'),
      operative: 'spaced',
      points,
      signatories: [signatory('Начальник управления', 'Е.Ф. Родькина')],
    },
    plans: [
      plan([item('Отбор ОО')], { id: 'main', title: 'План-график', subtitle: '' }),
      plan([item('Мониторинг')], { id: 'second', title: 'План мероприятий', subtitle: '', gender: 'm' }),
    ],
  });
}

function folder(files: Record<string, string>): string {
  const dir = join(tempDir(), 'шаблоны');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('user templates', () => {
  it('override what they have, the rest is built in', () => {
    const dir = folder({
      'order-heading.hbs': 'П Р И К А З\n\n{{upper qualifier}}\n',
      'point-control.hbs': 'Контроль за исполнением приказа возложить на заместителя начальника {{authority}}.',
    });
    const { templates, diagnostics } = loadTemplates({ dir, fresh: true });
    expect(diagnostics).toEqual([]);
    expect(templates.origin('order-heading')).toEqual({ file: join(dir, 'order-heading.hbs'), user: true });
    expect(templates.origin('act-number')!.user).toBe(false);

    const { model, diagnostics: composed } = compose(order(), { templates });
    expect(composed).toEqual([]);
    const act = texts(model.sections[0]!.blocks);
    expect(act.slice(0, 4)).toEqual(['УПРАВЛЕНИЕ ОБРАЗОВАНИЯ', 'П Р И К А З', 'НАЧАЛЬНИКА УПРАВЛЕНИЯ', '14.02.2022\t№ 50']);
    expect(act).toContain('1. Утвердить прилагаемый план-график (приложение № 1).');
    expect(act).toContain('2. Контроль за исполнением приказа возложить на заместителя начальника управления образования.');
  });

  it('built-in standard points: approve-plan (any plan) and control', () => {
    const { model, diagnostics } = compose(order([point('{point:approve-plan}'), point('{point:approve-plan:second}'), point('{point:control}')]));
    expect(diagnostics).toEqual([]);
    const act = texts(model.sections[0]!.blocks);
    expect(act).toContain('1. Утвердить прилагаемый план-график (приложение № 1).');
    expect(act).toContain('2. Утвердить прилагаемый план мероприятий (приложение № 2).');
    expect(act).toContain('3. Контроль исполнения настоящего приказа оставляю за собой.');
  });

  it('standard points written in YAML', async () => {
    const yaml = [
      'version: 1',
      'document:',
      '  kind: directive',
      '  authority: {name: [МИНИСТЕРСТВО], genitive: министерства}',
      '  points:',
      "    - '{point:approve-plan}'",
      "    - '{point:control}'",
      'plan:',
      '  id: main',
      '  title: Дорожная карта',
      '  gender: f',
      '  items:',
      '    - task: Отбор',
      '      deadline: до 22.02.2022',
      '      executors: [министерство]',
    ].join('\n');
    const loaded = await loadRoadmapText(yaml, { file: 'd.yaml' });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { model } = compose(loaded.roadmap!);
    const act = texts(model.sections[0]!.blocks);
    // One appendix: «(приложение)», as its mark «Приложение» says (issue 11).
    expect(act).toContain('1. Утвердить прилагаемую дорожную карту (приложение).');
    expect(act).toContain('2. Контроль исполнения настоящего распоряжения оставляю за собой.');
  });

  it('an unknown standard point is reported at the point (an unknown plan id at load: appendix-unknown)', () => {
    const loc = { file: 'order.yaml', line: 7, column: 7 };
    const { diagnostics } = compose(order([point('{point:contrl}', [], { loc }), point('{point:approve-plan:zz}', [], { loc })]));
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.column])).toEqual([['point-template-unknown', 'error', 'order.yaml', 7, 7]]);
  });

  it('a placeholder written otherwise ({point:Control}, spaces, amid text) is an error at the point when loading, not printed text', async () => {
    const yaml = [
      'document:',
      '  kind: order',
      '  date: 2022-02-14',
      '  number: 50',
      '  points:',
      '    - "{point:Control}"',
      '    - "{point: control}"',
      '    - Пункт {point:control}',
      '    - "{point:control}"',
      'plan:',
      '  title: ПЛАН-ГРАФИК',
      '  items:',
      '    - task: Отбор ОО',
      '',
    ].join('\n');
    const { diagnostics } = await loadRoadmapText(yaml, { file: 'order.yaml' });
    const found = diagnostics.filter((d) => d.code === 'point-placeholder-invalid');
    expect(found.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['point-placeholder-invalid', 'error', 6, 7],
      ['point-placeholder-invalid', 'error', 7, 7],
      ['point-placeholder-invalid', 'error', 8, 7],
    ]);
    expect(found[0]!.hint).toContain('{point:control}');
    expect(found[2]!.message).toContain('среди другого текста');
  });

  it('a user point template may use rich text', () => {
    const dir = folder({ 'point-control.hbs': 'Контроль *оставляю* за собой.' });
    const { model } = compose(order([point('{point:control}')]), { templates: loadTemplates({ dir, fresh: true }).templates });
    const p = model.sections[0]!.blocks.find((b): b is Paragraph => b.type === 'paragraph' && blockText(b).includes('Контроль'))!;
    expect(p.runs.find((r) => r.text === 'оставляю')).toMatchObject({ italic: true });
  });

  it('render({ templates }): the folder is used, and a broken template is an error of the rendering', async () => {
    const good = folder({ 'order-operative.hbs': 'постановляю:' });
    const ok = await render(order(), { formats: [], templates: good });
    expect(ok.diagnostics).toEqual([]);
    expect(texts(ok.model.sections[0]!.blocks).some((t) => t.endsWith('постановляю:'))).toBe(true);

    const bad = folder({ 'act-number.hbs': '№{{nbsp}}{{#if number}}{{this.number}}\n', 'act-date.hbs': '{{dat}}' });
    const broken = await render(order(), { formats: [], templates: bad });
    expect(broken.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['template-syntax', join(bad, 'act-number.hbs'), 1, 10],
      ['template-unknown-variable', join(bad, 'act-date.hbs'), 1, 3],
    ]);
    // …and the document still has the built-in wording where the user's failed.
    expect(texts(broken.model.sections[0]!.blocks)).toContain('14.02.2022\t№ 50');
  });

  it('a problem of a template used many times is reported once per document', () => {
    const dir = folder({ 'appendix-mark.hbs': 'Приложение {{nomer}}' });
    const { diagnostics } = compose(order(), { templates: loadTemplates({ dir, fresh: true }).templates });
    expect(diagnostics.map((d) => d.code)).toEqual(['template-unknown-variable']);
  });

  it('a missing folder is an error', async () => {
    const r = await render(order(), { formats: [], templates: join(tempDir(), 'нет') });
    expect(r.diagnostics).toMatchObject([{ code: 'template-folder-missing', severity: 'error' }]);
  });
});

describe('cache', () => {
  it('one library per folder; a user template compiled once over many documents, the built-ins never', () => {
    const dir = folder({ 'order-heading.hbs': 'ПРИКАЗ' });
    const first = loadTemplates({ dir });
    expect(loadTemplates({ dir }).templates).toBe(first.templates);
    const { templates } = first;
    expect(templates.compileCount).toBe(0);
    compose(order(), { templates });
    // order-heading is the user's; the other templates of an order are the built-ins, precompiled.
    const afterOne = templates.compileCount;
    expect(afterOne).toBe(1);
    for (let i = 0; i < 200; i++) compose(order(), { templates });
    expect(templates.compileCount).toBe(afterOne);
  });

  it('the built-in templates come precompiled: composing with them compiles nothing', () => {
    const { templates } = loadTemplates({ fresh: true });
    const r = compose(order(), { templates });
    expect(r.diagnostics).toEqual([]);
    expect(templates.compileCount).toBe(0);
  });

  it('a user copy of a built-in template left unchanged is not compiled either', () => {
    const source = readFileSync(join(BUILTIN_TEMPLATE_DIR, 'order-heading.hbs'), 'utf8');
    const { templates } = loadTemplates({ dir: folder({ 'order-heading.hbs': source }), fresh: true });
    compose(order(), { templates });
    expect(templates.compileCount).toBe(0);
    expect(templates.origin('order-heading')).toMatchObject({ user: true });
  });

  it('the built-in library is shared by compositions without a folder', () => {
    expect(loadTemplates().templates).toBe(loadTemplates().templates);
    expect(loadTemplates({ fresh: true }).templates).not.toBe(loadTemplates().templates);
  });
});
