/**
 * A plan prints all its deadlines in one style (`plan.deadlines`: numeric or word dates, «г.» or
 * «года», a capital first letter). The import keeps each deadline as written in the YAML and
 * picks the style in which the most of them print back exactly as the document has them (the
 * default style first among equals); the others will print in that style, and the report says how
 * many and shows one.
 */
import { DEFAULT_DEADLINE_STYLE, type DeadlineStyle } from '../model/deadline.js';
import { formatDeadline } from '../text/deadline-format.js';
import { parseDeadline } from '../text/deadline-parse.js';
import type { ImportedEntry, ImportedItem } from './imported-plan.js';

const STYLES: DeadlineStyle[] = [];
for (const dates of ['words', 'numeric'] as const) {
  for (const year of ['г.', 'года'] as const) {
    for (const capitalize of [true, false]) STYLES.push({ dates, year, capitalize });
  }
}
// The default first: it wins ties.
STYLES.sort((a, b) => Number(same(b, DEFAULT_DEADLINE_STYLE)) - Number(same(a, DEFAULT_DEADLINE_STYLE)));

export interface DeadlineStyleChoice {
  /** The keys that differ from the default (nothing to write when empty). */
  style: Partial<DeadlineStyle>;
  /** Deadlines that will print otherwise, with how. */
  restyled: { item: ImportedItem; printed: string }[];
}

export function chooseDeadlineStyle(entries: readonly ImportedEntry[]): DeadlineStyleChoice {
  const items: ImportedItem[] = [];
  collect(entries, items);
  const parsed = new Map<string, ReturnType<typeof parseDeadline>['deadline']>();
  for (const it of items) if (it.deadline !== undefined && !parsed.has(it.deadline)) parsed.set(it.deadline, parseDeadline(it.deadline).deadline);
  let best = STYLES[0]!;
  let bestHits = -1;
  for (const style of STYLES) {
    let hits = 0;
    for (const [text, d] of parsed) if (visible(formatDeadline(d, style)) === visible(text)) hits++;
    if (hits > bestHits) {
      best = style;
      bestHits = hits;
    }
  }
  const restyled: DeadlineStyleChoice['restyled'] = [];
  for (const item of items) {
    if (item.deadline === undefined) continue;
    const printed = formatDeadline(parsed.get(item.deadline)!, best);
    if (visible(printed) !== visible(item.deadline)) restyled.push({ item, printed });
  }
  const style: Partial<DeadlineStyle> = {};
  if (best.dates !== DEFAULT_DEADLINE_STYLE.dates) style.dates = best.dates;
  if (best.year !== DEFAULT_DEADLINE_STYLE.year) style.year = best.year;
  if (best.capitalize !== DEFAULT_DEADLINE_STYLE.capitalize) style.capitalize = best.capitalize;
  return { style, restyled };
}

function collect(entries: readonly ImportedEntry[], out: ImportedItem[]): void {
  for (const e of entries) {
    if (e.type === 'item') out.push(e);
    else collect(e.entries, out);
  }
}

/** Text as a reader sees it: a non-breaking space is a space. */
function visible(s: string): string {
  return s.replace(/\u00a0/g, ' ');
}

function same(a: DeadlineStyle, b: DeadlineStyle): boolean {
  return a.dates === b.dates && a.year === b.year && a.capitalize === b.capitalize;
}
