/**
 * Numbering checks: formats that cannot print a number (`numbering-format-invalid`), and a row
 * whose text starts with the label its number prints already (`numbering-label-repeated`:
 * «Направление 1. Создание …» in a section numbered «Направление 1.» prints «Направление 1.
 * Направление 1. Создание …»).
 */
import { numberEntries, numberingOptions } from '../../../compose/numbering.js';
import type { PlanEntry } from '../../../model/roadmap.js';
import type { LintRule } from '../rule.js';
import { plainText } from '../walk.js';

/** A format's placeholders must be `{n}` and `{1}` … `{k-1}` at level k; `{n}` must be there. */
export const numberingFormatInvalid: LintRule = {
  code: 'numbering-format-invalid',
  severity: 'error',
  description: { ru: 'формат номера без {n} или со ссылкой на несуществующий уровень', en: 'a number format without {n} or with a placeholder for a level that does not exist' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      const formats = plan.numberFormats;
      const path = ctx.pathOf(plan);
      formats?.forEach((format, i) => {
        const level = i + 1;
        const placeholders = [...format.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] as string);
        const bad = placeholders.find((p) => p !== 'n' && !(/^[1-9][0-9]*$/.test(p) && Number(p) < level));
        if (bad === undefined && placeholders.includes('n')) return;
        const at = path ? ctx.position([...path, 'numbering', 'formats', i]) : plan.loc;
        ctx.report(at, {
          format,
          level,
          placeholder: bad === undefined ? undefined : `{${bad}}`,
          allowed: ['{n}', ...Array.from({ length: level - 1 }, (_, k) => `{${k + 1}}`)].join(', '),
        });
      });
    }
  },
};

/** The label a row prints, as a pattern: its digits any number, its dot optional at the end. */
function labelPattern(label: string): RegExp {
  const body = label
    .trim()
    .replace(/\.$/, '')
    .split(/(\d+)/)
    .map((part, i) => (i % 2 === 1 ? '\\d+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')))
    .join('');
  return new RegExp(`^${body}\\.?(?=\\s|$)`, 'iu');
}

export const numberingLabelRepeated: LintRule = {
  code: 'numbering-label-repeated',
  severity: 'warning',
  description: { ru: 'текст строки начинается с номера, который нумерация печатает сама', en: 'a row’s text starts with the number its numbering prints already' },
  check(ctx) {
    for (const plan of ctx.roadmap.plans) {
      const numbered = numberEntries(plan.entries, plan.numbering, numberingOptions(plan));
      const visit = (entries: readonly PlanEntry[], originals: readonly PlanEntry[]): void => {
        entries.forEach((entry, i) => {
          const original = originals[i] as PlanEntry;
          if (entry.type === 'group') visit(entry.entries, (original as typeof entry).entries);
          if (!entry.no || (entry.type === 'group' && entry.year !== undefined && entry.explicitNo === undefined)) return;
          const text = plainText(entry.type === 'group' ? entry.title : entry.task).trim();
          const m = labelPattern(entry.no).exec(text);
          if (!m) return;
          const path = ctx.pathOf(original);
          const at = path ? ctx.position([...path, entry.type === 'group' ? 'section' : 'task']) : entry.loc;
          ctx.report(at, { label: entry.no.trim(), written: m[0], text: text.slice(0, 60) });
        });
      };
      visit(numbered, plan.entries);
    }
  },
};
