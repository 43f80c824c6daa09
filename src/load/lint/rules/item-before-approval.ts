import type { Plan, Roadmap } from '../../../model/roadmap.js';
import type { LintRule } from '../rule.js';
import { deadlineFacts, planItems } from '../walk.js';
import { dotted } from './deadline-outside-period.js';

/** The date of the act that approves a plan: the plan's own stamp, else the order/directive, else the document's stamp. */
export function approvalDate(roadmap: Roadmap, plan: Plan): string | undefined {
  const doc = roadmap.document;
  return plan.approval?.date ?? ((doc.kind === 'order' || doc.kind === 'directive') ? doc.date : undefined) ?? doc.approval?.date;
}

/** A task that must be done before the plan is even approved. */
export const itemBeforeApproval: LintRule = {
  code: 'item-before-approval',
  severity: 'warning',
  description: { ru: 'срок истекает раньше даты утверждающего документа', en: 'a deadline that ends before the date of the approving document' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      const date = approvalDate(ctx.roadmap, plan);
      if (!date) continue;
      for (const { item } of planItems(plan)) {
        if (!item.deadline) continue;
        const { interval } = deadlineFacts(plan, item, item.deadline);
        if (interval && interval.to < date) ctx.report(item.deadlineLoc, { to: dotted(interval.to), date: dotted(date) });
      }
    }
  },
};
