/** The executor mark («отметка об исполнителе»): name and phone, bottom left of the last page. */
import type { ExecutorMark } from '../model/document.js';
import type { DocumentData } from '../model/roadmap.js';
import { executorMarkLines } from './wording.js';

export function composeExecutorMark(doc: DocumentData): ExecutorMark | undefined {
  if (!doc.executor) return undefined;
  return { type: 'executor-mark', lines: executorMarkLines(doc.executor.name, doc.executor.phone) };
}
