/**
 * fast-check arbitraries for valid roadmaps: random columns (order, subset, extra columns),
 * numbering, groups nested up to three levels, rich cells (paragraphs, bullets, emphasis, links),
 * deadlines of every kind written as structured objects or as formatted text, and Unicode text
 * from Cyrillic, Latin, digits and the punctuation of Russian documents («» — № , . ; ( ) %).
 *
 * Each generated roadmap comes with what must be printed: for every row, in order, the words of
 * its printed cells (task, result, info, extra values, group titles).
 */
import fc from 'fast-check';
import type { Deadline } from '../../src/model/deadline.js';
import { formatDeadline } from '../../src/text/deadline-format.js';

const CYR = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ';
const LAT = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIG = '0123456789';

const chars = (alphabet: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });

/** A word: mostly Cyrillic, sometimes Latin or a number. */
export const word = fc.oneof(
  { weight: 6, arbitrary: chars(CYR, 1, 12) },
  { weight: 2, arbitrary: chars(LAT, 1, 10) },
  { weight: 1, arbitrary: chars(DIG, 1, 5) },
  { weight: 1, arbitrary: fc.tuple(chars(CYR, 1, 8), chars(DIG, 1, 3)).map(([a, b]) => `${a}-${b}`) },
);

/** A token of running text, with the punctuation Russian documents use. */
const token = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => `«${w}»`) },
  { weight: 1, arbitrary: word.map((w) => `${w},`) },
  { weight: 1, arbitrary: chars(DIG, 1, 3).map((n) => `№ ${n}`) },
  { weight: 1, arbitrary: fc.constantFrom('—', '–', '(итоги)', '100 %', '2022 г.', 'т. д.;') },
);

/** Plain running text: a word, then up to 11 tokens (a leading dash would make it a bullet). */
export const plainText = fc.tuple(word, fc.array(token, { maxLength: 11 })).map(([first, rest]) => [first, ...rest].join(' '));

export interface Rich {
  /** The Markdown-subset source written into YAML. */
  source: string;
  /** The words a reader sees, in order. */
  printed: string[];
}

/** A span of a rich cell: plain, *italic*, **bold**, a [link](https://…) or a bare URL. */
const span: fc.Arbitrary<Rich> = fc.oneof(
  { weight: 6, arbitrary: plainText.map((t) => ({ source: t, printed: words(t) })) },
  { weight: 1, arbitrary: word.map((w) => ({ source: `*${w}*`, printed: [w] })) },
  { weight: 1, arbitrary: word.map((w) => ({ source: `**${w}**`, printed: [w] })) },
  { weight: 1, arbitrary: fc.tuple(plainText, chars(LAT, 1, 8)).map(([t, p]) => ({ source: `[${t}](https://example.ru/${p})`, printed: words(t) })) },
  { weight: 1, arbitrary: chars(LAT, 1, 8).map((p) => ({ source: `https://example.ru/${p}`, printed: [`https://example.ru/${p}`] })) },
);

const line: fc.Arbitrary<Rich> = fc.array(span, { minLength: 1, maxLength: 3 }).map((spans) => ({
  source: spans.map((s) => s.source).join(' '),
  printed: spans.flatMap((s) => s.printed),
}));

/** A rich cell: paragraphs (blank line between), bullets («- »), single line breaks. */
export const richText: fc.Arbitrary<Rich> = fc.oneof(
  { weight: 5, arbitrary: line },
  {
    weight: 2,
    arbitrary: fc.tuple(line, fc.array(line, { minLength: 1, maxLength: 3 })).map(([intro, bullets]) => ({
      source: `${intro.source}\n${bullets.map((b) => `- ${b.source}`).join('\n')}`,
      printed: [...intro.printed, ...bullets.flatMap((b) => b.printed)],
    })),
  },
  {
    weight: 1,
    arbitrary: fc.array(line, { minLength: 2, maxLength: 3 }).map((ps) => ({ source: ps.map((p) => p.source).join('\n\n'), printed: ps.flatMap((p) => p.printed) })),
  },
);

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

