import type { Point } from '../../../model/roadmap.js';
import type { SourceLocation } from '../../../model/source.js';
import { appendixReferences, standardPointReference } from '../../../text/placeholders.js';
import { nearest } from '../../suggest.js';
import type { Position } from '../../../diagnostics/create.js';
import type { LintRule } from '../rule.js';
import { plainText } from '../walk.js';

/**
 * `{appendix:ID}` and `{point:NAME:ID}` in the text of an order or directive (title, preamble,
 * points: where composing puts appendix numbers) naming a plan id the document does not have:
 * the number would print as «?».
 */
export const appendixUnknown: LintRule = {
  code: 'appendix-unknown',
  severity: 'error',
  description: { ru: 'ссылка {appendix:id} или {point:…:id} на план, которого нет', en: 'an {appendix:id} or {point:…:id} reference to a plan that does not exist' },
  check(ctx) {
    const doc = ctx.roadmap.document;
    if (doc.kind !== 'order' && doc.kind !== 'directive') return;
    const ids = ctx.roadmap.plans.map((p) => p.id).filter((id): id is string => id !== undefined);
    const known = new Set(ids);
    const check = (id: string | undefined, ref: string, at: Position | SourceLocation | undefined) => {
      if (id === undefined || known.has(id)) return;
      ctx.report(at, { id, ref, suggestion: nearest(id, ids), known: ids.join(', ') });
    };
    const inText = (text: string, at: Position | SourceLocation | undefined) => {
      for (const id of appendixReferences(text)) check(id, `{appendix:${id}}`, at);
    };
    if (doc.title) inText(plainText(doc.title), ctx.position(['document', 'title']));
    if (doc.preamble) inText(plainText(doc.preamble), ctx.position(['document', 'preamble']));
    const walk = (points: readonly Point[]) => {
      for (const p of points) {
        const text = plainText(p.text);
        const standard = standardPointReference(text);
        if (standard) check(standard.planId, `{point:${standard.name}:${standard.planId}}`, p.loc);
        else inText(text, p.loc);
        walk(p.points);
      }
    };
    walk(doc.points);
  },
};
