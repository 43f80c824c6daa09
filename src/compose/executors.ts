/**
 * Executors of a row as printed: short names joined by «, », or the full name where the
 * organisation asks for it. With `intro: define` the first use in the document prints
 * «министерство образования и науки края (далее – министерство)» and later uses the short name.
 */
import type { ExecutorRef } from '../model/roadmap.js';
import type { ComposeContext } from './context.js';
import { EXECUTOR_SEPARATOR, definedName } from './wording.js';

/** The name of one executor; marks a `define` organisation as introduced. */
export function executorName(ctx: ComposeContext, ref: ExecutorRef): string {
  if (ref.type === 'text') return ref.text;
  // Loading makes an organisation reference only for a key of the directory (else free text).
  const org = ctx.roadmap.organisations.get(ref.key);
  if (!org) return ref.key;
  switch (org.intro) {
    case 'short':
      return org.short;
    case 'full':
      return org.name;
    case 'define':
      if (ctx.introduced.has(org.key)) return org.short;
      ctx.introduced.add(org.key);
      return org.name === org.short ? org.name : definedName(org.name, org.short);
  }
}

/** The executors of one row as one line, in the order written. */
export function executorsText(ctx: ComposeContext, refs: readonly ExecutorRef[]): string {
  return refs.map((r) => executorName(ctx, r)).join(EXECUTOR_SEPARATOR);
}
