/**
 * The text around the plan tables: an approval stamp above a plan (its lines read by
 * approval-stamp.ts; also in a borderless table, as people lay stamps out), the plan's title
 * («ПЛАН-ГРАФИК», «План мероприятий», «Дорожная карта» …) and subtitle right above its table,
 * and the signatures right below it (position lines, the name after a tab or spaces: «Начальник
 * управления / общего образования → Е.В. Матаржук»; or side by side in a table). Everything else
 * outside the plan tables — the text of an order or a letter, an appendix mark, notes — is not
 * imported and is reported by the paragraphs it takes.
 */
import type { ApprovalInput, SignatoryInput } from '../model/roadmap-input.js';
import { NAME, readApprovalStamp, STAMP_WORD } from './approval-stamp.js';
import { cellLines } from './cell-text.js';
import type { ImportLocation } from './location.js';
import type { PlanTable, SkippedTable } from './plan-tables.js';
import { paragraphPlain, type BodyBlock, type WordParagraph } from './word-body.js';

export interface PlanSurroundings {
  title?: string;
  subtitle?: string;
  approval?: ApprovalInput;
  gender?: 'f' | 'n' | 'pl';
  signatories: SignatoryInput[];
  sideBySide: boolean;
}

export interface Surroundings {
  plans: PlanSurroundings[];
  /** Runs of paragraphs not imported: where, and their first words. */
  skippedText: { at: ImportLocation; excerpt: string }[];
  /** Tables not imported (not used as a stamp or signature). */
  skippedTables: SkippedTable[];
  /** Stamps whose lines could not be read. */
  unreadStamps: { at: ImportLocation; excerpt: string }[];
  /** Plans without a title: where their table starts. */
  untitled: number[];
}

