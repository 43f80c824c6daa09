/**
 * The open body, appendices and YAML wording (issue 11), as written → the model: each block gets
 * its `type` from the key that names it, its defaults and its place in the file.
 *
 *   - title                                  → {type: 'part', name: 'title'}
 *   - {part: goal, inline: true}             → {type: 'part', name: 'goal', inline: true}
 *   - {heading: Задачи, level: 2}            → {type: 'heading', text, level: 2, numbered: false}
 *   - {list: [a, {text: b, items: [c]}]}     → {type: 'list', items: [{text: a}, {text: b, items: [{text: c}]}]}
 *   - {formula: 'S = a^{2}', where: где …}   → {type: 'formula', text, number: 'auto', where}
 *   - {table: {columns: [...], rows: [[...]]}} → {type: 'table', columns, header: [], rows, numbered, …}
 *
 * The schema has already checked the shapes; the checks that need the whole roadmap (a part the
 * kind does not have, a plan placed twice, a row longer than the table) are lint rules
 * (src/load/lint/rules/document-structure.ts).
 */
import type {
  Appendix, BodyBlock, ListItem, Located, Signatory, TableBlock, TableCellData, WordingOverride,
} from '../../model/roadmap.js';
import type {
  AppendixInput, BodyBlockInput, FormulaBlockInput, HeadingBlockInput, ListBlockInput, ListItemInput, PageBreakBlockInput,
  ParagraphBlockInput, PartBlockInput, PartName, PlanBlockInput, IndicatorsBlockInput, RolesBlockInput, SignatureBlockInput,
  TableBlockInput, TableCellInput, SignatoryInput, ApprovalInput,
} from '../../model/roadmap-input.js';
import { parseRichText } from '../../text/rich-text.js';
import type { Locator, PathSegment } from '../locate.js';

export interface BodyScope {
  at: Locator;
  paths: Map<object, PathSegment[]>;
  signatories(list: SignatoryInput[] | undefined, path: PathSegment[]): Signatory[];
  approval(a: ApprovalInput, path: PathSegment[]): ApprovalInput & Located;
}

export function normaliseBlocks(list: readonly BodyBlockInput[], path: PathSegment[], scope: BodyScope): BodyBlock[] {
  return list.map((b, i) => normaliseBlock(b, path.concat(i), scope));
}

function normaliseBlock(b: BodyBlockInput, path: PathSegment[], scope: BodyScope): BodyBlock {
  const loc = scope.at.loc(path);
  const block = blockOf(b, path, scope, loc);
  scope.paths.set(block, path);
  return block;
}

function blockOf(b: BodyBlockInput, path: PathSegment[], scope: BodyScope, loc: Located['loc']): BodyBlock {
  const rich = (s: string | number) => parseRichText(String(s));
  if (typeof b === 'string') {
    return b === 'page-break' ? { type: 'page-break', loc } : { type: 'part', name: b, loc };
  }
  if ('part' in b) {
    const p = b as PartBlockInput;
    const out: BodyBlock = { type: 'part', name: p.part, loc };
    if (p.heading !== undefined) out.heading = p.heading;
    if (p.inline !== undefined) out.inline = p.inline;
    return out;
  }
  if ('heading' in b) {
    const h = b as HeadingBlockInput;
    const out: BodyBlock = { type: 'heading', text: rich(h.heading), level: h.level ?? 1, numbered: h.numbered ?? false, loc };
    if (h.align !== undefined) out.align = h.align;
    if (h.text !== undefined) out.inline = rich(h.text);
    return out;
  }
  if ('paragraph' in b) {
    const p = b as ParagraphBlockInput;
    const out: BodyBlock = { type: 'paragraph', text: rich(p.paragraph), indent: p.indent ?? true, loc };
    if (p.align !== undefined) out.align = p.align;
    return out;
  }
  if ('list' in b) {
    const l = b as ListBlockInput;
    const out: BodyBlock = { type: 'list', numbered: l.numbered ?? false, items: listItems(l.list, path.concat('list'), scope), loc };
    if (l.marker !== undefined) out.marker = l.marker;
    return out;
  }
  if ('table' in b) return table((b as TableBlockInput).table, path.concat('table'), scope, loc);
  if ('formula' in b) {
    const f = b as FormulaBlockInput;
    const spec = typeof f.formula === 'string' ? { text: f.formula } : f.formula;
    const n = spec.number === undefined ? 'auto' : String(spec.number);
    const out: BodyBlock = { type: 'formula', text: spec.text, number: n === 'auto' || n === 'none' ? n : { text: n }, loc };
    if (f.where !== undefined) out.where = rich(f.where);
    return out;
  }
  if ('plan' in b) return { type: 'plan', id: (b as PlanBlockInput).plan, loc };
  if ('indicators' in b) return { type: 'indicators', table: (b as IndicatorsBlockInput).indicators, loc };
  if ('roles' in b) return { type: 'roles', roles: (b as RolesBlockInput).roles.map((r) => ({ ...r })), loc };
  if ('signature' in b) {
    const s = b as SignatureBlockInput;
    const out: BodyBlock = { type: 'signature', signatories: scope.signatories(s.signature, path.concat('signature')), loc };
    if (s.layout !== undefined) out.layout = s.layout;
    return out;
  }
  return { type: 'page-break', orientation: (b as PageBreakBlockInput)['page-break'], loc };
}

