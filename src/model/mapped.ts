/**
 * Copy-on-write mapping for the document model: the passes that change some texts of a composed
 * model (footnote markers, compose/footnotes.ts; the writers' printed text, write/model-text.ts)
 * copy a list only where an element changed, so that what they leave alone stays the model's own.
 */

/** `list` mapped by `f`, or `list` itself when `f` changed nothing. */
export function mapped<T>(list: T[], f: (x: T) => T): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const x = list[i] as T;
    const y = f(x);
    if (y !== x && out === undefined) out = list.slice(0, i);
    out?.push(y);
  }
  return out ?? list;
}
