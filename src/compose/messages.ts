/**
 * Diagnostics of composing: only what depends on the templates composing runs with (the
 * `--templates` folder), so cannot be known from the roadmap alone. Everything the roadmap
 * itself can be checked for is a lint rule, reported at load (src/load/lint/rules): `validate`
 * and `render` report the same problems. Problems inside templates are src/templates/messages.ts.
 * One more: a roadmap given to `render` without what loading reads with it — an amending order
 * whose previous version was not read (`loadRoadmapSource` of an archival PDF leaves it out).
 */
import type { MessageEntry } from '../diagnostics/messages.js';

const qr = (s: unknown): string => `„${String(s)}“`;
const qe = (s: unknown): string => `“${String(s)}”`;

export const COMPOSE_MESSAGES = {
  'amends-previous-unread': {
    severity: 'error',
    ru: () => 'Пункты приказа о внесении изменений строятся по прежней версии плана, а она не прочитана (план приказа взят из архивного PDF): изменения в документ не попали бы.',
    en: () => 'The points of an amending order are drawn from the previous version of the plan, which was not read (the order’s plan came from an archival PDF): the document would lack its amendments.',
    hint: {
      ru: () => 'Соберите приказ из файла YAML (plangraf extract ПРИКАЗ.pdf > приказ.yaml, рядом — файл прежней версии из amends.previous) или загрузите его loadRoadmapFile.',
      en: () => 'Render the order from its YAML file (plangraf extract ORDER.pdf > order.yaml, with the previous version amends.previous names beside it) or load it with loadRoadmapFile.',
    },
  },
  'point-template-unknown': {
    severity: 'error',
    ru: (a) => `Стандартного пункта {point:${a.name}} нет: нет шаблона point-${a.name}.hbs.`,
    en: (a) => `There is no standard point {point:${a.name}}: no template point-${a.name}.hbs.`,
    hint: {
      ru: (a) =>
        a.name === 'amendments'
          ? '{point:amendments} — пункты изменений приказа о внесении изменений: он бывает только в документе с document.amends (прежняя версия плана).'
          : 'Встроенные стандартные пункты: {point:approve-plan}, {point:control}; свои добавляются файлом point-<имя>.hbs в папке шаблонов (--templates).',
      en: (a) =>
        a.name === 'amendments'
          ? '{point:amendments} stands for the points of an amending order: it belongs in a document with document.amends (the previous version of the plan) only.'
          : 'Built-in standard points: {point:approve-plan}, {point:control}; add your own as point-<name>.hbs in the template folder (--templates).',
    },
  },
  'table-too-wide': {
    severity: 'warning',
    ru: (a) => {
      const repeated = String(a.repeated).split('|').map(qr).join(', ');
      const list = Number(a.repeatedCount) === 1 ? `колонка ${repeated} повторяется` : `колонки ${repeated} повторяются`;
      return `Таблица не помещается по ширине страницы: число колонок ${a.count}, а на ${a.landscape ? 'альбомный' : 'книжный'} лист (${a.width} мм текста) помещается не больше ${a.fit}, каждая не уже ${a.min} мм. Таблица напечатана частями одна под другой (частей: ${a.parts}): во второй части колонки начиная с ${qr(a.header)}; ${list} в каждой части.`;
    },
    en: (a) => {
      const repeated = String(a.repeated).split('|').map(qe).join(', ');
      return `The table is wider than the page: ${a.count} columns, and a ${a.landscape ? 'landscape' : 'portrait'} page (${a.width} mm of text) holds at most ${a.fit}, each at least ${a.min} mm wide. The table is printed in ${a.parts} parts one below the other: the second holds the columns from ${qe(a.header)} on; ${Number(a.repeatedCount) === 1 ? 'column' : 'columns'} ${repeated} ${Number(a.repeatedCount) === 1 ? 'is' : 'are'} repeated in each part.`;
    },
    hint: {
      ru: () => 'Уберите часть колонок или разделите план на несколько; в теме оформления можно уменьшить поля страницы, отступы в ячейках или наименьшую ширину колонки (table.minColumnWidth).',
      en: () => 'Remove some columns or split the plan into several; a theme may narrow the page margins, the cell padding or the narrowest column width (table.minColumnWidth).',
    },
  },
} as const satisfies Record<string, MessageEntry>;

export type ComposeMessageCode = keyof typeof COMPOSE_MESSAGES;
