/**
 * The status round trip, back half: a workbook written by `plangraf render --format xlsx` and
 * filled in by a municipality → the execution fields of the roadmap file it was made from.
 *
 *   const r = await importStatus('plan.yaml', await readFile('filled.xlsx'), { workbookName: 'filled.xlsx' });
 *   if (r.text !== undefined) await writeFile('plan.yaml', r.text);   // only execution fields changed
 *
 * Rows are matched by the «ID» column (row-keys.ts: the item's id, or its position `#1-7` when it
 * has none), wherever they are in the sheet. For each row, each execution column the sheet has
 * (status, date done, fact, comment) is compared with the roadmap: a changed value is written, an
 * emptied cell removes the field. The file is edited in place (yaml-edit.ts), so a diff shows only
 * those fields.
 *
 * All or nothing: when anything is an error (an unknown row, a word that is not a status, a date
 * that does not exist, a row matched by position whose task is not the plan's), no text is
 * returned, and the file is to be left as it is. Before the text is returned it is loaded again and
 * every field written is read back; a difference is a defect, thrown, never written.
 */
import { hasErrors, type Diagnostic, type Language } from '../diagnostics/diagnostic.js';
import { nodeLoadHost, type LoadHost } from '../load/host.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { loadRoadmapBytes, loadRoadmapFile, loadRoadmapText, type LoadResult } from '../load/load-roadmap.js';
import { nearest } from '../load/suggest.js';
import type { Item, Plan, Roadmap } from '../model/roadmap.js';
import { isPositionKey, planItemKeys } from '../compose/row-keys.js';
import { parseRichText, richTextToPlain } from '../text/rich-text.js';
import { withoutFootnoteMarkers } from '../text/placeholders.js';
import { headerKey } from '../write/xlsx/columns.js';
import { statusDiagnostic } from './messages.js';
import { statusRows, type StatusRow } from './status-rows.js';
import { readWorkbook, WorkbookUnreadable } from './xlsx-cells.js';
import { WRITTEN_FIELDS, YamlStatusEditor, type FieldValues, type RowTarget, type WrittenField } from './yaml-edit.js';

export interface ImportStatusOptions {
  /** Language of diagnostics. Default 'ru'. */
  lang?: Language;
  /** The workbook's name in diagnostics. Default 'workbook.xlsx'. */
  workbookName?: string;
  /** Where the roadmap and its bases are read from (`LoadOptions.host`). Default: the file system. */
  host?: LoadHost;
  /** The folder `extends` bases must stay inside (`LoadOptions.extendsRoot`). */
  extendsRoot?: string;
}

export interface StatusFieldChange {
  field: WrittenField;
  /** The value before; absent when the field was not there. */
  from?: string;
  /** The value written; absent when the field is removed. */
  to?: string;
}

export interface StatusRowChange {
  /** The row's key (its id, or `#1-7`). */
  key: string;
  /** Where the row is in the workbook. */
  sheet: string;
  row: number;
  fields: StatusFieldChange[];
  /** The row comes from a base (`extends`): the file gets an entry `- id: …` for it. */
  added: boolean;
}

export interface ImportStatusResult {
  /** The roadmap file's new text: there when nothing is an error and something changed. */
  text?: string;
  /** What changed, row by row, in the workbook's order (also when nothing is written). */
  changes: StatusRowChange[];
  /** Loading's errors (the file cannot take statuses then) and what the workbook has wrong. */
  diagnostics: Diagnostic[];
  /** The roadmap as loaded: its texts are the sources of the excerpts of loading's diagnostics. */
  load: LoadResult;
}

