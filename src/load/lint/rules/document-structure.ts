/**
 * Checks of the open body and the appendices (issue 11) that need the whole roadmap: a part the
 * document's kind does not have, a plan named by no plan or placed twice, an appendix marked
 * `approval` without a stamp, an author's table whose rows do not fit its columns, a formula
 * with an unclosed index, a `wording:` name that is no template. Each at the value written.
 */
import { KIND_PARTS } from '../../../model/document-parts.js';
import type { BodyBlock, Located, Plan, Roadmap, TableBlock, TableCellData } from '../../../model/roadmap.js';
import { headerGrid, tableShape, type ShapeProblem } from '../../../model/table-shape.js';
import { BUILTIN_TEMPLATE_NAMES } from '../../../templates/names.js';
import { INLINE_EXTRA_NAME } from '../../../templates/library.js';
import { formulaProblem } from '../../../text/formula.js';
import { nearest } from '../../suggest.js';
import type { LintContext, LintRule } from '../rule.js';

/** Every block of the document: the body's and each appendix's. */
function allBlocks(roadmap: Roadmap): BodyBlock[] {
  const doc = roadmap.document;
  return [...(doc.blocks ?? []), ...(doc.appendices ?? []).flatMap((a) => a.blocks)];
}

export const bodyPartUnknown: LintRule = {
  code: 'body-part-unknown',
  severity: 'error',
  description: { ru: 'в теле документа часть, которой у этого вида документа нет', en: 'a body part the document kind does not have' },
  check(ctx) {
    const doc = ctx.roadmap.document;
    const parts = KIND_PARTS[doc.kind];
    for (const b of allBlocks(ctx.roadmap)) {
      if (b.type !== 'part' || parts.includes(b.name)) continue;
      const path = ctx.pathOf(b);
      // `- goal` or `{part: goal}`: the name as written (a path into a string stops at the string).
      ctx.report(path ? ctx.position([...path, 'part']) : b.loc, { part: b.name, kind: doc.kind, suggestion: nearest(b.name, parts), allowed: parts.join(', ') });
    }
  },
};

export const planUnknown: LintRule = {
  code: 'plan-unknown',
  severity: 'error',
  description: { ru: 'блок plan называет план, которого нет', en: 'a plan block names no plan' },
  check(ctx) {
    const ids = ctx.roadmap.plans.map((p) => p.id).filter((id): id is string => id !== undefined);
    for (const b of allBlocks(ctx.roadmap)) {
      if (b.type !== 'plan' || ids.includes(b.id)) continue;
      ctx.report(valueAt(ctx, b, 'plan'), { id: b.id, suggestion: nearest(b.id, ids), allowed: ids.join(', ') || '—' });
    }
  },
};

export const planPlacedTwice: LintRule = {
  code: 'plan-placed-twice',
  severity: 'error',
  description: { ru: 'один план размещён в документе дважды', en: 'a plan placed twice in the document' },
  check(ctx) {
    const first = new Map<Plan, Located>();
    for (const b of allBlocks(ctx.roadmap)) {
      if (b.type !== 'plan') continue;
      const plan = ctx.roadmap.plans.find((p) => p.id === b.id);
      if (!plan) continue;
      const seen = first.get(plan);
      if (!seen) {
        first.set(plan, b);
        continue;
      }
      ctx.report(valueAt(ctx, b, 'plan'), { id: b.id, firstLine: seen.loc?.line ?? '?' });
    }
  },
};

export const appendixApprovalMissing: LintRule = {
  code: 'appendix-approval-missing',
  severity: 'error',
  description: { ru: 'приложение с отметкой approval без грифа', en: 'an appendix marked approval without a stamp' },
  check(ctx) {
    for (const a of ctx.roadmap.document.appendices ?? []) {
      if (a.mark !== 'approval' || a.approval) continue;
      const plan = a.blocks.find((b) => b.type === 'plan');
      const held = plan?.type === 'plan' ? ctx.roadmap.plans.find((p) => p.id === plan.id) : undefined;
      if (held?.approval) continue;
      const path = ctx.pathOf(a);
      ctx.report(path ? ctx.position([...path, 'mark']) : a.loc);
    }
  },
};

