import type { LintRule } from '../rule.js';
import { planItems } from '../walk.js';
import { approvalDate } from './item-before-approval.js';
import { dotted } from './deadline-outside-period.js';

/**
 * A row recorded as done (`execution.done`) before its plan's period starts or before the act
 * approving the plan is dated: most often a mistyped year.
 */
export const executionDoneBeforePlan: LintRule = {
  code: 'execution-done-before-plan',
  severity: 'warning',
  description: { ru: 'дата выполнения раньше периода или утверждения плана', en: 'a date done before the plan period or the plan approval' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      const start = plan.period ? `${String(plan.period.from).padStart(4, '0')}-01-01` : undefined;
      const approved = approvalDate(ctx.roadmap, plan);
      for (const { item } of planItems(plan)) {
        const done = item.execution?.done;
        if (done === undefined) continue;
        if (start !== undefined && done < start) ctx.report(item.execution!.doneLoc, { done: dotted(done), from: dotted(start), reason: 'period' });
        else if (approved !== undefined && done < approved) ctx.report(item.execution!.doneLoc, { done: dotted(done), from: dotted(approved), reason: 'approval' });
      }
    }
  },
};
