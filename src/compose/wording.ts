/**
 * What stays in code of the wording: typography (non-breaking spaces), the few phrases of parts
 * that are not templated yet. The wording of documents lives in
 * Handlebars templates (templates/*.hbs, src/templates/): headings, operative words, dates and
 * numbers of acts, standard points, appendix marks, approval stamps, letters, passports. Layout
 * (sizes, spacing) never lives here: see the theme. Diagnostics of composing: messages.ts.
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
