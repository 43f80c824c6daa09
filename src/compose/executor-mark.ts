/** The executor mark («отметка об исполнителе»): name and phone, bottom left of the last page. */
import type { ExecutorMark } from '../model/document.js';
import type { DocumentData } from '../model/roadmap.js';
import type { TemplateSet } from '../templates/types.js';

/** Wording from template `executor-mark` ({name, phone}). */
export function composeExecutorMark(doc: DocumentData, templates: TemplateSet): ExecutorMark | undefined {
  if (!doc.executor) return undefined;
  const data = { name: doc.executor.name, phone: doc.executor.phone ?? '' };
  return { type: 'executor-mark', lines: templates.lines('executor-mark', data) };
}
