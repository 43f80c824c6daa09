/**
 * Messages of comparing versions (`plangraf diff`) and of amending orders (`document.amends`),
 * in the style of src/diagnostics/messages.ts: one sentence saying what is wrong, a hint saying
 * how to fix it, Russian and English.
 */
import type { Diagnostic, Language, Severity } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, type Position } from '../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../diagnostics/messages.js';

const MATCHING_HINT = {
  ru: 'Строки сопоставляются по id, а без id — по тексту мероприятия: дайте строкам постоянные id (id: r1), и правки текста не помешают сравнению.',
  en: 'Rows are matched by id and, without ids, by their task text: give rows stable ids (id: r1) and edits of the text will not get in the way.',
};

export const VERSION_MESSAGES = {
  'diff-unrelated': {
    severity: 'error',
    ru: (a) => `Версии плана „${a.plan}“ почти не совпадают: из ${a.old} строк старой и ${a.new} строк новой совпали ${a.matched} — похоже, это разные планы; построчное сравнение не выводится.`,
    en: (a) => `The versions of the plan “${a.plan}” have almost nothing in common: ${a.matched} of ${a.old} old and ${a.new} new rows match — they look like two different plans; no row-by-row difference is shown.`,
    hint: {
      ru: () => `Проверьте, что сравниваются две версии одного плана. ${MATCHING_HINT.ru}`,
      en: () => `Check that you compare two versions of one plan. ${MATCHING_HINT.en}`,
    },
  },
  'amends-previous-missing': {
    severity: 'error',
    ru: (a) => `Прежняя версия „${a.path}“ не прочитана: ${a.reason}.`,
    en: (a) => `The previous version “${a.path}” cannot be read: ${a.reason}.`,
    hint: {
      ru: () => 'Путь в amends.previous считается от папки этого файла: previous: plan-2022.yaml.',
      en: () => 'The path in amends.previous is relative to this file’s folder: previous: plan-2022.yaml.',
    },
  },
  'amends-previous-outside-root': {
    severity: 'error',
    ru: (a) => `Прежняя версия „${a.path}“ лежит вне разрешённой папки ${a.root}.`,
    en: (a) => `The previous version “${a.path}” lies outside the allowed folder ${a.root}.`,
    hint: {
      ru: () => 'Как и основа extends, прежняя версия должна лежать в папке этого файла или в папке внутри неё; шире — --extends-root ПАПКА (LoadOptions.extendsRoot).',
      en: () => 'Like an extends base, the previous version must lie in this file’s folder or a folder inside it; wider: --extends-root DIR (LoadOptions.extendsRoot).',
    },
  },
  'amends-previous-not-yaml': {
    severity: 'error',
    ru: (a) => `Прежняя версия „${a.path}“ — не файл плана: имя должно оканчиваться на .yaml или .yml (или .pdf — архивный PDF).`,
    en: (a) => `The previous version “${a.path}” is not a roadmap file: its name must end in .yaml or .yml (or .pdf, an archival PDF).`,
    hint: {
      ru: () => 'Укажите файл плана, по которому издан изменяемый приказ, или его архивный PDF (plangraf render --pdfa).',
      en: () => 'Name the roadmap file the amended order was made from, or its archival PDF (plangraf render --pdfa).',
    },
  },
  'amends-previous-not-roadmap': {
    severity: 'error',
    ru: (a) => `Прежняя версия „${a.path}“ — не файл плана: на верхнем уровне должны быть ключи плана (document, plan, plans …). Содержимое файла не показывается.`,
    en: (a) => `The previous version “${a.path}” is not a roadmap file: its top level must hold roadmap keys (document, plan, plans …). Its content is not shown.`,
    hint: {
      ru: () => 'Проверьте путь в amends.previous.',
      en: () => 'Check the path in amends.previous.',
    },
  },
  'amends-previous-broken': {
    severity: 'error',
    ru: (a) => `В прежней версии „${a.path}“ есть ошибки; сравнить с ней нельзя.`,
    en: (a) => `The previous version “${a.path}” has errors; it cannot be compared with.`,
    hint: {
      ru: (a) => `Ошибки показаны выше; проверить файл отдельно: plangraf validate ${a.path}.`,
      en: (a) => `Its errors are shown above; check it on its own: plangraf validate ${a.path}.`,
    },
  },
  'amends-unrelated': {
    severity: 'error',
    ru: (a) => `План „${a.plan}“ почти не совпадает со своей прежней версией „${a.path}“: из ${a.old} строк прежней и ${a.new} строк новой совпали ${a.matched}; пункты изменений по такому сравнению были бы бессмысленны.`,
    en: (a) => `The plan “${a.plan}” has almost nothing in common with its previous version “${a.path}”: ${a.matched} of ${a.old} previous and ${a.new} new rows match; amendments drawn from that would make no sense.`,
    hint: {
      ru: () => `Проверьте amends.previous; если план и правда переписан целиком, изложите приложение в новой редакции: amends: {mode: new-edition}. ${MATCHING_HINT.ru}`,
      en: () => `Check amends.previous; if the plan really was rewritten, restate the appendix in a new edition: amends: {mode: new-edition}. ${MATCHING_HINT.en}`,
    },
  },
  'amends-no-changes': {
    severity: 'error',
    ru: (a) => `План не отличается от прежней версии „${a.path}“: вносить нечего.`,
    en: (a) => `The plan does not differ from the previous version “${a.path}”: there is nothing to amend.`,
    hint: {
      ru: () => 'Внесите изменения в план этого файла (это новая редакция) или укажите в amends.previous другую версию.',
      en: () => 'Make the changes in this file’s plan (it is the new edition) or name another version in amends.previous.',
    },
  },
  'amends-kind': {
    severity: 'error',
    ru: (a) => `amends бывает только у приказа и распоряжения (kind: order, directive), а здесь kind: ${a.kind}.`,
    en: (a) => `amends belongs to an order or a directive (kind: order, directive) only; this is kind: ${a.kind}.`,
    hint: {
      ru: () => 'Изменения в план-график вносятся приказом или распоряжением: kind: order.',
      en: () => 'A plan is amended by an order or a directive: kind: order.',
    },
  },
  'amends-act-incomplete': {
    severity: 'warning',
    ru: (a) => `У изменяемого акта нет ${a.what}: в тексте будет пропуск.`,
    en: (a) => `The amended act has no ${a.what}: the text will have a blank.`,
    hint: {
      ru: () => 'Укажите дату и номер изменяемого акта: amends: {date: 14.02.2022, number: 50} (или они берутся из документа прежней версии).',
      en: () => 'Give the amended act’s date and number: amends: {date: 14.02.2022, number: 50} (or they come from the previous version’s document).',
    },
  },
} as const satisfies Record<string, MessageEntry>;

export type VersionMessageCode = keyof typeof VERSION_MESSAGES;

export function versionDiagnostic(code: VersionMessageCode, lang: Language, file: string, pos: Position, args: MessageArgs = {}, severity?: Severity): Diagnostic {
  return diagnosticFromEntry(VERSION_MESSAGES[code], code, lang, file, pos, args, severity);
}
