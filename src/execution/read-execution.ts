/**
 * `execution:` of plan rows read into data before the roadmap is normalised, as
 * src/load/normalise/written-dates.ts does for the document's dates:
 *
 *   execution: {status: Выполнено, done: 15 декабря 2022 г.}  →  {status: done, done: 2022-12-15}
 *
 * - `status`: the key or the Russian word in any case (src/model/execution-status.ts); anything
 *   else is `execution-status-unknown` with the nearest status suggested;
 * - `done`, `postponedTo`: dates as officials write them; not a date is `date-unrecognised`, a
 *   date that does not exist `date-impossible`, at the value;
 * - a date done with another status than done, or a new deadline with another status than
 *   postponed, is `execution-inconsistent` (a warning: which of the two is right is not guessed).
 *
 * A value in error is left out (the file has an error, so no roadmap is returned; the rest of
 * the file is still checked in the same pass).
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { createDiagnostic } from '../diagnostics/create.js';
import { executionStatusSpellings, EXECUTION_STATUS_WORDS, parseExecutionStatus } from '../model/execution-status.js';
import type { ExecutionInput, PlanEntryInput, PlanInput, RoadmapInput } from '../model/roadmap-input.js';
import { parseWrittenDate } from '../text/written-date.js';
import type { Locator, PathSegment } from '../load/locate.js';
import { nearest } from '../load/suggest.js';
import { executionDiagnostic } from './messages.js';

export function readExecution(input: RoadmapInput, at: Locator, lang: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  const plans: [PlanInput, PathSegment[]][] = input.plans ? input.plans.map((p, i) => [p, ['plans', i]]) : input.plan ? [[input.plan, ['plan']]] : [];
  const visit = (entries: readonly PlanEntryInput[], path: PathSegment[]): void => {
    entries.forEach((e, i) => {
      const here = [...path, i];
      if ('items' in e && Array.isArray(e.items)) visit(e.items, [...here, 'items']);
      if ('execution' in e && e.execution) readOne(e.execution, [...here, 'execution'], at, lang, out);
    });
  };
  for (const [plan, path] of plans) visit(plan.items, [...path, 'items']);
  return out;
}

function readOne(e: ExecutionInput, path: PathSegment[], at: Locator, lang: Language, out: Diagnostic[]): void {
  const record = e as unknown as Record<string, unknown>;
  const status = parseExecutionStatus(e.status);
  if (status) {
    e.status = status;
  } else {
    const loc = at.loc([...path, 'status']);
    const suggestion = nearest(e.status.trim(), executionStatusSpellings());
    out.push(executionDiagnostic('execution-status-unknown', lang, loc.file, loc, { value: e.status, ...(suggestion !== undefined ? { suggestion } : {}) }));
    delete record.status;
  }
  for (const key of ['done', 'postponedTo'] as const) {
    const value = e[key];
    if (value === undefined) continue;
    const parsed = parseWrittenDate(value);
    if (parsed.ok) {
      e[key] = parsed.iso;
      continue;
    }
    const loc = at.loc([...path, key]);
    out.push(createDiagnostic(parsed.reason === 'impossible' ? 'date-impossible' : 'date-unrecognised', lang, loc.file, loc, { key, value }));
    delete record[key];
  }
  if (!status) return;
  const wrong = (key: 'done' | 'postponedTo') => {
    const loc = at.loc([...path, key], 'key');
    out.push(executionDiagnostic('execution-inconsistent', lang, loc.file, loc, { key, status: lang === 'ru' ? EXECUTION_STATUS_WORDS[status] : status }));
  };
  if (e.done !== undefined && status !== 'done') wrong('done');
  if (e.postponedTo !== undefined && status !== 'postponed') wrong('postponedTo');
}
