/**
 * Every cell of every plan of every example, read back from both formats (DOCX table cells; PDF
 * cells bounded by the lines the page draws), equals what the YAML says the cell holds: the
 * header, the column numbers, group rows with their numbers, and each item's number, task,
 * deadline, executors, result, info and extra values. Deadlines and executors are compared with
 * the text as written in the YAML, unless the example asks for normalised deadlines or the
 * directory's names (then with those, computed here from the YAML). The YAML is read with the
 * `yaml` package only; numbers and the directory's names are computed here by the README's rules.
 *
 * DOCX cell text is compared with white space folded; PDF cell text without any white space or
 * hyphen (the PDF's lines are broken where the page needed it — at a space, after a hyphen, or
 * inside a word hyphenated — and reading them back cannot tell these apart). A bullet prints as the theme's marker «–».
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRoadmapFile } from '../../src/load/index.js';
import { render, type RenderResult } from '../../src/render.js';
import { parseDeadline } from '../../src/text/deadline-parse.js';
import { formatDeadline } from '../../src/text/deadline-format.js';
import { parseRichText } from '../../src/text/rich-text.js';
import { elements, joinedTables, paragraphText, readDocx } from '../support/docx-read.js';
import { pdfCellRows, type PdfCell } from '../support/pdf-cells.js';

const DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
const EXAMPLES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const NOW = '2022-02-14T00:00:00Z';

type Dict = Record<string, unknown>;
/** A row: grid column → cell text (merged-away cells absent). */
type Row = Map<number, string>;

const fold = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

// ───────────────────────────── expected, from the YAML ─────────────────────────────

/**
 * The file's YAML merged with its base's when it extends one, by the README's rules as far as the
 * examples use them: document fields and organisations key by key, the child winning; a plan
 * merged with the base's single plan, its rows by `id` (fields override, `remove: true` drops the
 * row, a new row goes `after:` / `before:` an id, else at the end of the plan).
 */
function source(file: string): { doc: Dict; plans: Dict[]; organisations: Dict } {
  const value = parse(readFileSync(file, 'utf8')) as Dict;
  const base = typeof value.extends === 'string' ? source(path.resolve(path.dirname(file), value.extends)) : undefined;
  const own = (value.plans as Dict[] | undefined) ?? (value.plan ? [value.plan as Dict] : undefined);
  const doc = { ...(base?.doc ?? {}), ...((value.document as Dict | undefined) ?? {}) };
  const plans = base && own ? own.map((p) => mergePlan(base.plans[0]!, p)) : (own ?? base?.plans ?? []);
  return { doc, plans, organisations: { ...(base?.organisations ?? {}), ...((value.organisations as Dict | undefined) ?? {}) } };
}

/** A child plan over its base's: keys override, rows merge by `id`. */
function mergePlan(base: Dict, child: Dict): Dict {
  const childRows = (child.items as Dict[] | undefined) ?? [];
  const byId = new Map(childRows.map((row) => [row.id, row]));
  const used = new Set<unknown>();
  const rows = (entries: Dict[]): Dict[] =>
    entries.flatMap((e) => {
      const over = e.id === undefined ? undefined : byId.get(e.id);
      if (over) used.add(e.id);
      if (over?.remove === true) return [];
      const merged = { ...e, ...(over ?? {}) };
      const out = Array.isArray(e.items) ? { ...merged, items: rows(e.items as Dict[]) } : merged;
      const after = childRows.filter((r) => r.after === e.id && e.id !== undefined);
      const before = childRows.filter((r) => r.before === e.id && e.id !== undefined);
      for (const r of [...after, ...before]) used.add(r.id);
      return [...before, out, ...after];
    });
  const items = rows(base.items as Dict[]);
  for (const r of childRows) if (!used.has(r.id)) items.push(r);
  return { ...base, ...child, items };
}

/** Rich text as printed: paragraphs and lines joined, a bullet item after the marker «–». */
function richText(text: unknown): string {
  if (text === undefined || text === null) return '';
  return fold(
    parseRichText(String(text))
      .flatMap((b) => (b.type === 'paragraph' ? [b.content] : b.items.map((i) => [{ type: 'text' as const, text: '– ' }, ...i])))
      .map((line) => line.map((i) => (i.type === 'text' ? i.text : ' ')).join(''))
      .join(' '),
  );
}

