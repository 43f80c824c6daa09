/**
 * Footnotes of a passport's text: `[^key]` in rich text refers to `passport.footnotes.key`.
 * The marker becomes a superscript number run (numbers go by first reference, document-wide;
 * a second reference to the same note repeats its number), and the notes are printed as small
 * print «1) text» at the end of the part where they were first referred to.
 *
 * pdfmake has no native footnotes and a page-bottom note would differ between the two writers,
 * so both print the notes at the end of the section: the form many regional passports use.
 *
 *   text: «… не менее 70 %[^fioco].», footnotes: {fioco: по данным ФИОКО}
 *   → runs [«… не менее 70 %», {text: «1», superscript}, «.»], then «1) по данным ФИОКО»
 */
import type { Paragraph, Run } from '../model/document.js';
import { FOOTNOTE_MARKER } from '../text/placeholders.js';
import type { ComposeContext } from './context.js';
import { kindText } from './kind-wording.js';
import { textRuns } from './rich-text.js';

export interface Footnotes {
  /** Replace the markers in the paragraphs' runs (in place) and return the paragraphs. */
  mark(paragraphs: Paragraph[]): Paragraph[];
  /** The notes first referred to since the last flush, as small-print paragraphs. */
  flush(): Paragraph[];
}

export function createFootnotes(ctx: ComposeContext, notes: Readonly<Record<string, string>>): Footnotes {
  const numbers = new Map<string, number>();
  let pending: string[] = [];

  const split = (run: Run): Run[] => {
    if (!run.text.includes('[^')) return [run];
    const out: Run[] = [];
    let last = 0;
    for (const m of run.text.matchAll(FOOTNOTE_MARKER)) {
      const key = m[1]!;
      // A marker without a note stays as written (lint rule footnote-unknown); a note without a
      // marker is not printed (footnote-unused).
      if (!Object.hasOwn(notes, key)) continue;
      let no = numbers.get(key);
      if (no === undefined) {
        no = numbers.size + 1;
        numbers.set(key, no);
        pending.push(key);
      }
      const before = run.text.slice(last, m.index);
      if (before || out.length === 0) out.push({ ...run, text: before });
      const { breakBefore: _, ...base } = run;
      out.push({ ...base, text: kindText(ctx, 'footnote-marker', { no }), superscript: true });
      last = m.index + m[0].length;
    }
    if (out.length === 0) return [run];
    const { breakBefore: _, ...base } = run;
    const rest = run.text.slice(last);
    if (rest) out.push({ ...base, text: rest });
    // The first piece keeps the run's line break; an empty leading piece only carries it.
    return out.filter((r, i) => r.text !== '' || (i === 0 && r.breakBefore));
  };

  return {
    mark(paragraphs) {
      for (const p of paragraphs) p.runs = p.runs.flatMap(split);
      return paragraphs;
    },
    flush() {
      const out = pending.map((key, i): Paragraph => {
        const text = kindText(ctx, 'footnote-note', { no: numbers.get(key)!, text: notes[key]! });
        const p: Paragraph = { type: 'paragraph', style: 'small', runs: textRuns(text) };
        if (i === 0) p.spaceBefore = ctx.theme.partGap / 2;
        return p;
      });
      pending = [];
      return out;
    },
  };
}
