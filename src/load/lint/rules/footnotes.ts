import type { PassportInput } from '../../../model/roadmap-input.js';
import { footnoteReferences } from '../../../text/placeholders.js';
import type { PathSegment } from '../../locate.js';
import { nearest } from '../../suggest.js';
import type { LintContext, LintRule } from '../rule.js';
import { lintCached } from '../walk.js';

/**
 * The footnotes of a project passport: `[^key]` in its text refers to `passport.footnotes.key`.
 * The texts are those composing marks (src/compose/passport-document.ts): the title, the roles,
 * the goal, the tasks, the indicator names, the results, the sections' titles and texts.
 */
interface FootnoteUse {
  key: string;
  path: PathSegment[];
}

function passportTexts(title: string | undefined, p: PassportInput): { text: string; path: PathSegment[] }[] {
  const at = (...rest: PathSegment[]): PathSegment[] => ['document', 'passport', ...rest];
  const out: { text: string; path: PathSegment[] }[] = [];
  if (title !== undefined) out.push({ text: title, path: ['document', 'title'] });
  (p.roles ?? []).forEach((r, i) => {
    out.push({ text: r.role, path: at('roles', i, 'role') }, { text: r.name, path: at('roles', i, 'name') });
    if (r.position !== undefined) out.push({ text: r.position, path: at('roles', i, 'position') });
  });
  if (p.goal !== undefined) out.push({ text: p.goal, path: at('goal') });
  (p.tasks ?? []).forEach((t, i) => out.push({ text: t, path: at('tasks', i) }));
  (p.indicators?.rows ?? []).forEach((r, i) => out.push({ text: r.name, path: at('indicators', 'rows', i, 'name') }));
  (p.results ?? []).forEach((r, i) => out.push({ text: r, path: at('results', i) }));
  (p.sections ?? []).forEach((s, i) => out.push({ text: s.title, path: at('sections', i, 'title') }, { text: s.text, path: at('sections', i, 'text') }));
  return out;
}

/** Every `[^key]` of a passport with the text it is in; none when the document is not a passport. */
function footnoteUses(ctx: LintContext): FootnoteUse[] {
  return lintCached('footnote-uses', ctx.input, () => {
    const doc = ctx.input.document;
    if (doc.kind !== 'passport' || !doc.passport) return [];
    return passportTexts(doc.title, doc.passport).flatMap(({ text, path }) => footnoteReferences(text).map((key) => ({ key, path })));
  });
}

export const footnoteUnknown: LintRule = {
  code: 'footnote-unknown',
  severity: 'warning',
  description: { ru: 'метка сноски [^ключ] без текста в passport.footnotes', en: 'a footnote marker [^key] with no note in passport.footnotes' },
  check(ctx) {
    const notes = ctx.input.document.passport?.footnotes ?? {};
    const keys = Object.keys(notes);
    for (const { key, path } of footnoteUses(ctx)) {
      if (!Object.hasOwn(notes, key)) ctx.report(ctx.position(path), { key, suggestion: nearest(key, keys) });
    }
  },
};

export const footnoteUnused: LintRule = {
  code: 'footnote-unused',
  severity: 'warning',
  description: { ru: 'сноска из passport.footnotes, на которую нет метки в тексте', en: 'a note in passport.footnotes that no marker refers to' },
  check(ctx) {
    const doc = ctx.input.document;
    if (doc.kind !== 'passport') return;
    const used = new Set(footnoteUses(ctx).map((u) => u.key));
    for (const key of Object.keys(doc.passport?.footnotes ?? {})) {
      if (!used.has(key)) ctx.report(ctx.position(['document', 'passport', 'footnotes', key], 'key'), { key });
    }
  },
};
