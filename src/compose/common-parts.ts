/**
 * The parts every kind may have: the document's signatories, the executor mark, and `plans`,
 * the plans placed nowhere else (a passport's plan-graphs after its text; in an order, a
 * directive or a letter, the plans the body places in the main document rather than as
 * appendices). Kind `plan` places its plans its own way (plan-document.ts). And the `title`
 * an order, a directive and a passport have (a letter and a plan have none).
 */
import { push, textParagraphs, type BodyComposer, type PartTable } from './body-state.js';
import { composeExecutorMark } from './executor-mark.js';
import { placePlan, plansPlacedNowhere } from './plan-placement.js';
import { orEmpty } from './rich-text.js';
import { composeSignature } from './signature.js';

export const COMMON_PARTS: PartTable = {
  signature(c) {
    const doc = c.ctx.roadmap.document;
    const signature = composeSignature(doc.signatories, doc.signatureLayout, doc.esignature, doc.gost, c.ctx.templates);
    // The gap above the signature is the theme's (signature.spaceBefore).
    if (signature) push(c, [signature]);
  },
  'executor-mark'(c) {
    const mark = composeExecutorMark(c.ctx.roadmap.document, c.ctx.templates);
    if (mark) push(c, [mark]);
  },
  plans(c) {
    for (const plan of plansPlacedNowhere(c)) if (!c.placed.has(plan)) placePlan(c, plan);
  },
};

/** The document's `title`: paragraphs in style `title`, the last kept with what follows. */
export function composeDocumentTitle(c: BodyComposer): void {
  const doc = c.ctx.roadmap.document;
  if (!doc.title) return;
  const title = orEmpty(textParagraphs(c, doc.title, 'title', {}), 'title');
  title.at(-1)!.keepWithNext = true;
  push(c, title);
}
