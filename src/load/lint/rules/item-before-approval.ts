import type { Plan, Roadmap } from '../../../model/roadmap.js';
import { amendedAct } from '../../../versions/amended-act.js';
import { keptRows } from '../../../versions/kept-rows.js';
import type { LintRule } from '../rule.js';
import { deadlineFacts, planItems } from '../walk.js';
import { dotted } from './deadline-outside-period.js';

/** The date of the act that approves a plan: the plan's own stamp, else the order/directive, else the document's stamp. */
export function approvalDate(roadmap: Roadmap, plan: Plan): string | undefined {
  const doc = roadmap.document;
  return plan.approval?.date ?? ((doc.kind === 'order' || doc.kind === 'directive') ? doc.date : undefined) ?? doc.approval?.date;
}

/**
 * A task that must be done before the plan is even approved. In an amending order
 * (`document.amends`) the rows it leaves as they were stay approved by the amended act, so they
 * are compared with that act's date; the rows it adds or changes, with its own. Read without its
 * previous version (an amending order embedded in an archival PDF), which rows it keeps is not
 * known: every row is compared with the amended act's date, the earlier one (none when the act's
 * date is not written in `amends`), so that no row is warned of wrongly.
 */
export const itemBeforeApproval: LintRule = {
  code: 'item-before-approval',
  severity: 'warning',
  description: { ru: 'срок истекает раньше даты утверждающего документа', en: 'a deadline that ends before the date of the approving document' },
  check(ctx) {
    const amends = ctx.roadmap.document.amends;
    const kept = amends ? keptRows(ctx.roadmap) : new Set();
    const amendedDate = amends ? amendedAct(ctx.roadmap.document, amends).date : '';
    const keptUnknown = amends !== undefined && amends.previous === undefined;
    for (const plan of ctx.roadmap.plans) {
      const own = approvalDate(ctx.roadmap, plan);
      for (const { item } of planItems(plan)) {
        const date = keptUnknown || kept.has(item) ? amendedDate : own;
        if (!item.deadline || !date) continue;
        const { interval } = deadlineFacts(plan, item, item.deadline);
        if (interval && interval.to < date) ctx.report(item.deadlineLoc, { to: dotted(interval.to), date: dotted(date) });
      }
    }
  },
};
