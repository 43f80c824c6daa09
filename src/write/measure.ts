/**
 * Font metrics for text height estimates (fontkit, which pdfkit uses to embed fonts): advance
 * widths per character, cached per font set.
 */
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
  const widths = [new Map<number, number>(), new Map<number, number>()] as const;
  const advance = (font: FontkitFont, map: Map<number, number>, cp: number) => {
    let w = map.get(cp);
    if (w === undefined) {
      w = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
      map.set(cp, w);
    }
    return w;
  };
  m = {
    width(text, isBold) {
      const font = isBold ? bold : regular;
      const map = widths[isBold ? 1 : 0];
      let w = 0;
      for (const ch of text) w += advance(font, map, ch.codePointAt(0) ?? 32);
      return w;
    },
    lineHeight: (regular.ascent - regular.descent) / regular.unitsPerEm,
  };
  cache.set(fonts, m);
  return m;
}