// ───────────────────────────── deadlines ─────────────────────────────

const day0 = Date.UTC(2022, 0, 1);
const isoDay = (n: number) => new Date(day0 + n * 86_400_000).toISOString().slice(0, 10);
const dayIndex = fc.integer({ min: 0, max: 364 });
const month = fc.integer({ min: 1, max: 12 });
const ym = (m: number) => `2022-${String(m).padStart(2, '0')}`;
const note = fc.option(fc.constantFrom('по графику', 'по мере необходимости'), { nil: undefined, freq: 5 });
const withNote = <T extends object>(d: T, n: string | undefined): T => (n ? { ...d, note: n } : d);

const sortedPair = fc.tuple(dayIndex, dayIndex).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]).filter(([a, b]) => a < b);

const listElement = fc.oneof(
  dayIndex.map((d) => ({ kind: 'date' as const, date: isoDay(d) })),
  dayIndex.map((d) => ({ kind: 'before' as const, date: isoDay(d) })),
  sortedPair.map(([a, b]) => ({ kind: 'range' as const, from: isoDay(a), to: isoDay(b) })),
  month.map((m) => ({ kind: 'month' as const, from: ym(m) })),
);

/** Deadlines of every kind, valid and inside 2022. */
export const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  fc.tuple(dayIndex, note).map(([d, n]) => withNote({ kind: 'date' as const, date: isoDay(d) }, n)),
  fc.tuple(dayIndex, note).map(([d, n]) => withNote({ kind: 'before' as const, date: isoDay(d) }, n)),
  fc.tuple(sortedPair, note).map(([[a, b], n]) => withNote({ kind: 'range' as const, from: isoDay(a), to: isoDay(b) }, n)),
  fc.tuple(month, month, note).map(([a, b, n]) => withNote(a === b ? { kind: 'month' as const, from: ym(a) } : { kind: 'month' as const, from: ym(Math.min(a, b)), to: ym(Math.max(a, b)) }, n)),
  fc.tuple(fc.constantFrom('quarter' as const, 'half' as const), fc.boolean(), fc.boolean()).chain(([unit, span, withYear]) =>
    fc.uniqueArray(fc.integer({ min: 1, max: unit === 'quarter' ? 4 : 2 }), { minLength: 1, maxLength: unit === 'quarter' ? 4 : 2 }).map((parts) => {
      const sorted = [...parts].sort((a, b) => a - b);
      const contiguous = sorted.every((p, i) => i === 0 || p === sorted[i - 1]! + 1);
      const d: Deadline = { kind: 'period', unit, parts: span && contiguous && sorted.length > 1 ? [sorted[0]!, sorted.at(-1)!] : sorted };
      if (span && contiguous && sorted.length > 1) d.span = true;
      if (withYear) d.year = 2022;
      return d;
    }),
  ),
  fc.uniqueArray(listElement, { minLength: 2, maxLength: 3, selector: (e) => JSON.stringify(e) }).map((items) => ({ kind: 'list' as const, items })),
  fc.tuple(fc.integer({ min: 1, max: 7 }), sortedPair).map(([w, [a, b]]) => ({ kind: 'weekly' as const, weekday: w as 1, from: isoDay(a), to: isoDay(b) })),
  fc.tuple(fc.constantFrom('week' as const, 'month' as const, 'quarter' as const, 'year' as const), fc.boolean()).map(([every, y]) => (y ? { kind: 'recurring' as const, every, year: 2022 } : { kind: 'recurring' as const, every })),
  fc.record({ year: fc.constant(2022), regularly: fc.constant(true as const), asNeeded: fc.constant(true as const) }, { requiredKeys: [] }).map((d) => ({ kind: 'during' as const, ...d })),
  fc.constant({ kind: 'as-needed' as const }),
  fc.constant({ kind: 'constantly' as const }),
);

/** A deadline as written in YAML: the structured object, or its text in either style. */
const deadlineInput = fc.tuple(deadline, fc.constantFrom('object', 'numeric', 'words')).map(([d, how]) => (how === 'object' ? d : formatDeadline(d, { dates: how as 'numeric' | 'words' })));

