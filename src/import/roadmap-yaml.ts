/**
 * The imported document as a commented roadmap YAML: a header saying where it came from and what
 * was not carried over, the approval stamp and signatures, and per plan its title, columns (with
 * the Word headers and widths), numbering and deadline style, and the rows — each section with a
 * comment naming the table row it came from. Comments are in the language of the messages.
 */
import type { Language } from '../diagnostics/diagnostic.js';
import type { ApprovalInput, SignatoryInput } from '../model/roadmap-input.js';
import type { ImportedColumn, ImportedDocument, ImportedEntry, ImportedPlan } from './imported-plan.js';
import { map, seq, yamlText, type YamlEntry, type YamlMap, type YamlValue } from './yaml-text.js';

export interface YamlOptions {
  /** The DOCX's name as shown in the header comment (no folders). */
  source: string;
  /** The YAML file's name, for the commands in the header comment. */
  target: string;
  lang: Language;
}

const WORDS = {
  ru: {
    header: (source: string) => `Импортировано из «${source}» командой plangraf import; текст ячеек — как в документе.`,
    next: (target: string) => `Проверка: plangraf validate ${target}; документ: plangraf render ${target}`,
    notCarried: 'Не перенесено (подробнее — в отчёте команды):',
    kind: 'утверждённый план-график',
    approval: 'гриф утверждения, как в документе',
    emptyTask: 'в документе есть строки без задачи: впишите задачи и удалите эту строку',
    columns: (tables: string, numbers: boolean) => `столбцы из шапки (${tables})${numbers ? '; строку номеров столбцов plangraf печатает сам' : ''}`,
    numbering: (mode: string) => NUMBERING_RU[mode] ?? '',
    repeat: 'на каждой странице повторяется вся шапка, как в документе',
    row: (table: number, row: number) => `таблица ${table}, строка ${row}`,
    signatories: 'подпись под таблицей',
  },
  en: {
    header: (source: string) => `Imported from «${source}» by plangraf import; cell text as in the document.`,
    next: (target: string) => `Check: plangraf validate ${target}; document: plangraf render ${target}`,
    notCarried: 'Not imported (the command’s report has the details):',
    kind: 'the approved plan-graph',
    approval: 'the approval stamp as in the document',
    emptyTask: 'the document has rows without a task: write the tasks and delete this line',
    columns: (tables: string, numbers: boolean) => `columns from the header (${tables})${numbers ? '; plangraf prints the row of column numbers itself' : ''}`,
    numbering: (mode: string) => NUMBERING_EN[mode] ?? '',
    repeat: 'the whole header repeats on every page, as in the document',
    row: (table: number, row: number) => `table ${table}, row ${row}`,
    signatories: 'the signature under the table',
  },
} as const;

const NUMBERING_RU: Record<string, string> = {
  hierarchical: 'номера в документе иерархические: 1., 1.1.; иные номера записаны в no',
  continuous: 'номера в документе сквозные: 1.–N.; иные номера записаны в no',
  'per-section': 'номера в документе начинаются заново в каждом разделе; иные номера записаны в no',
  explicit: 'номера как в документе, в no каждой строки',
};
const NUMBERING_EN: Record<string, string> = {
  hierarchical: 'the document numbers hierarchically: 1., 1.1.; other numbers are in no',
  continuous: 'the document numbers continuously: 1.–N.; other numbers are in no',
  'per-section': 'the document restarts numbers in every section; other numbers are in no',
  explicit: 'numbers as in the document, in each row’s no',
};

export function roadmapYaml(doc: ImportedDocument, options: YamlOptions): string {
  const w = WORDS[options.lang];
  const header = [w.header(options.source), w.next(options.target)];
  if (doc.notCarried.length > 0) header.push(w.notCarried, ...doc.notCarried.map((l) => `  ${l}`));

  const document: YamlEntry[] = [{ key: 'kind', value: 'plan', note: w.kind }];
  if (doc.approval) document.push({ key: 'approval', value: approvalMap(doc.approval), comment: [w.approval] });
  if (doc.signatureLayout) document.push({ key: 'signatureLayout', value: doc.signatureLayout });
  const root: YamlEntry[] = [{ key: 'document', value: map(document) }];
  if (doc.plans.some((p) => p.emptyTasks)) root.push({ key: 'lint', value: map([{ key: 'empty-task', value: 'off', note: w.emptyTask }]) });
  const plans = doc.plans.map((p, i) => planMap(p, doc.plans.length > 1 ? `plan-${i + 1}` : undefined, options.lang));
  if (plans.length === 1) root.push({ key: 'plan', value: plans[0]! });
  else root.push({ key: 'plans', value: seq(plans.map((value) => ({ value }))) });
  return yamlText(map(root), header);
}

