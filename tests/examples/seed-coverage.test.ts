/**
 * The examples in examples/ reproduce the three seed documents (tests/fixtures/seeds/) row by row,
 * and what they print is the original's cells.
 *
 * The seed's table is rebuilt from the extracted text: rows broken at page ends are joined back,
 * so every seed row is a bag of cell pieces. Corrections of the extraction's own mistakes (a word
 * repeated across a page break, a header that leaked into a cell) are listed in
 * SEEDS[].corrections and applied to the seed text first; the documents themselves are not
 * corrected (their typos print as written).
 *
 * 1. The YAML (parsed with the `yaml` package only): for every plan item, in order, its number
 *    (by the plan's numbering) equals the seed row's; its task, deadline, executors, result and
 *    info are each a concatenation of pieces of that seed row, and what is left of the row are its
 *    levels (seed 004) — nothing else. Compared modulo whitespace, quote and dash style.
 * 2. The printed documents (DOCX and PDF, read back): every cell of every item row but the number
 *    is a concatenation of pieces of its seed row, exactly (only the amount of white space may
 *    differ; the PDF's without white space, its lines being broken where the page needs), and the
 *    cells use up the whole row. The count of differing cells is 0 of 235 (seed 001), 170 (004)
 *    and 189 (000) cells with text (issue 11 counted 77 of 235 and 54 of 170 before).
 * So dropping a row, swapping rows, rewording a deadline or an executor, or forgetting a
 * continuation line fails.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRoadmapFile } from '../../src/load/index.js';
import type { Item, PlanEntry } from '../../src/model/roadmap.js';
import { render, type RenderResult } from '../../src/render.js';
import { elements, paragraphText, readDocx } from '../support/docx-read.js';
import { pdfCellRows } from '../support/pdf-cells.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// ───────────────────────────── normalisation ─────────────────────────────

function norm(s: string): string {
  return s
    .replace(/<\/?p>/g, ' ')
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .replace(/[«»„“”]/g, '"')
    .replace(/[–—−‑]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/(\d)\s*(г\.|год)/g, '$1 $2')
    .trim();
}

const lower = (s: string): string => norm(s).toLowerCase();

// ───────────────────────────── seeds ─────────────────────────────

interface Piece {
  text: string;
  /** Column index in the extracted line (continuation lines keep their columns). */
  col: number;
}
interface SeedRow {
  no: string;
  /** Normalised non-empty cell pieces (main line and continuation lines), without the number. */
  pieces: Piece[];
}

const pieces = (cells: string[], from = 0, same = norm): Piece[] =>
  cells.map((c, col) => ({ text: same(c), col })).filter((p) => p.col >= from && p.text !== '');

/** The row's cells with page-break continuations joined back, column by column. */
function columns(ps: Piece[]): string[] {
  const out: string[] = [];
  for (const p of ps) out[p.col] = out[p.col] === undefined ? p.text : norm(`${out[p.col]} ${p.text}`);
  return out.filter((c) => c !== undefined);
}
interface SeedSection {
  no: string;
  title: string;
}
interface Seed {
  rows: SeedRow[];
  sections: SeedSection[];
  /** The whole seed text, normalised. */
  text: string;
}

/** Seed 000: one cell per line (a line starting with a tab), rows separated by blank lines. */
function parseVertical(text: string, same = norm): Seed {
  const rows: SeedRow[] = [];
  const sections: SeedSection[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const cells: string[] = [];
    for (const line of block.split('\n')) {
      if (/^\s*\t/.test(line)) cells.push(line.replace(/^\s*\t/, ''));
      else if (cells.length > 0) cells[cells.length - 1] += ' ' + line;
    }
    const no = norm(cells[0] ?? '');
    if (!/^\d+(\.\d+)*\.$/.test(no)) continue;
    const ps = pieces(cells, 1, same);
    if (/^\d+\.$/.test(no)) sections.push({ no, title: ps.map((p) => p.text).join(' ') });
    else rows.push({ no, pieces: ps });
  }
  return { rows, sections, text: norm(text) };
}

/** Seeds 001, 004: one row per line, tab-separated; a line starting with a tab continues the row. */
function parseHorizontal(text: string, same = norm): Seed {
  const rows: SeedRow[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    if (/^\d+\.?\t/.test(line)) {
      rows.push({ no: norm(cells[0] ?? ''), pieces: pieces(cells, 1, same) });
    } else if (line.startsWith('\t') && rows.length > 0) {
      rows[rows.length - 1]!.pieces.push(...pieces(cells, 0, same));
    }
  }
  return { rows, sections: [], text: norm(text) };
}

