/**
 * Hand-built `Roadmap` objects for composing tests: the shape the loader produces, without YAML.
 */
import type { Block, Paragraph, Run, TableCell } from '../../src/model/document.js';
import type { ColumnRole } from '../../src/model/roadmap-input.js';
import { DEFAULT_DEADLINE_STYLE, type Deadline } from '../../src/model/deadline.js';
import type {
  Column,
  DocumentData,
  ExecutorRef,
  Group,
  Inline,
  Item,
  Organisation,
  Plan,
  PlanEntry,
  Point,
  RichText,
  Roadmap,
  Signatory,
} from '../../src/model/roadmap.js';

/** Plain text → rich text: one paragraph of one span (newlines become line breaks). */
export function rich(text: string): RichText {
  const content: Inline[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) content.push({ type: 'break' });
    content.push({ type: 'text', text: line });
  });
  return [{ type: 'paragraph', content }];
}

export function item(task: string, fields: Partial<Omit<Item, 'type'>> = {}): Item {
  return { type: 'item', task: rich(task), executors: [], extra: {}, ...fields };
}

export function group(title: string, entries: PlanEntry[], fields: Partial<Omit<Group, 'type'>> = {}): Group {
  return { type: 'group', title: rich(title), numbered: true, entries, ...fields };
}

export function yearGroup(year: number, entries: PlanEntry[]): Group {
  return { type: 'group', title: rich(`${year} год`), year, numbered: false, entries };
}

export const textDeadline = (text: string): Deadline => ({ kind: 'text', text });

export const orgRef = (key: string): ExecutorRef => ({ type: 'organisation', key });
export const textRef = (text: string): ExecutorRef => ({ type: 'text', text });

const DEFAULT_HEADERS: Record<ColumnRole, string> = {
  number: '№ п/п',
  deadline: 'Сроки реализации',
  task: 'Задачи',
  executors: 'Ответственный исполнитель (наименование организации)',
  result: 'Прогнозируемый результат (количественные характеристики результата)',
  info: 'Информационное сопровождение',
};
const DEFAULT_WIDTHS: Record<ColumnRole, number> = { number: 5, deadline: 12, task: 30, executors: 18, result: 22, info: 13 };

export function column(role: ColumnRole, fields: Partial<Column> = {}): Column {
  return {
    role,
    key: role,
    header: DEFAULT_HEADERS[role],
    width: DEFAULT_WIDTHS[role],
    align: role === 'number' ? 'center' : 'left',
    ...fields,
  };
}

/** Seed 000's column order: number, deadline, task, executors, result, info. */
export const SEED_000_COLUMNS: ColumnRole[] = ['number', 'deadline', 'task', 'executors', 'result', 'info'];

export function plan(entries: PlanEntry[], fields: Partial<Plan> = {}): Plan {
  return {
    index: 1,
    title: 'ПЛАН-ГРАФИК',
    subtitle: 'реализации мероприятий федерального проекта «500+» в Хабаровском крае в 2022 году',
    period: { from: 2022, to: 2022 },
    gender: 'm',
    columns: SEED_000_COLUMNS.map((r) => column(r)),
    numbering: 'hierarchical',
    numberDot: true,
    deadlineStyle: DEFAULT_DEADLINE_STYLE,
    repeat: 'numbers',
    splitRows: false,
    entries,
    signatories: [],
    ...fields,
  };
}

export function organisation(key: string, name: string, short = key, intro: Organisation['intro'] = 'short'): Organisation {
  return { key, name, short, intro };
}

export function signatory(position: string, name: string, acting = false): Signatory {
  return { position, name, acting };
}

export function point(text: string, points: Point[] = [], fields: Partial<Point> = {}): Point {
  return { text: rich(text), points, ...fields };
}

export function documentData(fields: Partial<DocumentData> = {}): DocumentData {
  return {
    kind: 'plan',
    dateStyle: 'numeric',
    operative: 'spaced',
    points: [],
    signatories: [],
    signatureLayout: 'stacked',
    appendixPageNumbers: 'continue',
    endorsements: [],
    gost: '2016',
    ...fields,
  };
}

export function roadmap(fields: {
  document?: Partial<DocumentData>;
  plans?: Plan[];
  organisations?: Organisation[];
  lint?: Roadmap['lint'];
} = {}): Roadmap {
  const plans = (fields.plans ?? []).map((p, i) => ({ ...p, index: i + 1 }));
  return {
    file: 'test.yaml',
    document: documentData(fields.document),
    organisations: new Map((fields.organisations ?? []).map((o) => [o.key, o])),
    plans,
    lint: fields.lint ?? {},
  };
}

// ───────────────────────────── reading the model back ─────────────────────────────


export const runsText = (runs: readonly Run[]): string => runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join('');
export const paragraphText = (p: Paragraph): string => runsText(p.runs);
export const cellText = (c: TableCell): string => c.blocks.map(paragraphText).join('\n');

/** The text of a block, lines joined by '\n' (for assertions). */
export function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return paragraphText(b);
    case 'split-line':
      return `${runsText(b.left)}\t${runsText(b.right)}`;
    case 'approval-stamp':
      return [...(b.label !== undefined ? [b.label] : []), b.word, ...b.lines.map(runsText)].join('\n');
    case 'appendix-mark':
      return b.lines.map(runsText).join('\n');
    case 'signature':
      return b.entries.map((e) => [...e.position, e.name].join('\n')).join('\n');
    case 'executor-mark':
      return b.lines.join('\n');
    case 'table':
      return [...b.head, ...b.rows].map((r) => r.cells.map(cellText).join('\t')).join('\n');
    case 'formula':
      return `${runsText(b.runs)}${b.number !== undefined ? `\t${b.number}` : ''}`;
    case 'page-break':
    case 'spacer':
    case 'qr-code':
      return '';
  }
}

/** Replace non-breaking spaces with ordinary ones. */
export const plainSpaces = (s: string): string => s.replace(/\u00a0/g, ' ');
