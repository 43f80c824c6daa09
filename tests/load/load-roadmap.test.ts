import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadRoadmap, loadRoadmapBytes, loadRoadmapFile, loadRoadmapText } from '../../src/load/index.js';
import { STARTER_ROADMAP } from '../../src/cli/starter-roadmap.js';

const SMALL = `document:
  kind: order
  number: 50
  date: 2022-02-14
  gost: 2025
organisations:
  ХК ИРО: КГАОУ ДПО «Хабаровский институт развития образования»
  ОМСУ: {name: органы местного самоуправления, short: МО, intro: define, id: omsu}
plan:
  id: main
  title: ПЛАН-ГРАФИК
  period: 2022
  items:
    - section: Организация
      items:
        - task: Отбор школ
          id: select
          deadline: {kind: before, date: 2022-12-20}
          executors: [ХК ИРО, МО, Школы района]
          no: 7
    - year: 2023
      items:
        - task: "**Итоги**"
          executors: ОМСУ
          extra: {levels: региональный}
`;

describe('loadRoadmapText', () => {
  it('normalises a small roadmap: plan → plans, defaults, organisations, executors, numbers as strings', async () => {
    const { roadmap, diagnostics } = await loadRoadmapText(SMALL, { file: 'small.yaml', lint: { 'extra-column-unknown': 'off', 'title-missing-gost-2025': 'off' } });
    expect(diagnostics).toEqual([]);
    expect(roadmap).toBeDefined();
    const r = roadmap!;
    expect(r.file).toBe('small.yaml');
    expect(r.document).toMatchObject({ kind: 'order', number: '50', date: '2022-02-14', gost: '2025', operative: 'spaced', dateStyle: 'numeric', signatureLayout: 'stacked' });
    expect(r.organisations.get('ХК ИРО')).toMatchObject({ key: 'ХК ИРО', short: 'ХК ИРО', intro: 'short', name: 'КГАОУ ДПО «Хабаровский институт развития образования»' });
    expect(r.organisations.get('ОМСУ')).toMatchObject({ short: 'МО', intro: 'define', id: 'omsu' });
    expect(r.plans).toHaveLength(1);
    const plan = r.plans[0]!;
    expect(plan).toMatchObject({ id: 'main', index: 1, title: 'ПЛАН-ГРАФИК', period: { from: 2022, to: 2022 }, numbering: 'hierarchical', repeat: 'numbers', gender: 'm' });
    expect(plan.columns.map((c) => [c.key, c.header])).toEqual([
      ['number', '№ п/п'], ['task', 'Задачи'], ['deadline', 'Сроки реализации'], ['executors', 'Ответственный исполнитель'], ['result', 'Прогнозируемый результат'],
    ]);
    expect(plan.deadlineStyle).toEqual({ dates: 'words', year: 'г.', capitalize: true });
    const [group, yearGroup] = plan.entries;
    expect(group).toMatchObject({ type: 'group', numbered: true, loc: { file: 'small.yaml', line: 14, column: 7 } });
    expect(yearGroup).toMatchObject({ type: 'group', year: 2023, numbered: false });
    const item = group?.type === 'group' ? group.entries[0]! : undefined;
    expect(item).toMatchObject({ type: 'item', id: 'select', explicitNo: '7', deadline: { kind: 'before', date: '2022-12-20' }, deadlineLoc: { line: 18, column: 21 } });
    expect(item?.type === 'item' && item.executors).toEqual([
      { type: 'organisation', key: 'ХК ИРО', loc: expect.objectContaining({ line: 19, column: 23 }) },
      { type: 'organisation', key: 'ОМСУ', loc: expect.objectContaining({ line: 19, column: 31 }) },
      { type: 'text', text: 'Школы района', loc: expect.objectContaining({ line: 19, column: 35 }) },
    ]);
    const last = yearGroup?.type === 'group' ? yearGroup.entries[0] : undefined;
    expect(last?.type === 'item' && last.extra).toEqual({ levels: ['региональный'] });
  });

  it('keeps a deadline string and its source, and parses it', async () => {
    const text = 'document: {kind: plan}\nplan:\n  title: П\n  period: 2022\n  items:\n    - task: Т\n      deadline: до 22.02.2022\n';
    const { roadmap } = await loadRoadmapText(text);
    const item = roadmap!.plans[0]!.entries[0]!;
    expect(item.type === 'item' && item.deadlineSource).toBe('до 22.02.2022');
    expect(item.type === 'item' && item.deadlineLoc).toMatchObject({ file: '<input>', line: 7, column: 17 });
  });

  it('accepts several plans, merge keys and CRLF', async () => {
    const text = 'document: {kind: passport}\nbase: &b {title: П, items: []}\nplans:\n  - <<: *b\n  - {<<: *b, title: Второй}\n'.replace('base: &b {title: П, items: []}\n', '').replace('plans:\n  - <<: *b\n  - {<<: *b, title: Второй}\n', 'plans:\n  - &b {title: П, items: []}\n  - {<<: *b, title: Второй}\n').replace(/\n/g, '\r\n');
    const { roadmap, diagnostics } = await loadRoadmapText(text, { lint: { 'passport-no-approval': 'off' } });
    expect(diagnostics).toEqual([]);
    expect(roadmap!.plans.map((p) => [p.index, p.title])).toEqual([[1, 'П'], [2, 'Второй']]);
  });

  it('reports every problem in one pass and gives no roadmap on errors', async () => {
    const text = 'document:\n  kind: ordr\n  dat: 2022-01-01\nplan:\n  title: true\n  items: []\n';
    const { roadmap, diagnostics } = await loadRoadmapText(text);
    expect(roadmap).toBeUndefined();
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['schema-enum 2:9', 'schema-unknown-key 3:3', 'schema-type 5:10']);
    expect(diagnostics[1]!.message).toBe('Неизвестный ключ „dat“ — может быть, „date“?');
  });

  it('speaks English on request', async () => {
    const { diagnostics } = await loadRoadmapText('document: {kind: order}\nplan: {title: П, items: [{task: Т, dedline: x}]}\n', { lang: 'en' });
    expect(diagnostics[0]!.message).toBe('Unknown key “dedline” — did you mean “deadline”?');
  });

  it('lets the caller switch a rule off or change its severity', async () => {
    const text = 'document: {kind: order}\nplan: {title: П, items: [{task: ""}]}\n';
    expect((await loadRoadmapText(text)).diagnostics.map((d) => d.code)).toEqual(['empty-task']);
    expect((await loadRoadmapText(text, { lint: { 'empty-task': 'off' } })).diagnostics).toEqual([]);
    const warned = await loadRoadmapText(text, { lint: { 'empty-task': 'warning' } });
    expect(warned.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(warned.roadmap).toBeDefined();
  });

  it('strips a BOM written as a character', async () => {
    const { diagnostics, roadmap } = await loadRoadmapText('\uFEFFdocument: {kind: order}\nplan: {title: П, items: []}\n');
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['encoding-bom', 'info']]);
    expect(roadmap).toBeDefined();
  });

  it('reports lone surrogates in text', async () => {
    const { diagnostics } = await loadRoadmapText('document: {kind: order}\nplan: {title: "П\uD800", items: []}\n');
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toContain('encoding-forbidden-char 2:17');
  });

  it('validates the starter roadmap of `plangraf init` without errors', async () => {
    const { diagnostics, roadmap } = await loadRoadmapText(STARTER_ROADMAP, { file: 'roadmap.yaml' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(roadmap?.plans[0]?.entries).toHaveLength(2);
  });
});

