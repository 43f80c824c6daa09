/**
 * Document kind `plan`: the approved plan itself (seed 000). Each plan on landscape pages of its
 * own: the approval stamp in the upper right, title «ПЛАН-ГРАФИК», subtitle, the table, and the
 * signature block after the table. The document's approval stamp goes on the first plan; a
 * plan's own `approval` wins. The document's signatories sign after the last plan unless that
 * plan names its own (or the body places the `signature` part itself); the executor mark closes
 * the last page.
 */
import type { PartTable } from './body-state.js';
import { composeApprovalStamp } from './approval-stamp.js';
import { push } from './body-state.js';
import { placePlan, plansPlacedNowhere } from './plan-placement.js';

/** The parts of an approved plan (`signature` and `executor-mark` are common-parts.ts's). */
export const PLAN_PARTS: PartTable = {
  approval(c) {
    const doc = c.ctx.roadmap.document;
    if (!doc.approval) return;
    push(c, [composeApprovalStamp(doc.approval, c.ctx.roadmap.plans[0]?.gender ?? 'm', c.ctx.templates)]);
    c.stamps.add(doc.approval);
  },
  plans(c) {
    const doc = c.ctx.roadmap.document;
    const plans = plansPlacedNowhere(c).filter((p) => !c.placed.has(p));
    const signsItself = c.arrangement.some((b) => b.type === 'part' && b.name === 'signature');
    plans.forEach((plan, i) => {
      const first = i === 0 && c.placed.size === 0;
      // The document's stamp on the first plan, unless the body printed it already.
      const approval = plan.approval ?? (first && doc.approval && !c.stamps.has(doc.approval) ? doc.approval : undefined);
      // Without one: lint rule plan-no-approval.
      placePlan(c, plan, { ...(approval ? { approval } : {}), documentSigners: i === plans.length - 1 && !signsItself });
    });
  },
};
