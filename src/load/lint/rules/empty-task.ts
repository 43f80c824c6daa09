import type { LintRule } from '../rule.js';
import { hasVisibleText, planItems } from '../walk.js';

/** `task: ""` or only spaces: a row with nothing in the task column (unless it merges the task cell above). */
export const emptyTask: LintRule = {
  code: 'empty-task',
  severity: 'error',
  description: { ru: 'пустая задача в строке плана', en: 'an item whose task is empty' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      for (const { item } of planItems(plan)) {
        if (hasVisibleText(item.task) || item.merge?.includes('task')) continue;
        const path = ctx.pathOf(item);
        ctx.report(path ? ctx.position([...path, 'task'], 'key') : item.loc);
      }
    }
  },
};
