/**
 * Every Russian word and phrase composing puts into a document, in one place. A later issue
 * moves the wording of orders, directives and letters to Handlebars templates; until then this
 * module is the single source of it. Layout (sizes, spacing) never lives here: see the theme.
 *
 * Typography: a non-breaking space (NBSP) ties «№» to its number, «от» to its date and the dash
 * of «далее – …» to the word before it, so that none of them is left alone at a line end.
 */
import type { DocumentKind } from '../model/roadmap-input.js';
import type { Plan } from '../model/roadmap.js';

export const NBSP = '\u00a0';

/** «№ 50» with a non-breaking space. */
export function numberSign(no: string): string {
  return `№${NBSP}${no}`;
}

/** Blank registration number of a draft: in an approval stamp / appendix mark, in an order header. */
export const BLANK_NUMBER_STAMP = '___';
export const BLANK_NUMBER_HEADER = '____';

/** «от 14.02.2022» (the preposition tied to the date). */
export function fromDate(date: string): string {
  return `от${NBSP}${date}`;
}

// ───────────────────────────── approval stamp ─────────────────────────────

/** The stamp word agrees with the grammar of what is approved. */
export const APPROVED_WORD: Record<Plan['gender'], string> = {
  m: 'УТВЕРЖДЕН', // план-график
  f: 'УТВЕРЖДЕНА', // программа, дорожная карта
  n: 'УТВЕРЖДЕНО', // положение
  pl: 'УТВЕРЖДЕНЫ', // правила, мероприятия
};
/** Approval by an official in the first person. */
export const APPROVE_BY_OFFICIAL = 'УТВЕРЖДАЮ';
/** The signature line of «УТВЕРЖДАЮ»: «________ И.О. Фамилия». */
export const SIGNATURE_BLANK = '________';

/** «(протокол от 14 мая 2020 г. № 3)» */
export function protocolLine(date: string, no: string): string {
  return `(протокол ${fromDate(date)} ${numberSign(no)})`;
}

// ───────────────────────────── order / directive ─────────────────────────────

/** The document word under the authority's name. */
export const DOC_TYPE_WORD: Partial<Record<DocumentKind, string>> = {
  order: 'ПРИКАЗ',
  directive: 'РАСПОРЯЖЕНИЕ',
};

/**
 * The operative word ending the preamble, lower case, without the colon. An order «приказывает»;
 * a directive, when it has an operative word at all, most often «обязывает» (use
 * `operative: {text: ПРЕДЛАГАЮ:}` for another one).
 */
export const OPERATIVE_WORD: Partial<Record<DocumentKind, string>> = {
  order: 'приказываю',
  directive: 'обязываю',
};

/** «к приказу», «к распоряжению», «к письму» in an appendix mark. */
export const APPENDIX_TO: Record<DocumentKind, string> = {
  order: 'к приказу',
  directive: 'к распоряжению',
  letter: 'к письму',
  plan: 'к плану',
  passport: 'к паспорту',
};

/** «Приложение» (the only appendix) or «Приложение № 2». */
export function appendixTitle(no: number, total: number): string {
  return total > 1 ? `Приложение ${numberSign(String(no))}` : 'Приложение';
}

/** The number an `{appendix:ID}` placeholder stands for. */
export function appendixReference(no: number): string {
  return String(no);
}

// ───────────────────────────── signature ─────────────────────────────

/** Printed before the position of an acting official, whose first letter is then lower-cased. */
export const ACTING_PREFIX = 'И.о. ';

/** Electronic signature stamp lines. */
export const ESIGNATURE = {
  title: 'ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ',
  certificate: (c: string) => `Сертификат: ${c}`,
  owner: (o: string) => `Владелец: ${o}`,
  validity: (from: string, to: string) => `Действителен с ${from} по ${to}`,
  signedAt: (at: string) => `Подписан: ${at}`,
};

/** Executor mark («отметка об исполнителе»). */
export function executorMarkLines(name: string, phone?: string): string[] {
  return phone ? [name, phone] : [name];
}

// ───────────────────────────── plan table ─────────────────────────────

/** Executors in one cell are joined with this. */
export const EXECUTOR_SEPARATOR = ', ';

/** «министерство образования и науки края (далее – министерство)» */
export function definedName(full: string, short: string): string {
  return `${full} (далее${NBSP}– ${short})`;
}

// ───────────────────────────── diagnostics ─────────────────────────────

export interface DiagnosticWording {
  ru: string;
  en: string;
  hintRu?: string;
  hintEn?: string;
}

export const MESSAGES = {
  kindNotYetSupported: (kind: string): DiagnosticWording => ({
    ru: `Вид документа «${kind}» пока выводится без сопроводительного текста: печатаются только планы.`,
    en: `Document kind '${kind}' is not composed yet: only its plans are printed.`,
    hintRu: 'Используйте kind: plan, order или directive.',
    hintEn: 'Use kind: plan, order or directive.',
  }),
  appendixUnknown: (id: string): DiagnosticWording => ({
    ru: `Ссылка на приложение {appendix:${id}}: плана с id «${id}» нет.`,
    en: `Appendix reference {appendix:${id}}: there is no plan with id '${id}'.`,
    hintRu: 'Укажите id одного из планов (plans[].id) или напишите {appendix} для первого плана.',
    hintEn: 'Give the id of one of the plans (plans[].id), or write {appendix} for the first plan.',
  }),
  appendixNone: (): DiagnosticWording => ({
    ru: 'Ссылка на приложение {appendix}, но в документе нет ни одного плана.',
    en: 'Appendix reference {appendix}, but the document has no plan.',
  }),
  pointTooDeep: (): DiagnosticWording => ({
    ru: 'Пункты приказа вложены глубже четырёх уровней.',
    en: 'Points are nested deeper than four levels.',
    hintRu: 'Делопроизводство допускает не более четырёх уровней: 1., 1.1., 1.1.1., 1.1.1.1.',
    hintEn: 'Records management allows at most four levels: 1., 1.1., 1.1.1., 1.1.1.1.',
  }),
  executorUnknown: (key: string): DiagnosticWording => ({
    ru: `Исполнитель «${key}» не найден в справочнике организаций; напечатан как написан.`,
    en: `Executor '${key}' is not in the organisation directory; printed as written.`,
  }),
  noApproval: (): DiagnosticWording => ({
    ru: 'У утверждаемого плана нет грифа утверждения (approval).',
    en: 'The approved plan has no approval stamp (approval).',
    hintRu: 'Добавьте document.approval, например {by: act, act: распоряжением министерства …}.',
    hintEn: 'Add document.approval, e.g. {by: act, act: …}.',
  }),
  noPlans: (): DiagnosticWording => ({
    ru: 'В документе нет ни одного плана.',
    en: 'The document has no plan.',
  }),
};
