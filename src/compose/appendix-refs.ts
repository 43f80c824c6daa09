/**
 * Appendix numbers are never typed: a point says «(приложение № {appendix:main})» and composing
 * puts the number of the appendix that holds plan `main`; `{appendix}` alone stands for the
 * first plan's. Plans become appendices in their order, so plan N is appendix N.
 */
import type { RichText } from '../model/roadmap.js';
import type { SourceLocation } from '../model/source.js';
import { report, type ComposeContext } from './context.js';
import * as rich from './rich-text.js';
import { MESSAGES, NBSP, appendixReference } from './wording.js';

const PLACEHOLDER = /\{appendix(?::([^}\s]+))?\}/g;

/** The appendix number of a plan id (undefined: the first plan), or undefined when unknown. */
export function appendixNumber(ctx: ComposeContext, id: string | undefined): number | undefined {
  const plans = ctx.roadmap.plans;
  if (id === undefined) return plans.length > 0 ? 1 : undefined;
  const i = plans.findIndex((p) => p.id === id);
  return i >= 0 ? i + 1 : undefined;
}

/** Replace the placeholders in one string; unknown references print «?» and are reported. */
export function resolveAppendixText(ctx: ComposeContext, text: string, loc?: SourceLocation): string {
  if (!text.includes('{appendix')) return text;
  return text.replace(/№ (?=\{appendix)/g, `№${NBSP}`).replace(PLACEHOLDER, (_, id: string | undefined) => {
    const no = appendixNumber(ctx, id);
    if (no === undefined) {
      const wording = id === undefined ? MESSAGES.appendixNone() : MESSAGES.appendixUnknown(id);
      report(ctx, 'appendix-unknown', 'error', wording, loc);
      return '?';
    }
    return appendixReference(no);
  });
}

export function resolveAppendixRefs(ctx: ComposeContext, text: RichText, loc?: SourceLocation): RichText {
  return rich.mapSpans(text, (s) => resolveAppendixText(ctx, s, loc));
}
