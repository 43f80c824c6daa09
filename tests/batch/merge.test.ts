/**
 * `extends` and the merge rules (src/load/merge/merge-roadmap.ts), on files kept in memory:
 * override, remove, add after/before/inside a group, organisations by key, document fields,
 * order kept, chains; and where diagnostics point (base or child, file and line).
 */
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile, type LoadHost } from '../../src/load/index.js';
import type { Group, Item, PlanEntry, Roadmap } from '../../src/model/roadmap.js';

const ROOT = '/virtual/region';

/** A host over a map of absolute paths → texts. */
function memoryHost(files: Record<string, string>): LoadHost {
  return {
    async readFile(p: string) {
      const text = files[p];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
  };
}

const BASE = `version: 1
document:
  kind: order
  authority:
    name: [АДМИНИСТРАЦИЯ РАЙОНА, Управление образования]
    genitive: управления образования
  number: '1'
  date: '2023-01-10'
  signatories:
    - {position: Начальник управления, name: И.И. Иванов}
organisations:
  УО: {name: управление образования, short: УО}
  ИРО: {name: институт развития образования, short: ИРО}
  ОО: общеобразовательные организации
plan:
  title: ПЛАН-ГРАФИК
  period: 2023
  items:
    - id: a
      section: Раздел А
      items:
        - id: a1
          task: Задача А1
          deadline: до 01.03.2023
          executors: [УО]
        - id: a2
          task: Задача А2
          deadline: март 2023 г.
          executors: [ИРО]
    - id: b
      section: Раздел Б
      items:
        - id: b1
          task: Задача Б1
          deadline: апрель 2023 г.
          executors: [ОО]
        - id: b2
          task: Задача Б2
          deadline: май 2023 г.
          executors: [УО, ОО]
`;

async function load(child: string, extra: Record<string, string> = {}, options: { root?: string } = {}) {
  const files = { [`${ROOT}/base.yaml`]: BASE, [`${ROOT}/m/child.yaml`]: child, ...extra };
  return loadRoadmapFile(`${ROOT}/m/child.yaml`, { host: memoryHost(files), extendsRoot: options.root ?? ROOT, lang: 'en' });
}

function ids(entries: PlanEntry[]): unknown[] {
  return entries.map((e) => (e.type === 'group' ? { [e.id ?? '?']: ids(e.entries) } : e.id));
}
function find(roadmap: Roadmap, id: string): Item | Group {
  const walk = (es: PlanEntry[]): Item | Group | undefined => {
    for (const e of es) {
      if (e.id === id) return e;
      if (e.type === 'group') { const f = walk(e.entries); if (f) return f; }
    }
    return undefined;
  };
  return walk(roadmap.plans[0]!.entries)!;
}
const ok = (r: Awaited<ReturnType<typeof load>>) => {
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.roadmap!;
};

describe('merge rules', () => {
  it('a child with no plan keeps the base rows in the base order, positions in the base', async () => {
    const r = ok(await load('extends: ../base.yaml\ndocument: {number: "7"}\n'));
    expect(ids(r.plans[0]!.entries)).toEqual([{ a: ['a1', 'a2'] }, { b: ['b1', 'b2'] }]);
    expect(find(r, 'a2').loc).toMatchObject({ file: `${ROOT}/base.yaml`, line: 26 });
    expect(r.file).toBe(`${ROOT}/m/child.yaml`);
  });

  it('overrides fields of a row by id: the new values point at the child, the rest at the base', async () => {
    const r = ok(await load(`extends: ../base.yaml
plan:
  items:
    - id: a2
      deadline: до 15.04.2023
      executors: [УО, ОО]
`));
    const a2 = find(r, 'a2') as Item;
    expect(a2.deadlineSource).toBe('до 15.04.2023');
    expect(a2.executors.map((e) => (e.type === 'organisation' ? e.key : e.text))).toEqual(['УО', 'ОО']);
    expect(a2.deadlineLoc).toMatchObject({ file: `${ROOT}/m/child.yaml`, line: 5 });
    expect(a2.executors[0]!.loc).toMatchObject({ file: `${ROOT}/m/child.yaml`, line: 6 });
    expect(a2.loc).toMatchObject({ file: `${ROOT}/base.yaml` });
    expect(ids(r.plans[0]!.entries)).toEqual([{ a: ['a1', 'a2'] }, { b: ['b1', 'b2'] }]);
  });

  it('removes rows and whole groups with remove: true', async () => {
    const r = ok(await load(`extends: ../base.yaml
plan:
  items:
    - {id: a1, remove: true}
    - {id: b, remove: true}
`));
    expect(ids(r.plans[0]!.entries)).toEqual([{ a: ['a2'] }]);
  });

  it('adds rows after / before a base row, inside a group by its id, else at the end', async () => {
    const r = ok(await load(`extends: ../base.yaml
plan:
  items:
    - {id: n1, after: a1, task: Новая 1}
    - {id: n2, before: b1, task: Новая 2}
    - id: b
      items:
        - {id: n3, task: Новая 3}
    - {id: n4, task: Новая 4}
    - {id: c, after: a, section: Раздел В, items: [{id: c1, task: Новая В1}]}
`));
    expect(ids(r.plans[0]!.entries)).toEqual([{ a: ['a1', 'n1', 'a2'] }, { c: ['c1'] }, { b: ['n2', 'b1', 'b2', 'n3'] }, 'n4']);
    expect(find(r, 'n2').loc).toMatchObject({ file: `${ROOT}/m/child.yaml`, line: 5 });
  });

  it('moves a base row with after:', async () => {
    const r = ok(await load('extends: ../base.yaml\nplan:\n  items:\n    - {id: b2, after: a1}\n'));
    expect(ids(r.plans[0]!.entries)).toEqual([{ a: ['a1', 'b2', 'a2'] }, { b: ['b1'] }]);
  });

  it('merges organisations by key: add, change fields, remove', async () => {
    const r = ok(await load(`extends: ../base.yaml
organisations:
  ИРО: {short: Институт}
  ММС: {name: муниципальная методическая служба, short: ММС}
  ОО: {remove: true}
plan:
  items:
    - {id: b1, executors: [ММС]}
    - {id: b2, executors: [УО]}
`));
    expect([...r.organisations.keys()]).toEqual(['УО', 'ИРО', 'ММС']);
    expect(r.organisations.get('ИРО')).toMatchObject({ name: 'институт развития образования', short: 'Институт' });
  });

  it('document fields override; mappings merge deeply; lists are replaced; an empty value removes', async () => {
    const r = ok(await load(`extends: ../base.yaml
municipality: Ковров
document:
  authority:
    name: [АДМИНИСТРАЦИЯ КОВРОВСКОГО РАЙОНА]
  number:
  date: '2023-02-01'
  signatories:
    - {position: Заместитель, name: П.П. Петров}
`));
    expect(r.document.authority).toMatchObject({ name: ['АДМИНИСТРАЦИЯ КОВРОВСКОГО РАЙОНА'], genitive: 'управления образования' });
    expect(r.document.number).toBeUndefined();
    expect(r.document.date).toBe('2023-02-01');
    expect(r.document.signatories.map((s) => s.name)).toEqual(['П.П. Петров']);
    expect(r.document.signatories[0]!.loc?.file).toBe(`${ROOT}/m/child.yaml`);
  });

  it('follows chains: a child of a child of the base', async () => {
    const mid = 'extends: ../base.yaml\nplan:\n  items:\n    - {id: a1, remove: true}\n    - {id: m1, after: a2, task: Средняя}\n';
    const r = ok(await load('extends: mid.yaml\nplan:\n  items:\n    - {id: m1, deadline: июнь 2023 г.}\n    - {id: b1, remove: true}\n', { [`${ROOT}/m/mid.yaml`]: mid }));
    expect(ids(r.plans[0]!.entries)).toEqual([{ a: ['a2', 'm1'] }, { b: ['b2'] }]);
    expect(find(r, 'm1').loc).toMatchObject({ file: `${ROOT}/m/mid.yaml`, line: 5 });
    expect((find(r, 'm1') as Item).deadlineLoc).toMatchObject({ file: `${ROOT}/m/child.yaml`, line: 4 });
  });

  it('merges a single plan with the single base plan whatever its id', async () => {
    const r = ok(await load('extends: ../base.yaml\nplan:\n  id: other\n  subtitle: района\n'));
    expect(r.plans).toHaveLength(1);
    expect(r.plans[0]).toMatchObject({ id: 'other', title: 'ПЛАН-ГРАФИК', subtitle: 'района' });
  });
});

describe('diagnostics of merged files point where the value was written', () => {
  it('a schema error in the child: the child file and line', async () => {
    const r = await load('extends: ../base.yaml\nplan:\n  items:\n    - id: a1\n      dedline: до 01.05.2023\n');
    expect(r.roadmap).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: 'schema-unknown-key', file: `${ROOT}/m/child.yaml`, line: 5, column: 7 });
  });

  it('a schema error in the base: the base file and line', async () => {
    const r = await load('extends: ../base.yaml\n', { [`${ROOT}/base.yaml`]: BASE.replace('          deadline: май 2023 г.', '          deadline: {kind: month}') });
    expect(r.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ file: `${ROOT}/base.yaml`, line: 39 });
  });

  it('a new row without task: reported at the row in the child', async () => {
    const r = await load('extends: ../base.yaml\nplan:\n  items:\n    - {id: z9, deadline: май 2023 г.}\n');
    const d = r.diagnostics.find((x) => x.severity === 'error')!;
    expect(d.file).toBe(`${ROOT}/m/child.yaml`);
    expect(d.line).toBe(4);
  });

  it('lint: an unknown executor written in the child points at the child; one in the base at the base', async () => {
    const r = await load('extends: ../base.yaml\nplan:\n  items:\n    - id: b1\n      executors: [НЕТ]\n', {
      [`${ROOT}/base.yaml`]: BASE.replace('executors: [ИРО]', 'executors: [ИРОО]'),
    });
    const unknown = r.diagnostics.filter((d) => d.code === 'executor-unknown').map((d) => [d.file, d.line]);
    expect(unknown).toEqual(expect.arrayContaining([[`${ROOT}/base.yaml`, 29], [`${ROOT}/m/child.yaml`, 5]]));
  });

  it('after: an unknown id is reported at its value', async () => {
    const r = await load('extends: ../base.yaml\nplan:\n  items:\n    - {id: n1, after: nope, task: Новая}\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'merge-unknown-id', file: `${ROOT}/m/child.yaml`, line: 4 });
  });

  it('remove of an id the base does not have', async () => {
    const r = await load('extends: ../base.yaml\nplan:\n  items:\n    - {id: nope, remove: true}\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'merge-remove-unknown', line: 4 });
  });

  it('markers in a file without a base are errors', async () => {
    const files = { [`${ROOT}/plain.yaml`]: 'document: {kind: plan}\nplan:\n  title: П\n  items:\n    - {id: x, task: Т, after: y}\n' };
    const r = await loadRoadmapFile(`${ROOT}/plain.yaml`, { host: memoryHost(files), lang: 'en' });
    expect(r.diagnostics[0]).toMatchObject({ code: 'merge-marker-without-base', line: 5 });
  });
});

