/**
 * The placeholders a roadmap's text may hold, read alike by the checks (src/load/lint) and by
 * composing (src/compose), so that what is checked is what is printed:
 *
 *   {appendix} {appendix:ID}       the number of the appendix holding plan ID (the first plan's)
 *   {point:NAME} {point:NAME:ID}   a whole point: the text of template point-NAME (for plan ID)
 *   [^KEY]                         a footnote: document.footnotes.KEY (or passport.footnotes.KEY)
 */

/** `{appendix}` or `{appendix:ID}`; group 1 is the id. Global: use with `replace` or `matchAll`. */
export const APPENDIX_PLACEHOLDER = /\{appendix(?::([^}\s]+))?\}/g;

/** A point that is only `{point:NAME}` or `{point:NAME:ID}`; group 1 the name, group 2 the plan id. */
export const STANDARD_POINT = /^\{point:([a-z0-9][a-z0-9-]*)(?::([^}\s]+))?\}$/;

/** `[^KEY]`; group 1 the key. Global: use with `matchAll`. */
export const FOOTNOTE_MARKER = /\[\^([^\]\s]+)\]/g;

/** The plan ids a text's appendix placeholders name, in order (undefined for a bare `{appendix}`). */
export function appendixReferences(text: string): (string | undefined)[] {
  if (!text.includes('{appendix')) return [];
  return [...text.matchAll(APPENDIX_PLACEHOLDER)].map((m) => m[1]);
}

/** A standard point's template name and plan id, when the point's whole text is one. */
export function standardPointReference(text: string): { name: string; planId?: string } | undefined {
  const m = STANDARD_POINT.exec(text.trim());
  if (!m) return undefined;
  return m[2] === undefined ? { name: m[1]! } : { name: m[1]!, planId: m[2] };
}

/** The footnote keys a text refers to, in order (repeats kept). */
export function footnoteReferences(text: string): string[] {
  if (!text.includes('[^')) return [];
  return [...text.matchAll(FOOTNOTE_MARKER)].map((m) => m[1]!);
}

/** The text without its footnote markers (a deadline to parse, the title in the file's properties). */
export function withoutFootnoteMarkers(text: string): string {
  return text.includes('[^') ? text.replace(FOOTNOTE_MARKER, '') : text;
}

/** The footnote markers of a text, as written, joined («[^a][^b]»): what a text printed otherwise keeps. */
export function footnoteMarkersOf(text: string): string {
  return text.includes('[^') ? [...text.matchAll(FOOTNOTE_MARKER)].map((m) => m[0]).join('') : '';
}
