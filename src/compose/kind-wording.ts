/**
 * The wording of cover letters, project passports, endorsement sheets and footnotes: one
 * template per part (templates/letter-*.hbs, templates/passport-*.hbs, templates/endorsement-*.hbs,
 * templates/footnote-*.hbs), rendered through `ctx.templates` (a user's folder overrides the
 * built-in ones). Composers call `kindText(ctx, name, data)` and get the text; each line of the
 * result is one printed line. The types below say what data each template receives.
 *
 * Data objects are complete: a missing value is '' or false, never absent, so that templates
 * compiled in strict mode can test any field with `{{#if}}`.
 */
import type { ComposeContext } from './context.js';

/** Data of each template, by name. */
export interface KindTemplates {
  /** «16.06.2022 № 75-7747»; blank in a draft. */
  'letter-date-number': { date: string; number: string };
  /** «На № 01-12/345 от 01.06.2022»; blank «На № _____ от _____». */
  'letter-reference': { date: string; number: string };
  /**
   * Letterhead lines under the authority's name: address, phone and fax, e-mail and site, codes
   * (unless the author writes the lines themselves: `authority.requisites`).
   */
  'letter-requisites': {
    address: string;
    phone: string;
    fax: string;
    email: string;
    site: string;
    okpo: string;
    ogrn: string;
    inn: string;
    kpp: string;
    okogu: string;
  };
  /** The addressee's e-mail under the addressee: «e-mail: info@fioco.ru». */
  'letter-addressee-email': { email: string };
  /** The salutation as written, or a general one. */
  'letter-salutation': { salutation: string };
  /** «Приложение: на 12 л. в 1 экз.» */
  'letter-appendix': { sheets: string; copies: number };
  /** «Куратор Проекта: Зотова Ю.В. – начальник управления …» */
  'passport-role': { role: string; name: string; position: string };
  /** Headings of the passport's parts. */
  'passport-goal': Record<string, never>;
  'passport-tasks': Record<string, never>;
  'passport-indicators': Record<string, never>;
  'passport-results': Record<string, never>;
  /** Header words of the indicators table: name column, unit column, «Факт», «План» (one per line). */
  'passport-indicator-header': Record<string, never>;
  /** «ЛИСТ СОГЛАСОВАНИЯ» and the subject line «проекта распоряжения … «Об утверждении …»». */
  'endorsement-title': { order: boolean; directive: boolean; letter: boolean; authority: string; title: string };
  /** Column headers of the endorsement table, one per line. */
  'endorsement-header': Record<string, never>;
  /** The superscript marker of footnote `no` in the text. */
  'footnote-marker': { no: number };
  /** The note at the end of the section: «1) text». */
  'footnote-note': { no: number; text: string };
  /** Header of the indicators table's «№ п/п» column (`numberColumn: true`). */
  'passport-indicator-number': Record<string, never>;
  /** The mark `heading` of appendix `no` of `total`: «Приложение 1», «Приложение» alone. */
  'appendix-heading': { no: number; total: number };
  /**
   * A reference to appendix `no` of `total` from the text («{appendix:ID}»): «приложение № 2»,
   * «приложение» alone when there is one; `word` is the author's word before the placeholder
   * («приложении») or ''; `mark` the appendix's mark (gost, approval, heading, none).
   */
  'appendix-reference': { no: number; total: number; mark: string; word: string };
  /** `approval.label: true`: «ПРИЛОЖЕНИЕ», «ПРИЛОЖЕНИЕ № 2» (appendix `no` of `total`). */
  'approval-label': { no: number; total: number };
  /** «Таблица 1. Расчёт показателя»; `numbered` false: the caption alone. */
  'table-caption': { no: number; caption: string; numbered: boolean };
  /** The number of a formula: «(1)». */
  'formula-number': { no: number };
}

export type KindTemplateName = keyof KindTemplates;

/** The text of template `name` with `data`. */
export function kindText<K extends KindTemplateName>(ctx: ComposeContext, name: K, data: KindTemplates[K]): string {
  return ctx.templates.text(name, data);
}

/** The lines of template `name` (empty lines dropped). */
export function kindLines<K extends KindTemplateName>(ctx: ComposeContext, name: K, data: KindTemplates[K]): string[] {
  return kindText(ctx, name, data)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
