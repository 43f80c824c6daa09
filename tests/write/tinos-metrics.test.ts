/**
 * The kept Tinos metrics (src/write/tinos-metrics.generated.ts) are the fonts' own: the module is
 * what the generator makes of the font files now, and text measured from it has exactly the width
 * fontkit measures from the font files, for every code point the fonts map and some they do not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metricsOf, tinosMetrics } from '../../src/write/measure.js';
import { GENERATED_URL, metricsModuleSource, openFace } from '../../src/write/metrics-codegen.js';
import { tinosFonts } from '../../src/write/pdf/fonts.js';

describe('kept Tinos metrics', () => {
  it('the kept module is current with the font files (else: npm run fonts:metrics)', () => {
    expect(readFileSync(GENERATED_URL, 'utf8')).toBe(metricsModuleSource());
  });

  it('every code point measures as fontkit measures it from the font file', () => {
    const fonts = tinosFonts();
    const kept = tinosMetrics();
    const faces = [openFace(fonts.normal), openFace(fonts.bold)] as const;
    const points = [...new Set([...faces[0].characterSet, ...faces[1].characterSet, 0x1f600, 0x4e2d, 0x10ffff, 0xe000, 0xd7ff, 0x600])];
    let compared = 0;
    for (const cp of points) {
      const text = String.fromCodePoint(cp);
      faces.forEach((face, i) => {
        expect(kept.width(text, i === 1), `U+${cp.toString(16)} ${i ? 'bold' : 'regular'}`).toBe(face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(4000);
    expect(kept.glyphHeight).toBe((faces[0].ascent - faces[0].descent) / faces[0].unitsPerEm);
    // Word's and LibreOffice's single line: the line gap included (Times New Roman 12 pt: 13.8 pt).
    expect(kept.lineHeight).toBe((faces[0].ascent - faces[0].descent + 87) / faces[0].unitsPerEm);
  });

  it('the built-in font set is measured from the kept table; another font set by fontkit, with the same widths', () => {
    const fonts = tinosFonts();
    expect(metricsOf(fonts)).toBe(tinosMetrics());
    const copy = { ...fonts };
    const read = metricsOf(copy);
    expect(read).not.toBe(tinosMetrics());
    const sample = 'Проведение мероприятия № 15 «500+» — ĂăŞş, ΑΩ, עברית 😀';
    expect(read.width(sample, false)).toBe(tinosMetrics().width(sample, false));
    expect(read.width(sample, true)).toBe(tinosMetrics().width(sample, true));
  });
});
