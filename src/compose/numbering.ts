/**
 * Numbers of the rows of a plan, by the plan's numbering mode, formats and restarts. A pure
 * function over the entries: it returns a copy of the tree with `no` filled (the number as
 * printed) and never changes its input.
 *
 * Modes (which rows are numbered, which counters run):
 * - `hierarchical`: «1.», «1.1.», «1.1.1.»: numbered groups open a level; items and groups at one
 *   level share a counter (seed 000).
 * - `continuous`: items «1.» … «47.» across all groups; groups carry no number (seed 001).
 * - `per-section`: groups «1.», «2.»; items restart at «1.» in every numbered group (seed 002).
 * - `explicit`: only numbers written by the user (`no:`) are printed.
 *
 * Formats: the printed number of a row at level L (1 outside any numbered group, 2 inside one …)
 * is `formats[L-1]` (deeper levels take the last format) with `{n}` replaced by the row's count
 * and `{1}`, `{2}` … by the numbers of its groups at those levels: `['{n}.', '{1}.{n}']` prints
 * sections «1.» and items «1.1»; `['Направление {n}.', '{n}.']` sections «Направление 1.» and
 * items «1.». The modes' own formats are the presets: hierarchical `{n}.`, `{1}.{n}.`,
 * `{1}.{2}.{n}.` …; per-section and continuous `{n}.`; `numberDot: false` drops their final dot.
 *
 * Restarts: `section` — every numbered group's rows count from 1 (hierarchical and per-section
 * by default; in continuous numbering: at every section); `year` — also every year group starts
 * all counts again from 1 («2021 год»: 1., 1.1; «2022 год»: 1., 1.1); `none` — counts never
 * start again (continuous by default; per-section: items numbered through the sections).
 *
 * In every mode a number written by the user (`explicitNo`) wins for that row; the counters still
 * advance as if it were automatic. A group with an explicit number whose end is numeric
 * («Направление 3.», «3.») gives that number to its children («3.1.»). Unnumbered groups (year
 * groups «2021 год», `numbered: false`) are transparent: their rows are numbered as if they stood
 * at the group's own level, and the count goes on across them (unless `restart: year`).
 */
import type { NumberingMode, NumberingRestart } from '../model/roadmap-input.js';
import type { Group, Item, Plan, PlanEntry } from '../model/roadmap.js';

/** Whether a group gets a number of its own (year groups and `numbered: false` do not). */
export function isNumberedGroup(group: Group): boolean {
  return group.numbered && group.year === undefined;
}

export interface NumberingOptions {
  /** Printed number per level (see the module comment); absent: the mode's preset. */
  formats?: readonly string[];
  /** Where counts start again; absent: `none` for continuous, `section` otherwise. */
  restart?: NumberingRestart;
  /** A dot after the preset formats' numbers (default true); formats given are printed as written. */
  numberDot?: boolean;
}

/** The numbering options of a plan (its formats, restarts and `numberDot`). */
export function numberingOptions(plan: Plan): NumberingOptions {
  const options: NumberingOptions = { numberDot: plan.numberDot };
  if (plan.numberFormats) options.formats = plan.numberFormats;
  if (plan.numberRestart) options.restart = plan.numberRestart;
  return options;
}

/** The mode's format for level `level` (1-based). */
export function presetFormat(mode: NumberingMode, level: number, numberDot = true): string {
  const dotted = mode === 'hierarchical' ? `${Array.from({ length: level - 1 }, (_, i) => `{${i + 1}}.`).join('')}{n}.` : '{n}.';
  return numberDot ? dotted : dotted.replace(/\.$/, '');
}

/** The format of level `level`: the given one (the last for deeper levels) or the preset. */
export function formatOfLevel(mode: NumberingMode, level: number, options: NumberingOptions = {}): string {
  const formats = options.formats;
  if (formats && formats.length > 0) return formats[Math.min(level, formats.length) - 1] as string;
  return presetFormat(mode, level, options.numberDot ?? true);
}

/** `{n}` → `n`, `{k}` → the number of the group at level k (`path[k-1]`). */
export function applyFormat(format: string, n: number, path: readonly number[]): string {
  return format.replace(/\{(n|[1-9][0-9]*)\}/g, (_, key: string) => (key === 'n' ? String(n) : String(path[Number(key) - 1] ?? '')));
}

export function numberEntries(entries: readonly PlanEntry[], mode: NumberingMode, options: NumberingOptions = {}): PlanEntry[] {
  const restart = options.restart ?? (mode === 'continuous' ? 'none' : 'section');
  // Counters by level (index = level): shared by items and groups (hierarchical), or items and
  // groups apart (per-section); continuous numbering counts items in `items[0]` alone.
  const shared: number[] = [];
  const items: number[] = [];
  const groups: number[] = [];
  const next = (counters: number[], level: number): number => (counters[level] = (counters[level] ?? 0) + 1);
  /** Counts from `level` down start again. */
  const resetFrom = (level: number): void => {
    for (const counters of [shared, items, groups]) counters.length = Math.min(counters.length, level);
  };
  const label = (level: number, n: number, path: readonly number[]): string => applyFormat(formatOfLevel(mode, level, options), n, path);

  const walk = (list: readonly PlanEntry[], level: number, path: readonly number[]): PlanEntry[] =>
    list.map((entry) => (entry.type === 'item' ? numberItem(entry, level, path) : numberGroup(entry, level, path)));

  const numberItem = (item: Item, level: number, path: readonly number[]): Item => {
    let auto: string | undefined;
    switch (mode) {
      case 'hierarchical':
        auto = label(level, next(shared, level), path);
        break;
      case 'continuous':
        auto = label(level, next(items, 0), path);
        break;
      case 'per-section':
        auto = label(level, next(items, level), path);
        break;
      case 'explicit':
        auto = undefined;
        break;
    }
    const no = item.explicitNo ?? auto;
    const out: Item = { ...item };
    if (no !== undefined) out.no = no;
    else delete out.no;
    return out;
  };

  const numberGroup = (group: Group, level: number, path: readonly number[]): Group => {
    const out: Group = { ...group };
    delete out.no;
    if (group.explicitNo !== undefined) out.no = group.explicitNo;
    if (!isNumberedGroup(group) || mode === 'continuous' || mode === 'explicit') {
      // Transparent: children continue the enclosing level.
      if (restart === 'year' && group.year !== undefined) resetFrom(mode === 'continuous' ? 0 : level);
      if (restart === 'section' && mode === 'continuous' && group.year === undefined) resetFrom(0);
      out.entries = walk(group.entries, level, path);
      return out;
    }
    const n = next(mode === 'hierarchical' ? shared : groups, level);
    if (group.explicitNo === undefined) out.no = label(level, n, path);
    const childPath = explicitPath(group.explicitNo, level, path) ?? [...path, n];
    if (restart !== 'none') resetFrom(level + 1);
    out.entries = walk(group.entries, level + 1, childPath);
    return out;
  };

  return walk(entries, 1, []);
}

/**
 * The numbers a group's explicit number gives its children: «Направление 3.» → 3 at the group's
 * level, «2.1» → 2 and 1 at the levels ending with the group's; undefined when it does not end
 * in digits.
 */
function explicitPath(explicit: string | undefined, level: number, path: readonly number[]): number[] | undefined {
  if (explicit === undefined) return undefined;
  const m = /(\d+(?:\.\d+)*)\.?\s*$/.exec(explicit);
  if (!m) return undefined;
  const parts = (m[1] as string).split('.').map(Number);
  return parts.length >= level ? parts.slice(parts.length - level) : [...path.slice(0, level - parts.length), ...parts];
}