interface SeedCase {
  example: string;
  seed: string;
  /** The seed's rows; `same` makes each piece's text comparable (default: `norm`). */
  parse: (text: string, same?: (s: string) => string) => Seed;
  items: number;
  /** [as extracted, as in the document]: corrections of the extraction, applied to the seed text. */
  corrections: [string, string][];
  /** Cells with text in the item rows, the number column left out. */
  cells: number;
}

const SEEDS: SeedCase[] = [
  {
    example: 'khabarovsk-500plus-2022.yaml',
    seed: '000_53f4eec78560cb09.txt',
    parse: parseVertical,
    items: 39,
    corrections: [],
    cells: 189,
  },
  {
    example: 'gorokhovets-order-2022.yaml',
    seed: '001_7680f41c24c846e3.txt',
    parse: parseHorizontal,
    items: 47,
    corrections: [],
    cells: 235,
  },
  {
    example: 'kalmykia-order-2022.yaml',
    seed: '004_c8175a3c917fff77.txt',
    parse: parseHorizontal,
    items: 34,
    corrections: [
      // Row 9: the word «условиях» is repeated on both sides of the page break.
      ['\tусловиях, путем распространения', '\t, путем распространения'],
      // Row 1: the column header leaked into the levels cell.
      ['\tУровни реализации региональный муниципальный', '\tрегиональный муниципальный'],
    ],
    // 170 cells, two of them empty in the original (row 5's result, row 26's levels).
    cells: 168,
  },
];

// ───────────────────────────── examples ─────────────────────────────

type Dict = Record<string, unknown>;

interface FlatItem {
  no: string;
  item: Dict;
}

function asList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

/** Items in order with their printed numbers; groups' section titles with theirs. */
function flatten(plan: Dict): { items: FlatItem[]; sections: SeedSection[] } {
  const mode = String(plan.numbering ?? 'hierarchical');
  const items: FlatItem[] = [];
  const sections: SeedSection[] = [];
  let counter = 0;
  let sectionNo = 0;
  const walk = (entries: unknown[], prefix: string): void => {
    let local = 0;
    for (const e of entries as Dict[]) {
      if ('items' in e && !('task' in e)) {
        sectionNo += 1;
        const no = e.no !== undefined ? String(e.no) : `${sectionNo}.`;
        if (e.section !== undefined) sections.push({ no, title: norm(String(e.section)) });
        walk(e.items as unknown[], mode === 'hierarchical' ? no : '');
      } else {
        counter += 1;
        local += 1;
        const no =
          e.no !== undefined ? String(e.no)
          : mode === 'hierarchical' ? `${prefix}${local}.`
          : mode === 'per-section' ? `${local}.`
          : `${counter}.`;
        items.push({ no, item: e });
      }
    }
  };
  walk(plan.items as unknown[], '');
  return { items, sections };
}

/** Consume `value` as a concatenation of unused pieces; returns the indices used, or undefined. */
function consume(value: string, ps: Piece[], used: Set<number>): number[] | undefined {
  if (value === '') return [];
  const order = ps.map((_, i) => i).sort((a, b) => ps[b]!.text.length - ps[a]!.text.length);
  for (const i of order) {
    const p = ps[i]!.text;
    if (used.has(i) || !value.startsWith(p)) continue;
    used.add(i);
    const rest = consume(value.slice(p.length).trim(), ps, used);
    if (rest) return [i, ...rest];
    used.delete(i);
  }
  return undefined;
}

const itemsOf = (entries: readonly PlanEntry[]): Item[] => entries.flatMap((e) => (e.type === 'item' ? [e] : itemsOf(e.entries)));

/** Executors as written: a string, or a list printed joined by «, ». */
const executorsText = (v: unknown): string => (v === undefined ? '' : Array.isArray(v) ? v.map(String).join(', ') : String(v));

/** Exact text: only the amount of white space may differ. */
const exact = (s: string): string => s.replace(/<\/?p>/g, ' ').replace(/\[bookmark: [^\]]*\]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Each seed row's pieces, exactly as extracted (white space folded). */
const exactRows = (text: string, parseSeed: SeedCase['parse']): string[][] => parseSeed(text, exact).rows.map((r) => r.pieces.map((p) => p.text));

/** The cells of a printed row that are not a concatenation of the row's pieces, and the pieces left over. */
function differingCells(cells: string[], pieces: string[], same: (s: string) => string): { differ: string[]; left: string[] } {
  const ps: Piece[] = pieces.map((text, col) => ({ text: same(text), col })).filter((p) => p.text !== '');
  const used = new Set<number>();
  const differ = cells.map(same).filter((cell) => cell !== '' && consume(cell, ps, used) === undefined);
  return { differ, left: ps.filter((_, i) => !used.has(i)).map((p) => p.text) };
}

