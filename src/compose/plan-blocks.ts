/**
 * The blocks of one plan wherever it stands (the approved document itself or an appendix):
 * title «ПЛАН-ГРАФИК», subtitle, the table, then the plan's own signatories.
 */
import type { Block } from '../model/document.js';
import type { Plan } from '../model/roadmap.js';
import type { ComposeContext } from './context.js';
import { planTableBlocks } from './plan-table.js';
import { textParagraph } from './rich-text.js';
import { composeSignature } from './signature.js';

/** Title and subtitle, kept with the table. */
export function planHeading(plan: Plan): Block[] {
  const blocks: Block[] = [];
  const title = textParagraph(plan.title, 'title');
  title.keepWithNext = true;
  blocks.push(title);
  if (plan.subtitle) {
    const subtitle = textParagraph(plan.subtitle, 'subtitle');
    subtitle.keepWithNext = true;
    blocks.push(subtitle);
  }
  return blocks;
}

/**
 * Heading, table and signature of a plan. With `documentSigners` the document's signatories
 * (and its e-signature stamp) sign a plan that names none of its own: the approved plan of
 * seed 000 is signed under its table.
 */
export function planBlocks(ctx: ComposeContext, plan: Plan, documentSigners = false): Block[] {
  const blocks: Block[] = [...planHeading(plan), ...planTableBlocks(ctx, plan)];
  const doc = ctx.roadmap.document;
  const signature =
    plan.signatories.length > 0
      ? composeSignature(plan.signatories, doc.signatureLayout, undefined, doc.gost, ctx.templates)
      : documentSigners
        ? composeSignature(doc.signatories, doc.signatureLayout, doc.esignature, doc.gost, ctx.templates)
        : undefined;
  if (signature) blocks.push(signature);
  return blocks;
}
