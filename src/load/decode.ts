/**
 * Bytes → text: UTF-8 only. A byte-order mark is skipped (with a note), invalid UTF-8 is
 * rejected at the first bad byte, and characters that XML 1.0 cannot carry (and so a DOCX cannot
 * hold) are reported where they are. CRLF line ends are accepted as they are; a lone CR (old Mac
 * line ends) is read as LF.
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
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    // Often valid UTF-8 (NUL bytes are), but not text: every other byte would be a NUL character.
    diagnostics.push(createDiagnostic('encoding-utf16', lang, file, { line: 1, column: 1 }, { order: utf16.order, bom: utf16.bom ? 'yes' : 'no' }));
    return { diagnostics, lenientText: new TextDecoder(utf16.order === 'LE' ? 'utf-16le' : 'utf-16be').decode(bytes) };
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    diagnostics.push(createDiagnostic('encoding-bom', lang, file, { line: 1, column: 1 }));
  }
  const body = bytes.subarray(start);
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    // Old Mac line ends (a lone CR) become LF, one character for one, so that lines are counted
    // as an editor shows them; YAML treats both as line breaks.
    const text = decoded.includes('\r') ? decoded.replace(/\r(?!\n)/g, '\n') : decoded;
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

/**
 * Whether the bytes are UTF-16: a byte-order mark (FF FE, FE FF), or, without one, NUL bytes
 * standing at every other place (the high bytes of ASCII characters) and nowhere else in the
 * first kilobyte. A roadmap starts with ASCII keys, so a UTF-16 one always shows the pattern.
 */
export function utf16Kind(bytes: Uint8Array): { order: 'LE' | 'BE'; bom: boolean } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { order: 'LE', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { order: 'BE', bom: true };
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs / 4 && evenNul === 0) return { order: 'LE', bom: false };
  if (evenNul >= pairs / 4 && oddNul === 0) return { order: 'BE', bom: false };
  return undefined;
}

/** Characters XML 1.0 forbids: C0 controls except tab/LF/CR, U+FFFE, U+FFFF, lone surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every character `FORBIDDEN` can match, and surrogates in pairs too: one class, scanned several times faster. */
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function findForbiddenCharacters(text: string, file: string, lang: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!MAYBE_FORBIDDEN.test(text)) return out;
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
    const name = forbiddenCharName(code);
    out.push(createDiagnostic('encoding-forbidden-char', lang, file, { line, column: m.index - lineStart + 1 }, { char: name }));
  }
  return out;
}

/** The name of a forbidden character in messages: «NUL (U+0000)», «U+0001», «U+FFFE». */
export function forbiddenCharName(code: number): string {
  return code === 0 ? 'NUL (U+0000)' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character of `value` that XML 1.0 cannot carry (a lone surrogate counts), or undefined. */
export function firstForbiddenChar(value: string): { index: number; code: number } | undefined {
  const re = new RegExp(FORBIDDEN.source);
  const m = re.exec(value);
  return m ? { index: m.index, code: m[0].charCodeAt(0) } : undefined;
}

/**
 * In the source of a double-quoted YAML scalar, the offset (within `source`) of the first escape
 * sequence that produces a character XML cannot carry: `\0 \a \b \e \f \v`, `\x01`, `\u0001`,
 * `\uFFFE`, or a `\uD800`-style surrogate that is not part of a pair. Undefined when none is found.
 */
export function forbiddenEscapeOffset(source: string): number | undefined {
  const re = /\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([0abefv])|[\s\S])/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[4] !== undefined) return m.index;
    const hex = m[1] ?? m[2] ?? m[3];
    if (hex === undefined) continue;
    const code = parseInt(hex, 16);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffe || code === 0xffff) return m.index;
    if (code >= 0xdc00 && code <= 0xdfff) return m.index;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = /^\\u([0-9A-Fa-f]{4})/.exec(source.slice(re.lastIndex));
      const lowCode = low ? parseInt(low[1]!, 16) : -1;
      if (lowCode < 0xdc00 || lowCode > 0xdfff) return m.index;
      re.lastIndex += 6;
    }
  }
  return undefined;
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

/** The size of `text` in UTF-8, in bytes (without encoding it). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
