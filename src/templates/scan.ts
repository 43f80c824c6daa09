/**
 * A rough scan of template source for the two mistakes people make most — a tag left open
 * (`{{name`) and a block closed wrongly or never (`{{#if}}` … `{{/each}}`, `{{#if}}` without
 * `{{/if}}`) — so that a syntax error points at the tag to fix rather than at the end of the file,
 * where the generated parser notices. Used only after the parser has failed.
 */
export interface ScanProblem {
  kind: 'unclosed-tag' | 'unclosed-block' | 'mismatched-close' | 'stray-close';
  /** 1-based. */
  line: number;
  column: number;
  /** The block name (for block problems). */
  name?: string;
  /** The name in the closing tag (mismatched-close). */
  closing?: string;
}

export function scanTemplate(source: string): ScanProblem | undefined {
  const stack: { name: string; offset: number }[] = [];
  let i = 0;
  while (true) {
    const open = source.indexOf('{{', i);
    if (open < 0) break;
    if (open > 0 && source[open - 1] === '\\') {
      i = open + 2;
      continue;
    }
    // Comments may contain «}}»: {{!-- … --}}.
    const isLongComment = source.startsWith('{{!--', open) || source.startsWith('{{~!--', open);
    const close = isLongComment ? source.indexOf('--', open + 4) : source.indexOf('}}', open + 2);
    const closeEnd = isLongComment && close >= 0 ? source.indexOf('}}', close) : close;
    const nextOpen = source.indexOf('{{', open + 2);
    if (closeEnd < 0 || (!isLongComment && nextOpen >= 0 && nextOpen < closeEnd)) {
      return { kind: 'unclosed-tag', ...lineColumn(source, open) };
    }
    const inner = source.slice(open + 2, closeEnd).replace(/^\{?~?\s*/, '');
    const m = /^([#^/])\s*([^\s}~()]+)/.exec(inner);
    if (m && !(m[1] === '^' && m[2] === '')) {
      const [, sigil, name] = m as unknown as [string, string, string];
      if (sigil === '/') {
        const top = stack.pop();
        if (!top) return { kind: 'stray-close', name, ...lineColumn(source, open) };
        if (top.name !== name) return { kind: 'mismatched-close', name: top.name, closing: name, ...lineColumn(source, open) };
      } else if (!name.startsWith('>') && !name.startsWith('*')) {
        stack.push({ name, offset: open });
      }
    }
    i = closeEnd + 2;
  }
  const unclosed = stack.pop();
  if (unclosed) return { kind: 'unclosed-block', name: unclosed.name, ...lineColumn(source, unclosed.offset) };
  return undefined;
}

/** 1-based line and column of an offset (columns count UTF-16 units, like the parser's). */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}