describe('limits', () => {
  it('refuses a file over the size limit without parsing it', async () => {
    const bytes = new Uint8Array(DEFAULT_LIMITS.fileBytes + 1).fill(0x20);
    const { diagnostics } = await loadRoadmapBytes(bytes, { file: 'big.yaml' });
    expect(diagnostics.map((d) => d.code)).toEqual(['limit-file-size']);
  });

  it('refuses a huge string (default limit)', async () => {
    const text = `document: {kind: order}\nplan:\n  title: П\n  items:\n    - task: ${'а'.repeat(DEFAULT_LIMITS.stringLength + 1)}\n`;
    const { diagnostics } = await loadRoadmapText(text);
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['limit-string-length 5:13']);
  });

  it('refuses too many rows', async () => {
    const text = `document: {kind: order}\nplan:\n  title: П\n  items:\n${'    - task: Т\n'.repeat(11)}`;
    const { diagnostics } = await loadRoadmapText(text, { limits: { rows: 10 } });
    expect(diagnostics.map((d) => d.code)).toEqual(['limit-rows']);
  });

  it('survives very deep nesting', async () => {
    const text = `document: {kind: order}\nplan: {title: П, items: []}\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const { diagnostics } = await loadRoadmapText(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['limit-depth']);
  });
});

describe('loadRoadmapFile', () => {
  it('reads through an injected host', async () => {
    const host = { readFile: async (p: string) => new TextEncoder().encode(p === 'a.yaml' ? SMALL : '') };
    const { roadmap } = await loadRoadmapFile('a.yaml', { host, lint: { 'extra-column-unknown': 'off' } });
    expect(roadmap?.file).toBe('a.yaml');
  });

  it('reports a missing file as io-read, in the user’s language', async () => {
    const ru = await loadRoadmapFile('/nonexistent/план.yaml');
    expect(ru.diagnostics).toMatchObject([{ code: 'io-read', severity: 'error', file: '/nonexistent/план.yaml', line: 0, message: 'Не удалось прочитать файл: файла нет.' }]);
    const en = await loadRoadmapFile('/nonexistent/plan.yaml', { lang: 'en' });
    expect(en.diagnostics[0]!.message).toBe('Cannot read the file: no such file.');
  });
});

describe('executor-unknown', () => {
  it('warns only for executors that look like keys', async () => {
    const { looksLikeKey } = await import('../../src/load/lint/rules/executor-unknown.js');
    expect(['ОМСУ', 'ХК ИРО', 'КК ИПК', 'МО', 'iro', 'ИРО-2'].map(looksLikeKey)).toEqual([true, true, true, true, true, true]);
    expect(['Школы', 'Школы района', 'Министерство образования', 'ОО района', 'Иванов И.И.'].map(looksLikeKey)).toEqual([false, false, false, false, false]);
  });
});

describe('one mistake, one message', () => {
  it('a typo hides only the missing key it misspells', async () => {
    const text = 'document: {kind: order}\nplan:\n  title: П\n  items:\n    - {tsk: a}\n    - {dedline: b}\n';
    const { diagnostics } = await loadRoadmapText(text);
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['schema-unknown-key 5:8', 'schema-missing-key 6:7', 'schema-unknown-key 6:8']);
  });

  it('a wrong type hides every other complaint about the same value', async () => {
    const { diagnostics } = await loadRoadmapText('- document\n- plan\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['schema-type']);
  });
});

describe('loadRoadmap', () => {
  it('takes a path or text', async () => {
    const host = { readFile: async () => new TextEncoder().encode('document: {kind: order}\nplan: {title: П, items: []}\n') };
    expect((await loadRoadmap('x.yaml', { host })).roadmap?.file).toBe('x.yaml');
    expect((await loadRoadmap({ text: 'document: {kind: order}\nplan: {title: П, items: []}\n', file: 'y.yaml' })).roadmap?.file).toBe('y.yaml');
  });
});

describe('UTF-16 input', () => {
  const text = '# план\ndocument:\n  kind: order\nplan:\n  title: ПЛАН\n  items: []\n';
  const utf16 = (order: 'le' | 'be', bom: boolean) => {
    const le = Buffer.from(text, 'utf16le');
    const bytes = order === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
    return new Uint8Array(bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes);
  };

  it.each([['le', false], ['be', false], ['le', true], ['be', true]] as const)('UTF-16 %s (BOM: %s) is reported as such, once, with a hint to save as UTF-8', async (order, bom) => {
    const { roadmap, diagnostics, text: shown } = await loadRoadmapBytes(utf16(order, bom), { file: 'u.yaml' });
    expect(roadmap).toBeUndefined();
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['encoding-utf16 1:1']);
    expect(diagnostics[0]!.message).toContain(order === 'le' ? 'little-endian' : 'big-endian');
    expect(diagnostics[0]!.hint).toContain('UTF-8');
    // The text shown under the message is the decoded one, without NUL characters.
    expect(shown).toContain('document:');
    expect(shown).not.toContain('\u0000');
  });

  it('UTF-8 text, Cyrillic or not, is never taken for UTF-16', async () => {
    for (const t of [text, 'a: 1\n', 'документ: приказ\n'.repeat(50)]) {
      const { diagnostics } = await loadRoadmapBytes(new TextEncoder().encode(t));
      expect(diagnostics.map((d) => d.code)).not.toContain('encoding-utf16');
    }
  });
});
