/**
 * Placing a plan in the document: on landscape pages of its own (a new section, unless the
 * current one is landscape and holds nothing yet but a mark or a stamp), its approval stamp in
 * the upper right, then title, table and signatories (plan-blocks.ts).
 *
 *   passport: text … → [new landscape section] УТВЕРЖДЕН … / ПЛАН-ГРАФИК / table
 *   appendix: Приложение № 1 … (landscape, fresh) → the plan under the mark, same page
 */
import type { ApprovalInput } from '../model/roadmap-input.js';
import type { Plan } from '../model/roadmap.js';
import { composeApprovalStamp } from './approval-stamp.js';
import { openSection, push, type BodyComposer } from './body-state.js';
import { planBlocks } from './plan-blocks.js';

export interface PlanPlacement {
  /** The stamp over the plan instead of its own (kind `plan`: the document's, on the first plan). */
  approval?: ApprovalInput;
  /** The document's signatories sign under the plan unless it names its own. */
  documentSigners?: boolean;
}

export function placePlan(c: BodyComposer, plan: Plan, options: PlanPlacement = {}): void {
  if (c.section.orientation !== 'landscape' || !c.fresh) openSection(c, 'landscape');
  const approval = options.approval ?? plan.approval;
  if (approval && !c.stamps.has(approval)) {
    push(c, [composeApprovalStamp(approval, plan.gender, c.ctx.templates)]);
    c.stamps.add(approval);
  }
  push(c, planBlocks(c.ctx, plan, options.documentSigners ?? false));
  c.placed.add(plan);
}

/** The plans no `{plan: id}` block places (in the body or an appendix), in order. */
export function plansPlacedNowhere(c: BodyComposer): Plan[] {
  const doc = c.ctx.roadmap.document;
  const named = new Set<string>();
  for (const b of [...(doc.blocks ?? []), ...(doc.appendices ?? []).flatMap((a) => a.blocks)]) if (b.type === 'plan') named.add(b.id);
  return c.ctx.roadmap.plans.filter((p) => p.id === undefined || !named.has(p.id));
}
