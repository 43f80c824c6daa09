/**
 * The examples in examples/ reproduce the three seed documents (tests/fixtures/seeds/) row by row.
 *
 * Each example is parsed with the `yaml` package only (independent of the loader). The seed's
 * table is rebuilt from the extracted text: rows broken at page ends are joined back, so every
 * seed row is a bag of cell pieces. Then, for every plan item, in order:
 *   - its number (by the plan's numbering) equals the seed row's number;
 *   - its task, deadline, result and info are each a concatenation of pieces of that seed row;
 *   - what is left of the row are exactly its executors (by full name, short name, «… (далее – …)»
 *     or a documented spelling variant) and, in seed 004, its levels — nothing else.
 * So dropping a row, swapping rows, mangling a deadline or forgetting a continuation line fails.
 *
 * Comparison is modulo whitespace, quote style («» vs "") and dash style (– vs -), spaces around
 * dashes, before punctuation and before «г.». Deliberate corrections of the seed are listed in
 * SEEDS[].corrections and applied to the seed text before comparing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

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

const pieces = (cells: string[], from = 0): Piece[] =>
  cells.map((c, col) => ({ text: norm(c), col })).filter((p) => p.col >= from && p.text !== '');

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
function parseVertical(text: string): Seed {
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
    const ps = pieces(cells, 1);
    if (/^\d+\.$/.test(no)) sections.push({ no, title: ps.map((p) => p.text).join(' ') });
    else rows.push({ no, pieces: ps });
  }
  return { rows, sections, text: norm(text) };
}

/** Seeds 001, 004: one row per line, tab-separated; a line starting with a tab continues the row. */
function parseHorizontal(text: string): Seed {
  const rows: SeedRow[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    if (/^\d+\.?\t/.test(line)) {
      rows.push({ no: norm(cells[0] ?? ''), pieces: pieces(cells, 1) });
    } else if (line.startsWith('\t') && rows.length > 0) {
      rows[rows.length - 1]!.pieces.push(...pieces(cells));
    }
  }
  return { rows, sections: [], text: norm(text) };
}

interface SeedCase {
  example: string;
  seed: string;
  parse: (text: string) => Seed;
  items: number;
  /** [as in the seed, as in the example]: deliberate corrections, applied to the seed text. */
  corrections: [string, string][];
  /** Organisation key → other spellings of it in the seed. */
  aliases: Record<string, string[]>;
}

const SEEDS: SeedCase[] = [
  {
    example: 'khabarovsk-500plus-2022.yaml',
    seed: '000_53f4eec78560cb09.txt',
    parse: parseVertical,
    items: 39,
    corrections: [['"500+"в средствах', '"500+" в средствах']],
    aliases: {},
  },
  {
    example: 'gorokhovets-order-2022.yaml',
    seed: '001_7680f41c24c846e3.txt',
    parse: parseHorizontal,
    items: 47,
    corrections: [
      // Row 8: missing opening / closing quotes of two course titles.
      ['<p>- Организация методической работы', '<p>- «Организация методической работы'],
      ['требований ФГОС НОО</p>', 'требований ФГОС НОО»</p>'],
    ],
    aliases: {},
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
    aliases: {
      'МОиН РК': ['МОиНРК', 'МО И Н РК', 'Мойн РК'],
    },
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

interface Org {
  key: string;
  forms: string[];
}

function organisations(doc: Dict, aliases: Record<string, string[]>): Map<string, Org> {
  const out = new Map<string, Org>();
  for (const [key, v] of Object.entries((doc.organisations ?? {}) as Dict)) {
    const o = typeof v === 'string' ? { name: v } : (v as Dict);
    const name = String(o.name);
    const short = o.short !== undefined ? String(o.short) : key;
    const shorts = [short, ...(aliases[key] ?? [])];
    const forms = [...shorts.flatMap((s) => [`${name} (далее – ${s})`, `${name} (${s})`]), name, ...shorts];
    out.set(key, { key, forms: [...new Set(forms.map(lower))].sort((a, b) => b.length - a.length) });
  }
  return out;
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
    const orgs = organisations(doc, c.aliases);
    const levelsColumn = (plan.columns as unknown[]).find(
      (col): col is Dict => typeof col === 'object' && col !== null && (col as Dict).key === 'levels',
    );
    const levelValues = asList(levelsColumn?.values);

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

    it('every item is its seed row: task, deadline, result, info, executors, levels', () => {
      const problems: string[] = [];
      items.forEach(({ no, item }, k) => {
        const row = seed.rows[k];
        if (!row) return;
        const used = new Set<number>();
        for (const field of ['task', 'deadline', 'result', 'info'] as const) {
          const v = item[field];
          if (v === undefined) continue;
          if (typeof v !== 'string') {
            problems.push(`${no} ${field}: not a string`);
            continue;
          }
          if (consume(norm(v), row.pieces, used) === undefined) {
            problems.push(`${no} ${field}: «${norm(v)}» is not in seed row ${row.no}`);
          }
        }
        // What is left of the row: executors, levels, separators.
        let rest = columns(row.pieces.filter((_, i) => !used.has(i))).join(' , ').toLowerCase();
        const executors = asList(item.executors).map((e) => orgs.get(e) ?? { key: e, forms: [lower(e)] });
        // Executors in the seed's order.
        const positions = executors.map((e) => {
          const form = e.forms.find((f) => rest.includes(f));
          return form === undefined ? -1 : rest.indexOf(form);
        });
        if (positions.some((p, i) => i > 0 && p < positions[i - 1]!)) {
          problems.push(`${no} executors not in the seed's order: «${rest}»`);
        }
        executors.sort((a, b) => b.forms[0]!.length - a.forms[0]!.length);
        for (const e of executors) {
          if (!e.forms.some((f) => rest.includes(f))) problems.push(`${no} executor ${e.key}: not in seed row «${rest}»`);
          for (const f of e.forms) rest = rest.split(f).join(' ');
        }
        const extra = (item.extra ?? {}) as Dict;
        for (const level of asList(extra.levels)) {
          if (!levelValues.includes(level)) problems.push(`${no} level ${level}: not a value of the column`);
          const before = rest;
          rest = rest.replace(new RegExp(`(^|[\\s,])${level}(?=$|[\\s,])`, 'u'), '$1 ');
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

    it('every organisation of the directory is used', () => {
      const used = new Set(items.flatMap(({ item }) => asList(item.executors)));
      expect([...orgs.keys()].filter((k) => !used.has(k))).toEqual([]);
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
  });
}
