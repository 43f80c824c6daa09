/**
 * The import's YAML writer: every string it writes reads back as exactly that string, through
 * the `yaml` library and through plangraf's own loader (its fast reader, or `yaml` when the fast
 * one gives up) — colons, quotes, leading dashes, «#», words YAML takes for other types, several
 * lines, spaces at the ends, control characters, line separators.
 */
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { map, seq, yamlText } from '../../src/import/yaml-text.js';
import { loadRoadmapText } from '../../src/load/index.js';

const ODD = [
  'Задача: отбор школ', 'key: value', 'a #b', '#комментарий', '- пункт', '-5', '--', '? вопрос', ': двоеточие', 'конец:',
  "кавычка ' одна", '"двойные"', '«ёлочки»', 'true', 'false', 'no', 'yes', 'Off', 'null', '~', '1.', '1.1.', '007', '0x1F', '1e3', '.5', '+1',
  '2022-02-14', '12:30', '.inf', '[1, 2]', '{a: b}', '*якорь', '&anchor', '!tag', '|', '>', '%процент', '@at', '`код`', '<<',
  ' ведущий пробел', 'хвостовой пробел ', '\u00a0неразрывный', 'строка\nвторая', 'строка\n\nабзац', 'хвост\n', 'хвосты\n\n', '\nведущая пустая',
  '  отступ\nвторая', 'вторая с отступом\n  отступ', 'пробел в конце \nстроки', 'таб\tвнутри', 'ко\u0085нец', 'раз\u2028два', 'bom\ufeff', 'ctrl\u0007', '',
  'https://obr-khv.ru/a?b=c#d', 'C:\\путь\\к\\файлу', 'обратная \\ черта', 'a: b\nc: d', '- x\n- y',
];

/** A roadmap whose one item's task is `s` (the loader takes any string there). */
function roadmapWith(s: string): string {
  return yamlText(map([
    { key: 'document', value: map([{ key: 'kind', value: 'plan' }]) },
    { key: 'plan', value: map([{ key: 'title', value: s }, { key: 'items', value: seq([{ value: map([{ key: 'task', value: 'задача' }, { key: 'deadline', value: s }]) }]) }]) },
  ]), ['# заголовок: с «#» и двоеточием']);
}

describe('strings written by the import read back as they were', () => {
  it.each(ODD.map((s) => [JSON.stringify(s), s] as const))('%s through yaml', (_shown, s) => {
    const text = yamlText(map([{ key: 'v', value: s, note: 'note: # here' }, { key: 'list', value: seq([{ value: s, comment: ['c'] }]) }]));
    expect(parse(text)).toEqual({ v: s, list: [s] });
  });

  it('through plangraf’s loader, in a roadmap (printable strings: the loader refuses control characters by design)', async () => {
    for (const s of ODD.filter((x) => !/[\u0007\ufeff]/.test(x))) {
      const text = roadmapWith(s);
      const { roadmap, diagnostics } = await loadRoadmapText(text, { file: 'odd.yaml' });
      expect(diagnostics.filter((d) => d.code.startsWith('yaml-') || d.code.startsWith('schema-')), `${JSON.stringify(s)}\n${text}`).toEqual([]);
      expect(roadmap?.plans[0]?.title, JSON.stringify(s)).toBe(s);
      expect(roadmap?.plans[0]?.entries[0]?.type === 'item' && roadmap.plans[0].entries[0].deadlineSource).toBe(s);
    }
  });

  it('any string, any nesting (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 20 }), (s, t) => {
      const text = yamlText(map([{ key: 'a', value: map([{ key: 'b', value: seq([{ value: s }, { value: map([{ key: 'c', value: t }, { key: 'd', value: s }]) }]) }]) }]));
      expect(parse(text)).toEqual({ a: { b: [s, { c: t, d: s }] } });
    }), { numRuns: 500 });
  });

  it('several lines are written as a literal block, one-liners plain or quoted only when needed', () => {
    const text = yamlText(map([
      { key: 'task', value: 'Участие в курсах:\n- «Современный урок»' },
      { key: 'no', value: '1.' },
      { key: 'deadline', value: 'до 22.02.2022' },
      { key: 'result', value: 'итог: 5 школ' },
    ]));
    expect(text).toBe("task: |-\n  Участие в курсах:\n  - «Современный урок»\nno: '1.'\ndeadline: до 22.02.2022\nresult: 'итог: 5 школ'\n");
  });
});
