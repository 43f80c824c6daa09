/**
 * The fast YAML reader (src/load/fast-yaml.ts) against `yaml`: wherever it reads a text, the
 * value, every node's range, every key's range and the line starts must be those of `yaml`, and
 * `yaml` must find no error or warning there. Checked on every YAML file of the repository and on
 * generated texts full of the corners (comments at every depth, blank lines, folded scalars,
 * CRLF, numbers and nulls, quotes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParseYaml, type FastTree } from '../../src/load/fast-yaml.js';
import { FastNodes, Locator, type PathSegment, type Target } from '../../src/load/locate.js';
import { DocumentNodes } from '../../src/load/yaml-full.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';

type Entry = string;

/** A plan in the shape of bench/synthetic.js. */
function syntheticRoadmap(rows: number): string {
  const lines = ['document:', '  kind: plan', '  approval: {by: act, act: распоряжением министерства, year: 2022}', 'organisations:',
    '  omsu: {name: "органы местного самоуправления, осуществляющие управление", short: ОМСУ, intro: define}', 'plan:', '  title: ПЛАН-ГРАФИК',
    '  period: 2022', '  columns: [number, deadline, task, executors, result, info]', '  items:'];
  for (let s = 0; s * 10 < rows; s++) {
    lines.push(`    - section: Раздел ${s + 1}. Сопровождение проекта`, '      items:');
    for (let i = 0; i < 10 && s * 10 + i < rows; i++) {
      const n = s * 10 + i;
      lines.push(`        - id: r${n + 1}`, `          task: Проведение мероприятия № ${n + 1}`, '          deadline: "до 22.02.2022"',
        '          executors: [minobr, omsu]', `          result: подготовлен отчёт № ${n + 1}; 100 процентов ОО`, '          info: https://example.org/500plus/');
    }
  }
  return lines.join('\n') + '\n';
}

function yamlEntries(text: string): { value: unknown; entries: Entry[]; lineStarts: number[]; clean: boolean } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true, version: '1.2', schema: 'core', keepSourceTokens: false });
  const entries: Entry[] = [];
  const walk = (n: Node | null, path: string): void => {
    if (!n) return;
    const r = n.range!;
    entries.push(`${path} ${r[0]}-${r[1]}`);
    if (isMap(n)) {
      for (const pair of n.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const k = String(pair.key.value);
        const kr = (pair.key as Node).range!;
        entries.push(`${path}/${k} key ${kr[0]}-${kr[1]}`);
        walk(pair.value as Node, `${path}/${k}`);
      }
    } else if (isSeq(n)) {
      n.items.forEach((it, i) => walk(it as Node, `${path}/${i}`));
    }
  };
  walk(doc.contents as Node, '');
  const clean = doc.errors.length === 0 && doc.warnings.length === 0;
  return { value: clean ? doc.toJS() : undefined, entries, lineStarts: lineCounter.lineStarts, clean };
}

function fastEntries(tree: FastTree): Entry[] {
  const entries: Entry[] = [];
  const walk = (n: number, path: string): void => {
    entries.push(`${path} ${tree.start[n]}-${tree.end[n]}`);
    const from = tree.first[n]!;
    for (let i = 0; i < tree.count[n]!; i++) {
      const k = tree.kids[from + i]!;
      if (tree.isMap(n)) {
        entries.push(`${path}/${tree.keyName[k]} key ${tree.keyStart[k]}-${tree.keyEnd[k]}`);
        walk(k, `${path}/${tree.keyName[k]}`);
      } else walk(k, `${path}/${i}`);
    }
  };
  walk(tree.root, '');
  return entries;
}

