import type { LintRule } from '../rule.js';
import { planEntries } from '../walk.js';

/** `numbering: explicit` but a row without `no`: it would be printed without a number. */
export const numberingExplicitMissing: LintRule = {
  code: 'numbering-explicit-missing',
  severity: 'warning',
  description: { ru: 'нумерация explicit, а у строки нет номера no', en: 'explicit numbering but a row without its number (no)' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      if (plan.numbering !== 'explicit') continue;
      for (const e of planEntries(plan)) {
        if (e.explicitNo !== undefined || (e.type === 'group' && !e.numbered)) continue;
        ctx.report(e.loc);
      }
    }
  },
};
