/**
 * Text the PDF cannot show as written: characters the embedded font lacks (emoji, CJK, Arabic;
 * the PDF writer prints a visible «�» instead, src/text/font-coverage.ts), right-to-left
 * script, which is printed in stored order, and bidi control characters, which both writers
 * leave out. All are located at the string that holds them.
 */
import { bidiControlName, bidiControlsIn } from '../../../text/bidi-controls.js';
import { charactersMissingFromPdfFont } from '../../../text/font-coverage.js';
import type { PathSegment } from '../../locate.js';
import type { LintContext, LintRule } from '../rule.js';
import { lintCached } from '../walk.js';

/**
 * Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms (Arabic forms B end at
 * U+FEFC: U+FEFF is the zero-width no-break space, no letter). Joiners (U+200C, U+200D) and
 * other format characters are no script.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

/**
 * Every string value of the input with its path (keys are ASCII by the schema), depth first.
 * The path is one array, changed as the walk goes: copy it to keep it.
 */
function eachString(value: unknown, visit: (text: string, path: PathSegment[]) => void, path: PathSegment[] = []): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachString(value[i], visit, path);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      path.push(k);
      eachString(record[k], visit, path);
      path.pop();
    }
  }
}

/** «🎉 (U+1F389), 中 (U+4E2D)»; at most five named. */
function describe(chars: string[]): string {
  const named = chars.slice(0, 5).map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  return named.join(', ') + (chars.length > 5 ? ', …' : '');
}

interface GlyphFindings {
  /** Strings with characters the font lacks: their paths and those characters. */
  missing: { path: PathSegment[]; chars: string[] }[];
  /** Paths of strings with right-to-left script. */
  rightToLeft: PathSegment[][];
  /** Strings with bidi control characters: their paths and those characters. */
  bidi: { path: PathSegment[]; chars: string[] }[];
}

/** Both rules' findings from one walk over every string of the input (once per lint run). */
function findings(ctx: LintContext): GlyphFindings {
  return lintCached('text-glyphs', ctx.input, () => {
    const found: GlyphFindings = { missing: [], rightToLeft: [], bidi: [] };
    eachString(ctx.input, (text, path) => {
      const missing = charactersMissingFromPdfFont(text);
      if (missing.length > 0) found.missing.push({ path: [...path], chars: missing });
      if (RIGHT_TO_LEFT.test(text)) found.rightToLeft.push([...path]);
      const bidi = bidiControlsIn(text);
      if (bidi.length > 0) found.bidi.push({ path: [...path], chars: bidi });
    });
    return found;
  });
}

export const textMissingGlyph: LintRule = {
  code: 'text-missing-glyph',
  severity: 'warning',
  description: { ru: 'в тексте символы, которых нет в шрифте PDF (эмодзи, иероглифы)', en: 'characters the PDF font lacks (emoji, CJK)' },
  check(ctx: LintContext) {
    for (const { path, chars } of findings(ctx).missing) ctx.report(ctx.position(path), { chars: describe(chars) });
  },
};

export const textRightToLeft: LintRule = {
  code: 'text-right-to-left',
  severity: 'warning',
  description: { ru: 'текст справа налево печатается в PDF в порядке записи', en: 'right-to-left text is printed in stored order in the PDF' },
  check(ctx: LintContext) {
    for (const path of findings(ctx).rightToLeft) ctx.report(ctx.position(path));
  },
};

/**
 * Bidi control characters (U+202E and the like): Word would reorder the text around them and the
 * PDF would not, so both writers leave them out; the warning names them.
 */
export const textBidiControl: LintRule = {
  code: 'text-bidi-control',
  severity: 'warning',
  description: { ru: 'в тексте управляющие символы направления письма (U+202E и др.): в документ они не попадают', en: 'bidi control characters (U+202E and the like): left out of the documents' },
  check(ctx: LintContext) {
    for (const { path, chars } of findings(ctx).bidi) ctx.report(ctx.position(path), { chars: chars.map(bidiControlName).join(', ') });
  },
};