interface Directory {
  forms: Map<string, string>;
  orgs: Dict;
  introduced: Set<string>;
}

function directory(organisations: Dict): Directory {
  const forms = new Map<string, string>();
  for (const [key, v] of Object.entries(organisations)) {
    const o = typeof v === 'string' ? { name: v } : (v as Dict);
    for (const form of [key, String(o.short ?? key), String(o.name)]) if (!forms.has(form)) forms.set(form, key);
  }
  return { forms, orgs: organisations, introduced: new Set() };
}

/** An executor by the directory: short name, full name, or «full (далее – short)» on first use. */
function directoryName(dir: Directory, written: string): string {
  const key = dir.forms.get(written.trim());
  if (key === undefined) return written.trim();
  const v = dir.orgs[key];
  const o = typeof v === 'string' ? { name: v } : (v as Dict);
  const name = String(o.name);
  const short = String(o.short ?? key);
  switch (o.intro ?? 'short') {
    case 'full':
      return name;
    case 'define':
      if (dir.introduced.has(key)) return short;
      dir.introduced.add(key);
      return name === short ? name : `${name} (далее – ${short})`;
    default:
      return short;
  }
}

/** The printed numbers of a plan's rows by its numbering (README «Numbering»), in row order. */
function numbers(plan: Dict): string[] {
  const spec = typeof plan.numbering === 'object' && plan.numbering !== null ? (plan.numbering as Dict) : { mode: plan.numbering };
  const mode = String(spec.mode ?? 'hierarchical');
  const dot = plan.numberDot !== false;
  const formats = spec.formats as string[] | undefined;
  const restart = String(spec.restart ?? (mode === 'continuous' ? 'none' : 'section'));
  const format = (level: number): string => {
    if (formats) return formats[Math.min(level, formats.length) - 1]!;
    const f = mode === 'hierarchical' ? `${Array.from({ length: level - 1 }, (_, i) => `{${i + 1}}.`).join('')}{n}.` : '{n}.';
    return dot ? f : f.replace(/\.$/, '');
  };
  const label = (level: number, n: number, at: number[]) => format(level).replace(/\{(n|\d)\}/g, (_, k: string) => String(k === 'n' ? n : at[Number(k) - 1]));
  const out: string[] = [];
  const counters: Record<string, number> = {};
  const next = (key: string) => (counters[key] = (counters[key] ?? 0) + 1);
  const reset = (level: number) => {
    for (const k of Object.keys(counters)) if (Number(k.split(':')[1]) >= level) delete counters[k];
  };
  const walk = (entries: Dict[], level: number, at: number[]): void => {
    for (const e of entries) {
      if (e.task === undefined) {
        const isYear = e.section === undefined;
        const numbered = (e.numbered as boolean | undefined) ?? !isYear;
        if (!numbered || mode === 'continuous' || mode === 'explicit') {
          if (restart === 'year' && isYear) reset(mode === 'continuous' ? 0 : level);
          if (restart === 'section' && mode === 'continuous' && !isYear) reset(0);
          out.push(e.no !== undefined ? String(e.no) : '');
          walk(e.items as Dict[], level, at);
          continue;
        }
        const n = next(mode === 'hierarchical' ? `s:${level}` : `g:${level}`);
        out.push(e.no !== undefined ? String(e.no) : label(level, n, at));
        if (restart !== 'none') reset(level + 1);
        walk(e.items as Dict[], level + 1, [...at, n]);
      } else {
        const auto =
          mode === 'explicit' ? '' : mode === 'continuous' ? label(level, next('i:0'), at) : label(level, next(mode === 'hierarchical' ? `s:${level}` : `i:${level}`), at);
        out.push(e.no !== undefined ? String(e.no) : auto);
      }
    }
  };
  walk(plan.items as Dict[], 1, []);
  return out;
}

const ROLE_HEADERS: Record<string, string> = {
  number: '№ п/п', task: 'Задачи', deadline: 'Сроки реализации', executors: 'Ответственный исполнитель', result: 'Прогнозируемый результат', info: 'Информационное сопровождение',
};

interface ExpectedPlan {
  title: string;
  header: string[];
  /** Rows after the header: the column numbers (if printed), then group and item rows. */
  rows: Row[];
  /** Rows that may repeat at the top of following pages. */
  repeated: Row[];
}

