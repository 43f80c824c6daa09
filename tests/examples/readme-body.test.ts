/**
 * The README's examples of the open body and of appendices load without errors and compose to
 * what their comments say (the README promises examples that work).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/index.js';
import { loadRoadmapText } from '../../src/load/index.js';
import { blockText, plainSpaces } from '../compose/builders.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first ```yaml block after a heading. */
function example(heading: string): string {
  const at = readme.indexOf(`\n${heading}\n`);
  expect(at, heading).toBeGreaterThan(0);
  const m = /```yaml\n([\s\S]*?)```/.exec(readme.slice(at));
  return m![1]!;
}

async function composed(yaml: string) {
  const loaded = await loadRoadmapText(yaml, { file: 'README.yaml' });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { model, diagnostics } = compose(loaded.roadmap!);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return model.sections.map((s) => ({ orientation: s.orientation, texts: s.blocks.map((b) => plainSpaces(blockText(b))) }));
}

describe('README: examples of the body and of appendices', () => {
  it('The body: a passport arranged by its author', async () => {
    const sections = await composed(example('### The body'));
    expect(sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
    const text = sections[0]!.texts;
    expect(text[0]).toContain('ПРИЛОЖЕНИЕ\nУТВЕРЖДЕН');
    expect(text).toContain('Цель Проекта: создание условий для повышения качества образования.');
    expect(text).toContain('Методика расчёта — в приложении.');
    expect(sections[2]!.texts.slice(0, 3)).toEqual(['Приложение', 'Методика расчёта показателей', 'Д = Чшнор / Чоо × 100 %\t(1)']);
    expect(sections[2]!.texts).toContain('Таблица 1. Расчёт показателя');
  });

  it('Appendices: references agree with the marks', async () => {
    const sections = await composed(example('### Appendices'));
    expect(sections.map((s) => s.orientation)).toEqual(['portrait', 'portrait', 'landscape']);
    expect(sections[0]!.texts).toContain('1. Утвердить план-график (приложение № 2).');
    expect(sections[0]!.texts).toContain('2. Утвердить положение о кураторах (приложение № 1).');
    expect(sections[1]!.texts[0]!.split('\n')[0]).toBe('Приложение № 1');
    expect(sections[2]!.texts[0]!.split('\n').slice(0, 2)).toEqual(['ПРИЛОЖЕНИЕ № 2', 'УТВЕРЖДЕН']);
  });
});
