/**
 * `importDocx(bytes)`: a plan-graph kept in Word → a roadmap YAML that loads without errors and
 * renders, with a report (diagnostics) of everything that was not carried over or was carried
 * over in another form, located by table, row and cell.
 *
 *   DOCX bytes ──docx-package──▶ WordBody ──plan-tables──▶ plan tables ──plan-rows──▶ rows
 *      (zip, XML: bounded)        (paragraphs,    (headers,      (items, groups; numbering,
 *                                  tables)         joined)        deadline style)
 *                                        └──document-parts──▶ stamp, title, signatures
 *                                                              └──roadmap-yaml──▶ YAML text
 *
 * The YAML is then loaded as any roadmap is (`loadRoadmapText`): what the loader says about it
 * comes back as `yamlDiagnostics` (errors there are the document's own, carried over as written,
 * such as a date that does not exist: the file still is what the document says).
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { createDiagnostic, NO_POSITION } from '../diagnostics/create.js';
import { loadRoadmapText } from '../load/index.js';
import { readWordBody } from './docx-package.js';
import { ZipRefused, type ZipRefusal } from './docx-zip.js';
import { chooseDeadlineStyle } from './deadline-style.js';
import { readSurroundings } from './document-parts.js';
import type { ImportedDocument, ImportedItem, ImportedPlan } from './imported-plan.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits.js';
import { locationText, type ImportLocation } from './location.js';
import { importDiagnostic } from './messages.js';
import { settleNumbering } from './plan-numbering.js';
import { readPlanRows, type Report } from './plan-rows.js';
import { scanTables, type PlanTable } from './plan-tables.js';
import { roadmapYaml } from './roadmap-yaml.js';
import { cellAt } from './table-grid.js';
import { ImportLimitExceeded } from './word-body-reader.js';
import { loadXmlParser, XmlProblem } from './xml-stream.js';

export interface ImportOptions {
  /** The DOCX as the diagnostics name it. Default '<docx>'. */
  file?: string;
  /** The YAML's name, for its diagnostics and the commands in its header. Default: the DOCX's name with `.yaml`. */
  yamlFile?: string;
  lang?: Language;
  limits?: Partial<ImportLimits>;
}

export interface ImportResult {
  /** The roadmap YAML; undefined when the document could not be imported (an error says why). */
  yaml?: string;
  /** What was read, as data. */
  document?: ImportedDocument;
  /** The import's report: errors (nothing imported), warnings (not carried over), notes. */
  diagnostics: Diagnostic[];
  /** What loading the YAML reports (located in `yamlFile`). */
  yamlDiagnostics: Diagnostic[];
}

