/**
 * Bytes → text: UTF-8 only. A byte-order mark is skipped (with a note), invalid UTF-8 is
 * rejected at the first bad byte, and characters that XML 1.0 cannot carry (and so a DOCX cannot
 * hold) are reported where they are. CRLF line ends are accepted as they are.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { createDiagnostic, type Position } from '../diagnostics/create.js';

export interface DecodeResult {
  /** The text, absent when the bytes are not UTF-8. */
  text?: string;
  /** The text with bad bytes replaced by «�», for showing source lines under diagnostics. */
  lenientText?: string;
  diagnostics: Diagnostic[];
}

/** At most this many forbidden characters are reported one by one. */
const MAX_CHAR_REPORTS = 20;

export function decodeUtf8(bytes: Uint8Array, file: string, lang: Language): DecodeResult {
  const diagnostics: Diagnostic[] = [];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    diagnostics.push(createDiagnostic('encoding-bom', lang, file, { line: 1, column: 1 }));
  }
  const body = bytes.subarray(start);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, diagnostics };
  } catch {
    const bad = firstInvalidUtf8(body);
    const prefix = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const pos = positionAtEnd(prefix);
    diagnostics.push(createDiagnostic('encoding-invalid-utf8', lang, file, pos, {
      byte: (body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0'),
    }));
    return { diagnostics, lenientText: new TextDecoder('utf-8').decode(body) };
  }
}

/** Characters XML 1.0 forbids: C0 controls except tab/LF/CR, U+FFFE, U+FFFF, lone surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function findForbiddenCharacters(text: string, file: string, lang: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  FORBIDDEN.lastIndex = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let m = FORBIDDEN.exec(text); m && out.length < MAX_CHAR_REPORTS; m = FORBIDDEN.exec(text)) {
    for (let i = scanned; i < m.index; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = m.index;
    const code = m[0].charCodeAt(0);
    const name = code === 0 ? 'NUL (U+0000)' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    out.push(createDiagnostic('encoding-forbidden-char', lang, file, { line, column: m.index - lineStart + 1 }, { char: name }));
  }
  return out;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let min = 0;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

/** The position just after `prefix` (1-based line and column, in UTF-16 code units). */
function positionAtEnd(prefix: string): Position {
  const lastNl = prefix.lastIndexOf('\n');
  const line = (prefix.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: prefix.length - (lastNl + 1) + 1 };
}
