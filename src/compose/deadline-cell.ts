/**
 * A deadline as printed in its plan's table. By default exactly as the author wrote it (the
 * parse only serves the checks); with `deadlines: {print: normalised}` (or a house-style key) a
 * deadline that was read is reprinted in the plan's style («21.03–27.03.2022» →
 * «21.03.2022 – 27.03.2022»), and one that was not read («13.01.2020 28.02.2020», free text)
 * still prints as written. A deadline written as an object has no written text: it prints in
 * the plan's style. Footnote markers are no part of a deadline (it is read without them): written
 * text keeps them where they stand, a reprinted deadline has them after it.
 */
import type { Item, Plan } from '../model/roadmap.js';
import { formatDeadline } from '../text/deadline-format.js';
import { footnoteMarkersOf } from '../text/placeholders.js';

export function deadlineCellText(plan: Plan, item: Item): string {
  const written = item.deadlineSource?.trim();
  if (written !== undefined && (plan.deadlinePrint === 'as-written' || item.deadline === undefined || item.deadline.kind === 'text')) return written;
  return item.deadline ? formatDeadline(item.deadline, plan.deadlineStyle) + footnoteMarkersOf(written ?? '') : '';
}
