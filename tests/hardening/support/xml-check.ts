/**
 * A small XML 1.0 well-formedness checker for the parts of a DOCX package (no XML library is a
 * declared dependency). It checks what an office suite's strict parser rejects: characters XML
 * cannot carry, unbalanced or crossed tags, one root element, quoted and unique attributes,
 * well-formed entity and character references, comments, CDATA and processing instructions.
 * It does not resolve namespaces or read a DTD (OOXML parts have none).
 *
 *   xmlProblem('<a><b/></a>')   // undefined: well-formed
 *   xmlProblem('<a><b></a>')    // 'offset 6: </a> closes <b>'
 */

const NAME = /^[A-Za-z_:\u00C0-\uFFFD][\w.\-:\u00B7\u00C0-\uFFFD]*/u;
/** Characters XML 1.0 forbids (lone surrogates included). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REFERENCE = /^&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

/** The first well-formedness problem of `xml`, or undefined when it is well-formed. */
export function xmlProblem(xml: string): string | undefined {
  const bad = FORBIDDEN.exec(xml);
  if (bad) return `offset ${bad.index}: character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`;
  let i = 0;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  if (xml.startsWith('<?xml', i)) {
    const end = xml.indexOf('?>', i);
    if (end < 0) return 'unterminated XML declaration';
    i = end + 2;
  }
  const stack: string[] = [];
  let roots = 0;
  const textProblem = (text: string, at: number): string | undefined => {
    if (stack.length === 0 && text.trim() !== '') return `offset ${at}: text outside the root element`;
    if (text.includes(']]>')) return `offset ${at}: "]]>" in text`;
    for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
      const ref = REFERENCE.exec(text.slice(k, k + 12));
      if (!ref) return `offset ${at + k}: bare "&" or unknown entity`;
      const num = /^&#(x?)([0-9A-Fa-f]+);/.exec(ref[0]);
      if (num) {
        const code = parseInt(num[2]!, num[1] ? 16 : 10);
        if (!(code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff))) {
          return `offset ${at + k}: character reference ${ref[0]} to a character XML cannot carry`;
        }
      }
    }
    return undefined;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    const tp = textProblem(text, i);
    if (tp) return tp;
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) return `offset ${i}: unterminated comment`;
      if (xml.slice(i + 4, end).includes('--')) return `offset ${i}: "--" inside a comment`;
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return `offset ${i}: CDATA outside the root element`;
      const end = xml.indexOf(']]>', i);
      if (end < 0) return `offset ${i}: unterminated CDATA`;
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) return `offset ${i}: unterminated processing instruction`;
      if (/^<\?xml[\s?]/i.test(xml.slice(i, i + 6))) return `offset ${i}: XML declaration not at the start`;
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<!', i)) return `offset ${i}: DOCTYPE or other declaration (not expected in OOXML)`;
    if (xml.startsWith('</', i)) {
      const m = NAME.exec(xml.slice(i + 2));
      if (!m) return `offset ${i}: bad end tag`;
      const after = i + 2 + m[0].length;
      const close = /^\s*>/.exec(xml.slice(after));
      if (!close) return `offset ${i}: bad end tag </${m[0]}`;
      const open = stack.pop();
      if (open !== m[0]) return `offset ${i}: </${m[0]}> closes <${open ?? '(nothing)'}>`;
      i = after + close[0].length;
      continue;
    }
    const m = NAME.exec(xml.slice(i + 1));
    if (!m) return `offset ${i}: "<" not followed by a name`;
    const name = m[0];
    let k = i + 1 + name.length;
    const attrs = new Set<string>();
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(k))![0];
      k += ws.length;
      if (xml.startsWith('/>', k) || xml.startsWith('>', k)) break;
      if (ws === '') return `offset ${k}: missing space before an attribute of <${name}>`;
      const an = NAME.exec(xml.slice(k));
      if (!an) return `offset ${k}: bad attribute in <${name}>`;
      if (attrs.has(an[0])) return `offset ${k}: attribute ${an[0]} twice in <${name}>`;
      attrs.add(an[0]);
      k += an[0].length;
      const eq = /^\s*=\s*/.exec(xml.slice(k));
      if (!eq) return `offset ${k}: attribute ${an[0]} without a value`;
      k += eq[0].length;
      const q = xml[k];
      if (q !== '"' && q !== "'") return `offset ${k}: unquoted attribute ${an[0]}`;
      const end = xml.indexOf(q, k + 1);
      if (end < 0) return `offset ${k}: unterminated attribute ${an[0]}`;
      const value = xml.slice(k + 1, end);
      if (value.includes('<')) return `offset ${k}: "<" in attribute ${an[0]}`;
      const vp = textProblem(value, k + 1);
      if (vp && !vp.includes('outside the root')) return vp;
      k = end + 1;
    }
    const selfClosing = xml.startsWith('/>', k);
    if (stack.length === 0) {
      roots++;
      if (roots > 1) return `offset ${i}: a second root element <${name}>`;
    }
    if (!selfClosing) stack.push(name);
    i = k + (selfClosing ? 2 : 1);
  }
  if (stack.length > 0) return `unclosed <${stack.at(-1)}>`;
  if (roots !== 1) return 'no root element';
  return undefined;
}