export const tableRowTooLong = tableShapeRule('too-long', 'table-row-too-long', {
  ru: 'в строке таблицы ячеек больше, чем колонок',
  en: 'a table row with more cells than columns',
});

export const tableSpanOutside = tableShapeRule('outside', 'table-span-outside', {
  ru: 'объединение ячеек выходит за край таблицы',
  en: 'a cell span reaching past the table',
});

export const tableSpanOverlap = tableShapeRule('overlap', 'table-span-overlap', {
  ru: 'объединённые ячейки накладываются друг на друга',
  en: 'cell spans that overlap',
});

/** The rule (an error) that reports every table shape problem of one kind. */
function tableShapeRule(kind: ShapeProblem['kind'], code: LintRule['code'], description: LintRule['description']): LintRule {
  return {
    code,
    severity: 'error',
    description,
    check(ctx) {
      tableProblems(ctx, kind);
    },
  };
}

function tableProblems(ctx: LintContext, kind: ShapeProblem['kind']): void {
  for (const b of allBlocks(ctx.roadmap)) {
    if (b.type !== 'table') continue;
    for (const [rows, part] of tableParts(b)) {
      for (const p of tableShape(rows, b.columns.length).problems) {
        if (p.kind !== kind) continue;
        const cell = rows[p.row]![p.cell]!;
        const args = p.kind === 'overlap'
          ? { column: p.column }
          : p.kind === 'too-long'
            ? { columns: p.columns, count: rows[p.row]!.length }
            : { columns: p.columns, rows: p.rows, part };
        ctx.report(cell.loc, args);
      }
    }
  }
}

/** The header grid (the header rows and the row of column headers) and the body grid. */
function tableParts(b: TableBlock): [TableCellData[][], 'header' | 'rows'][] {
  const columnHeaders = b.columns.some((c) => c.header !== undefined) ? b.columns.map((): TableCellData => ({ text: [], loc: b.loc })) : undefined;
  return [[headerGrid(b.header, columnHeaders), 'header'], [b.rows, 'rows']];
}

export const formulaSyntax: LintRule = {
  code: 'formula-syntax',
  severity: 'warning',
  description: { ru: 'в формуле не закрыт индекс _{…} или ^{…}', en: 'an index _{…} or ^{…} not closed in a formula' },
  check(ctx) {
    for (const b of allBlocks(ctx.roadmap)) {
      if (b.type !== 'formula') continue;
      const problem = formulaProblem(b.text);
      if (problem !== undefined) ctx.report(b.loc, { text: problem });
    }
  },
};

export const wordingUnknown: LintRule = {
  code: 'wording-unknown',
  severity: 'error',
  description: { ru: 'в wording: имя, которому не соответствует ни один шаблон', en: 'a wording: name that is no template' },
  check(ctx) {
    const names: readonly string[] = BUILTIN_TEMPLATE_NAMES;
    for (const w of ctx.roadmap.document.wording ?? []) {
      if (names.includes(w.name) || INLINE_EXTRA_NAME.test(w.name)) continue;
      ctx.report(ctx.position(['document', 'wording', w.name], 'key'), { name: w.name, suggestion: nearest(w.name, names) });
    }
  },
};

/** Where a block's value of `key` is written (`plan: main` → «main»), else the block. */
function valueAt(ctx: LintContext, b: BodyBlock, key: string) {
  const path = ctx.pathOf(b);
  if (!path) return b.loc;
  // An appendix's `plan:` shorthand is its own path already.
  return path.at(-1) === key ? ctx.position(path) : ctx.position([...path, key]);
}
