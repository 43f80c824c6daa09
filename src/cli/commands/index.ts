/**
 * The command registry: `plangraf <name>` runs the command of that name. Add new commands here.
 * Each entry loads its module only when it runs, so `plangraf validate` does not pay for the
 * DOCX/PDF writers (pdfmake and fonts load slowly), and one command's dependencies cannot break
 * another command.
 */
import type { Bilingual, Command } from '../command.js';

export interface CommandEntry {
  name: string;
  /** The same one-line summary as the command's own, for `plangraf --help` without loading it. */
  summary: Bilingual;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: { ru: 'проверить файлы плана и показать все ошибки', en: 'check roadmap files and report every problem' },
    load: () => import('./validate.js').then((m) => m.validateCommand),
  },
  {
    name: 'render',
    summary: { ru: 'собрать документ DOCX и PDF из YAML', en: 'render a roadmap to DOCX and PDF' },
    load: () => import('./render.js').then((m) => m.renderCommand),
  },
  {
    name: 'diff',
    summary: { ru: 'сравнить две версии плана; лист изменений DOCX и PDF', en: 'compare two versions of a roadmap; a change sheet as DOCX and PDF' },
    load: () => import('./diff.js').then((m) => m.diffCommand),
  },
  {
    name: 'batch',
    summary: { ru: 'собрать документы по многим файлам (муниципалитеты региона)', en: 'render many roadmaps (the municipalities of a region)' },
    load: () => import('./batch.js').then((m) => m.batchCommand),
  },
  {
    name: 'report',
    summary: { ru: 'отчёт о ходе реализации плана на дату (и сводка по региону)', en: 'a report on how the plan stands on a date (and a region summary)' },
    load: () => import('./report.js').then((m) => m.reportCommand),
  },
  {
    name: 'extract',
    summary: { ru: 'достать план (YAML), встроенный в архивный PDF', en: 'get back the roadmap (YAML) embedded in an archival PDF' },
    load: () => import('./extract.js').then((m) => m.extractCommand),
  },
  {
    name: 'schema',
    summary: { ru: 'напечатать JSON Schema формата плана', en: 'print the JSON Schema of the roadmap format' },
    load: () => import('./schema.js').then((m) => m.schemaCommand),
  },
  {
    name: 'init',
    summary: { ru: 'создать заготовку плана с пояснениями', en: 'write a commented starter roadmap' },
    load: () => import('./init.js').then((m) => m.initCommand),
  },
  {
    name: 'templates',
    summary: { ru: 'скопировать встроенные шаблоны формулировок для правки', en: 'copy the built-in wording templates to edit' },
    load: () => import('./templates.js').then((m) => m.templatesCommand),
  },
  {
    name: 'serve',
    summary: { ru: 'HTTP-служба сборки документов для порталов', en: 'an HTTP service that renders documents for portals' },
    load: () => import('./serve.js').then((m) => m.serveCommand),
  },
  {
    name: 'preview',
    summary: { ru: 'страница в браузере с документом, обновляемая при сохранении', en: 'a browser page with the document, updated on every save' },
    load: () => import('./preview.js').then((m) => m.previewCommand),
  },
  {
    name: 'import',
    summary: { ru: 'перенести план-график из документа Word (DOCX) в YAML', en: 'bring a plan-graph from a Word document (DOCX) into YAML' },
    load: () => import('./import.js').then((m) => m.importCommand),
  },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
