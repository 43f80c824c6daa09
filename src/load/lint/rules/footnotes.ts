/**
 * Footnotes: `[^key]` in any text of the document, its plans and its directory refers to
 * `document.footnotes.key` (or `passport.footnotes.key`). Composing marks every text printed as
 * runs (src/compose/footnotes.ts), so every string is read here; the texts printed otherwise —
 * signature lines, the executor mark, the e-signature stamp, the approval stamp's word, a row's
 * execution (the status report's) and the notes themselves — keep a marker as written
 * (footnote-misplaced).
 *
 * Each finding is located at the marker itself (line and column inside the string).
 */
import type { RoadmapInput } from '../../../model/roadmap-input.js';
import { FOOTNOTE_MARKER } from '../../../text/placeholders.js';
import type { PathSegment } from '../../locate.js';
import { nearest } from '../../suggest.js';
import type { LintContext, LintRule } from '../rule.js';
import { lintCached } from '../walk.js';

interface MarkerUse {
  key: string;
  /** The string's path. */
  path: PathSegment[];
  /** The marker as written («[^key]») and which of its occurrences in the string it is (from 0). */
  marker: string;
  occurrence: number;
  /** In a text that is not printed as runs: the marker stays as written. */
  misplaced: boolean;
}

/** Keys whose strings are no text that is printed. */
const NOT_TEXT: ReadonlySet<string> = new Set(['id', 'extends', 'after', 'before', 'lint']);

/**
 * Texts where a marker is not read: lines of a signature (the document's, a plan's, a signature
 * block's in the body or an appendix), the executor mark, an e-signature stamp, a stamp's word
 * (the document's, a plan's, an appendix's), a row's execution (printed by `plangraf report`
 * only, as written), a note.
 */
function misplacedAt(path: readonly PathSegment[]): boolean {
  if (isNote(path)) return true;
  if (path[0] === 'document' && (path[1] === 'executor' || path[1] === 'esignature')) return true;
  return path.some((segment, i) =>
    segment === 'signatories' ||
    segment === 'execution' ||
    // A signature block of the body: `{signature: [...]}`.
    (segment === 'signature' && typeof path[i - 1] === 'number') ||
    (segment === 'approval' && path[i + 1] === 'word'));
}

/** Whether `path` is a note's text (`document.footnotes.KEY`, `document.passport.footnotes.KEY`). */
function isNote(path: readonly PathSegment[]): boolean {
  return path.length >= 2 && path[path.length - 2] === 'footnotes' && path[0] === 'document';
}

/** Every `[^key]` in the strings of the input, in the order of the file. */
function markerUses(ctx: LintContext): MarkerUse[] {
  return lintCached('footnote-uses', ctx.input, () => {
    const out: MarkerUse[] = [];
    const path: PathSegment[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === 'string') {
        if (!value.includes('[^')) return;
        const seen = new Map<string, number>();
        const misplaced = misplacedAt(path);
        for (const m of value.matchAll(FOOTNOTE_MARKER)) {
          const occurrence = seen.get(m[0]) ?? 0;
          seen.set(m[0], occurrence + 1);
          out.push({ key: m[1]!, path: [...path], marker: m[0], occurrence, misplaced });
        }
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => {
          path.push(i);
          visit(v);
          path.pop();
        });
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          if (NOT_TEXT.has(k)) continue;
          path.push(k);
          visit(v);
          path.pop();
        }
      }
    };
    const input = ctx.input as RoadmapInput & Record<string, unknown>;
    for (const top of ['document', 'organisations', 'plan', 'plans'] as const) {
      if (input[top] === undefined) continue;
      path.push(top);
      visit(input[top]);
      path.pop();
    }
    return out;
  });
}

/** The notes by key, with where each is defined (the document's wins over the passport's). */
function notesOf(ctx: LintContext): Map<string, PathSegment[]> {
  const doc = ctx.input.document;
  const notes = new Map<string, PathSegment[]>();
  for (const key of Object.keys(doc.passport?.footnotes ?? {})) notes.set(key, ['document', 'passport', 'footnotes', key]);
  for (const key of Object.keys(doc.footnotes ?? {})) notes.set(key, ['document', 'footnotes', key]);
  return notes;
}

export const footnoteUnknown: LintRule = {
  code: 'footnote-unknown',
  severity: 'warning',
  description: { ru: 'метка сноски [^ключ] без текста в document.footnotes', en: 'a footnote marker [^key] with no note in document.footnotes' },
  check(ctx) {
    const notes = notesOf(ctx);
    const keys = [...notes.keys()];
    for (const use of markerUses(ctx)) {
      if (use.misplaced || notes.has(use.key)) continue;
      ctx.report(ctx.positionOf(use.path, use.marker, use.occurrence), { key: use.key, suggestion: nearest(use.key, keys) });
    }
  },
};

export const footnoteUnused: LintRule = {
  code: 'footnote-unused',
  severity: 'warning',
  description: { ru: 'сноска из document.footnotes, на которую нет метки в тексте', en: 'a note in document.footnotes that no marker refers to' },
  check(ctx) {
    const used = new Set(markerUses(ctx).filter((u) => !u.misplaced).map((u) => u.key));
    for (const [key, path] of notesOf(ctx)) {
      if (!used.has(key)) ctx.report(ctx.position(path, 'key'), { key });
    }
  },
};

export const footnoteMisplaced: LintRule = {
  code: 'footnote-misplaced',
  severity: 'warning',
  description: {
    ru: 'метка сноски там, где сноски не печатаются (подпись, отметка об исполнителе, штамп ЭП, слово грифа, сведения об исполнении, текст сноски)',
    en: 'a footnote marker where notes are not printed (signature, executor mark, e-signature stamp, stamp word, execution, a note)',
  },
  check(ctx) {
    for (const use of markerUses(ctx)) {
      if (use.misplaced) ctx.report(ctx.positionOf(use.path, use.marker, use.occurrence), { key: use.key });
    }
  },
};

export const footnoteDuplicate: LintRule = {
  code: 'footnote-duplicate',
  severity: 'warning',
  description: { ru: 'сноска с одним ключом и в document.footnotes, и в passport.footnotes', en: 'a note key in both document.footnotes and passport.footnotes' },
  check(ctx) {
    const doc = ctx.input.document;
    const own = doc.footnotes ?? {};
    for (const key of Object.keys(doc.passport?.footnotes ?? {})) {
      if (Object.hasOwn(own, key)) ctx.report(ctx.position(['document', 'passport', 'footnotes', key], 'key'), { key });
    }
  },
};
