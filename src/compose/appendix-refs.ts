/**
 * Appendix references are never typed: the text says `{appendix:ID}` (ID: an appendix's id, or
 * the id of a plan an appendix holds; `{appendix}` alone: the appendix of the first plan) and
 * composing writes the reference the marks agree with (template `appendix-reference`): with one
 * appendix «приложение», with several «приложение № 2» («приложение 2» for a `heading` mark).
 *
 * The word the author wrote before the placeholder, in any form, is kept and takes the number:
 *   «(приложение № {appendix:main})»   → «(приложение)» alone, «(приложение № 2)» of several
 *   «в приложении {appendix:method}»   → «в приложении», «в приложении № 1»
 *   «{appendix:method}»                → «приложение», «приложение № 1»
 *   «№ {appendix}» (a number sign without the word) → the number alone: «№ 1»
 */
import type { RichText } from '../model/roadmap.js';
import type { AppendixEntry } from '../model/appendices.js';
import type { ComposeContext } from './context.js';
import * as rich from './rich-text.js';
import { NBSP, appendixReference } from './wording.js';

/** [word «приложении» and its space] [«№» and its space] {appendix[:ID]} */
const PLACEHOLDER = /(?:([Пп][Рр][Ии][Лл][Оо][Жж][Ее][Нн][Ии]\p{L}*)[ \u00a0]+)?(№[ \u00a0]*)?\{appendix(?::([^}\s]+))?\}/gu;

/** The appendix number of an id (undefined: the first plan's), or undefined when unknown. */
export function appendixNumber(ctx: ComposeContext, id: string | undefined): number | undefined {
  return ctx.appendices.find(id)?.no;
}

/** The reference to an appendix: «приложение», «приложение № 2»; `word` replaces «приложение». */
export function appendixReferenceText(ctx: ComposeContext, entry: AppendixEntry, word = ''): string {
  return ctx.templates.text('appendix-reference', { no: entry.no, total: ctx.appendices.list.length, mark: entry.mark, word });
}

/**
 * Replace the placeholders in one string. An unknown reference prints «?»: loading reported it
 * (lint rule appendix-unknown, an error unless the file lowers it).
 */
export function resolveAppendixText(ctx: ComposeContext, text: string): string {
  if (!text.includes('{appendix')) return text;
  return text.replace(PLACEHOLDER, (_, word: string | undefined, sign: string | undefined, id: string | undefined) => {
    const entry = ctx.appendices.find(id);
    if (entry === undefined) return `${word ? `${word} ` : ''}${sign ? `№${NBSP}` : ''}?`;
    if (word) return appendixReferenceText(ctx, entry, word);
    if (sign) return `№${NBSP}${appendixReference(entry.no)}`;
    return appendixReferenceText(ctx, entry);
  });
}

export function resolveAppendixRefs(ctx: ComposeContext, text: RichText): RichText {
  return rich.mapSpans(text, (s) => resolveAppendixText(ctx, s));
}