// ───────────────────────────── tests ─────────────────────────────

for (const c of SEEDS) {
  describe(`${c.example} reproduces seed ${c.seed}`, () => {
    let seedText = readFileSync(here(`../fixtures/seeds/${c.seed}`), 'utf8');
    for (const [from, to] of c.corrections) {
      expect(seedText.includes(from), `correction source «${from}» not in the seed`).toBe(true);
      seedText = seedText.replace(from, to);
    }
    const seed = c.parse(seedText);
    const doc = parse(readFileSync(here(`../../examples/${c.example}`), 'utf8')) as Dict;
    const plans = (doc.plans as Dict[] | undefined) ?? [doc.plan as Dict];
    const plan = plans[0]!;
    const { items, sections } = flatten(plan);
    const levelsColumn = (plan.columns as unknown[]).find(
      (col): col is Dict => typeof col === 'object' && col !== null && (col as Dict).key === 'levels',
    );
    const levelValues = asList(levelsColumn?.values).map((v) => v.toLowerCase());

    it('starts with the schema modeline', () => {
      const first = readFileSync(here(`../../examples/${c.example}`), 'utf8').split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=../schemas/roadmap.schema.json');
    });

    it(`has all ${c.items} rows of the seed, in order`, () => {
      expect(seed.rows.length).toBe(c.items);
      expect(items.length).toBe(c.items);
      expect(items.map((i) => i.no.replace(/\.$/, ''))).toEqual(seed.rows.map((r) => r.no.replace(/\.$/, '')));
    });

    it('has the seed sections', () => {
      expect(sections).toEqual(seed.sections);
    });

    it('every item is its seed row: task, deadline, executors, result, info, levels', () => {
      const problems: string[] = [];
      items.forEach(({ no, item }, k) => {
        const row = seed.rows[k];
        if (!row) return;
        const used = new Set<number>();
        for (const field of ['task', 'deadline', 'executors', 'result', 'info'] as const) {
          const v = field === 'executors' ? executorsText(item.executors) : item[field];
          if (v === undefined || v === '') continue;
          if (typeof v !== 'string') {
            problems.push(`${no} ${field}: not a string`);
            continue;
          }
          // «\-» prints a hyphen as written (no list marker).
          if (consume(norm(v.replace(/^\\-/gm, '-')), row.pieces, used) === undefined) {
            problems.push(`${no} ${field}: «${norm(v)}» is not in seed row ${row.no}`);
          }
        }
        // What is left of the row: levels, separators.
        let rest = columns(row.pieces.filter((_, i) => !used.has(i))).join(' , ').toLowerCase();
        const extra = (item.extra ?? {}) as Dict;
        for (const level of asList(extra.levels)) {
          if (!levelValues.includes(level.toLowerCase())) problems.push(`${no} level ${level}: not a value of the column`);
          const before = rest;
          rest = rest.replace(new RegExp(`(^|[\\s,])${level.toLowerCase()}(?=$|[\\s,])`, 'u'), '$1 ');
          if (rest === before) problems.push(`${no} level ${level}: not in seed row`);
        }
        if (!/^[\s,;()]*$/.test(rest)) problems.push(`${no}: seed text not in the example: «${rest.trim()}»`);
      });
      expect(problems).toEqual([]);
    });

    it('every deadline is a whole cell of its seed row', () => {
      const missing = items
        .map(({ no, item }, k) => [no, item.deadline, columns(seed.rows[k]?.pieces ?? [])] as const)
        .filter(([, d, cells]) => typeof d !== 'string' || !cells.includes(norm(d)));
      expect(missing).toEqual([]);
    });

    it('every organisation of the directory is found among the executors as written', async () => {
      const { roadmap } = await loadRoadmapFile(here(`../../examples/${c.example}`));
      const found = new Set(roadmap!.plans.flatMap((p) => itemsOf(p.entries)).flatMap((i) => i.executors).flatMap((e) => (e.type === 'organisation' ? [e.key] : [])));
      expect([...roadmap!.organisations.keys()].filter((k) => !found.has(k))).toEqual([]);
    });

    it('titles, preamble, points and signatories are the seed’s', () => {
      const d = doc.document as Dict;
      const texts: string[] = [String(plan.title), String(plan.subtitle)];
      for (const key of ['title', 'preamble'] as const) if (d[key] !== undefined) texts.push(String(d[key]));
      for (const p of asList(d.points)) texts.push(p.replace(/\{appendix(:[\w.-]+)?\}/g, '1'));
      const signatories = [...((d.signatories as Dict[] | undefined) ?? []), ...((plan.signatories as Dict[] | undefined) ?? [])];
      expect(signatories.length).toBeGreaterThan(0);
      for (const s of signatories) texts.push(String(s.position), String(s.name));
      const authority = d.authority as Dict | undefined;
      if (authority) texts.push(...asList(authority.name));
      if (d.place !== undefined) texts.push(String(d.place));
      if (d.number !== undefined) texts.push(`№ ${String(d.number)}`);
      const missing = texts.filter((t) => !seed.text.includes(norm(t)));
      expect(missing).toEqual([]);
    });

    describe('printed: every cell of every item row is the original’s', () => {
      let result: RenderResult;
      const pieces = exactRows(seedText, c.parse);
      const numberColumn = (plan.columns as unknown[]).findIndex((col) => col === 'number' || (col as Dict).role === 'number');

      beforeAll(async () => {
        const loaded = await loadRoadmapFile(here(`../../examples/${c.example}`));
        result = await render(loaded.roadmap!, { now: '2022-02-14T00:00:00Z' });
      }, 120_000);

      /** The item rows' cells (the number left out) from printed rows whose number cell is an item's number. */
      const itemRows = (rows: { no: string; cells: string[] }[]): string[][] => {
        const wanted = items.map((i) => i.no.replace(/\.$/, ''));
        const out: string[][] = [];
        for (const row of rows) {
          const numbersRow = row.cells.every((cell, i) => cell === String(i + 2));
          if (!numbersRow && out.length < wanted.length && row.no.replace(/\.$/, '') === wanted[out.length]) out.push(row.cells);
        }
        return out;
      };

      const check = (rows: string[][], same: (s: string) => string): void => {
        expect(rows.length).toBe(c.items);
        let total = 0;
        const problems: string[] = [];
        rows.forEach((cells, k) => {
          total += cells.filter((cell) => same(cell) !== '').length;
          const { differ, left } = differingCells(cells, pieces[k]!, same);
          for (const cell of differ) problems.push(`${items[k]!.no} printed «${cell}», not in the original's row`);
          if (left.length > 0) problems.push(`${items[k]!.no} original's text not printed: «${left.join(' | ')}»`);
        });
        expect(problems).toEqual([]);
        expect(total).toBe(c.cells);
      };

      it('DOCX', () => {
        const xml = readDocx(result.docx!).documentXml;
        const rows = elements(xml, 'w:tr').map((tr) => {
          const cells = elements(tr.slice(tr.indexOf('>') + 1), 'w:tc').map((tc) =>
            // Break opportunities the writer adds (zero-width spaces in addresses) are no text.
            exact(elements(tc, 'w:p').map(paragraphText).join(' ').replace(/\u200b/g, '')),
          );
          return { no: cells[numberColumn] ?? '', cells: cells.filter((_, i) => i !== numberColumn) };
        });
        check(itemRows(rows), exact);
      });

      it('PDF', async () => {
        const pages = await pdfCellRows(result.pdf!);
        // Columns by the left edges of the header row's cells (empty cells are not read).
        const header = pages.flat().find((row) => row.length === (plan.columns as unknown[]).length && row.some((cell) => /№/.test(cell.text)))!;
        const lefts = header.map((cell) => cell.left);
        const read = pages.flat().map((row) => {
          const cells = lefts.map(() => '');
          for (const cell of row) {
            const i = lefts.findIndex((l) => Math.abs(l - cell.left) < 1);
            if (i >= 0) cells[i] = exact(cell.text);
          }
          return { no: exact(cells[numberColumn] ?? ''), cells: cells.filter((_, i) => i !== numberColumn) };
        });
        // A row split across pages (too tall for the room under its table's title): its rest comes
        // after the repeated number row, without a number, and belongs to the row before.
        const rows: typeof read = [];
        read.forEach((row, k) => {
          const before = read[k - 1];
          const afterNumbers = before !== undefined && before.cells.every((cell, i) => cell === String(i + 2));
          if (row.no === '' && afterNumbers && rows.length >= 2) {
            const item = rows[rows.length - 2]!;
            item.cells = item.cells.map((cell, i) => cell + (row.cells[i] ?? ''));
          } else rows.push(row);
        });
        // No white space or hyphens on either side: the PDF breaks lines at spaces, after a hyphen,
        // and inside a word it hyphenates; reading back cannot tell these apart.
        check(itemRows(rows), (s) => s.replace(/[\s\u00a0\u00ad\u200b-]+/g, ''));
      });
    });
  });
}
