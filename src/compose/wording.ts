/**
 * What stays in code of the wording: typography (non-breaking spaces), the few phrases of parts
 * that are not templated yet, and the diagnostics of composing. The wording of documents lives in
 * Handlebars templates (templates/*.hbs, src/templates/): headings, operative words, dates and
 * numbers of acts, standard points, appendix marks, approval stamps, letters, passports. Layout
 * (sizes, spacing) never lives here: see the theme.
 *
 * Typography: a non-breaking space (NBSP) ties «№» to its number, «от» to its date and the dash
 * of «далее – …» to the word before it, so that none of them is left alone at a line end.
 */
export const NBSP = '\u00a0';

/** «№ 50» with a non-breaking space. */
export function numberSign(no: string): string {
  return `№${NBSP}${no}`;
}

/** «от 14.02.2022» (the preposition tied to the date). */
export function fromDate(date: string): string {
  return `от${NBSP}${date}`;
}

/** The number an `{appendix:ID}` placeholder stands for. */
export function appendixReference(no: number): string {
  return String(no);
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
  appendixUnknown: (id: string): DiagnosticWording => ({
    ru: `Ссылка на приложение {appendix:${id}}: нет ни приложения, ни плана в приложении с id «${id}».`,
    en: `Appendix reference {appendix:${id}}: there is no appendix, nor a plan in an appendix, with id '${id}'.`,
    hintRu: 'Укажите id приложения (document.appendices[].id) или плана (plans[].id), который стоит в приложении; {appendix} — приложение первого плана.',
    hintEn: 'Give the id of an appendix (document.appendices[].id) or of a plan (plans[].id) that stands in an appendix; {appendix} is the first plan\'s appendix.',
  }),
  appendixNone: (): DiagnosticWording => ({
    ru: 'Ссылка на приложение {appendix}, но у документа нет приложений.',
    en: 'Appendix reference {appendix}, but the document has no appendix.',
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
  pointTemplateUnknown: (name: string): DiagnosticWording => ({
    ru: `Стандартного пункта {point:${name}} нет: нет шаблона point-${name}.hbs.`,
    en: `There is no standard point {point:${name}}: no template point-${name}.hbs.`,
    hintRu: 'Встроенные стандартные пункты: {point:approve-plan}, {point:control}; свои добавляются файлом point-<имя>.hbs в папке шаблонов.',
    hintEn: 'Built-in standard points: {point:approve-plan}, {point:control}; add your own as point-<name>.hbs in the template folder.',
  }),
  titleMissingGost2025: (): DiagnosticWording => ({
    ru: 'По ГОСТ Р 7.0.97-2025 заголовок к тексту обязателен, а у документа его нет (document.title).',
    en: 'GOST R 7.0.97-2025 makes the title mandatory, and the document has none (document.title).',
    hintRu: 'Добавьте document.title, например «Об утверждении плана-графика …», или укажите gost: 2016.',
    hintEn: "Add document.title, e.g. 'Об утверждении плана-графика …', or set gost: 2016.",
  }),
  noPlans: (): DiagnosticWording => ({
    ru: 'В документе нет ни одного плана.',
    en: 'The document has no plan.',
  }),
};