/** Checks a text; returns whether the fast reader read it. */
function same(text: string): boolean {
  const fast = fastParseYaml(text, DEFAULT_LIMITS);
  if (!fast) return false;
  const slow = yamlEntries(text);
  expect(slow.clean, `yaml complains about a text the fast reader took:\n${text}`).toBe(true);
  expect(fast.value, text).toStrictEqual(slow.value);
  expect(fastEntries(fast.tree), text).toEqual(slow.entries);
  expect(fast.tree.lineStarts, text).toEqual(slow.lineStarts);
  // The source text of every plain scalar (numbers keep it: src/load/text-scalars.ts).
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true, version: '1.2', schema: 'core' });
  const slowNodes = new DocumentNodes(doc, lineCounter);
  const fastNodes = new FastNodes(fast.tree);
  const walk = (v: unknown, path: PathSegment[]): void => {
    expect(fastNodes.plainScalar(path), `${text}\n${JSON.stringify(path)}`).toBe(slowNodes.plainScalar(path));
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(fast.value, []);
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

const ROOT = new URL('../../', import.meta.url).pathname;

describe('fast YAML reader', () => {
  it('reads the synthetic roadmap and the examples, as yaml does', () => {
    expect(same(syntheticRoadmap(30))).toBe(true);
    for (const f of yamlFiles(join(ROOT, 'examples'))) expect(same(readFileSync(f, 'utf8')), f).toBe(true);
  });

  it('locates every value, key and parent as the yaml-based Locator does, in any order', () => {
    const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'tests'))];
    // A large mapping (looked up through an index) and a plan.
    const big = syntheticRoadmap(25).replace('organisations:\n', `organisations:\n${Array.from({ length: 40 }, (_, i) => `  org${i}: {name: Организация ${i}, short: О${i}}\n`).join('')}`);
    expect(fastParseYaml(big, DEFAULT_LIMITS)).toBeDefined();
    let compared = 0;
    for (const f of [...files, 'big']) {
      const text = f === 'big' ? big : readFileSync(f, 'utf8');
      const fast = fastParseYaml(text, DEFAULT_LIMITS);
      if (!fast) continue;
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true, version: '1.2', schema: 'core' });
      const slow = new Locator(new DocumentNodes(doc, lineCounter), f);
      const quick = new Locator(new FastNodes(fast.tree), f);
      const paths: PathSegment[][] = [];
      const walk = (v: unknown, path: PathSegment[]): void => {
        paths.push(path, [...path, 'missing'], [...path, 7]);
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      };
      walk(fast.value, []);
      // In file order, then shuffled (the fast Locator reuses the path it found last).
      const shuffled = paths.map((p, i) => [p, (i * 7919) % paths.length] as const).sort((a, b) => a[1] - b[1]).map(([p]) => p);
      for (const p of [...paths, ...shuffled]) {
        for (const target of ['value', 'key', 'parent'] as Target[]) {
          expect(quick.loc(p, target), `${f} ${JSON.stringify(p)} ${target}`).toEqual(slow.loc(p, target));
          compared++;
        }
        expect(quick.scalarText(p), `${f} ${JSON.stringify(p)}`).toBe(slow.scalarText(p));
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('reads list items written as flow collections, as yaml does', () => {
    // Rows and columns as one-line mappings: once the whole file went to the slow reader.
    const rows = Array.from({ length: 12 }, (_, i) => `    - {id: r${i + 1}, task: "Задача ${i + 1}: подготовка", deadline: до 22.02.2022, executors: [УО, ИМОЦ]}  # row ${i + 1}`);
    const text = ['document: {kind: plan}', 'plan:', '  title: П', '  columns:', '    - {role: number, header: №, width: 5}', '    - {role: task, header: "Задача: что делается"}',
      '    - deadline', '    - [a, b]', '    - {}', '    - []', '  items:', ...rows, '    - {section: Раздел, items: [{task: Т}]}', ''].join('\n');
    expect(same(text)).toBe(true);
    expect(same(text.replace(/\n/g, '\r\n'))).toBe(true);
    const fast = fastParseYaml(text, DEFAULT_LIMITS)!;
    expect((fast.value as { plan: { items: unknown[] } }).plan.items[0]).toEqual({ id: 'r1', task: 'Задача 1: подготовка', deadline: 'до 22.02.2022', executors: ['УО', 'ИМОЦ'] });
  });

  it.each([
    ['a flow mapping as the key of a block mapping', 'a:\n  - {x: 1}: y\n'],
    ['a flow collection followed by more on the line', 'a:\n  - [x] y\n'],
    ['a flow mapping continued below, indented', 'a:\n  - {x: 1}\n    b: 2\n'],
    ['a flow mapping over two lines', 'a:\n  - {x: 1,\n     y: 2}\n'],
  ])('leaves to yaml %s', (_name, text) => {
    expect(fastParseYaml(text, DEFAULT_LIMITS)).toBeUndefined();
  });

  it('agrees with yaml on every YAML file of the repository it reads', () => {
    let read = 0;
    const files = [...yamlFiles(join(ROOT, 'tests')), ...yamlFiles(join(ROOT, 'templates')), ...yamlFiles(join(ROOT, 'docs'))];
    for (const f of files) if (same(readFileSync(f, 'utf8'))) read++;
    expect(read).toBeGreaterThan(20);
  });

  const generator = (friendly: boolean) => {
    const hostile = fc.constantFrom('a', 'task', 'id', 'x y', 'Текст', 'до 22.02.2022', '12', '-3', '0o7', '0x1F', '1.5', '.5', '1e3', '.inf', '.NaN',
      'true', 'False', 'null', '~', 'NULL', 'a:b', 'http://x.org/a#b', 'a #b', 'a: b', '-x', '- x', '?x', ':x', 'a,b', '[x]', '{x}', "it's", 'a"b', '#x', '', ' ', 'a ');
    const safe = fc.constantFrom('a', 'x y', 'Текст «в кавычках»', 'до 22.02.2022', 'r12', 'https://example.org/a', 'a-b', '№ 5; 100%', '12', 'true', 'null', '1.5');
    const word = friendly ? safe : fc.oneof({ weight: 4, arbitrary: safe }, { weight: 1, arbitrary: hostile });
    const scalar = fc.oneof(
      word,
      word.map((w) => JSON.stringify(w)),
      word.map((w) => `'${w.replace(/'/g, "''")}'`),
      fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `[${ws.join(', ')}]`),
      fc.array(fc.tuple(fc.constantFrom('a', 'b', 'by', '"q"', '1', 'x y'), word), { minLength: 0, maxLength: 3 }).map((ps) => `{${ps.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    );
    const comment = fc.constantFrom('', '', '', ' # c', '  #c');
    const blank = friendly ? fc.constantFrom('', '', '', '\n', '\n\n', '\n   \n', '\n# top\n') : fc.constantFrom('', '', '', '', '', '', '', '', '\n', '\n\n', '\n   \n', '\n# top\n', '\n  # two\n', '\n    # four\n', '\n      # six\n', '\n        # eight\n');
    const blockBody = fc.array(fc.constantFrom('line', 'строка два', '', '  more', 'x: y', '# not a comment', 'end  '), { minLength: 1, maxLength: 4 });

    /** A mapping at `indent` of depth at most `d`. */
    const map = (indent: number, d: number): fc.Arbitrary<string> => fc.uniqueArray(fc.tuple(
      (friendly ? fc.constantFrom('a', 'b', 'c', 'task', 'items', '"q k"', "'s'", 'x-y', 'a b') : fc.constantFrom('a', 'b', 'c', 'task', 'items', '"q k"', "'s'", 'x-y', '1', 'null', 'a b')),
      fc.oneof(
        { weight: 4, arbitrary: fc.tuple(scalar, comment).map(([s, c]) => ` ${s}${c}`) },
        { weight: 1, arbitrary: fc.tuple(word, word, fc.constantFrom('\n', '\n\n', '\n\n\n')).map(([a, b, br]) => ` ${a}${br}${' '.repeat(indent + 2)}${b}`) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom('|', '|-', '>', '>-', '|+', '>2'), blockBody).map(([h, lines]) => ` ${h}\n${lines.map((l) => (l === '' ? '' : ' '.repeat(indent + 2) + l)).join('\n')}`) },
        { weight: 1, arbitrary: fc.constantFrom('', ' ', ' # empty') },
        ...(d > 0 ? [
          { weight: 2, arbitrary: map(indent + 2, d - 1).map((m) => `\n${m}`) },
          { weight: 2, arbitrary: seq(indent + 2, d - 1).map((s) => `\n${s}`) },
          { weight: 1, arbitrary: seq(indent, d - 1).map((s) => `\n${s}`) },
        ] : []),
      ),
      blank,
    ), { minLength: 1, maxLength: 4, selector: (t) => t[0] }).map((pairs) => pairs.map(([k, v, b]) => `${' '.repeat(indent)}${k}:${v}${b}`).join('\n'));

    const seq = (indent: number, d: number): fc.Arbitrary<string> => fc.array(fc.tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.tuple(scalar, comment).map(([s, c]) => ` ${s}${c}`) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom('|', '>-'), blockBody).map(([h, lines]) => ` ${h}\n${lines.map((l) => (l === '' ? '' : ' '.repeat(indent + 2) + l)).join('\n')}`) },
        ...(d > 0 ? [{ weight: 3, arbitrary: map(indent + 2, d - 1).map((m) => ` ${m.slice(indent + 2)}`) }] : []),
      ),
      blank,
    ), { minLength: 1, maxLength: 4 }).map((items) => items.map(([v, b]) => `${' '.repeat(indent)}-${v}${b}`).join('\n'));
    return map(0, 3);
  };

  it.each([['friendly', true, 0.25], ['hostile', false, 0.03]] as const)('agrees with yaml on generated texts (%s)', (_name, friendly, share) => {
    let read = 0;
    let total = 0;
    const tails = friendly ? fc.constantFrom('\n', '', '\n\n') : fc.constantFrom('\n', '', '\n\n', '\n# end\n');
    fc.assert(fc.property(generator(friendly), tails, fc.boolean(), (m, tail, crlf) => {
      let text = m + tail;
      if (crlf) text = text.replace(/\n/g, '\r\n');
      total++;
      if (same(text)) read++;
    }), { numRuns: 3000, seed: 42 });
    // The reader must take a fair share of what it is given.
    expect(read / total).toBeGreaterThan(share);
  });
});
