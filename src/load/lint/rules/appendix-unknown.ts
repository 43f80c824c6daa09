import type { Position } from '../../../diagnostics/create.js';
import { collectAppendices } from '../../../model/appendices.js';
import type { BodyBlock, ListItem, Point, RichText } from '../../../model/roadmap.js';
import type { SourceLocation } from '../../../model/source.js';
import { GOST_THEME } from '../../../model/theme.js';
import { appendixReferences, standardPointReference } from '../../../text/placeholders.js';
import { nearest } from '../../suggest.js';
import type { LintContext, LintRule } from '../rule.js';
import { plainText } from '../walk.js';

type At = Position | SourceLocation | undefined;

/**
 * `{appendix:ID}` naming no appendix of the document (ID: an appendix's `id`, or the id of a plan
 * an appendix holds), `{appendix}` in a document without appendices, and `{point:NAME:ID}` naming
 * a plan the document does not have: the reference would print «?». The texts are those
 * composing resolves references in: the title, the preamble and points of an act, a letter's
 * text, a passport's goal, tasks, results and sections, and every block of the body and of the
 * appendices (src/compose/body-state.ts `textParagraphs`).
 */
export const appendixUnknown: LintRule = {
  code: 'appendix-unknown',
  severity: 'error',
  description: { ru: 'ссылка {appendix:id} или {point:…:id} на приложение или план, которого нет', en: 'an {appendix:id} or {point:…:id} reference to an appendix or plan that does not exist' },
  check(ctx) {
    const roadmap = ctx.roadmap;
    const doc = roadmap.document;
    const appendices = collectAppendices(roadmap, GOST_THEME);
    const ids = [
      ...appendices.list.map((a) => a.id),
      ...appendices.list.flatMap((a) => a.plans.map((p) => p.id)),
    ].filter((id): id is string => id !== undefined);
    const planIds = roadmap.plans.map((p) => p.id).filter((id): id is string => id !== undefined);
    const inText = (text: string, at: At) => {
      for (const id of appendixReferences(text)) {
        if (appendices.find(id) !== undefined) continue;
        const ref = id === undefined ? '{appendix}' : `{appendix:${id}}`;
        ctx.report(at, { id: id ?? '', ref, none: id === undefined ? 'yes' : undefined, suggestion: id === undefined ? undefined : nearest(id, ids), known: ids.join(', ') });
      }
    };
    const rich = (text: RichText | undefined, at: At) => {
      if (text) inText(plainText(text), at);
    };
    const walk = (points: readonly Point[]) => {
      for (const p of points) {
        const text = plainText(p.text);
        const standard = standardPointReference(text);
        if (standard) {
          const id = standard.planId;
          if (id !== undefined && !planIds.includes(id)) {
            ctx.report(p.loc, { id, ref: `{point:${standard.name}:${id}}`, plan: 'yes', suggestion: nearest(id, planIds), known: planIds.join(', ') });
          }
        } else inText(text, p.loc);
        walk(p.points);
      }
    };
    rich(doc.title, ctx.position(['document', 'title']));
    rich(doc.preamble, ctx.position(['document', 'preamble']));
    walk(doc.points);
    if (doc.kind === 'letter') rich(doc.body, ctx.position(['document', 'body']));
    const passport = doc.passport;
    if (doc.kind === 'passport' && passport) {
      const at = (...rest: (string | number)[]) => ctx.position(['document', 'passport', ...rest]);
      rich(passport.goal, at('goal'));
      passport.tasks.forEach((t, i) => rich(t, at('tasks', i)));
      passport.results.forEach((r, i) => rich(r, at('results', i)));
      passport.sections.forEach((s, i) => rich(s.text, at('sections', i, 'text')));
    }
    const blocks = (list: readonly BodyBlock[]) => {
      for (const b of list) blockTexts(ctx, b, rich);
    };
    blocks(doc.blocks ?? []);
    for (const a of doc.appendices ?? []) {
      const path = ctx.pathOf(a);
      rich(a.title, path ? ctx.position([...path, 'title']) : a.loc);
      blocks(a.blocks);
    }
  },
};

/** The texts of a block in which composing resolves appendix references, each at its place. */
function blockTexts(ctx: LintContext, b: BodyBlock, rich: (text: RichText | undefined, at: At) => void): void {
  const path = ctx.pathOf(b);
  const at = (...rest: (string | number)[]): At => (path ? ctx.position([...path, ...rest]) : b.loc);
  switch (b.type) {
    case 'heading':
      rich(b.text, at('heading'));
      rich(b.inline, at('text'));
      return;
    case 'paragraph':
      rich(b.text, at('paragraph'));
      return;
    case 'list': {
      const items = (list: readonly ListItem[]) => {
        for (const item of list) {
          rich(item.text, item.loc);
          items(item.items);
        }
      };
      items(b.items);
      return;
    }
    case 'table':
      b.columns.forEach((c) => rich(c.header, b.loc));
      for (const row of [...b.header, ...b.rows]) for (const cell of row) rich(cell.text, cell.loc);
      return;
    case 'formula':
      rich(b.where, at('where'));
      return;
    default:
      return;
  }
}
