/**
 * Which characters the embedded PDF font (Tinos, from @expo-google-fonts/tinos; the same set in
 * all four faces) can draw: inclusive code point ranges, flattened [from, to, from, to, …].
 * Generated from the font; tests/text/font-coverage.test.ts checks it against the font file, so
 * a font upgrade that changes the set fails there with the new table printed.
 */
// prettier-ignore
export const PDF_FONT_RANGES: readonly number[] = [
  0x0, 0x0, 0xd, 0xd, 0x20, 0x7e, 0xa0, 0x377, 0x37a, 0x37f, 0x384, 0x38a,
  0x38c, 0x38c, 0x38e, 0x3a1, 0x3a3, 0x52f, 0x591, 0x5c7, 0x5d0, 0x5ea, 0x5f0, 0x5f4,
  0x1ab0, 0x1abe, 0x1c80, 0x1c88, 0x1d00, 0x1df5, 0x1dfb, 0x1f15, 0x1f18, 0x1f1d, 0x1f20, 0x1f45,
  0x1f48, 0x1f4d, 0x1f50, 0x1f57, 0x1f59, 0x1f59, 0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d, 0x1f5f, 0x1f7d,
  0x1f80, 0x1fb4, 0x1fb6, 0x1fc4, 0x1fc6, 0x1fd3, 0x1fd6, 0x1fdb, 0x1fdd, 0x1fef, 0x1ff2, 0x1ff4,
  0x1ff6, 0x1ffe, 0x2000, 0x2064, 0x2066, 0x2071, 0x2074, 0x208e, 0x2090, 0x209c, 0x20a0, 0x20be,
  0x20f0, 0x20f0, 0x2100, 0x214f, 0x2153, 0x2154, 0x215b, 0x215e, 0x2184, 0x2184, 0x2190, 0x2195,
  0x21a8, 0x21a8, 0x2202, 0x2202, 0x2206, 0x2206, 0x220f, 0x220f, 0x2211, 0x2212, 0x2215, 0x2215,
  0x2219, 0x221a, 0x221e, 0x221f, 0x2229, 0x2229, 0x222b, 0x222b, 0x2248, 0x2248, 0x2260, 0x2261,
  0x2264, 0x2265, 0x2302, 0x2302, 0x2310, 0x2310, 0x2320, 0x2321, 0x2500, 0x2500, 0x2502, 0x2502,
  0x250c, 0x250c, 0x2510, 0x2510, 0x2514, 0x2514, 0x2518, 0x2518, 0x251c, 0x251c, 0x2524, 0x2524,
  0x252c, 0x252c, 0x2534, 0x2534, 0x253c, 0x253c, 0x2550, 0x256c, 0x2580, 0x2580, 0x2584, 0x2584,
  0x2588, 0x2588, 0x258c, 0x258c, 0x2590, 0x2593, 0x25a0, 0x25a1, 0x25aa, 0x25ac, 0x25b2, 0x25b2,
  0x25ba, 0x25ba, 0x25bc, 0x25bc, 0x25c4, 0x25c4, 0x25ca, 0x25cc, 0x25cf, 0x25cf, 0x25d8, 0x25d9,
  0x25e6, 0x25e6, 0x263a, 0x263c, 0x2640, 0x2640, 0x2642, 0x2642, 0x2660, 0x2660, 0x2663, 0x2663,
  0x2665, 0x2666, 0x266a, 0x266b, 0x266f, 0x266f, 0x2c60, 0x2c7f, 0x2de0, 0x2e42, 0xa640, 0xa69f,
  0xa717, 0xa7ae, 0xa7b0, 0xa7b7, 0xa7f7, 0xa7ff, 0xab30, 0xab65, 0xf001, 0xf002, 0xf004, 0xf005,
  0xf00a, 0xf00e, 0xfb01, 0xfb04, 0xfb1d, 0xfb36, 0xfb38, 0xfb3c, 0xfb3e, 0xfb3e, 0xfb40, 0xfb41,
  0xfb43, 0xfb44, 0xfb46, 0xfb4f, 0xfe20, 0xfe2f, 0xfeff, 0xfeff, 0xfffc, 0xfffd, 0xffff, 0xffff,
];

/** The visible substitute printed in the PDF for a character the font cannot draw: «�». */
export const MISSING_GLYPH_SUBSTITUTE = '\uFFFD';

/** Whether the PDF font draws this code point (binary search over the ranges). */
export function pdfFontCovers(codePoint: number): boolean {
  let lo = 0;
  let hi = PDF_FONT_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const from = PDF_FONT_RANGES[mid * 2]!;
    const to = PDF_FONT_RANGES[mid * 2 + 1]!;
    if (codePoint < from) hi = mid - 1;
    else if (codePoint > to) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Line breaks and tabs are layout, not glyphs; other control characters, noncharacters and lone
 * surrogates cannot be stored in DOCX/PDF text at all and are the loader's to report
 * (`encoding-forbidden-char`), so they are not counted as missing glyphs either.
 */
function isLayoutCharacter(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0xfffe || cp === 0xffff || (cp >= 0xd800 && cp <= 0xdfff);
}

/**
 * Text made only of layout characters and characters of the font's wide ranges (Latin, Greek,
 * Cyrillic, punctuation…) draws them all: most text is accepted by this one regular expression
 * instead of a look-up per character; anything else goes through the look-up below.
 * (Only the wide ranges: a character class of every range is several times slower.)
 */
const DRAWN_OR_LAYOUT = (() => {
  const hex = (cp: number) => `\\u${cp.toString(16).padStart(4, '0')}`;
  let set = `${hex(0)}-${hex(0x1f)}${hex(0x7f)}-${hex(0x9f)}`;
  for (let i = 0; i < PDF_FONT_RANGES.length; i += 2) {
    const from = PDF_FONT_RANGES[i]!;
    const to = PDF_FONT_RANGES[i + 1]!;
    if (to - from >= 32 && to <= 0xffff && (to < 0xd800 || from > 0xdfff)) set += `${hex(from)}-${hex(to)}`;
  }
  // Code units, not code points: a surrogate is in no range, so text beyond the plane never matches.
  return new RegExp(`^[${set}]*$`);
})();

/** The distinct characters of `text` the PDF font cannot draw, in order of first appearance. */
export function charactersMissingFromPdfFont(text: string): string[] {
  if (DRAWN_OR_LAYOUT.test(text)) return [];
  const out: string[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isLayoutCharacter(cp) && !pdfFontCovers(cp) && !out.includes(ch)) out.push(ch);
  }
  return out;
}

/** `text` with every character the PDF font cannot draw replaced by the visible substitute. */
export function substituteMissingGlyphs(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += isLayoutCharacter(cp) || pdfFontCovers(cp) ? ch : MISSING_GLYPH_SUBSTITUTE;
  }
  return out;
}
