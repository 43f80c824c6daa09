/**
 * Text the PDF cannot show as written: characters the embedded font lacks (emoji, CJK, Arabic;
 * the PDF writer prints a visible «�» instead, src/text/font-coverage.ts) and right-to-left
 * script, which is printed in stored order. Both are located at the string that holds them.
 */
import { charactersMissingFromPdfFont } from '../../../text/font-coverage.js';
import type { PathSegment } from '../../locate.js';
import type { LintContext, LintRule } from '../rule.js';
import { lintCached } from '../walk.js';

/** Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

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
}

/** Both rules' findings from one walk over every string of the input (once per lint run). */
function findings(ctx: LintContext): GlyphFindings {
  return lintCached('text-glyphs', ctx.input, () => {
    const found: GlyphFindings = { missing: [], rightToLeft: [] };
    eachString(ctx.input, (text, path) => {
      const missing = charactersMissingFromPdfFont(text);
      if (missing.length > 0) found.missing.push({ path: [...path], chars: missing });
      if (RIGHT_TO_LEFT.test(text)) found.rightToLeft.push([...path]);
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