function planMap(plan: ImportedPlan, id: string | undefined, lang: Language): YamlMap {
  const w = WORDS[lang];
  const entries: YamlEntry[] = [];
  if (id !== undefined) entries.push({ key: 'id', value: id });
  entries.push({ key: 'title', value: plan.title });
  if (plan.subtitle !== undefined) entries.push({ key: 'subtitle', value: plan.subtitle });
  if (plan.gender) entries.push({ key: 'gender', value: plan.gender });
  if (plan.approval) entries.push({ key: 'approval', value: approvalMap(plan.approval), comment: [w.approval] });
  const tables = plan.tables.map((t) => (lang === 'ru' ? `таблица ${t}` : `table ${t}`)).join(', ');
  entries.push({ key: 'columns', value: seq(plan.columns.map((c) => ({ value: columnMap(c) }))), comment: [w.columns(tables, plan.numbersRow)] });
  entries.push({ key: 'numbering', value: plan.numbering, note: w.numbering(plan.numbering) });
  if (!plan.numberDot) entries.push({ key: 'numberDot', value: false });
  if (plan.repeat) entries.push({ key: 'repeat', value: plan.repeat, note: w.repeat });
  // No row of column numbers under the header in the Word table: none in the rendering either.
  if (!plan.numbersRow) entries.push({ key: 'numbersRow', value: false });
  entries.push({ key: 'items', value: entriesSeq(plan.entries, lang) });
  if (plan.signatories.length > 0) entries.push({ key: 'signatories', value: seq(plan.signatories.map((s) => ({ value: signatoryMap(s) }))), comment: [w.signatories] });
  return map(entries);
}

function columnMap(c: ImportedColumn): YamlMap {
  const entries: YamlEntry[] = [];
  if (c.role) entries.push({ key: 'role', value: c.role });
  else entries.push({ key: 'key', value: c.key! });
  entries.push({ key: 'header', value: c.header });
  if (c.width !== undefined) entries.push({ key: 'width', value: c.width });
  if (c.align !== undefined) entries.push({ key: 'align', value: c.align });
  return map(entries);
}

function entriesSeq(entries: readonly ImportedEntry[], lang: Language): YamlValue {
  return seq(entries.map((e) => {
    if (e.type === 'item') {
      const m: YamlEntry[] = [];
      if (e.no !== undefined) m.push({ key: 'no', value: e.no });
      m.push({ key: 'task', value: e.task });
      if (e.deadline !== undefined) m.push({ key: 'deadline', value: e.deadline });
      if (e.executors !== undefined) m.push({ key: 'executors', value: e.executors });
      if (e.result !== undefined) m.push({ key: 'result', value: e.result });
      if (e.info !== undefined) m.push({ key: 'info', value: e.info });
      const extra = Object.entries(e.extra);
      if (extra.length > 0) {
        m.push({ key: 'extra', value: map(extra.map(([key, v]) => ({ key, value: typeof v === 'string' ? v : seq(v.map((value) => ({ value }))) }))) });
      }
      if (e.merge) m.push({ key: 'merge', value: seq(e.merge.map((value) => ({ value }))) });
      return { value: map(m) };
    }
    const m: YamlEntry[] = [];
    if (e.no !== undefined) m.push({ key: 'no', value: e.no });
    if (e.numbered === false) m.push({ key: 'numbered', value: false });
    if (e.year !== undefined) m.push({ key: 'year', value: e.year });
    else m.push({ key: 'section', value: e.title });
    m.push({ key: 'items', value: entriesSeq(e.entries, lang) });
    return { value: map(m), comment: [WORDS[lang].row(e.at.table, e.at.row)] };
  }));
}

function approvalMap(a: ApprovalInput): YamlMap {
  const entries: YamlEntry[] = [{ key: 'by', value: a.by }];
  for (const k of ['act', 'position', 'name', 'date', 'number'] as const) if (a[k] !== undefined) entries.push({ key: k, value: a[k]! });
  if (a.year !== undefined) entries.push({ key: 'year', value: a.year });
  return map(entries);
}

function signatoryMap(s: SignatoryInput): YamlMap {
  return map([{ key: 'position', value: s.position }, { key: 'name', value: s.name }]);
}
