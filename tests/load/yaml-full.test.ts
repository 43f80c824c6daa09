/**
 * What the `yaml` library (yaml-full.ts) reports for the files the fast reader leaves to it:
 * a tab in indentation is one error, not a cascade of false ones on the valid lines after it;
 * a mapping or list used as a key is a located error; and the library itself prints nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { item, plan } from '../hardening/cases.js';

const brief = (ds: { code: string; line: number; column: number; message: string; hint?: string }[]) =>
  ds.map((d) => `${d.code} ${d.line}:${d.column} ${d.message} | ${d.hint ?? ''}`);

const TAB = 'yaml-syntax %s Ошибка синтаксиса YAML: отступ табуляцией. | Замените табуляцию пробелами.';

describe('a tab in indentation', () => {
  it('is reported once, at the tab, with no errors on the valid lines after it (the hardening case)', async () => {
    const text = plan(item('Задача')).replace('    - task', '\t- task');
    const { diagnostics } = await loadRoadmapText(text, { file: 'tab.yaml' });
    // Before: also «вложенный блок там, где ожидается ключ» at the end of `items:` and «двоеточие
    // с пробелом внутри значения» on the deadline line below, which is right as it is.
    expect(brief(diagnostics)).toEqual([TAB.replace('%s', '11:1')]);
  });

  it('valid lines after it are not told to be quoted (the case of issue 10)', async () => {
    const text = 'document:\n  kind: plan\nplan:\n  title: П\n  items:\n\t- task: a\n    deadline: до 01.03.2022\n  - task: b\n    deadline: до 01.03.2022\n';
    const { diagnostics } = await loadRoadmapText(text, { file: 'tab.yaml' });
    expect(brief(diagnostics)).toEqual([TAB.replace('%s', '6:1')]);
  });

  it('after spaces: reported at the tab itself', async () => {
    const text = 'document:\n  kind: plan\nplan:\n  title: П\n  items:\n    - task: a\n    \tdeadline: до 01.03.2022\n    - task: b\n      result: Готово\n';
    const { diagnostics } = await loadRoadmapText(text, { file: 'tab.yaml', lang: 'en' });
    expect(brief(diagnostics)).toEqual(['yaml-syntax 7:5 YAML syntax error: a tab used for indentation. | Replace the tab with spaces.']);
  });

  it('a mistake above the tab is still reported', async () => {
    const text = 'document:\n  kind: plan\n  title: Цель: рост\nplan:\n  title: П\n  items:   # строки\n\n\t- task: a\n    deadline: до 01.03.2022\n';
    const { diagnostics } = await loadRoadmapText(text, { file: 'tab.yaml' });
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['yaml-syntax 3:10', 'yaml-syntax 8:1']);
  });

  it('a tab inside a block of text is text, not indentation', async () => {
    const text = plan(item('Задача', '      result: |\n        столбец\tстолбец\n'));
    const { diagnostics, roadmap } = await loadRoadmapText(text, { file: 'tab.yaml' });
    expect(diagnostics).toEqual([]);
    expect(roadmap).toBeDefined();
  });
});

describe('a mapping or list used as a key', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a located error, and yaml prints no warning of its own', async () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const text = 'document:\n  kind: plan\n  ? [a, b]\n  : c\n  {x: 1}: d\nplan:\n  title: П\n  items:\n    - task: a\n';
    const { diagnostics, roadmap } = await loadRoadmapText(text, { file: 'key.yaml' });
    expect(diagnostics.map((d) => `${d.code} ${d.severity} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`)).toEqual([
      'yaml-syntax error 3:5-3:11 Ошибка синтаксиса YAML: ключ — список, а не текст.',
      'yaml-syntax error 5:3-5:9 Ошибка синтаксиса YAML: ключ — набор ключей, а не текст.',
    ]);
    expect(diagnostics[0]!.hint).toContain('«? »');
    expect(roadmap).toBeUndefined();
    expect(emitWarning).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