function expectedPlans(file: string): ExpectedPlan[] {
  const { doc, plans, organisations } = source(file);
  const dir = directory(organisations);
  // An amending order with points restates single rows and carries no plan-graph (a new edition does).
  const amends = doc.amends as Dict | null | undefined;
  if (amends && amends.mode !== 'new-edition') return [];
  return plans.map((plan) => {
    const columns = ((plan.columns as unknown[] | undefined) ?? ['number', 'task', 'deadline', 'executors', 'result']).map((c) =>
      typeof c === 'string' ? { key: c, role: c, header: ROLE_HEADERS[c]! } : { key: String((c as Dict).role ?? (c as Dict).key), role: (c as Dict).role as string | undefined, header: String((c as Dict).header ?? ROLE_HEADERS[String((c as Dict).role)] ?? (c as Dict).key) },
    );
    const deadlines = (plan.deadlines ?? doc.deadlines) as Dict | undefined;
    const normalised = deadlines !== undefined && (deadlines.print === 'normalised' || (deadlines.print === undefined && ['dates', 'year', 'capitalize'].some((k) => deadlines[k] !== undefined)));
    const byDirectory = ((plan.executors ?? doc.executors) as Dict | undefined)?.print === 'directory';
    const periodYear = typeof plan.period === 'number' ? plan.period : undefined;
    const nos = numbers(plan);
    const header = columns.map((c) => c.header);
    const numbersRow: Row = new Map(columns.map((_, i) => [i, String(i + 1)]));
    const rows: Row[] = plan.numbersRow === false ? [] : [numbersRow];
    let k = 0;
    const walk = (entries: Dict[], year?: number): void => {
      for (const e of entries) {
        const no = nos[k++]!;
        if (e.task === undefined) {
          const title = e.section !== undefined ? richText(e.section) : `${String(e.year)} год`;
          rows.push(new Map([[0, fold(no ? `${no} ${title}` : title)]]));
          walk(e.items as Dict[], (e.year as number | undefined) ?? year);
          continue;
        }
        const merged = (e.merge as string[] | undefined) ?? [];
        const row: Row = new Map();
        columns.forEach((c, i) => {
          if (merged.includes(c.key)) return;
          let text: string;
          switch (c.role) {
            case 'number':
              text = no;
              break;
            case 'deadline': {
              const d = e.deadline;
              if (d === undefined) text = '';
              else if (typeof d !== 'string') text = formatDeadline(d as never, normalised ? deadlines : {});
              else {
                const read = parseDeadline(d, { defaultYear: year ?? periodYear });
                text = normalised && read.ok ? formatDeadline(read.deadline, deadlines as never) : d;
              }
              break;
            }
            case 'executors': {
              const x = e.executors;
              if (x === undefined) text = '';
              else if (!byDirectory) text = typeof x === 'string' ? x : (x as string[]).join(', ');
              else text = (typeof x === 'string' ? x.split(/[,;\n]/).filter((s) => s.trim()) : (x as string[])).map((n) => directoryName(dir, n)).join(', ');
              break;
            }
            case undefined: {
              const v = (e.extra as Dict | undefined)?.[c.key];
              text = v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
              break;
            }
            default:
              text = richText(e[c.role]);
          }
          row.set(i, fold(text));
        });
        rows.push(row);
      }
    };
    walk(plan.items as Dict[]);
    const repeated = plan.repeat === 'header' || plan.numbersRow === false ? [new Map(header.map((h, i) => [i, fold(h)]))] : [numbersRow];
    return { title: String(plan.title), header: header.map(fold), rows, repeated };
  });
}

// ───────────────────────────── actual, from the documents ─────────────────────────────

/** Every table row of the DOCX in order: grid column → text (vMerge continuations left out). */
function docxRows(bytes: Uint8Array): Row[] {
  const xml = readDocx(bytes).documentXml;
  const out: Row[] = [];
  // A table continued after a page break its layout made is read as the table it continues.
  for (const tbl of joinedTables(xml)) {
    for (const { xml: tr } of tbl.rows) {
      const row: Row = new Map();
      let col = 0;
      for (const tc of elements(tr.slice(tr.indexOf('>') + 1), 'w:tc')) {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
        if (!/<w:vMerge w:val="continue"\/>/.test(tc)) {
          // Break opportunities the writer adds (zero-width spaces in addresses) are no text.
          const text = elements(tc, 'w:p').map(paragraphText).join(' ').replace(/\u200b/g, '');
          row.set(col, fold(text));
        }
        col += span;
      }
      out.push(row);
    }
  }
  return out;
}

