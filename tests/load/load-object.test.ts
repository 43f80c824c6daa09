/**
 * `loadRoadmapObject`: a roadmap held as data (a portal's JSON) gets the checks and diagnostics a
 * YAML file gets, located by JSON Pointer instead of a line; what is not JSON data is reported,
 * never crashes or hangs the loader, and the caller's data is left as it was.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { loadRoadmapFile, loadRoadmapObject, type LoadHost } from '../../src/load/index.js';

const EXAMPLE = 'examples/khabarovsk-500plus-2022.yaml';

/** A small roadmap as data: one section, two rows. */
function small(): Record<string, unknown> {
  return {
    document: { kind: 'plan', approval: { by: 'act', act: 'распоряжением министерства', year: 2022 } },
    organisations: { УО: 'управление образования' },
    plan: {
      title: 'ПЛАН-ГРАФИК',
      period: 2022,
      items: [
        {
          section: 'Раздел',
          items: [
            { task: 'Задача 1', deadline: 'до 22.02.2022', executors: ['УО'] },
            { task: 'Задача 2', deadline: '30.02.2022', executors: 'УО' },
          ],
        },
      ],
    },
  };
}

/** Deep-freezes data, so that any write by the loader throws. */
function frozen<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) frozen(x);
    Object.freeze(v);
  }
  return v;
}

/** A roadmap without its source locations (they differ between a file and data). */
function withoutPlaces(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v, (k, x) => (k === 'loc' || k.endsWith('Loc') || k === 'file' ? undefined : x)));
}

describe('loadRoadmapObject', () => {
  it('gives the same roadmap as the YAML file it was read from', async () => {
    const fromFile = await loadRoadmapFile(EXAMPLE, { lang: 'en' });
    const data = frozen(parse(readFileSync(EXAMPLE, 'utf8')) as unknown);
    const fromData = await loadRoadmapObject(data, { file: 'portal', lang: 'en' });
    expect(fromFile.roadmap).toBeDefined();
    expect(withoutPlaces(fromData.roadmap)).toEqual(withoutPlaces(fromFile.roadmap));
    expect(fromData.diagnostics.map((d) => d.code)).toEqual(fromFile.diagnostics.map((d) => d.code));
  });

  it('locates a domain mistake by JSON Pointer, line 0', async () => {
    const r = await loadRoadmapObject(frozen(small()), { file: 'portal', lang: 'en' });
    expect(r.roadmap).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      { code: 'deadline-impossible-date', file: 'portal', line: 0, column: 0, pointer: '/plan/items/0/items/1/deadline' },
    ]);
    expect(formatDiagnostics(r.diagnostics, undefined, { lang: 'en' })).toMatch(/^portal#\/plan\/items\/0\/items\/1\/deadline: error \[deadline-impossible-date\]/);
  });

  it('locates schema mistakes by JSON Pointer: an unknown key, a missing key', async () => {
    const data = small();
    const plan = data.plan as Record<string, unknown>;
    plan.dedline = 'x';
    delete plan.title;
    const r = await loadRoadmapObject(data, { lang: 'en' });
    const byCode = Object.fromEntries(r.diagnostics.map((d) => [d.code, d]));
    expect(byCode['schema-unknown-key']).toMatchObject({ pointer: '/plan/dedline', line: 0 });
    expect(byCode['schema-missing-key']).toMatchObject({ pointer: '/plan', line: 0 });
  });

  it.each([
    ['a function', () => 1, 'function'],
    ['a Date', new Date(0), 'Date'],
    ['NaN', Number.NaN, 'NaN'],
    ['a Map', new Map(), 'Map'],
    ['undefined in a list', undefined, 'undefined'],
  ])('%s is object-not-data at its pointer', async (_name, bad, word) => {
    const data = small();
    const first = ((data.plan as { items: { items: Record<string, unknown>[] }[] }).items[0]!.items[0])!;
    first.executors = ['УО', bad];
    const r = await loadRoadmapObject(data, { lang: 'en' });
    expect(r.roadmap).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'object-not-data', pointer: '/plan/items/0/items/0/executors/1' });
    expect(r.diagnostics[0]!.message).toContain(word);
  });

  it('an object that contains itself is reported, not followed for ever', async () => {
    const data = small();
    (data.document as Record<string, unknown>).self = data;
    const r = await loadRoadmapObject(data, { lang: 'ru' });
    expect(r.diagnostics).toMatchObject([{ code: 'object-not-data', pointer: '/document/self' }]);
    expect(r.diagnostics[0]!.message).toContain('цикл');
  });

  it('a property that is undefined counts as absent; a key __proto__ stays a key and is reported', async () => {
    const data = small();
    (data.plan as Record<string, unknown>).subtitle = undefined;
    expect((await loadRoadmapObject(data, { lang: 'en' })).diagnostics.map((d) => d.code)).toEqual(['deadline-impossible-date']);
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "document": {"kind": "plan"}}') as unknown;
    const r = await loadRoadmapObject(hostile, { lang: 'en' });
    expect(r.diagnostics.some((d) => d.code === 'schema-unknown-key' && d.pointer === '/__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the depth and string limits hold for data as for text', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    const data = small();
    (data.document as Record<string, unknown>).deep = deep;
    const r = await loadRoadmapObject(data, { lang: 'en' });
    expect(r.diagnostics).toMatchObject([{ code: 'limit-depth' }]);
    const long = small();
    (long.plan as Record<string, unknown>).title = 'а'.repeat(200);
    expect((await loadRoadmapObject(long, { lang: 'en', limits: { stringLength: 100 } })).diagnostics).toMatchObject([{ code: 'limit-string-length', pointer: '/plan/title' }]);
  });

  it('data that is not an object is reported at the top', async () => {
    for (const v of [null, 'text', [1, 2], 42]) {
      const r = await loadRoadmapObject(v, { lang: 'en' });
      expect(r.roadmap).toBeUndefined();
      expect(r.diagnostics.length).toBeGreaterThan(0);
      expect(r.diagnostics[0]).toMatchObject({ line: 0, pointer: '' });
    }
  });

  it('extends a base served by the host, with diagnostics in the base at its lines', async () => {
    const base = 'document:\n  kind: plan\n  approval: {by: act, act: распоряжением, year: 2022}\norganisations:\n  УО: управление\nplan:\n  title: П\n  period: 2022\n  items:\n    - id: a\n      task: Задача\n      deadline: 31.04.2022\n';
    const host: LoadHost = {
      async readFile(name) {
        if (name !== 'region/base.yaml') throw Object.assign(new Error('no'), { code: 'ENOENT' });
        return new TextEncoder().encode(base);
      },
    };
    const r = await loadRoadmapObject({ extends: 'base.yaml', plan: { items: [{ id: 'b', task: 'Новая', deadline: '31.06.2022' }] } }, { file: 'region/town.json', host, lang: 'en' });
    const impossible = r.diagnostics.filter((d) => d.code === 'deadline-impossible-date');
    expect(impossible).toMatchObject([
      { file: 'region/base.yaml', line: 12 },
      { file: 'region/town.json', line: 0, pointer: '/plan/items/0/deadline' },
    ]);
  });
});
