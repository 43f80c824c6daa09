/**
 * Executors of a row as printed. By default as written: the string of the YAML, or the entries of
 * a list joined by «, ». With `executors: {print: directory}` (plan or document) the directory's
 * names: short names joined by «, », or the full name where the organisation asks for it; with
 * `intro: define` the first use in the document prints «министерство образования и науки края
 * (далее – министерство)» and later uses the short name. Free text prints as written in both.
 */
import type { ExecutorRef, Item, Plan } from '../model/roadmap.js';
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

/** The executors cell of an item, by the plan's `executorPrint`. */
export function executorsCellText(ctx: ComposeContext, plan: Plan, item: Item): string {
  if (plan.executorPrint === 'directory') return executorsText(ctx, item.executors);
  const written = item.executorsSource;
  if (written === undefined) return item.executors.map((r) => (r.type === 'text' ? r.text : r.key)).join(EXECUTOR_SEPARATOR);
  return typeof written === 'string' ? written.trim() : written.join(EXECUTOR_SEPARATOR);
}