// ───────────────────────────── roadmaps ─────────────────────────────

const ROLES = ['number', 'deadline', 'executors', 'result', 'info'] as const;
const ORGS = { УО: 'Управление образования', ИМОЦ: { name: 'МКУ «Информационно-методический центр»', short: 'МКУ ИМОЦ' }, ОО: 'общеобразовательные организации' };

export interface GeneratedRoadmap {
  input: Record<string, unknown>;
  /** Per printed row, in order: the words of each printed cell. */
  rows: string[][];
}

interface ItemSpec {
  task: Rich;
  deadline?: unknown;
  executors?: string[];
  result?: Rich;
  info?: Rich;
  extra?: string;
}
type Node = { group: string; children: Node[] } | { item: ItemSpec };

const itemSpec: fc.Arbitrary<ItemSpec> = fc.record(
  {
    task: richText,
    deadline: deadlineInput,
    executors: fc.subarray(['УО', 'ИМОЦ', 'ОО', 'Школа № 5'], { minLength: 1 }),
    result: richText,
    info: richText,
    extra: word,
  },
  { requiredKeys: ['task'] },
);

const nodes = (depth: number): fc.Arbitrary<Node[]> =>
  fc.array(
    depth >= 3
      ? itemSpec.map((item): Node => ({ item }))
      : fc.oneof(
          { weight: 4, arbitrary: itemSpec.map((item): Node => ({ item })) },
          { weight: 1, arbitrary: fc.tuple(plainText, nodes(depth + 1)).map(([group, children]): Node => ({ group, children })) },
        ),
    { minLength: depth === 0 ? 1 : 0, maxLength: depth === 0 ? 4 : 2 },
  );

export const roadmap: fc.Arbitrary<GeneratedRoadmap> = fc
  .record({
    roles: fc.shuffledSubarray([...ROLES]),
    taskAt: fc.nat(),
    extra: fc.option(plainText, { nil: undefined }),
    numbering: fc.constantFrom('hierarchical', 'continuous', 'per-section'),
    kind: fc.constantFrom('plan', 'order'),
    title: plainText,
    items: nodes(0),
  })
  .map(({ roles, taskAt, extra, numbering, kind, title, items }) => {
    const columns: unknown[] = [...roles];
    columns.splice(taskAt % (columns.length + 1), 0, 'task');
    if (extra) columns.push({ key: 'extra1', header: extra });
    const printed = new Set<string>(['task', ...roles]);
    const rows: string[][] = [];
    const toYaml = (list: Node[]): unknown[] =>
      list.map((n) => {
        if ('group' in n) {
          rows.push([n.group]);
          return { section: n.group, items: toYaml(n.children) };
        }
        const it = n.item;
        const out: Record<string, unknown> = { task: it.task.source };
        const row = [it.task.printed.join(' ')];
        if (it.deadline !== undefined) out.deadline = it.deadline;
        if (it.executors) out.executors = it.executors;
        if (it.result) {
          out.result = it.result.source;
          if (printed.has('result')) row.push(it.result.printed.join(' '));
        }
        if (it.info) {
          out.info = it.info.source;
          if (printed.has('info')) row.push(it.info.printed.join(' '));
        }
        if (extra && it.extra) {
          out.extra = { extra1: it.extra };
          row.push(it.extra);
        }
        rows.push(row);
        return out;
      });
    const planItems = toYaml(items);
    const document: Record<string, unknown> =
      kind === 'plan'
        ? { kind, approval: { by: 'official', position: 'Директор', name: 'И.И. Иванов' } }
        : {
            kind,
            authority: { name: ['УПРАВЛЕНИЕ ОБРАЗОВАНИЯ'], genitive: 'управления образования' },
            title: `Об утверждении плана ${title}`,
            points: ['Утвердить план-график (приложение {appendix}).'],
            signatories: [{ position: 'Начальник управления', name: 'И.И. Иванова' }],
          };
    const input = { document, organisations: ORGS, plan: { title, period: 2022, columns, numbering, items: planItems } };
    return { input, rows };
  });
