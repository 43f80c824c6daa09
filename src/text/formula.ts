/**
 * The text of a formula line: `_{…}` is a subscript, `^{…}` a superscript, a backslash escapes
 * `_`, `^`, `{`, `}` and itself; everything else is printed as written.
 *
 *   'Д = Ч_{шнор} / Ч_{оо} × 100 %'
 *   → [{text: 'Д = Ч'}, {text: 'шнор', sub: true}, {text: ' / Ч'}, {text: 'оо', sub: true}, {text: ' × 100 %'}]
 *
 * An index left open (`Ч_{шнор`) runs to the end of the text; the loader warns (`formula-syntax`).
 */

export interface FormulaPiece {
  text: string;
  sub?: boolean;
  sup?: boolean;
}

export function formulaPieces(src: string): FormulaPiece[] {
  const out: FormulaPiece[] = [];
  let text = '';
  let mode: 'sub' | 'sup' | undefined;
  const flush = () => {
    if (text) out.push(mode === 'sub' ? { text, sub: true } : mode === 'sup' ? { text, sup: true } : { text });
    text = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\' && i + 1 < src.length && '\\_^{}'.includes(src[i + 1]!)) {
      text += src[++i];
    } else if (mode === undefined && (ch === '_' || ch === '^') && src[i + 1] === '{') {
      flush();
      mode = ch === '_' ? 'sub' : 'sup';
      i++;
    } else if (mode !== undefined && ch === '}') {
      flush();
      mode = undefined;
    } else {
      text += ch;
    }
  }
  flush();
  return out;
}

/** The index left open («_{шнор»), or undefined when every one is closed. */
export function formulaProblem(src: string): string | undefined {
  let open = -1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') i++;
    else if (open < 0 && (ch === '_' || ch === '^') && src[i + 1] === '{') {
      open = i;
      i++;
    } else if (open >= 0 && ch === '}') open = -1;
  }
  return open < 0 ? undefined : src.slice(open);
}
