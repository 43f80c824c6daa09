import { nearest } from '../../suggest.js';
import type { LintRule } from '../rule.js';
import { planItems } from '../walk.js';

/**
 * Looks like a directory key rather than a description: capitals and digits in at most four
 * words («ОМСУ», «ХК ИРО», «КК ИПК», «МО»), or one Latin key-style word («iro», «omsu_1»).
 * «Школы района» and «Министерство» are descriptions: free text, no warning.
 */
export function looksLikeKey(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 24) return false;
  const words = t.split(/\s+/);
  if (words.length <= 4 && /^[\p{Lu}\d\s.«»"-]+$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t)) return true;
  return words.length === 1 && /^[a-z][a-z0-9_-]*$/.test(t) && t.length <= 12;
}

/** An executor written like a key of `organisations` that the directory does not have. */
export const executorUnknown: LintRule = {
  code: 'executor-unknown',
  severity: 'warning',
  description: { ru: 'исполнитель похож на ключ справочника, но его там нет', en: 'an executor that looks like an organisation key but is not in the directory' },
  check(ctx) {
    const keys = [...ctx.roadmap.organisations.keys()];
    const shorts = [...ctx.roadmap.organisations.values()].map((o) => o.short);
    if (keys.length === 0) return; // no directory: every executor is free text by design
    for (const plan of ctx.roadmap.plans) {
      for (const { item } of planItems(plan)) {
        for (const e of item.executors) {
          if (e.type === 'text' && looksLikeKey(e.text)) ctx.report(e.loc, { name: e.text, suggestion: nearest(e.text, new Set([...keys, ...shorts])) });
        }
      }
    }
  },
};