function listItems(list: readonly ListItemInput[], path: PathSegment[], scope: BodyScope): ListItem[] {
  return list.map((item, i) => {
    const p = path.concat(i);
    const out: ListItem = typeof item === 'string'
      ? { text: parseRichText(item), items: [], loc: scope.at.loc(p) }
      : { text: parseRichText(item.text), items: listItems(item.items ?? [], p.concat('items'), scope), loc: scope.at.loc(p) };
    scope.paths.set(out, p);
    return out;
  });
}

function table(t: TableBlockInput['table'], path: PathSegment[], scope: BodyScope, loc: Located['loc']): TableBlock {
  const cells = (rows: TableCellInput[][] | undefined, key: string): TableCellData[][] =>
    (rows ?? []).map((row, r) => row.map((c, i) => cell(c, path.concat(key, r, i), scope)));
  const out: TableBlock = {
    type: 'table',
    numbered: t.numbered ?? t.caption !== undefined,
    columns: t.columns.map((c) => {
      const col: TableBlock['columns'][number] = { width: c.width ?? 1 };
      if (c.header !== undefined) col.header = parseRichText(c.header);
      if (c.align !== undefined) col.align = c.align;
      return col;
    }),
    header: cells(t.header, 'header'),
    rows: cells(t.rows, 'rows'),
    numbersRow: t.numbersRow ?? false,
    repeatHeader: t.repeatHeader ?? true,
    loc,
  };
  if (t.caption !== undefined) out.caption = t.caption;
  return out;
}

function cell(c: TableCellInput, path: PathSegment[], scope: BodyScope): TableCellData {
  const loc = scope.at.loc(path);
  if (typeof c === 'string' || typeof c === 'number') return { text: parseRichText(String(c)), loc };
  const out: TableCellData = { text: parseRichText(String(c.text)), loc };
  if (c.colSpan !== undefined) out.colSpan = c.colSpan;
  if (c.rowSpan !== undefined) out.rowSpan = c.rowSpan;
  if (c.align !== undefined) out.align = c.align;
  if (c.bold !== undefined) out.bold = c.bold;
  return out;
}

export function normaliseAppendices(list: readonly AppendixInput[], path: PathSegment[], scope: BodyScope): Appendix[] {
  return list.map((a, i) => {
    const p = path.concat(i);
    const blocks = a.body ? normaliseBlocks(a.body, p.concat('body'), scope) : [];
    if (a.plan !== undefined) {
      const plan: BodyBlock = { type: 'plan', id: a.plan, loc: scope.at.loc(p.concat('plan')) };
      scope.paths.set(plan, p.concat('plan'));
      blocks.unshift(plan);
    }
    const out: Appendix = { blocks, loc: scope.at.loc(p) };
    if (a.id !== undefined) out.id = a.id;
    if (a.mark !== undefined) out.mark = a.mark;
    if (a.approval) out.approval = scope.approval(a.approval, p.concat('approval'));
    if (a.title !== undefined) out.title = parseRichText(a.title);
    if (a.orientation !== undefined) out.orientation = a.orientation;
    scope.paths.set(out, p);
    return out;
  });
}

/** `wording: {name: source}` → the overrides, each with where its lines start in the file. */
export function normaliseWording(wording: Readonly<Record<string, string>>, path: PathSegment[], at: Locator): WordingOverride[] {
  return Object.entries(wording).map(([name, source]) => {
    const p = path.concat(name);
    const out: WordingOverride = { name, source, loc: at.loc(p) };
    const lines = at.valueLines(p, source);
    if (lines) out.lines = lines;
    return out;
  });
}

export type { PartName };
