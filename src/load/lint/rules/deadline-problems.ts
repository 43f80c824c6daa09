import type { Deadline } from '../../../model/deadline.js';
import type { Language } from '../../../diagnostics/diagnostic.js';
import type { LintRule } from '../rule.js';
import { deadlineFacts, planItems } from '../walk.js';
import { isValidIsoDate, isValidYearMonth } from '../../../text/calendar.js';

function problemRule(code: 'deadline-impossible-date' | 'deadline-reversed-range', problem: 'impossible-date' | 'reversed-range', description: LintRule['description']): LintRule {
  return {
    code,
    severity: 'error',
    description,
    check(ctx) {
      for (const plan of ctx.roadmap.plans) {
        for (const { item } of planItems(plan)) {
          if (!item.deadline) continue;
          if (!deadlineFacts(plan, item, item.deadline).problems.some((p) => p.code === problem)) continue;
          const detail = problem === 'impossible-date' ? impossibleDates(item.deadline) : reversedRanges(item.deadline, ctx.lang);
          ctx.report(item.deadlineLoc, { detail });
        }
      }
    },
  };
}

/** «30.02.2022» for `2022-02-30`; months «13.2022». */
function shown(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d === undefined ? `${m}.${y}` : `${d}.${m}.${y}`;
}

/** A date (`YYYY-MM-DD`) or a month (`YYYY-MM`) that the calendar has. */
function isRealDate(iso: string): boolean {
  return iso.length === 7 ? isValidYearMonth(iso) : isValidIsoDate(iso);
}

/** Every date or month written in a deadline, with its range partner. */
function spans(d: Deadline): { from?: string; to?: string; at?: string }[] {
  switch (d.kind) {
    case 'date':
    case 'before':
      return [{ at: d.date }];
    case 'range':
    case 'weekly':
      return [{ from: d.from, to: d.to }];
    case 'month':
      return d.to === undefined ? [{ at: d.from }] : [{ from: d.from, to: d.to }];
    case 'list':
      return d.items.flatMap(spans);
    default:
      return [];
  }
}

function impossibleDates(d: Deadline): string {
  const bad = spans(d).flatMap((s) => [s.at, s.from, s.to]).filter((x): x is string => x !== undefined && !isRealDate(x));
  return [...new Set(bad)].map(shown).join(', ');
}

function reversedRanges(d: Deadline, lang: Language): string {
  return spans(d)
    .filter((s) => s.from !== undefined && s.to !== undefined && s.from > s.to)
    .map((s) => (lang === 'ru' ? `с ${shown(s.from!)} по ${shown(s.to!)}` : `from ${shown(s.from!)} to ${shown(s.to!)}`))
    .join(', ');
}

/** «30.02.2022», `{kind: date, date: 2022-02-30}`. */
export const deadlineImpossibleDate = problemRule('deadline-impossible-date', 'impossible-date', { ru: 'в сроке несуществующая дата (30.02)', en: 'a deadline with a date that does not exist (30.02)' });
/** «04.02.2022 – 17.01.2022». */
export const deadlineReversedRange = problemRule('deadline-reversed-range', 'reversed-range', { ru: 'диапазон срока заканчивается раньше, чем начинается', en: 'a deadline range that ends before it starts' });
