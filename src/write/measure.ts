/**
 * Font metrics for text height estimates (fontkit, which pdfkit uses to embed fonts): advance
 * widths per character, cached per font set.
 */
// First: pdfkit's and fontkit's unused parts are put off before either loads.
import './pdf/lazy-dependencies.js';
import { createRequire } from 'node:module';
import type { FontSet } from './pdf/fonts.js';

interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(buf: Buffer): FontkitFont };

export interface FontMetrics {
  /** Width of `text` at 1 pt, in points. */
  width(text: string, bold: boolean): number;
  /** Line height at 1 pt with single spacing, as pdfmake computes it. */
  lineHeight: number;
}

const cache = new WeakMap<FontSet, FontMetrics>();

export function metricsOf(fonts: FontSet): FontMetrics {
  let m = cache.get(fonts);
  if (m) return m;
  const toBuf = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));
  const regular = fontkit.create(toBuf(fonts.normal));
  const bold = fontkit.create(toBuf(fonts.bold));
  // Advances of the Basic Multilingual Plane in arrays (NaN: not looked up yet), others in maps.
  const fast = [new Float64Array(0x10000).fill(NaN), new Float64Array(0x10000).fill(NaN)] as const;
  const slow = [new Map<number, number>(), new Map<number, number>()] as const;
  const advance = (font: FontkitFont, cp: number) => font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
  m = {
    width(text, isBold) {
      const font = isBold ? bold : regular;
      const table = fast[isBold ? 1 : 0];
      let w = 0;
      for (let i = 0; i < text.length; i++) {
        let cp = text.charCodeAt(i);
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
          const low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
            i++;
          }
        }
        if (cp < 0x10000) {
          let a = table[cp] as number;
          if (Number.isNaN(a)) table[cp] = a = advance(font, cp);
          w += a;
        } else {
          const map = slow[isBold ? 1 : 0];
          let a = map.get(cp);
          if (a === undefined) map.set(cp, (a = advance(font, cp)));
          w += a;
        }
      }
      return w;
    },
    lineHeight: (regular.ascent - regular.descent) / regular.unitsPerEm,
  };
  cache.set(fonts, m);
  return m;
}
