import type { LintRule } from '../rule.js';
import { planItems } from '../walk.js';

/**
 * A deadline that cannot be read without a guess: dates or ranges with nothing between them
 * («13.01.2020 28.02.2020» — a period whose dash was lost, or two dates?). It is never read as
 * either: it prints as written and takes part in no check.
 */
export const deadlineAmbiguous: LintRule = {
  code: 'deadline-ambiguous',
  severity: 'warning',
  description: { ru: 'срок читается двояко (даты без тире и запятой между ними)', en: 'a deadline that reads two ways (dates with neither a dash nor a comma between them)' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      for (const { item } of planItems(plan)) {
        if (item.deadlineUnread === 'ambiguous') ctx.report(item.deadlineLoc, { text: item.deadlineSource?.trim() });
      }
    }
  },
};
