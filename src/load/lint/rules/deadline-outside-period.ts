import type { LintRule } from '../rule.js';
import { deadlineFacts, planItems } from '../walk.js';

/** A deadline whose days fall (partly) outside the plan's `period` years. */
export const deadlineOutsidePeriod: LintRule = {
  code: 'deadline-outside-period',
  severity: 'warning',
  description: { ru: 'срок за пределами лет периода плана', en: 'a deadline outside the years of the plan period' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      const period = plan.period;
      if (!period) continue;
      const from = `${period.from}-01-01`;
      const to = `${period.to}-12-31`;
      for (const { item } of planItems(plan)) {
        if (!item.deadline) continue;
        const { interval } = deadlineFacts(plan, item, item.deadline);
        if (interval && (interval.from < from || interval.to > to)) {
          ctx.report(item.deadlineLoc, { days: interval.from === interval.to ? dotted(interval.from) : `${dotted(interval.from)} – ${dotted(interval.to)}`, yearFrom: period.from, yearTo: period.to });
        }
      }
    }
  },
};

/** 2022-05-01 → 01.05.2022 */
export function dotted(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
