import { describe, expect, it } from 'vitest';
import { DEFAULT_NOW, compose } from '../../src/compose/index.js';
import type { Block } from '../../src/model/document.js';
import { blankDate } from '../../src/text/russian-date.js';
import { blockText, group, item, plainSpaces, plan, roadmap, signatory } from './builders.js';

const seed000 = () =>
  roadmap({
    document: {
      kind: 'plan',
      approval: { by: 'act', act: 'распоряжением министерства образования и науки\nХабаровского края', year: 2022 },
      signatories: [signatory('Начальник управления\nобщего образования', 'Е.В. Матаржук')],
      executor: { name: 'Иванова Ирина Ивановна', phone: '8 (4212) 00-00-00' },
    },
    plans: [plan([group('Создание инфраструктуры', [item('организация отбора школ')]), group('Методическое сопровождение ОО', [item('вебинары')])])],
  });

const types = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? `p:${b.style}` : b.type));

describe('compose: kind plan (seed 000)', () => {
  it('one landscape section: stamp, title, subtitle, table, signature, executor mark', () => {
    const { model, diagnostics } = compose(seed000());
    expect(diagnostics).toEqual([]);
    expect(model.sections).toHaveLength(1);
    const section = model.sections[0]!;
    expect(section.orientation).toBe('landscape');
    expect(types(section.blocks)).toEqual(['approval-stamp', 'p:title', 'p:subtitle', 'table', 'signature', 'executor-mark']);
    expect(plainSpaces(blockText(section.blocks[0]!))).toBe(
      `УТВЕРЖДЕН\nраспоряжением министерства образования и науки\nХабаровского края\nот ${plainSpaces(blankDate(2022))} № ___`,
    );
    expect(blockText(section.blocks[1]!)).toBe('ПЛАН-ГРАФИК');
    expect(blockText(section.blocks[4]!)).toBe('Начальник управления\nобщего образования\nЕ.В. Матаржук');
  });

  it('title and subtitle are kept with the table', () => {
    const blocks = compose(seed000()).model.sections[0]!.blocks;
    expect(blocks.slice(1, 3).every((b) => b.type === 'paragraph' && b.keepWithNext)).toBe(true);
  });

  it("a plan's own signatories win over the document's", () => {
    const r = seed000();
    r.plans[0]!.signatories = [signatory('Ректор', 'И.И. Иванов')];
    const sig = compose(r).model.sections[0]!.blocks.find((b) => b.type === 'signature');
    expect(blockText(sig!)).toBe('Ректор\nИ.И. Иванов');
  });

  it('meta: title from the plan, fixed creation time', () => {
    const { model } = compose(seed000());
    expect(model.meta.title).toBe('ПЛАН-ГРАФИК реализации мероприятий федерального проекта «500+» в Хабаровском крае в 2022 году');
    expect(model.meta.created).toBe(DEFAULT_NOW);
    expect(model.meta.language).toBe('ru-RU');
    expect(compose(seed000(), { now: '2022-02-14T09:00:00Z' }).model.meta.created).toBe('2022-02-14T09:00:00Z');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compose(seed000()))).toBe(JSON.stringify(compose(seed000())));
  });

  it('an approved plan without an approval stamp has none printed (loading warns: plan-no-approval)', () => {
    const r = seed000();
    delete r.document.approval;
    const { model, diagnostics } = compose(r);
    expect(diagnostics).toEqual([]);
    expect(model.sections[0]!.blocks.some((b) => b.type === 'approval-stamp')).toBe(false);
  });

  it('letter and passport have composers of their own (issue 4): a portrait part before the plans', () => {
    for (const kind of ['letter', 'passport'] as const) {
      const r = seed000();
      r.document.kind = kind;
      const { model, diagnostics } = compose(r);
      expect(diagnostics.map((d) => d.code)).not.toContain('kind-not-yet-supported');
      expect(model.sections[0]!.orientation).toBe('portrait');
      expect(model.sections.slice(1).every((s) => s.orientation === 'landscape')).toBe(true);
    }
  });
});
