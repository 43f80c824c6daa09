/**
 * Messages of `plangraf serve`, in the style of src/diagnostics/messages.ts: the diagnostics a
 * request's roadmap can get from the service itself (on top of the loader's and the renderer's),
 * and the one-sentence texts of the HTTP errors that are not about a roadmap (a body too large,
 * a missing API key, a full queue), Russian and English.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, NO_POSITION, type Position } from '../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../diagnostics/messages.js';
import { BATCH_MESSAGES } from '../batch/messages.js';
import { pluralEn, pluralRu } from '../cli/plural.js';

export const SERVE_MESSAGES = {
  'serve-extends-refused': {
    severity: 'error',
    ru: () => 'Служба не читает файлы сервера: extends и amends.previous в запросе не поддерживаются.',
    en: () => 'The service reads no files of the server: extends and amends.previous are not supported in a request.',
    hint: {
      ru: () => 'Пришлите план целиком: перенесите в него содержимое основы (или соберите его у себя: plangraf render).',
      en: () => 'Send the whole roadmap: copy the content of the base into it (or render it yourself: plangraf render).',
    },
  },
  'serve-time-limit': {
    severity: 'error',
    ru: (a) => `Сборка не уложилась в ${a.seconds} с и остановлена.`,
    en: (a) => `Rendering took longer than ${a.seconds} s and was stopped.`,
    hint: {
      ru: () => 'Время растёт с числом строк и длиной ячеек: разделите план на несколько файлов. Предел задаёт администратор службы (plangraf serve --time-limit).',
      en: () => 'The time grows with the rows and the length of cells: split the roadmap into several files. The limit is set by the administrator of the service (plangraf serve --time-limit).',
    },
  },
  // The same words as batch's and render's: a request stopped by a defect.
  'serve-worker-crashed': BATCH_MESSAGES['batch-worker-crashed'],
} as const satisfies Record<string, MessageEntry>;

export type ServeMessageCode = keyof typeof SERVE_MESSAGES;

export function serveDiagnostic(code: ServeMessageCode, lang: Language, file: string, args: MessageArgs = {}, pos: Position = NO_POSITION): Diagnostic {
  return diagnosticFromEntry(SERVE_MESSAGES[code], code, lang, file, pos, args);
}

/** The errors of a request that are not about its roadmap: `error` in the JSON body. */
export const HTTP_ERRORS = {
  'bad-request': { status: 400, ru: (a: MessageArgs) => `Неверный запрос: ${a.reason}.`, en: (a: MessageArgs) => `Bad request: ${a.reason}.` },
  unauthorized: {
    status: 401,
    ru: () => 'Нужен ключ доступа: заголовок Authorization: Bearer <ключ> или X-API-Key: <ключ>.',
    en: () => 'An API key is needed: the header Authorization: Bearer <key> or X-API-Key: <key>.',
  },
  'not-found': { status: 404, ru: (a: MessageArgs) => `Нет такого адреса: ${a.url}.`, en: (a: MessageArgs) => `No such address: ${a.url}.` },
  'method-not-allowed': {
    status: 405,
    ru: (a: MessageArgs) => `Метод ${a.method} здесь не поддерживается; допустим ${a.allow}.`,
    en: (a: MessageArgs) => `The method ${a.method} is not supported here; use ${a.allow}.`,
  },
  'request-timeout': {
    status: 408,
    ru: (a: MessageArgs) => `Запрос не был получен целиком за ${a.seconds} с.`,
    en: (a: MessageArgs) => `The request did not arrive in full within ${a.seconds} s.`,
  },
  'body-too-large': {
    status: 413,
    ru: (a: MessageArgs) => `Тело запроса больше предела в ${a.limit} байт.`,
    en: (a: MessageArgs) => `The request body is larger than the limit of ${a.limit} bytes.`,
  },
  'unsupported-media-type': {
    status: 415,
    ru: () => 'Тело запроса должно быть YAML или JSON: Content-Type application/yaml, application/json или text/plain.',
    en: () => 'The request body must be YAML or JSON: Content-Type application/yaml, application/json or text/plain.',
  },
  busy: {
    status: 503,
    ru: (a: MessageArgs) => `Служба занята: в работе и в очереди ${pluralRu(Number(a.count), 'запрос', 'запроса', 'запросов')}. Повторите через ${a.seconds} с.`,
    en: (a: MessageArgs) => `The service is busy: ${pluralEn(Number(a.count), 'request is', 'requests are')} running or queued. Retry in ${a.seconds} s.`,
  },
  internal: {
    status: 500,
    ru: () => 'Внутренняя ошибка службы plangraf; подробности в её журнале.',
    en: () => 'An internal error of the plangraf service; the details are in its log.',
  },
} as const;

export type HttpErrorCode = keyof typeof HTTP_ERRORS;

/** The JSON body of an error that is not about a roadmap. */
export interface HttpErrorBody {
  statusCode: number;
  error: HttpErrorCode;
  message: string;
}

export function httpError(code: HttpErrorCode, lang: Language, args: MessageArgs = {}): HttpErrorBody {
  const entry = HTTP_ERRORS[code];
  return { statusCode: entry.status, error: code, message: (entry[lang] as (a: MessageArgs) => string)(args) };
}
