import { describe, expect, it } from 'vitest';
import { numberEntries, presetFormat } from '../../src/compose/numbering.js';
import type { PlanEntry } from '../../src/model/roadmap.js';
import { group, item, yearGroup } from './builders.js';

/** The printed numbers in document order: groups as `G:no`, items as `no`, '-' for none. */
function numbers(entries: readonly PlanEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (e.type === 'group') {
      out.push(`G:${e.no ?? '-'}`);
      out.push(...numbers(e.entries));
    } else out.push(e.no ?? '-');
  }
  return out;
}

const twoSections = (): PlanEntry[] => [
  group('Создание инфраструктуры', [item('a'), item('b'), item('c')]),
  group('Методическое сопровождение', [item('d'), item('e')]),
];

describe('numberEntries', () => {
  it('hierarchical: sections «1.», items «1.1.»', () => {
    expect(numbers(numberEntries(twoSections(), 'hierarchical'))).toEqual([
      'G:1.', '1.1.', '1.2.', '1.3.', 'G:2.', '2.1.', '2.2.',
    ]);
  });

  it('hierarchical: three levels, items and groups sharing a counter at a level', () => {
    const entries = [
      item('top'),
      group('A', [item('a1'), group('A.2', [item('x'), item('y')]), item('a3')]),
    ];
    expect(numbers(numberEntries(entries, 'hierarchical'))).toEqual([
      '1.', 'G:2.', '2.1.', 'G:2.2.', '2.2.1.', '2.2.2.', '2.3.',
    ]);
  });

  it('continuous: «1.» … across sections, sections unnumbered', () => {
    expect(numbers(numberEntries(twoSections(), 'continuous'))).toEqual([
      'G:-', '1.', '2.', '3.', 'G:-', '4.', '5.',
    ]);
  });

  it('continuous over 47 items', () => {
    const entries = Array.from({ length: 47 }, (_, i) => item(`t${i}`));
    const out = numbers(numberEntries(entries, 'continuous'));
    expect(out[0]).toBe('1.');
    expect(out[46]).toBe('47.');
  });

  it('per-section: items restart in every section', () => {
    expect(numbers(numberEntries(twoSections(), 'per-section'))).toEqual([
      'G:1.', '1.', '2.', '3.', 'G:2.', '1.', '2.',
    ]);
  });

  it('per-section: explicit section numbers «Направление N.» are printed as written', () => {
    const entries = [
      group('A', [item('a'), item('b')], { explicitNo: 'Направление 1.' }),
      group('B', [item('c')], { explicitNo: 'Направление 2.' }),
    ];
    expect(numbers(numberEntries(entries, 'per-section'))).toEqual([
      'G:Направление 1.', '1.', '2.', 'G:Направление 2.', '1.',
    ]);
  });

  it('explicit: only numbers written by the user', () => {
    const entries = [group('A', [item('a', { explicitNo: '1.1' }), item('b')], { explicitNo: '1' })];
    expect(numbers(numberEntries(entries, 'explicit'))).toEqual(['G:1', '1.1', '-']);
  });

  it("an item's explicit number always wins; the count goes on", () => {
    const entries = [group('A', [item('a'), item('b', { explicitNo: '1.2а.' }), item('c')])];
    for (const mode of ['hierarchical', 'continuous', 'per-section'] as const) {
      const out = numbers(numberEntries(entries, mode));
      expect(out[2]).toBe('1.2а.');
    }
    expect(numbers(numberEntries(entries, 'hierarchical'))).toEqual(['G:1.', '1.1.', '1.2а.', '1.3.']);
  });

  it('hierarchical: a group with an explicit number gives it to its children', () => {
    const entries = [group('A', [item('a')], { explicitNo: 'Направление 3.' })];
    expect(numbers(numberEntries(entries, 'hierarchical'))).toEqual(['G:Направление 3.', '3.1.']);
  });

  it('year groups are unnumbered and transparent', () => {
    const entries = [
      yearGroup(2021, [group('A', [item('a')]), group('B', [item('b')])]),
      yearGroup(2022, [group('C', [item('c')])]),
    ];
    expect(numbers(numberEntries(entries, 'hierarchical'))).toEqual([
      'G:-', 'G:1.', '1.1.', 'G:2.', '2.1.', 'G:-', 'G:3.', '3.1.',
    ]);
    expect(numbers(numberEntries([yearGroup(2021, [item('a'), item('b')])], 'continuous'))).toEqual(['G:-', '1.', '2.']);
  });

  it('`numbered: false` groups are headings without a number', () => {
    const entries = [group('Heading', [item('a')], { numbered: false }), group('A', [item('b')])];
    expect(numbers(numberEntries(entries, 'hierarchical'))).toEqual(['G:-', '1.', 'G:2.', '2.1.']);
  });

  it('is pure: the input keeps no numbers', () => {
    const entries = twoSections();
    const before = JSON.stringify(entries);
    numberEntries(entries, 'hierarchical');
    expect(JSON.stringify(entries)).toBe(before);
  });

  it('replaces numbers left from an earlier numbering', () => {
    const once = numberEntries(twoSections(), 'hierarchical');
    expect(numbers(numberEntries(once, 'continuous'))).toEqual(['G:-', '1.', '2.', '3.', 'G:-', '4.', '5.']);
  });

  // ───── formats and restarts (issue 11) ─────

  it('formats per level: sections «1.», items «1.1» without a final dot', () => {
    expect(numbers(numberEntries(twoSections(), 'hierarchical', { formats: ['{n}.', '{1}.{n}'] }))).toEqual([
      'G:1.', '1.1', '1.2', '1.3', 'G:2.', '2.1', '2.2',
    ]);
  });

  it('a section label «Направление {n}.» with items «1.» restarting in each section', () => {
    expect(numbers(numberEntries(twoSections(), 'per-section', { formats: ['Направление {n}.', '{n}.'] }))).toEqual([
      'G:Направление 1.', '1.', '2.', '3.', 'G:Направление 2.', '1.', '2.',
    ]);
  });

  it('deeper levels than listed take the last format', () => {
    const entries = [group('A', [group('B', [item('x')])])];
    expect(numbers(numberEntries(entries, 'hierarchical', { formats: ['{n}.', '{1}.{n}'] }))).toEqual(['G:1.', 'G:1.1', '1.1']);
  });

  it('levels past nine: the preset and a written format name the tenth and eleventh groups {10}, {11}', () => {
    // Twelve nested sections, one item in the innermost: its number has twelve parts.
    let entries: PlanEntry[] = [item('x')];
    for (let level = 12; level >= 1; level--) entries = [group(`L${level}`, entries)];
    const innermost = (es: readonly PlanEntry[]): string[] => numbers(es).slice(-2);
    expect(innermost(numberEntries(entries, 'hierarchical'))).toEqual(['G:1.1.1.1.1.1.1.1.1.1.1.1.', '1.1.1.1.1.1.1.1.1.1.1.1.1.']);
    const formats = ['{n}.', '{1}.{n}', '{1}.{2}.{n}', '{1}.{2}.{3}.{4}.{5}.{6}.{7}.{8}.{9}.{10}.{11}.{n}'];
    expect(innermost(numberEntries(entries, 'hierarchical', { formats }))).toEqual(['G:1.1.1.1.1.1.1.1.1.1.1.1', '1.1.1.1.1.1.1.1.1.1.1.1']);
  });

  it('restart: year starts every count again in each year group', () => {
    const entries = [
      yearGroup(2021, [group('A', [item('a'), item('b')]), group('B', [item('c')])]),
      yearGroup(2022, [group('C', [item('d')])]),
    ];
    expect(numbers(numberEntries(entries, 'hierarchical', { formats: ['{n}.', '{1}.{n}'], restart: 'year' }))).toEqual([
      'G:-', 'G:1.', '1.1', '1.2', 'G:2.', '2.1', 'G:-', 'G:1.', '1.1',
    ]);
    expect(numbers(numberEntries([yearGroup(2021, [item('a'), item('b')]), yearGroup(2022, [item('c')])], 'continuous', { restart: 'year' }))).toEqual([
      'G:-', '1.', '2.', 'G:-', '1.',
    ]);
  });

  it('restart: none numbers items through the sections; section: continuous numbering restarts per section', () => {
    expect(numbers(numberEntries(twoSections(), 'per-section', { restart: 'none' }))).toEqual(['G:1.', '1.', '2.', '3.', 'G:2.', '4.', '5.']);
    expect(numbers(numberEntries(twoSections(), 'continuous', { restart: 'section' }))).toEqual(['G:-', '1.', '2.', '3.', 'G:-', '1.', '2.']);
  });

  it('the presets are formats: numberDot: false drops their final dot', () => {
    expect(numbers(numberEntries(twoSections(), 'hierarchical', { numberDot: false }))).toEqual(['G:1', '1.1', '1.2', '1.3', 'G:2', '2.1', '2.2']);
    expect(presetFormat('hierarchical', 3)).toBe('{1}.{2}.{n}.');
    expect(presetFormat('per-section', 2, false)).toBe('{n}');
    // Formats given are printed as written: numberDot does not touch them.
    expect(numbers(numberEntries([item('a')], 'continuous', { formats: ['{n}.'], numberDot: false }))).toEqual(['1.']);
  });

  it('an explicit number still wins under formats, and its digits number the children', () => {
    const entries = [group('A', [item('a')], { explicitNo: 'Направление 3.' })];
    expect(numbers(numberEntries(entries, 'hierarchical', { formats: ['Раздел {n}.', '{1}.{n}'] }))).toEqual(['G:Направление 3.', '3.1']);
  });
});