export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const lang = options.lang ?? 'ru';
  const file = options.file ?? '<docx>';
  const yamlFile = options.yamlFile ?? defaultYamlName(file);
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  const diagnostics: Diagnostic[] = [];
  const report: Report = (code, at, args = {}) => diagnostics.push(importDiagnostic(code, lang, file, at, args));
  const failed = (d: Diagnostic): ImportResult => ({ diagnostics: [d], yamlDiagnostics: [] });

  if (bytes.length > limits.fileBytes) return failed(createDiagnostic('limit-file-size', lang, file, NO_POSITION, { size: bytes.length, limit: limits.fileBytes }));
  let body;
  try {
    body = readWordBody(bytes, limits, await loadXmlParser());
  } catch (e) {
    const d = readFailure(e, lang, file);
    if (d) return failed(d);
    throw e;
  }

  const scan = scanTables(body.blocks);
  if (scan.plans.length === 0) {
    const tables = body.blocks.filter((b) => b.type === 'table').length;
    for (const s of scan.skipped) report('import-table-skipped', { table: s.grid.table.number }, { reason: s.reason[lang], excerpt: tableExcerpt(s.grid.rows[0]?.cells.map((c) => c.cell) ?? []) });
    return { diagnostics: [importDiagnostic('import-no-plan', lang, file, undefined, { tables }), ...diagnostics], yamlDiagnostics: [] };
  }

  const around = readSurroundings(body.blocks, scan.plans, scan.skipped);
  const plans = scan.plans.map((table, i) => importPlan(table, around.plans[i]!, report, lang));
  const doc: ImportedDocument = { plans, notCarried: [] };
  // The first plan's stamp is the document's; the others' stay with their plans.
  if (plans[0]!.approval) {
    doc.approval = plans[0]!.approval;
    delete plans[0]!.approval;
  }
  if (around.plans.some((p) => p.sideBySide)) doc.signatureLayout = 'side-by-side';

  for (const s of around.unreadStamps) report('import-stamp-unrecognised', s.at, { excerpt: s.excerpt });
  for (const t of around.untitled) report('import-title-missing', { table: t });
  for (const s of around.skippedText) {
    report('import-text-skipped', s.at, { excerpt: s.excerpt });
    doc.notCarried.push(`${locationText(s.at, lang)}: «${s.excerpt}»`);
  }
  for (const s of around.skippedTables) {
    const excerpt = tableExcerpt(s.grid.rows[0]?.cells.map((c) => c.cell) ?? []);
    report('import-table-skipped', { table: s.grid.table.number }, { reason: s.reason[lang], excerpt });
    doc.notCarried.push(`${locationText({ table: s.grid.table.number }, lang)}: «${excerpt}»`);
  }

  const yaml = roadmapYaml(doc, { source: basename(file), target: basename(yamlFile), lang });
  const loaded = await loadRoadmapText(yaml, { file: yamlFile, lang });
  return { yaml, document: doc, diagnostics, yamlDiagnostics: loaded.diagnostics };
}

function importPlan(table: PlanTable, around: ReturnType<typeof readSurroundings>['plans'][number], report: Report, lang: Language): ImportedPlan {
  const rows = readPlanRows(table, report, lang);
  const numbering = settleNumbering(rows.entries, table.roles.includes('number'));
  const deadlines = chooseDeadlineStyle(rows.entries);
  if (deadlines.restyled.length > 0) {
    const first = deadlines.restyled[0]!;
    const col = table.roles.indexOf('deadline');
    const row = table.rows.find((r) => r.table === first.item.at.table && r.row.number === first.item.at.row);
    const cell = row ? cellAt(row, col)?.cell.number : undefined;
    report('import-deadline-restyled', { ...first.item.at, ...(cell !== undefined ? { cell } : {}) }, { count: deadlines.restyled.length, written: oneLine(first.item.deadline!), printed: first.printed });
  }
  for (const t of table.continued) report('import-tables-joined', { table: t });
  if (table.headerRows.length > 1) {
    const first = table.headerRows[0]!;
    report('import-header-joined', { table: first.table, row: first.row.number, rowEnd: table.headerRows[table.headerRows.length - 1]!.row.number }, { rows: table.headerRows.length, headers: table.headers.map((h) => `«${h}»`).join(', ') });
  }
  widthsAndAlignment(table, rows.columns, rows.entries);
  const plan: ImportedPlan = {
    tables: table.grids.map((g) => g.table.number),
    headerRows: table.headerRows.length,
    numbersRow: rows.numbersRow,
    title: around.title ?? '',
    signatories: around.signatories,
    columns: rows.columns,
    numbering: numbering.mode,
    numberDot: numbering.numberDot,
    entries: rows.entries,
    emptyTasks: rows.emptyTasks,
    items: rows.items,
    groups: rows.groups,
  };
  if (around.subtitle !== undefined) plan.subtitle = around.subtitle;
  if (around.approval) plan.approval = around.approval;
  if (around.gender) plan.gender = around.gender;
  if (Object.keys(deadlines.style).length > 0) plan.deadlines = deadlines.style;
  if (table.headerRows.every((r) => r.row.header)) plan.repeat = 'header';
  return plan;
}

/**
 * Widths from the Word grid (per cent of the table, at least 1), and an alignment where most
 * cells of a column are aligned otherwise than plangraf aligns that column by default.
 */
