import type { LintRule } from '../rule.js';
import { planItems } from '../walk.js';

/** A deadline written as a string that the parser did not recognise: it stays free text. */
export const deadlineUnparsed: LintRule = {
  code: 'deadline-unparsed',
  severity: 'warning',
  description: { ru: 'срок не распознан и остаётся свободным текстом', en: 'a deadline string that is not recognised and is kept as free text' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      for (const { item } of planItems(plan)) {
        // An ambiguous one has a rule of its own (deadline-ambiguous).
        if (item.deadlineSource !== undefined && item.deadline?.kind === 'text' && item.deadlineUnread !== 'ambiguous' && item.deadlineSource.trim() !== '') {
          ctx.report(item.deadlineLoc, { text: item.deadlineSource });
        }
      }
    }
  },
};
