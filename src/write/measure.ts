/**
 * Font metrics for text height estimates: advance widths per character, cached per font set.
 * The built-in Tinos faces are measured from a kept table (tinos-metrics.generated.ts, the widths
 * fontkit reads from the fonts), so measuring needs neither the font files nor fontkit; a font set
 * of the caller's is read by fontkit (which pdfkit uses to embed fonts), loaded then.
 */
// First: pdfkit's and fontkit's unused parts are put off before either loads.
import './pdf/lazy-dependencies.js';
import { createRequire } from 'node:module';
import type { FaceMetrics } from './metrics-codegen.js';
import { isTinosFontSet, type FontSet } from './pdf/fonts.js';
import { TINOS_METRICS } from './tinos-metrics.generated.js';

interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
const require = createRequire(import.meta.url);

export interface FontMetrics {
  /** Width of `text` at 1 pt, in points. */
  width(text: string, bold: boolean): number;
  /**
   * A single-spaced line at 1 pt as Word and LibreOffice set it (and so both writers, see
   * line-height.ts): ascent, descent and the hhea line gap (Tinos, Times New Roman, Liberation
   * Serif: 2355 / 2048 = 1.150).
   */
  lineHeight: number;
  /** Ascent and descent at 1 pt without the line gap: what pdfkit's `font.lineHeight(1)` gives pdfmake. */
  glyphHeight: number;
}

/** What measuring needs of a face: its units per em, ascent, descent and line gap, an advance by code point. */
interface Face {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  advance(cp: number): number;
}

/** A face from the kept table: the advance of the glyph a code point maps to (binary search). */
function tableFace(m: FaceMetrics): Face {
  // Where each range's widths start in `widths`.
  const starts: number[] = [];
  for (let i = 0, at = 0; i < m.ranges.length; i += 2) {
    starts.push(at);
    at += m.ranges[i + 1]! - m.ranges[i]! + 1;
  }
  return {
    unitsPerEm: m.unitsPerEm,
    ascent: m.ascent,
    descent: m.descent,
    lineGap: m.lineGap,
    advance(cp) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const from = m.ranges[mid * 2]!;
        if (cp < from) hi = mid - 1;
        else if (cp > m.ranges[mid * 2 + 1]!) lo = mid + 1;
        else return m.widths[starts[mid]! + cp - from]!;
      }
      return m.notdef;
    },
  };
}

/** A face read by fontkit (a font set of the caller's). */
function fontkitFace(bytes: Uint8Array): Face {
  const fontkit = require('fontkit') as { create(buf: Buffer): FontkitFont };
  const font = fontkit.create(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { unitsPerEm: font.unitsPerEm, ascent: font.ascent, descent: font.descent, lineGap: font.lineGap, advance: (cp) => font.glyphForCodePoint(cp).advanceWidth };
}

let tinos: FontMetrics | undefined;

/** The metrics of the built-in Tinos faces, from the kept table. */
export function tinosMetrics(): FontMetrics {
  return (tinos ??= faceMetricsOf(tableFace(TINOS_METRICS.regular), tableFace(TINOS_METRICS.bold)));
}

const cache = new WeakMap<FontSet, FontMetrics>();

export function metricsOf(fonts: FontSet): FontMetrics {
  if (isTinosFontSet(fonts)) return tinosMetrics();
  let m = cache.get(fonts);
  if (m) return m;
  m = faceMetricsOf(fontkitFace(fonts.normal), fontkitFace(fonts.bold));
  cache.set(fonts, m);
  return m;
}

function faceMetricsOf(regular: Face, bold: Face): FontMetrics {
  // Advances of the Basic Multilingual Plane in arrays (NaN: not looked up yet), others in maps.
  const fast = [new Float64Array(0x10000).fill(NaN), new Float64Array(0x10000).fill(NaN)] as const;
  const slow = [new Map<number, number>(), new Map<number, number>()] as const;
  const advance = (font: Face, cp: number) => font.advance(cp) / font.unitsPerEm;
  return {
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
    lineHeight: (regular.ascent - regular.descent + Math.max(0, regular.lineGap)) / regular.unitsPerEm,
    glyphHeight: (regular.ascent - regular.descent) / regular.unitsPerEm,
  };
}