function widthsAndAlignment(table: PlanTable, columns: ImportedPlan['columns'], entries: ImportedPlan['entries']): void {
  const grid = table.grids.map((g) => g.table.grid).find((g) => g.length === table.columns);
  if (grid) {
    const total = grid.reduce((a, b) => a + b, 0);
    if (total > 0) grid.forEach((w, i) => (columns[i]!.width = Math.max(1, Math.round((w / total) * 100))));
  }
  const counts = columns.map(() => new Map<string, number>());
  const itemRows = new Set<string>();
  const collect = (list: ImportedPlan['entries']) => {
    for (const e of list) {
      if (e.type === 'item') itemRows.add(`${e.at.table}:${e.at.row}`);
      else collect(e.entries);
    }
  };
  collect(entries);
  for (const row of table.rows) {
    if (!itemRows.has(`${row.table}:${row.row.number}`)) continue;
    for (const g of row.cells) {
      const first = g.source.paragraphs.find((p) => p.inlines.length > 0);
      // A paragraph without its own alignment is left-aligned (Word's Normal style).
      const align = first ? (first.align ?? 'left') : undefined;
      if (align === undefined || align === 'both' || g.col >= columns.length) continue;
      counts[g.col]!.set(align, (counts[g.col]!.get(align) ?? 0) + 1);
    }
  }
  columns.forEach((c, i) => {
    const top = [...counts[i]!.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as 'left' | 'center' | 'right' | undefined;
    const standard = c.role === 'number' || c.role === 'deadline' ? 'center' : 'left';
    if (top !== undefined && top !== standard) c.align = top;
  });
}

/** A failure to read the package, its XML or its size, as a diagnostic; undefined for a defect. */
function readFailure(e: unknown, lang: Language, file: string): Diagnostic | undefined {
  if (e instanceof ZipRefused) {
    const r = e.refusal;
    if (r.kind === 'too-large') return importDiagnostic('import-too-large', lang, file, undefined, { part: r.part, limit: r.limit });
    if (r.kind === 'too-many-entries') return importDiagnostic('import-limit', lang, file, undefined, { what: 'entries', limit: r.limit });
    return importDiagnostic('import-not-docx', lang, file, undefined, { reason: refusalWords(r, lang) });
  }
  if (e instanceof XmlProblem) {
    const at: ImportLocation = { part: e.part, line: e.line, column: e.column };
    return importDiagnostic(e.kind === 'dtd' ? 'import-dtd' : 'import-xml-invalid', lang, file, at, { detail: e.detail });
  }
  if (e instanceof ImportLimitExceeded) return importDiagnostic('import-limit', lang, file, e.at, { what: e.what, limit: e.limit });
  return undefined;
}

function refusalWords(r: ZipRefusal, lang: Language): string {
  const ru = lang === 'ru';
  switch (r.kind) {
    case 'not-zip':
      return ru ? 'это не zip-архив, каким является файл .docx' : 'it is not a zip archive, which a .docx file is';
    case 'ole':
      return ru ? 'это документ старого формата .doc или файл .docx, защищённый паролем' : 'it is an old-format .doc document or a password-protected .docx';
    case 'not-word':
      return ru ? 'в архиве нет документа Word (это другой файл Office или OpenDocument)' : 'the archive holds no Word document (it is another Office or OpenDocument file)';
    case 'damaged':
      return ru ? `архив повреждён (${r.detail})` : `the archive is damaged (${r.detail})`;
    case 'unsupported':
      return ru ? `архив записан в неподдерживаемом виде (${r.detail})` : `the archive is written in an unsupported form (${r.detail})`;
    default:
      return '';
  }
}

function tableExcerpt(cells: readonly { paragraphs: { inlines: { type: string; text?: string }[] }[] }[]): string {
  const text = cells
    .map((c) => c.paragraphs.map((p) => p.inlines.map((i) => (i.type === 'text' ? i.text : ' ')).join('')).join(' ').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .join(' | ');
  return text.length > 80 ? `${text.slice(0, 80).trimEnd()}…` : text;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' / ');
}

/** The last part of a path, either separator. */
function basename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** `plan.docx` → `plan.yaml`. */
export function defaultYamlName(file: string): string {
  return /\.(?:docx|docm|dotx|dotm)$/i.test(file) ? file.replace(/\.[^.]+$/, '.yaml') : `${file}.yaml`;
}