const rowText = (row: Row): string => [...row.entries()].map(([c, t]) => `${c}:${t}`).join(' | ');
/**
 * A row as the PDF comparison sees it: no white space, and no hyphens on either side — the PDF
 * hyphenates a word too wide for its column («откорректи-» / «ровала») and breaks a compound
 * after its own hyphen, and reading back cannot tell those apart.
 */
const squeezed = (row: Row): Row => new Map([...row].map(([c, t]) => [c, t.replace(/[\s\u00ad\u200b-]+/g, '')]));
const nonEmpty = (row: Row): Row => new Map([...row].filter(([, t]) => t !== ''));

/** The DOCX rows of each plan, from its header on. */
function docxPlans(rows: Row[], plans: ExpectedPlan[]): Row[][] {
  let from = 0;
  return plans.map((plan) => {
    const at = rows.findIndex((r, i) => i >= from && [...r.values()].join('|') === plan.header.join('|'));
    if (at < 0) return [];
    from = at + 1 + plan.rows.length;
    return rows.slice(at + 1, at + 1 + plan.rows.length);
  });
}

/** The PDF rows of each plan from its header on, columns told by the header cells' left edges; repeated heads dropped. */
function pdfPlans(pages: PdfCell[][][], plans: ExpectedPlan[]): Row[][] {
  const flat = pages.flatMap((rows, page) => rows.map((cells) => ({ page, cells })));
  let from = 0;
  return plans.map((plan) => {
    const bare = (t: string) => t.replace(/[\s\u00ad\u200b-]+/g, '');
    const header = plan.header.map(bare).join('|');
    const at = flat.findIndex((r, i) => i >= from && r.cells.map((c) => bare(c.text)).join('|') === header);
    if (at < 0) return [];
    const lefts = flat[at]!.cells.map((c) => c.left);
    const column = (c: PdfCell) => lefts.findIndex((l) => Math.abs(l - c.left) < 1);
    const out: Row[] = [];
    let page = flat[at]!.page;
    let i = at + 1;
    const repeated = plan.repeated.map((r) => rowText(squeezed(nonEmpty(r))));
    let opensPage = false;
    while (i < flat.length) {
      const { page: p, cells } = flat[i]!;
      const row: Row = squeezed(new Map(cells.map((c) => [column(c), c.text])));
      if (p !== page) {
        // A new page: the repeated head rows come first.
        if (repeated.includes(rowText(row))) {
          i++;
          continue;
        }
        page = p;
        opensPage = true;
      }
      // A row split across pages (too tall for the room under its table's title): its rest opens
      // the page, without a number, and belongs to the row above.
      const last = out.at(-1);
      if (opensPage && last && !row.has(0) && [...row.keys()].every((c) => c >= 0)) {
        for (const [c, t] of row) last.set(c, (last.get(c) ?? '') + t);
      } else if (out.length < plan.rows.length) out.push(row);
      else break;
      opensPage = false;
      i++;
    }
    from = i;
    return out;
  });
}

// ───────────────────────────── the test ─────────────────────────────

describe.each(EXAMPLES)('%s: every plan cell in both formats is the YAML value', (name) => {
  let result: RenderResult;
  let plans: ExpectedPlan[];

  beforeAll(async () => {
    const loaded = await loadRoadmapFile(path.join(DIR, name));
    if (!loaded.roadmap) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
    result = await render(loaded.roadmap, { now: NOW });
    plans = expectedPlans(path.join(DIR, name));
  }, 120_000);

  it('DOCX', () => {
    const actual = docxPlans(docxRows(result.docx!), plans);
    plans.forEach((plan, p) => {
      expect(actual[p]!.length, `${plan.title}: rows after the header`).toBe(plan.rows.length);
      expect(actual[p]!.map(rowText)).toEqual(plan.rows.map(rowText));
    });
  });

  it('PDF', async () => {
    const actual = pdfPlans(await pdfCellRows(result.pdf!), plans);
    plans.forEach((plan, p) => {
      expect(actual[p]!.length, `${plan.title}: rows after the header`).toBe(plan.rows.length);
      // The PDF shows no empty cell: compare the cells with text, each in its column.
      expect(actual[p]!.map(rowText)).toEqual(plan.rows.map((r) => rowText(squeezed(nonEmpty(r)))));
    });
  });
});
