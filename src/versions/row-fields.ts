/**
 * The fields of a plan row as the diff compares and shows them: each field once as a key that is
 * equal exactly when the printed row would be (rich text with its markup, a deadline as data,
 * executors by directory key), and once as text for people (the markup subset, the deadline and
 * the executors as the plan prints them: as written unless it asks for its house style or the
 * directory's names).
 *
 *   {task: «Отбор школ», deadline: до 22.02.2022, executors: [УО, ИМОЦ]}
 *     → task «Отбор школ», deadline «до 22.02.2022» (key {"date":"2022-02-22","kind":"before"}),
 *       executors «УО, ИМОЦ» as written, «УО, МКУ ИМОЦ» with `executors: {print: directory}`
 *       (key ["o:УО","o:ИМОЦ"])
 */
import type { Deadline } from '../model/deadline.js';
import type { ExecutorRef, Inline, Item, Plan, RichText, Roadmap } from '../model/roadmap.js';
import { deadlineCellText } from '../compose/deadline-cell.js';
import { deadlineInterval } from '../text/deadline-interval.js';
import type { DateInterval } from '../model/deadline.js';

/** The fields a row change may name; `extra` is an extra column, named by its key. */
export type RowField = 'task' | 'deadline' | 'executors' | 'result' | 'info' | 'extra' | 'no';

/** Rich text back in the markup subset it is written in: «**bold**», «- item», paragraphs apart. */
export function richMarkup(text: RichText | undefined): string {
  const blocks: string[] = [];
  for (const block of text ?? []) {
    if (block.type === 'paragraph') blocks.push(inlineMarkup(block.content));
    else blocks.push(block.items.map((item) => `- ${inlineMarkup(item)}`).join('\n'));
  }
  return blocks.join('\n\n');
}

function inlineMarkup(inlines: readonly Inline[]): string {
  let out = '';
  for (const i of inlines) {
    if (i.type === 'break') {
      out += '\n';
      continue;
    }
    let s = i.text;
    if (i.link) s = s === i.link ? s : `[${s}](${i.link})`;
    if (i.italic) s = `*${s}*`;
    if (i.bold) s = `**${s}**`;
    out += s;
  }
  return out;
}

/**
 * A deadline as a comparable key: its data with sorted keys (two spellings of one deadline are
 * equal; the diff compares the printed text too, `deadlineText`).
 */
export function deadlineKey(item: Item): string {
  if (!item.deadline) return item.deadlineSource === undefined ? '' : `text:${item.deadlineSource}`;
  return canonicalJson(item.deadline);
}

/** A deadline as the plan prints it ('' when the row has none): as written unless the plan normalises. */
export function deadlineText(item: Item, plan: Plan): string {
  return deadlineCellText(plan, item);
}

/** The span of days of a row's deadline in its plan, or null (no deadline, free text). */
export function deadlineSpan(deadline: Deadline | undefined, plan: Plan): DateInterval | null {
  return deadline ? deadlineInterval(deadline, plan.period) : null;
}

/** An executor as a comparable key: an organisation by its directory key, free text by its text. */
export function executorKey(ref: ExecutorRef): string {
  return ref.type === 'organisation' ? `o:${ref.key}` : `t:${ref.text}`;
}

/**
 * An executor's printed name: the organisation's short name (its full name when it prints so),
 * or the text as written. «(далее – …)» is the document's business, not the diff's.
 */
export function executorText(ref: ExecutorRef, roadmap: Roadmap): string {
  if (ref.type === 'text') return ref.text;
  const org = roadmap.organisations.get(ref.key);
  if (!org) return ref.key;
  return org.intro === 'full' ? org.name : org.short;
}

/**
 * A row's executors as the plan prints them: as written (`executors: {print: as-written}`, the
 * default) or each by its printed name (`print: directory`).
 */
export function executorsText(item: Item, plan: Plan, roadmap: Roadmap): string {
  if (plan.executorPrint === 'as-written' && item.executorsSource !== undefined) {
    return typeof item.executorsSource === 'string' ? item.executorsSource.trim() : item.executorsSource.join(', ');
  }
  return item.executors.map((r) => executorText(r, roadmap)).join(', ');
}

/** The values of one extra column, one a line. */
export function extraText(item: Item, key: string): string {
  return (item.extra[key] ?? []).join('\n');
}

/** The label a row or section is referred to by: «1.3», «17» (the printed number without its final dot). */
export function numberLabel(no: string | undefined): string {
  return (no ?? '').replace(/\.\s*$/, '');
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