describe('extends: missing, cycles, outside the root', () => {
  it('a missing base: at the extends value', async () => {
    const r = await load('# муниципалитет\nextends: ../nope.yaml\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'extends-missing', file: `${ROOT}/m/child.yaml`, line: 2, column: 10 });
  });

  it('a cycle', async () => {
    const r = await load('extends: a.yaml\n', {
      [`${ROOT}/m/a.yaml`]: 'extends: b.yaml\n',
      [`${ROOT}/m/b.yaml`]: 'extends: a.yaml\n',
    });
    expect(r.diagnostics[0]).toMatchObject({ code: 'extends-cycle', file: `${ROOT}/m/b.yaml`, line: 1, column: 10 });
    expect(r.diagnostics[0]!.message).toContain('m/a.yaml → m/b.yaml → m/a.yaml');
  });

  it('a path leaving the allowed root is refused before it is read', async () => {
    const r = await load('extends: ../../../etc/passwd.yaml\n', {}, { root: ROOT });
    expect(r.diagnostics[0]).toMatchObject({ code: 'extends-outside-root', line: 1, column: 10 });
  });

  it('extends must be text', async () => {
    const r = await load('extends: [a, b]\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'extends-not-text', line: 1 });
  });

  it('a base with broken YAML: its own error, in the base', async () => {
    const r = await load('extends: ../base.yaml\n', { [`${ROOT}/base.yaml`]: 'document:\n  kind: "order\n' });
    expect(r.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: `${ROOT}/base.yaml` });
  });
});