export async function importStatus(file: string, workbook: Uint8Array, options: ImportStatusOptions = {}): Promise<ImportStatusResult> {
  const lang = options.lang ?? 'ru';
  const host = options.host ?? nodeLoadHost;
  const book = options.workbookName ?? 'workbook.xlsx';
  const loadOptions = { lang, host, ...(options.extendsRoot !== undefined ? { extendsRoot: options.extendsRoot } : {}) };
  let bytes: Uint8Array;
  let load: LoadResult;
  try {
    bytes = await host.readFile(file, { maxBytes: DEFAULT_LIMITS.fileBytes });
  } catch {
    // Loading reports the failure in its words.
    load = await loadRoadmapFile(file, loadOptions);
    return { changes: [], diagnostics: load.diagnostics, load };
  }
  load = await loadRoadmapBytes(bytes, { ...loadOptions, file });
  const roadmap = load.roadmap;
  if (!roadmap || load.text === undefined) return { changes: [], diagnostics: load.diagnostics.filter((d) => d.severity === 'error'), load };

  const diagnostics: Diagnostic[] = [];
  let rows: StatusRow[];
  try {
    const read = statusRows(readWorkbook(workbook), book, lang);
    diagnostics.push(...read.diagnostics);
    if (read.sheetsWithId === 0) diagnostics.push(statusDiagnostic('status-no-id-column', lang, book, undefined));
    rows = read.rows;
  } catch (e) {
    if (!(e instanceof WorkbookUnreadable)) throw e;
    diagnostics.push(statusDiagnostic('status-xlsx-unreadable', lang, book, undefined, { reason: unreadableReason(e, lang) }));
    return { changes: [], diagnostics, load };
  }

  const keys = new Map<string, { item: Item; plan: Plan; n: number }>();
  for (const plan of roadmap.plans) planItemKeys(plan).forEach(({ item, key }, i) => keys.set(key, { item, plan, n: i + 1 }));
  const hasBase = (load.bases?.length ?? 0) > 0;

  const editor = new YamlStatusEditor(load.text);
  const changes: StatusRowChange[] = [];
  const seen = new Map<string, StatusRow>();
  for (const row of rows) {
    const first = seen.get(row.key);
    if (first) {
      diagnostics.push(statusDiagnostic('status-duplicate-row', lang, book, row.place, { key: row.key, firstSheet: first.place.sheet, firstRow: first.place.row }));
      continue;
    }
    seen.set(row.key, row);
    const found = keys.get(row.key);
    if (!found) {
      const suggestion = nearest(row.key, keys.keys());
      diagnostics.push(statusDiagnostic('status-unknown-row', lang, book, row.place, { key: row.key, ...(suggestion !== undefined ? { suggestion } : {}) }));
      continue;
    }
    const { item, plan, n } = found;
    const fields = changedFields(row, item);
    if (fields.length === 0) continue;
    // A row matched by position changes a row only if it is still the row it was.
    const moved = isPositionKey(row.key) ? movedTask(row, item, plan) : undefined;
    if (moved) {
      diagnostics.push(statusDiagnostic('status-row-moved', lang, book, row.place, { key: row.key, ...moved }));
      continue;
    }
    const values: FieldValues = {};
    for (const f of fields) (values as Record<string, string | null>)[f.field] = f.to ?? null;
    // `status` is required in `execution:`: no fields without it.
    const after = { ...executionValues(item), ...values };
    const left = Object.entries(after).filter(([, v]) => v !== null && v !== undefined).map(([k]) => k);
    if (left.length > 0 && !left.includes('status')) {
      diagnostics.push(statusDiagnostic('status-missing', lang, book, row.cells.status ?? row.place, { key: row.key }));
      continue;
    }

    let target: RowTarget;
    let added = false;
    if (isPositionKey(row.key)) {
      if (hasBase) {
        diagnostics.push(statusDiagnostic('status-row-not-writable', lang, book, row.place, { key: row.key, why: 'no-id' }));
        continue;
      }
      target = { kind: 'position', plan: plan.index, n };
    } else {
      target = { kind: 'id', id: row.key };
    }
    // An execution written in a base: a new one here replaces it whole, so it starts from it.
    const inherited = item.execution && item.execution.loc?.file !== file ? executionValues(item) : {};
    let failure = editor.set(target, values, row.key, inherited);
    if (failure?.why === 'not-found' && hasBase && item.id !== undefined) {
      // A row of the base this file does not mention: an entry of its own.
      added = true;
      failure = editor.set({ kind: 'base', id: item.id, ...(plan.id !== undefined ? { planId: plan.id } : {}) }, values, row.key, inherited);
    }
    if (failure) {
      diagnostics.push(statusDiagnostic('status-row-not-writable', lang, book, row.place, { key: row.key, why: failure.why === 'not-found' ? 'layout' : failure.why }));
      continue;
    }
    changes.push({ key: row.key, sheet: row.place.sheet, row: row.place.row, fields, added });
  }

  if (hasErrors(diagnostics) || changes.length === 0) return { changes, diagnostics, load };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
  const edited = editor.result();
  await readBack(edited, file, loadOptions, changes, keys);
  return { text: bom + edited, changes, diagnostics, load };
}

/**
 * A row's execution as YAML values: dates as ISO dates, the fact as its plain text (what its sheet
 * cell shows), evidence as written (one link or a list).
 */
function executionValues(item: Item): Record<string, unknown> {
  const e = item.execution;
  if (!e) return {};
  const out: Record<string, unknown> = {};
  for (const field of WRITTEN_FIELDS) {
    const v = currentValue(item, field);
    if (v !== undefined) out[field] = v;
  }
  if (e.evidence.length === 1) out.evidence = e.evidence[0];
  else if (e.evidence.length > 1) out.evidence = [...e.evidence];
  if (e.postponedTo !== undefined) out.postponedTo = e.postponedTo;
  return out;
}

/** A field of the row's execution as its sheet cell shows it: the fact (rich text) as plain text. */
function currentValue(item: Item, field: WrittenField): string | undefined {
  const e = item.execution;
  if (!e) return undefined;
  if (field === 'fact') return e.fact === undefined ? undefined : richTextToPlain(e.fact);
  const v = e[field];
  return v === undefined ? undefined : String(v);
}

