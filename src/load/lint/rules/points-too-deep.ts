import type { Point } from '../../../model/roadmap.js';
import type { LintRule } from '../rule.js';

/** GOST R 7.0.97: points of an order have at most four levels (1., 1.1., 1.1.1., 1.1.1.1.). */
export const MAX_POINT_LEVELS = 4;

export const pointsTooDeep: LintRule = {
  code: 'points-too-deep',
  severity: 'warning',
  description: { ru: 'пункты документа вложены глубже четырёх уровней', en: 'document points nested deeper than four levels' },
  check(ctx) {
    const walk = (points: Point[], level: number) => {
      for (const p of points) {
        if (level > MAX_POINT_LEVELS) ctx.report(p.loc, { level, limit: MAX_POINT_LEVELS });
        else walk(p.points, level + 1);
      }
    };
    walk(ctx.roadmap.document.points, 1);
  },
};
