import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  PDF_FONT_RANGES,
  charactersMissingFromPdfFont,
  pdfFontCovers,
  substituteMissingGlyphs,
} from '../../src/text/font-coverage.js';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { openSync(path: string): { characterSet: number[] } };
const FACES = ['400Regular/Tinos_400Regular.ttf', '700Bold/Tinos_700Bold.ttf', '400Regular_Italic/Tinos_400Regular_Italic.ttf', '700Bold_Italic/Tinos_700Bold_Italic.ttf'];

describe('the PDF font coverage table', () => {
  it('is exactly the character set of every embedded Tinos face', () => {
    const table = new Set<number>();
    for (let i = 0; i < PDF_FONT_RANGES.length; i += 2) for (let c = PDF_FONT_RANGES[i]!; c <= PDF_FONT_RANGES[i + 1]!; c++) table.add(c);
    for (const face of FACES) {
      const set = fontkit.openSync(require.resolve(`@expo-google-fonts/tinos/${face}`)).characterSet;
      expect(new Set(set), face).toEqual(table);
    }
  });

  it('answers for Cyrillic, typography, Hebrew; not for emoji, CJK, Arabic', () => {
    for (const ch of 'Ёжё№«»–—…\u00a0ש') expect(pdfFontCovers(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of ['🎉', '中', 'ع']) expect(pdfFontCovers(ch.codePointAt(0)!), ch).toBe(false);
  });

  it('lists missing characters once each and substitutes a visible «�»', () => {
    expect(charactersMissingFromPdfFont('Праздник 🎉🎉 中文\n')).toEqual(['🎉', '中', '文']);
    expect(substituteMissingGlyphs('Праздник 🎉 中')).toBe('Праздник \ufffd \ufffd');
    expect(substituteMissingGlyphs('строка\nдругая\tтаб')).toBe('строка\nдругая\tтаб');
  });
});
