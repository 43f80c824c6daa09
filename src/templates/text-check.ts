/**
 * A template's text passes the checks a roadmap's text passes (src/load/decode.ts, the text
 * lint rules): the file is UTF-8 (a Windows-1251 template is reported at its first bad byte,
 * never printed as «������»), and holds no character a DOCX cannot carry (errors, at the line
 * and column in the template: the template is then not used); bidi controls and characters the
 * PDF font lacks are warned about at their place, as in a roadmap (the writers leave bidi
 * controls out and print «�» for a missing glyph).
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { createDiagnostic } from '../diagnostics/create.js';
import { decodeUtf8, findForbiddenCharacters } from '../load/decode.js';
import { bidiControlName, bidiControlsIn } from '../text/bidi-controls.js';
import { charactersMissingFromPdfFont } from '../text/font-coverage.js';

export function checkTemplateText(raw: string | Uint8Array, file: string, lang: Language): { text: string; diagnostics: Diagnostic[] } {
  let text: string;
  const diagnostics: Diagnostic[] = [];
  if (typeof raw === 'string') text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  else {
    const decoded = decodeUtf8(raw, file, lang);
    // A byte-order mark is simply skipped: it is no part of the wording.
    diagnostics.push(...decoded.diagnostics.filter((d) => d.code !== 'encoding-bom'));
    if (decoded.text === undefined) return { text: decoded.lenientText ?? '', diagnostics };
    text = decoded.text;
  }
  diagnostics.push(...findForbiddenCharacters(text, file, lang));
  const bidi = bidiControlsIn(text);
  if (bidi.length > 0) {
    diagnostics.push(createDiagnostic('text-bidi-control', lang, file, positionOf(text, text.indexOf(bidi[0]!)), { chars: bidi.map(bidiControlName).join(', ') }));
  }
  const missing = charactersMissingFromPdfFont(text);
  if (missing.length > 0) {
    const named = missing.slice(0, 5).map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ') + (missing.length > 5 ? ', …' : '');
    diagnostics.push(createDiagnostic('text-missing-glyph', lang, file, positionOf(text, text.indexOf(missing[0]!)), { chars: named }));
  }
  return { text, diagnostics };
}

/** Line and column (1-based, UTF-16 code units) of an offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lastNl = before.lastIndexOf('\n');
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lastNl };
}
