/**
 * Document kind `plan`: the approved plan itself (seed 000). Per plan one landscape section:
 * the approval stamp in the upper right, title «ПЛАН-ГРАФИК», subtitle, the table, and the
 * signature block after the table. The document's approval stamp goes on the first plan; a
 * plan's own `approval` wins. The document's signatories sign after the last plan unless that
 * plan names its own; the executor mark closes the last page.
 */
import type { Block, Section } from '../model/document.js';
import { composeApprovalStamp } from './approval-stamp.js';
import type { ComposeContext } from './context.js';
import { composeExecutorMark } from './executor-mark.js';
import { planBlocks } from './plan-blocks.js';

export function composePlanDocument(ctx: ComposeContext): Section[] {
  const doc = ctx.roadmap.document;
  const plans = ctx.roadmap.plans;
  const sections = plans.map((plan, i): Section => {
    const blocks: Block[] = [];
    const approval = plan.approval ?? (i === 0 ? doc.approval : undefined);
    // Without one: lint rule plan-no-approval.
    if (approval) blocks.push(composeApprovalStamp(approval, plan.gender, ctx.templates));
    blocks.push(...planBlocks(ctx, plan, i === plans.length - 1));
    return { orientation: 'landscape', blocks };
  });
  const mark = composeExecutorMark(doc, ctx.templates);
  if (mark) sections.at(-1)?.blocks.push(mark);
  return sections;
}
