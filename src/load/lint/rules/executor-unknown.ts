import type { MessageArgs } from '../../../diagnostics/messages.js';
import type { ExecutorRef } from '../../../model/roadmap.js';
import { characterScript, lookalikeOf, nearest } from '../../suggest.js';
import type { LintContext, LintRule } from '../rule.js';
import { lintCached, planItems } from '../walk.js';

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

/** An executor written as free text, and the directory name it looks like (if any). */
interface UnknownExecutor {
  ref: Extract<ExecutorRef, { type: 'text' }>;
  /** A key or short name that looks the same but is written otherwise («омсу», «KO» for «ОМСУ», «КО»). */
  twin?: string;
}

/** The executors of every plan that are not in the directory (once per lint run, for both rules). */
function unknownExecutors(ctx: LintContext): UnknownExecutor[] {
  return lintCached('unknown-executors', ctx.roadmap, () => {
    const names = new Set([...ctx.roadmap.organisations.keys(), ...[...ctx.roadmap.organisations.values()].map((o) => o.short)]);
    const out: UnknownExecutor[] = [];
    if (names.size === 0) return out; // no directory: every executor is free text by design
    for (const plan of ctx.roadmap.plans) {
      for (const { item } of planItems(plan)) {
        for (const e of item.executors) {
          if (e.type !== 'text') continue;
          const twin = lookalikeOf(e.text.trim(), names);
          out.push(twin === undefined ? { ref: e } : { ref: e, twin });
        }
      }
    }
    return out;
  });
}

/** Only the letter case differs («омсу» for «ОМСУ»). */
const caseOnly = (text: string, twin: string) => text.trim().toLocaleLowerCase('ru-RU') === twin.toLocaleLowerCase('ru-RU');

/** An executor written like a key of `organisations` that the directory does not have. */
export const executorUnknown: LintRule = {
  code: 'executor-unknown',
  severity: 'warning',
  description: { ru: 'исполнитель похож на ключ справочника, но его там нет', en: 'an executor that looks like an organisation key but is not in the directory' },
  check(ctx) {
    const names = new Set([...ctx.roadmap.organisations.keys(), ...[...ctx.roadmap.organisations.values()].map((o) => o.short)]);
    for (const { ref, twin } of unknownExecutors(ctx)) {
      if (twin !== undefined) {
        // Another letter case: suggested here; other characters that look alike: executor-lookalike.
        if (caseOnly(ref.text, twin)) ctx.report(ref.loc, { name: ref.text, suggestion: twin });
      } else if (looksLikeKey(ref.text)) ctx.report(ref.loc, { name: ref.text, suggestion: nearest(ref.text, names) });
    }
  },
};

/** «K, O — латинские буквы; 0 — цифра», in both languages. */
function differences(text: string, twin: string): MessageArgs {
  const written = [...text.trim()];
  const meant = [...twin];
  const by: Record<'latin' | 'cyrillic' | 'digit' | 'other', string[]> = { latin: [], cyrillic: [], digit: [], other: [] };
  written.forEach((ch, i) => {
    if (ch !== meant[i] && ch.toLowerCase() !== meant[i]?.toLowerCase() && !by[characterScript(ch)].includes(ch)) by[characterScript(ch)].push(ch);
  });
  const ru: string[] = [];
  const en: string[] = [];
  const say = (chars: string[], oneRu: string, manyRu: string, oneEn: string, manyEn: string) => {
    if (chars.length === 0) return;
    ru.push(`${chars.join(', ')} — ${chars.length === 1 ? oneRu : manyRu}`);
    en.push(`${chars.join(', ')} ${chars.length === 1 ? oneEn : manyEn}`);
  };
  say(by.latin, 'латинская буква', 'латинские буквы', 'is a Latin letter', 'are Latin letters');
  say(by.cyrillic, 'русская буква', 'русские буквы', 'is a Cyrillic letter', 'are Cyrillic letters');
  say(by.digit, 'цифра', 'цифры', 'is a digit', 'are digits');
  say(by.other, 'другой знак', 'другие знаки', 'is another character', 'are other characters');
  return { charsRu: ru.join('; '), charsEn: en.join('; ') };
}

/** An executor that looks like a directory name but is written with other characters («KO», «К0» for «КО»). */
export const executorLookalike: LintRule = {
  code: 'executor-lookalike',
  severity: 'warning',
  description: {
    ru: 'исполнитель выглядит как ключ справочника, но написан другими символами (латиница, цифра 0)',
    en: 'an executor that looks like an organisation key but is written with other characters (Latin letters, the digit 0)',
  },
  check(ctx) {
    for (const { ref, twin } of unknownExecutors(ctx)) {
      if (twin !== undefined && !caseOnly(ref.text, twin)) ctx.report(ref.loc, { name: ref.text, suggestion: twin, ...differences(ref.text, twin) });
    }
  },
};
