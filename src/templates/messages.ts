/** Diagnostics of templates: codes, Russian and English wording, hints. */
import type { Diagnostic, Language, Severity } from '../diagnostics/diagnostic.js';
import { TEMPLATE_MAX_BYTES } from './types.js';

interface Wording {
  ru: string;
  en: string;
  hintRu?: string;
  hintEn?: string;
}

/** Every code a template problem is reported with (the README's code table lists each). */
export const TEMPLATE_DIAGNOSTIC_CODES = [
  'template-syntax',
  'template-unknown-helper',
  'template-unknown-variable',
  'template-forbidden',
  'template-helper-error',
  'template-unknown-name',
  'template-folder-missing',
  'template-missing',
  'template-unreadable',
] as const;

export type TemplateDiagnosticCode = (typeof TEMPLATE_DIAGNOSTIC_CODES)[number];

export const TEMPLATE_MESSAGES = {
  syntax: (detail: string): Wording => ({
    ru: `Синтаксическая ошибка в шаблоне: ${detail}.`,
    en: `Template syntax error: ${detail}.`,
    hintRu: 'Проверьте парность {{#if}} … {{/if}}, {{#each}} … {{/each}} и закрывающие «}}».',
    hintEn: 'Check that every {{#if}} … {{/if}}, {{#each}} … {{/each}} is closed and every «{{» has its «}}».',
  }),
  unknownHelper: (name: string, suggestion: string | undefined, known: readonly string[]): Wording => ({
    ru: `Неизвестный помощник „${name}“${suggestion ? ` — может быть, „${suggestion}“?` : '.'}`,
    en: `Unknown helper “${name}”${suggestion ? ` — did you mean “${suggestion}”?` : '.'}`,
    hintRu: `Доступны только помощники из списка: ${known.join(', ')}.`,
    hintEn: `Only these helpers exist: ${known.join(', ')}.`,
  }),
  bareHelper: (name: string): Wording => ({
    ru: `„{{${name}}}“ вызывает помощник „${name}“ без аргументов.`,
    en: `“{{${name}}}” calls the helper “${name}” without arguments.`,
    hintRu: `Чтобы напечатать поле данных „${name}“, напишите {{this.${name}}} или передайте его помощнику: {{${name === 'date' ? 'date date "numeric"' : `numberSign ${name}`}}}.`,
    hintEn: `To print the data field “${name}”, write {{this.${name}}} or pass it to a helper: {{${name === 'date' ? 'date date "numeric"' : `numberSign ${name}`}}}.`,
  }),
  unknownVariable: (path: string, template: string, suggestion: string | undefined): Wording => ({
    ru: `Неизвестная переменная „${path}“: шаблон „${template}“ не получает такого поля${suggestion ? ` — может быть, „${suggestion}“?` : '.'}`,
    en: `Unknown variable “${path}”: template “${template}” receives no such field${suggestion ? ` — did you mean “${suggestion}”?` : '.'}`,
    hintRu: 'Поля каждого шаблона перечислены в templates/README.md. Необязательное поле проверяйте: {{#if поле}}{{поле}}{{/if}}.',
    hintEn: 'The fields of every template are listed in templates/README.md. Test an optional field first: {{#if field}}{{field}}{{/if}}.',
  }),
  forbiddenName: (name: string): Wording => ({
    ru: `Обращение к „${name}“ в шаблоне запрещено.`,
    en: `Templates may not use “${name}”.`,
    hintRu: 'Шаблон читает только переданные ему данные (см. templates/README.md).',
    hintEn: 'A template reads only the data it is given (see templates/README.md).',
  }),
  forbiddenPartial: (): Wording => ({
    ru: 'Частичные шаблоны ({{> …}}) и декораторы не поддерживаются.',
    en: 'Partials ({{> …}}) and decorators are not supported.',
    hintRu: 'Перенесите нужный текст в этот шаблон.',
    hintEn: 'Copy the text you need into this template.',
  }),
  helperError: (helper: string, ru: string, en: string): Wording => ({
    ru: `Помощник „${helper}“: ${ru}.`,
    en: `Helper “${helper}”: ${en}.`,
  }),
  unknownName: (name: string, suggestion: string | undefined): Wording => ({
    ru: `Файл шаблона „${name}.hbs“ не соответствует ни одному шаблону и не используется${suggestion ? ` — может быть, „${suggestion}.hbs“?` : '.'}`,
    en: `Template file “${name}.hbs” matches no template and is not used${suggestion ? ` — did you mean “${suggestion}.hbs”?` : '.'}`,
    hintRu: 'Имена шаблонов перечислены в templates/README.md; plangraf templates копирует встроенные шаблоны.',
    hintEn: 'Template names are listed in templates/README.md; plangraf templates copies the built-in ones.',
  }),
  folderMissing: (dir: string): Wording => ({
    ru: `Папка шаблонов „${dir}“ не найдена.`,
    en: `Template folder “${dir}” not found.`,
    hintRu: 'Создайте её командой plangraf templates <папка> или укажите существующую папку.',
    hintEn: 'Create it with plangraf templates <folder> or give an existing folder.',
  }),
  unreadable: (reasonRu: string, reasonEn: string): Wording => ({
    ru: `Файл шаблона не прочитан: ${reasonRu}.`,
    en: `The template file was not read: ${reasonEn}.`,
    hintRu: `Шаблоны — обычные файлы *.hbs до ${TEMPLATE_MAX_BYTES / 1024} КиБ в самой папке: не ссылки, не каналы и не устройства. Скопируйте нужный шаблон в папку вместо ссылки на него.`,
    hintEn: `Templates are regular *.hbs files of at most ${TEMPLATE_MAX_BYTES / 1024} KiB in the folder itself: not links, pipes or devices. Copy the template into the folder instead of linking to it.`,
  }),
  missing: (name: string): Wording => ({
    ru: `Шаблона „${name}“ нет ни в папке пользователя, ни среди встроенных.`,
    en: `There is no template “${name}”, neither in the user folder nor built in.`,
  }),
};

export function templateDiagnostic(
  code: TemplateDiagnosticCode,
  wording: Wording,
  lang: Language,
  file: string,
  pos: { line: number; column: number; endLine?: number; endColumn?: number } = { line: 0, column: 0 },
  severity: Severity = 'error',
): Diagnostic {
  const d: Diagnostic = {
    code,
    severity,
    message: lang === 'en' ? wording.en : wording.ru,
    file,
    line: pos.line,
    column: pos.column,
  };
  const hint = lang === 'en' ? wording.hintEn : wording.hintRu;
  if (hint) d.hint = hint;
  if (pos.endLine !== undefined) d.endLine = pos.endLine;
  if (pos.endColumn !== undefined) d.endColumn = pos.endColumn;
  return d;
}

/** The closest of `candidates` to `word` (Levenshtein distance at most 2, or a prefix), for «может быть, …?». */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const limit = w.length <= 2 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = distance(w, lc);
    const prefix = (lc.length >= 2 && w.startsWith(lc)) || (w.length >= 3 && lc.startsWith(w));
    if ((d <= limit || prefix) && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