const TITLE = /^[«"„]?\s*(?:план(?![а-яё])|дорожн[а-яё]* карт|перечень|комплекс мероприятий|календарн[а-яё]* план|график\b|мероприятия\b)/iu;
/** The name at the end of a signature line, after a tab, two spaces or a signature line «____». */
const SIGN_LINE = /^(.*?)(?:\t+|\s{2,}|_{3,}\s*)([^\t]+?)\s*$/u;
const MAX_TITLE_PARAGRAPHS = 6;
const MAX_POSITION_LINES = 4;

/** The body being read, and what of it the plans' surroundings have taken. */
interface BodyReading {
  blocks: readonly BodyBlock[];
  /** Paragraphs taken (as a stamp, a title or signatures). */
  used: Set<number>;
  /** Tables taken (as a stamp or signatures side by side). */
  usedTables: Set<number>;
  /** The tables that are not plans, by block index. */
  tableAt: Map<number, SkippedTable>;
}

export function readSurroundings(blocks: readonly BodyBlock[], plans: readonly PlanTable[], skipped: readonly SkippedTable[]): Surroundings {
  const reading: BodyReading = { blocks, used: new Set(), usedTables: new Set(), tableAt: new Map(skipped.map((s) => [s.block, s])) };
  const { used, usedTables, tableAt } = reading;
  const out: Surroundings = { plans: [], skippedText: [], skippedTables: [], unreadStamps: [], untitled: [] };

  plans.forEach((plan, i) => {
    const regionStart = i === 0 ? 0 : plans[i - 1]!.lastBlock + 1;
    const surroundings: PlanSurroundings = { signatories: [], sideBySide: false };
    // The previous plan's signatures come first in the region between two plans.
    const from = i === 0 ? regionStart : signatures(reading, regionStart, plan.firstBlock, out.plans[i - 1]!);
    const stampEnd = stamp(reading, from, plan.firstBlock, surroundings, out);
    title(reading, Math.max(from, stampEnd), plan.firstBlock, surroundings);
    if (surroundings.title === undefined) out.untitled.push(plan.grids[0]!.table.number);
    out.plans.push(surroundings);
  });
  if (plans.length > 0) signatures(reading, plans[plans.length - 1]!.lastBlock + 1, blocks.length, out.plans[out.plans.length - 1]!);

  // What is left: runs of paragraphs with text, and tables.
  let run: { first: number; last: number; excerpt: string } | undefined;
  const flush = () => {
    if (run) out.skippedText.push({ at: { paragraph: run.first, paragraphEnd: run.last }, excerpt: run.excerpt });
    run = undefined;
  };
  const planBlocks = new Set<number>();
  for (const p of plans) for (let i = p.firstBlock; i <= p.lastBlock; i++) planBlocks.add(i);
  const inPlan = (index: number) => planBlocks.has(index);
  blocks.forEach((b, index) => {
    if (b.type === 'table') {
      flush();
      const s = tableAt.get(index);
      if (s && !usedTables.has(index)) out.skippedTables.push(s);
      return;
    }
    if (inPlan(index) || used.has(index) || isBlank(b.paragraph)) return;
    if (run && run.last === b.number - 1) run.last = b.number;
    else {
      flush();
      run = { first: b.number, last: b.number, excerpt: excerpt(lines(b.paragraph).join(' ')) };
    }
  });
  flush();
  return out;
}

/** Signatures from `from` on (before `to`); returns where the rest of the region starts. */
function signatures({ blocks, used, usedTables, tableAt }: BodyReading, from: number, to: number, into: PlanSurroundings): number {
  let i = from;
  while (i < to) {
    const b = blocks[i]!;
    if (b.type === 'table') {
      const side = tableAt.get(i) ? sideBySide(tableAt.get(i)!) : undefined;
      if (!side) return i;
      into.signatories.push(...side);
      into.sideBySide = true;
      usedTables.add(i);
      i++;
      continue;
    }
    if (isBlank(b.paragraph)) {
      i++;
      continue;
    }
    // A run of paragraphs with no blank between: position lines, the last with the name.
    const run: number[] = [];
    let j = i;
    while (j < to && run.length <= MAX_POSITION_LINES) {
      const p = blocks[j]!;
      if (p.type !== 'paragraph' || isBlank(p.paragraph)) break;
      run.push(j);
      const text = lines(p.paragraph);
      if (signLine(text[text.length - 1]!)) break;
      j++;
    }
    const lastIndex = run[run.length - 1]!;
    const last = blocks[lastIndex]!;
    const lastLines = last.type === 'paragraph' ? lines(last.paragraph) : [];
    const sign = signLine(lastLines[lastLines.length - 1] ?? '');
    if (!sign) return i;
    const position = [...run.slice(0, -1).flatMap((k) => lines((blocks[k] as { paragraph: WordParagraph }).paragraph)), ...lastLines.slice(0, -1), sign.position].filter((l) => l !== '');
    if (position.length === 0 || position.length > MAX_POSITION_LINES) return i;
    into.signatories.push({ position: position.join('\n'), name: sign.name });
    for (const k of run) used.add(k);
    i = lastIndex + 1;
  }
  return i;
}

/** «Начальник управления\tЕ.В. Матаржук» → position and name. */
function signLine(line: string): { position: string; name: string } | undefined {
  const m = SIGN_LINE.exec(line);
  if (m && NAME.test(` ${m[2]!}`) && m[2]!.length <= 40) return { position: m[1]!.trim(), name: m[2]!.trim() };
  return undefined;
}

/** A table of one row whose every cell is a signature: position lines, the name on the last. */
function sideBySide(table: SkippedTable): SignatoryInput[] | undefined {
  const rows = table.grid.rows;
  if (rows.length !== 1) return undefined;
  const out: SignatoryInput[] = [];
  for (const c of rows[0]!.cells) {
    const text = cellLines(c.cell.paragraphs);
    if (text.length === 0) continue;
    const raw = c.cell.paragraphs.flatMap((p) => lines(p));
    const sign = signLine(raw[raw.length - 1] ?? '');
    if (!sign) return undefined;
    const position = [...raw.slice(0, -1), sign.position].map((l) => l.trim()).filter((l) => l !== '');
    if (position.length === 0) return undefined;
    out.push({ position: position.join('\n'), name: sign.name });
  }
  return out.length > 0 ? out : undefined;
}

/** The approval stamp in `[from, to)`: returns the index after it (or `from` when there is none). */
function stamp({ blocks, used, usedTables, tableAt }: BodyReading, from: number, to: number, into: PlanSurroundings, out: Surroundings): number {
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (b.type === 'table') {
      const s = tableAt.get(i);
      const cell = s?.grid.rows.length === 1 ? s.grid.rows[0]!.cells.map((c) => cellLines(c.cell.paragraphs)).find((l) => STAMP_WORD.test(l[0] ?? '')) : undefined;
      if (!cell) continue;
      usedTables.add(i);
      take(cell, { table: s!.grid.table.number }, into, out);
      return i + 1;
    }
    const first = lines(b.paragraph)[0] ?? '';
    if (!STAMP_WORD.test(first.trim())) continue;
    const stampLines: string[] = [];
    let j = i;
    for (; j < to && stampLines.length < 10; j++) {
      const p = blocks[j]!;
      if (p.type !== 'paragraph' || isBlank(p.paragraph)) break;
      const text = lines(p.paragraph);
      if (j > i && TITLE.test(text[0] ?? '')) break;
      stampLines.push(...text);
      used.add(j);
      if (/^(?:от\s|\(?\s*протокол\s)/iu.test(text[text.length - 1]!.trim())) {
        j++;
        break;
      }
    }
    take(stampLines, { paragraph: b.number, paragraphEnd: (blocks[j - 1] as { number: number }).number }, into, out);
    return j;
  }
  return from;
}

function take(stampLines: string[], at: ImportLocation, into: PlanSurroundings, out: Surroundings): void {
  const read = readApprovalStamp(stampLines);
  if (!read) {
    out.unreadStamps.push({ at, excerpt: excerpt(stampLines.join(' ')) });
    return;
  }
  into.approval = read.approval;
  if (read.gender) into.gender = read.gender;
}

/** Title and subtitle: the paragraphs right above the table, from the one that names the plan. */
function title({ blocks, used }: BodyReading, from: number, to: number, into: PlanSurroundings): void {
  const found: number[] = [];
  for (let i = to - 1; i >= from && found.length < MAX_TITLE_PARAGRAPHS; i--) {
    const b = blocks[i]!;
    if (b.type === 'table' || used.has(i) || b.paragraph.sectionEnd) break;
    if (isBlank(b.paragraph)) continue;
    found.unshift(i);
    if (b.paragraph.pageBreak) break;
  }
  const text = (i: number) => lines((blocks[i] as { paragraph: WordParagraph }).paragraph);
  let at = found.findIndex((i) => TITLE.test(text(i)[0] ?? ''));
  if (at < 0 && found.length > 0 && found.length <= 3 && text(found[0]!).join(' ').length <= 200) at = 0;
  if (at < 0) return;
  const [head, ...below] = found.slice(at);
  const untabbed = (i: number) => text(i).map((l) => l.replace(/\s+/g, ' '));
  into.title = untabbed(head!).join('\n');
  const subtitle = below.flatMap(untabbed);
  if (subtitle.length > 0) into.subtitle = subtitle.join('\n');
  for (const i of found.slice(at)) used.add(i);
}

/** The lines of a paragraph (line breaks split it), whitespace folded; tabs kept for signature lines. */
function lines(p: WordParagraph): string[] {
  return paragraphPlain(p).split('\n').map((l) => l.replace(/[ \u00a0]+/g, (s) => (s.length > 1 ? '  ' : ' ')).trim());
}

function isBlank(p: WordParagraph): boolean {
  return !p.list && p.inlines.every((i) => i.type !== 'text' || i.text.trim() === '');
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 60).trimEnd()}…` : t;
}
