/**
 * Appendix numbers are never typed: a point says «(приложение № {appendix:main})» and composing
 * puts the number of the appendix that holds plan `main`; `{appendix}` alone stands for the
 * first plan's. Plans become appendices in their order, so plan N is appendix N.
 */
import type { RichText } from '../model/roadmap.js';
import { APPENDIX_PLACEHOLDER } from '../text/placeholders.js';
import type { ComposeContext } from './context.js';
import * as rich from './rich-text.js';
import { NBSP, appendixReference } from './wording.js';

/** The appendix number of a plan id (undefined: the first plan), or undefined when unknown. */
export function appendixNumber(ctx: ComposeContext, id: string | undefined): number | undefined {
  const plans = ctx.roadmap.plans;
  if (id === undefined) return plans.length > 0 ? 1 : undefined;
  const i = plans.findIndex((p) => p.id === id);
  return i >= 0 ? i + 1 : undefined;
}

/**
 * Replace the placeholders in one string. An unknown plan id prints «?»: loading reported it
 * (lint rule appendix-unknown, an error unless the file lowers it).
 */
export function resolveAppendixText(ctx: ComposeContext, text: string): string {
  if (!text.includes('{appendix')) return text;
  return text
    .replace(/№ (?=\{appendix)/g, `№${NBSP}`)
    .replace(APPENDIX_PLACEHOLDER, (_, id: string | undefined) => {
      const no = appendixNumber(ctx, id);
      return no === undefined ? '?' : appendixReference(no);
    });
}

export function resolveAppendixRefs(ctx: ComposeContext, text: RichText): RichText {
  return rich.mapSpans(text, (s) => resolveAppendixText(ctx, s));
}
