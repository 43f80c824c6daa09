/**
 * Bidirectional formatting characters: the embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). Word obeys them and reorders the text
 * around them («10 000,00» after U+202E shows as «00,000 01»); the PDF writer prints text in
 * stored order. So that both documents say the same, the writers leave them out
 * (src/write/model-text.ts) and the loader warns where they are (`text-bidi-control`).
 */

/** One bidi control character. */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const NAMES: Readonly<Record<number, string>> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** «U+202E RIGHT-TO-LEFT OVERRIDE». */
export function bidiControlName(ch: string): string {
  const code = ch.codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${NAMES[code] ?? ''}`.trim();
}

/** The distinct bidi controls of `text`, in order of first appearance. */
export function bidiControlsIn(text: string): string[] {
  if (!BIDI_CONTROL.test(text)) return [];
  return [...new Set(text.match(BIDI_CONTROLS) ?? [])];
}

/** `text` without bidi controls. */
export function withoutBidiControls(text: string): string {
  return BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}