/**
 * A cell's value as the roadmap will hold it, compared as its cell shows it: the fact is rich
 * text (a line «- …» is a bullet, `*…*` emphasis, as everywhere in a roadmap), so it is compared
 * by its plain text.
 */
function asShown(field: WrittenField, value: string): string {
  return field === 'fact' ? richTextToPlain(parseRichText(value)) : value;
}

/** The fields whose cell differs from the roadmap. */
function changedFields(row: StatusRow, item: Item): StatusFieldChange[] {
  const out: StatusFieldChange[] = [];
  for (const field of WRITTEN_FIELDS) {
    if (!(field in row.execution)) continue;
    const to = row.execution[field] ?? undefined;
    const from = currentValue(item, field);
    if ((from === undefined ? undefined : from.trim()) === (to === undefined ? undefined : asShown(field, to))) continue;
    out.push({ field, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  }
  return out;
}

/**
 * A row matched by position whose task cell is not the plan's task (rows moved or added since the
 * workbook was written): the two texts, shortened. Undefined when they agree or the sheet has no
 * task column. Compared by letters and digits only, so line breaks and bullets do not count.
 */
function movedTask(row: StatusRow, item: Item, plan: Plan): { sheetTask: string; planTask: string } | undefined {
  const column = plan.columns.find((c) => c.role === 'task');
  if (!column) return undefined;
  // The sheet has the texts without footnote marks (src/write/xlsx/sheets.ts).
  const sheetTask = row.texts.get(headerKey(withoutFootnoteMarkers(column.header)));
  if (sheetTask === undefined) return undefined;
  const planTask = withoutFootnoteMarkers(richTextToPlain(item.task));
  const letters = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]/gu, '');
  if (letters(sheetTask) === letters(planTask)) return undefined;
  const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s).replace(/\s+/g, ' ');
  return { sheetTask: short(sheetTask), planTask: short(planTask) };
}

/**
 * The edited text loaded again: every row still there, every field written reads back as
 * written, and every other execution field of every row (a base's included) as it was.
 */
async function readBack(
  text: string,
  file: string,
  options: { lang: Language; host: LoadHost; extendsRoot?: string },
  changes: readonly StatusRowChange[],
  keys: ReadonlyMap<string, { item: Item; plan: Plan; n: number }>,
): Promise<void> {
  const again = await loadRoadmapText(text, { ...options, file });
  const fail = (why: string): never => {
    throw new Error(`import-status: the edited file does not read back (${why}); nothing was written`);
  };
  if (!again.roadmap) return fail(again.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.code}`).join(', '));
  const items = new Map<string, Item>();
  for (const plan of again.roadmap.plans) for (const { item, key } of planItemKeys(plan)) items.set(key, item);
  const written = new Map(changes.map((c) => [c.key, new Map(c.fields.map((f) => [f.field as string, f.to]))]));
  for (const [key, { item: before }] of keys) {
    const after = items.get(key);
    if (!after) return fail(`row ${key} is gone`);
    const was = executionValues(before);
    const now = executionValues(after);
    const expected = { ...was };
    for (const [field, to] of written.get(key) ?? []) {
      if (to === undefined) delete expected[field];
      else expected[field] = asShown(field as WrittenField, to);
    }
    const shown = (o: Record<string, unknown>) => JSON.stringify(Object.keys(o).sort().map((k) => [k, typeof o[k] === 'string' ? (o[k] as string).trim() : o[k]]));
    if (shown(now) !== shown(expected)) fail(`row ${key}: ${shown(now)}, not ${shown(expected)}`);
  }
}

function unreadableReason(e: WorkbookUnreadable, lang: Language): string {
  const ru: Record<string, string> = {
    'not-zip': e.detail.startsWith('an OLE') ? 'это не файл XLSX (зашифрованная книга или старый формат .xls)' : 'это не архив XLSX',
    'not-workbook': 'в архиве нет книги Excel (xl/workbook.xml)',
    'too-large': `часть ${e.detail} слишком велика после распаковки`,
    'broken-xml': `испорчен XML (${e.detail})`,
    dtd: `в XML объявлен DTD (<!DOCTYPE>, ${e.detail}), какого в книге Excel не бывает`,
  };
  const en: Record<string, string> = {
    'not-zip': e.detail.startsWith('an OLE') ? 'it is not an XLSX file (an encrypted workbook or an old .xls)' : 'it is not an XLSX archive',
    'not-workbook': 'the archive has no Excel workbook (xl/workbook.xml)',
    'too-large': `part ${e.detail} is too large unpacked`,
    'broken-xml': `broken XML (${e.detail})`,
    dtd: `an XML part declares a DTD (<!DOCTYPE>, ${e.detail}), which an Excel workbook never has`,
  };
  return (lang === 'ru' ? ru : en)[e.reason] ?? e.detail;
}
