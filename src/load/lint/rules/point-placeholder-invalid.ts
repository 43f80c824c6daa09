import type { Point } from '../../../model/roadmap.js';
import { STANDARD_POINT } from '../../../text/placeholders.js';
import type { LintRule } from '../rule.js';
import { plainText } from '../walk.js';

/** Anything written like a standard point's placeholder (any case, spaces, amid other text). */
const PLACEHOLDER_LIKE = /\{\s*point\s*:\s*([A-Za-z0-9-]*)\s*(?::\s*([^}\s]*)\s*)?\}?/i;

/**
 * «{point:Control}», «{point: control}», «Текст {point:control}»: a point that looks like a
 * standard point's placeholder but is not one would be printed as it is written.
 */
export const pointPlaceholderInvalid: LintRule = {
  code: 'point-placeholder-invalid',
  severity: 'error',
  description: { ru: 'заготовка {point:…}, которая не распознана как стандартный пункт', en: 'a {point:…} placeholder not recognised as a standard point' },
  check(ctx) {
    const walk = (points: readonly Point[]) => {
      for (const p of points) {
        const text = plainText(p.text).trim();
        if (!STANDARD_POINT.test(text)) {
          const like = PLACEHOLDER_LIKE.exec(text);
          if (like) {
            const fixed = `{point:${like[1]!.toLowerCase()}${like[2] ? `:${like[2]}` : ''}}`;
            ctx.report(p.loc, { written: like[0], fixed, alone: like[0] === text ? 'yes' : 'no' });
          }
        }
        walk(p.points);
      }
    };
    walk(ctx.roadmap.document.points);
  },
};
