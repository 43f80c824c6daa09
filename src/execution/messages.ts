/**
 * Messages of execution data (`execution:` of plan rows) and of the status report, in the style
 * of src/diagnostics/messages.ts: one sentence saying what is wrong, a hint saying how to fix it.
 * The lint rule `execution-done-before-plan` is in the loader's catalogue (rules are switchable
 * there); `execution-unknown-row` is merging's (src/load/merge/messages.ts).
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, type Position } from '../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../diagnostics/messages.js';

const maybe = (a: MessageArgs, ru: boolean): string =>
  a.suggestion === undefined ? '.' : ru ? ` — может быть, „${a.suggestion}“?` : ` — did you mean “${a.suggestion}”?`;

export const EXECUTION_MESSAGES = {
  'execution-status-unknown': {
    severity: 'error',
    ru: (a) => `Статус „${a.value}“ не из списка${maybe(a, true)}`,
    en: (a) => `The status “${a.value}” is not one of the statuses${maybe(a, false)}`,
    hint: {
      ru: () => 'Статусы: выполнено (done), выполняется (in-progress), не начато (not-started), отменено (cancelled), перенесено (postponed).',
      en: () => 'Statuses: done (выполнено), in-progress (выполняется), not-started (не начато), cancelled (отменено), postponed (перенесено).',
    },
  },
  'execution-inconsistent': {
    severity: 'warning',
    ru: (a) => (a.key === 'done'
      ? `Дата выполнения указана, а статус — „${a.status}“, не «выполнено».`
      : `Новый срок (postponedTo) указан, а статус — „${a.status}“, не «перенесено».`),
    en: (a) => (a.key === 'done'
      ? `A date done is given while the status is “${a.status}”, not done.`
      : `A new deadline (postponedTo) is given while the status is “${a.status}”, not postponed.`),
    hint: {
      ru: (a) => (a.key === 'done' ? 'Поставьте status: done или уберите дату done.' : 'Поставьте status: postponed или уберите postponedTo.'),
      en: (a) => (a.key === 'done' ? 'Set status: done or remove the date done.' : 'Set status: postponed or remove postponedTo.'),
    },
  },
  'execution-done-after-as-of': {
    severity: 'warning',
    ru: (a) => `Мероприятие выполнено ${a.done}, позже даты отчёта ${a.asOf}: в отчёте оно показано выполненным.`,
    en: (a) => `The row was done on ${a.done}, after the report's date ${a.asOf}: the report shows it as done.`,
    hint: {
      ru: () => 'Проверьте дату выполнения или дату отчёта (--as-of).',
      en: () => 'Check the date done or the report date (--as-of).',
    },
  },
} as const satisfies Record<string, MessageEntry>;

export type ExecutionMessageCode = keyof typeof EXECUTION_MESSAGES;

export function executionDiagnostic(code: ExecutionMessageCode, lang: Language, file: string, pos: Position, args: MessageArgs = {}): Diagnostic {
  return diagnosticFromEntry(EXECUTION_MESSAGES[code], code, lang, file, pos, args);
}
