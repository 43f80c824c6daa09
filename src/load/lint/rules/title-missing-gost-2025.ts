import type { DocumentKind } from '../../../model/roadmap-input.js';
import type { LintRule } from '../rule.js';
import { hasVisibleText } from '../walk.js';

/** The kinds whose title GOST R 7.0.97-2025 makes mandatory (those with a document word and a QR code). */
const TITLED_KINDS: ReadonlySet<DocumentKind> = new Set(['order', 'directive', 'letter']);

/** `gost: 2025` and an order, directive or letter without `title`. Reported at `gost`: the edition is what asks for it. */
export const titleMissingGost2025: LintRule = {
  code: 'title-missing-gost-2025',
  severity: 'warning',
  description: { ru: 'по ГОСТ Р 7.0.97-2025 у приказа, распоряжения и письма нужен заголовок', en: 'GOST R 7.0.97-2025: an order, directive or letter needs a title' },
  check(ctx) {
    const doc = ctx.roadmap.document;
    if (doc.gost !== '2025' || !TITLED_KINDS.has(doc.kind) || (doc.title && hasVisibleText(doc.title))) return;
    ctx.report(ctx.position(['document', 'gost']));
  },
};
