/**
 * Inline part of the rich-text subset: `*emphasis*`, `**bold**`, `***both***`, `[text](url)`,
 * bare `http(s)://…` links, backslash escapes (`\ `, a backslash before a space, is a no-break
 * space, as in Pandoc's Markdown). Link targets other than http, https and mailto stay text,
 * exactly as written.
 */
import type { Inline, TextSpan } from '../model/roadmap.js';

/** Characters a backslash escapes; before any other character the backslash is literal. */
const ESCAPABLE = new Set(['\\', '*', '[', ']', '(', ')', '_', '-', '`', '#', '+', '.', '!', '•', '<', '>']);

const LINK = /\[((?:\\.|[^\]\\])*)\]\(\s*([^()\s]*)\s*\)/y;
const BARE_URL = /(?:https?:\/\/|mailto:)[^\s<>"«»]+/iy;
const ALLOWED_TARGET = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

type EmphasisType = 'b' | 'i';

interface StarPiece {
  kind: 'star';
  canOpen: boolean;
  canClose: boolean;
  closes: EmphasisType[];
  opens: { type: EmphasisType; matched: boolean }[];
  literal: number;
}
type Piece = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string } | StarPiece;

/** True when a link target is one we allow to become clickable. */
export function isAllowedLinkTarget(href: string): boolean {
  return ALLOWED_TARGET.test(href);
}

/** A backslash before a space writes a no-break space. */
const NBSP = '\u00a0';

function unescape(s: string): string {
  return s.replace(/\\(.)/gu, (m, c: string) => (ESCAPABLE.has(c) ? c : c === ' ' ? NBSP : m));
}

/** Drops trailing punctuation from a bare URL, and a «)» that has no «(» inside it. */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const last = u.charAt(u.length - 1);
    if ('.,;:!?'.includes(last)) u = u.slice(0, -1);
    else if (last === ')' && (u.match(/\(/g)?.length ?? 0) < (u.match(/\)/g)?.length ?? 0)) u = u.slice(0, -1);
    else return u;
  }
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

function scan(line: string): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  // Plain characters are not appended one by one (a string built a character at a time is a
  // chain of one node per character, kept alive by the model): the run since `run` is taken
  // with one slice when something else comes.
  let run = 0;
  const take = (end: number): void => {
    if (end > run) text += line.slice(run, end);
  };
  const flush = (): void => {
    if (text !== '') pieces.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < line.length) {
    const ch = line.charAt(i);
    if (ch === '\\') {
      take(i);
      const next = line.charAt(i + 1);
      if (ESCAPABLE.has(next) || next === ' ') {
        text += next === ' ' ? NBSP : next;
        i += 2;
      } else {
        text += ch;
        i++;
      }
      run = i;
      continue;
    }
    if (ch === '[') {
      LINK.lastIndex = i;
      const m = LINK.exec(line);
      if (m) {
        take(i);
        const href = m[2] ?? '';
        if (isAllowedLinkTarget(href)) {
          flush();
          pieces.push({ kind: 'link', text: unescape(m[1] ?? '') || href, href });
        } else {
          text += m[0];
        }
        i += m[0].length;
        run = i;
        continue;
      }
    }
    if ((ch === 'h' || ch === 'H' || ch === 'm' || ch === 'M') && !/[\p{L}\p{N}]/u.test(line.charAt(i - 1))) {
      BARE_URL.lastIndex = i;
      const m = BARE_URL.exec(line);
      if (m) {
        const url = trimUrl(m[0]);
        if (isAllowedLinkTarget(url) && !/^mailto:$/i.test(url)) {
          take(i);
          flush();
          pieces.push({ kind: 'link', text: url, href: url });
          i += url.length;
          run = i;
          continue;
        }
      }
    }
    if (ch === '*') {
      take(i);
      let j = i;
      while (line.charAt(j) === '*') j++;
      const len = j - i;
      const before = line.charAt(i - 1) || undefined;
      const after = line.charAt(j) || undefined;
      flush();
      const canOpen = len <= 3 && !isSpace(after);
      const canClose = len <= 3 && !isSpace(before);
      pieces.push({ kind: 'star', canOpen, canClose, closes: [], opens: [], literal: len });
      i = j;
      run = i;
      continue;
    }
    i++;
  }
  take(i);
  flush();
  return pieces;
}

const SIZE: Record<EmphasisType, number> = { b: 2, i: 1 };

/** Pairs emphasis markers; unpaired ones become literal asterisks. */
function pairEmphasis(pieces: Piece[]): void {
  const stack: { piece: StarPiece; open: { type: EmphasisType; matched: boolean } }[] = [];
  for (const p of pieces) {
    if (p.kind !== 'star') continue;
    let remaining = p.literal;
    p.literal = 0;
    if (p.canClose) {
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top || remaining < SIZE[top.open.type]) break;
        stack.pop();
        top.open.matched = true;
        p.closes.push(top.open.type);
        remaining -= SIZE[top.open.type];
      }
    }
    if (p.canOpen && remaining > 0) {
      const types: EmphasisType[] = remaining === 3 ? ['b', 'i'] : remaining === 2 ? ['b'] : ['i'];
      for (const type of types) {
        const open = { type, matched: false };
        p.opens.push(open);
        stack.push({ piece: p, open });
      }
      remaining = 0;
    }
    p.literal = remaining;
  }
  for (const { piece, open } of stack) {
    if (!open.matched) piece.literal += SIZE[open.type];
  }
}

/** Parses one line (already trimmed and whitespace-folded) into inline spans. */
export function parseInline(line: string): Inline[] {
  const pieces = scan(line);
  pairEmphasis(pieces);
  const out: TextSpan[] = [];
  const depth = { b: 0, i: 0 };
  const emit = (text: string, link?: string): void => {
    if (text === '') return;
    const span: TextSpan = { type: 'text', text };
    if (depth.b > 0) span.bold = true;
    if (depth.i > 0) span.italic = true;
    if (link !== undefined) span.link = link;
    const prev = out[out.length - 1];
    if (prev && prev.bold === span.bold && prev.italic === span.italic && prev.link === undefined && link === undefined) {
      prev.text += text;
    } else {
      out.push(span);
    }
  };
  for (const p of pieces) {
    if (p.kind === 'text') emit(p.text);
    else if (p.kind === 'link') emit(p.text, p.href);
    else {
      for (const t of p.closes) depth[t]--;
      emit('*'.repeat(p.literal));
      for (const o of p.opens) if (o.matched) depth[o.type]++;
    }
  }
  return out;
}
