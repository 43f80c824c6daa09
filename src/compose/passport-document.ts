/**
 * Document kind `passport` (паспорт регионального проекта, DOMAIN.md §1): the parts of the
 * passport, which the preset arranges (src/model/document-parts.ts): the text on portrait pages,
 * each plan-graph on landscape pages after it (`plans`), the signatories (two, side by side with
 * `signatureLayout: side-by-side`) after the last plan.
 *
 * The text, top to bottom: the `approval` stamp by a meeting «УТВЕРЖДЕН / на расширенном
 * заседании … / (протокол от 14 мая 2020 г. № 3)» (with `label`, «ПРИЛОЖЕНИЕ» above it); the
 * `title`; the named `roles` «Куратор Проекта: Зотова Ю.В. – начальник управления …»; the
 * `goal`; the `tasks` as bullets; the `indicators` table (indicator-table.ts); the numbered
 * expected `results`; the narrative `sections`. Footnote markers anywhere in it are marked once
 * the document is composed (footnotes.ts). A part's heading comes from its template
 * (`passport-goal` …), from `wording:`, or from the part's `heading:` in the body; `{part: goal,
 * inline: true}` prints «Цель Проекта: создание …» as one paragraph.
 *
 * The stamp's word agrees with what is approved, whoever approves it: «паспорт» is masculine, so
 * «УТВЕРЖДЕН на расширенном заседании …» as «УТВЕРЖДЕН приказом …» («УТВЕРЖДАЮ» for an
 * official). `approval.word` overrides.
 */
import type { Paragraph } from '../model/document.js';
import type { IndicatorTableInput } from '../model/roadmap-input.js';
import type { Passport, PartBlock } from '../model/roadmap.js';
import type { SourceLocation } from '../model/source.js';
import { composeApprovalStamp } from './approval-stamp.js';
import { composeDocumentTitle } from './common-parts.js';
import { push, textParagraphs, type BodyComposer, type PartTable } from './body-state.js';
import { indicatorTableBlocks } from './indicator-table.js';
import { kindText, type KindTemplateName } from './kind-wording.js';
import { orEmpty, textParagraph } from './rich-text.js';
import { inlineHeading } from './text-blocks.js';

/** «паспорт» is masculine: the stamp above it says «УТВЕРЖДЕН». */
const PASSPORT_GENDER = 'm';

const EMPTY_PASSPORT: Passport = { roles: [], tasks: [], results: [], sections: [], footnotes: {} };

const passportOf = (c: BodyComposer): Passport => c.ctx.roadmap.document.passport ?? EMPTY_PASSPORT;

/** The parts of a project passport. */
export const PASSPORT_PARTS: PartTable = {
  approval(c) {
    const doc = c.ctx.roadmap.document;
    // Without one: lint rule passport-no-approval.
    if (doc.approval) push(c, [composeApprovalStamp(doc.approval, PASSPORT_GENDER, c.ctx.templates)]);
  },
  title: composeDocumentTitle,
  roles(c) {
    composeRoles(c, passportOf(c).roles);
  },
  goal(c, part) {
    const passport = passportOf(c);
    if (!passport.goal) return;
    const title = headingText(c, part, 'passport-goal');
    if (part.inline) {
      const paragraphs = inlineHeading(c, title ? [{ type: 'paragraph', content: [{ type: 'text', text: title }] }] : [], passport.goal, passport.loc);
      paragraphs[0]!.spaceBefore = c.ctx.theme.partGap;
      push(c, paragraphs);
      return;
    }
    if (title) push(c, [partHeading(c, title)]);
    push(c, textParagraphs(c, passport.goal, 'body', {}));
  },
  tasks(c, part) {
    const passport = passportOf(c);
    if (passport.tasks.length === 0) return;
    const title = headingText(c, part, 'passport-tasks');
    if (title) push(c, [partHeading(c, title)]);
    for (const task of passport.tasks) {
      // Bullets hang at the margin (the marker stands where a first-line indent would).
      const paragraphs = orEmpty(textParagraphs(c, task, 'body-plain', {}), 'body-plain');
      paragraphs[0]!.bullet = true;
      push(c, paragraphs);
    }
  },
  indicators(c, part) {
    const passport = passportOf(c);
    if (!passport.indicators) return;
    const title = part.heading ?? passport.indicators.title ?? kindText(c.ctx, 'passport-indicators', {});
    composeIndicators(c, passport.indicators, title, passport.loc);
  },
  results(c, part) {
    const passport = passportOf(c);
    if (passport.results.length > 0) {
      const title = headingText(c, part, 'passport-results');
      if (title) push(c, [partHeading(c, title)]);
      passport.results.forEach((result, i) => {
        const paragraphs = orEmpty(textParagraphs(c, result, 'body', {}), 'body');
        paragraphs[0]!.runs = [{ text: `${i + 1}. ` }, ...paragraphs[0]!.runs];
        push(c, paragraphs);
      });
    }
  },
  sections(c) {
    const passport = passportOf(c);
    for (const section of passport.sections) {
      const title = textParagraph(section.title, 'title');
      title.keepWithNext = true;
      push(c, [title]);
      push(c, textParagraphs(c, section.text, 'body', {}));
    }
  },
};

/** The part's heading: its `heading:` in the body ('' for none), else the template's. */
function headingText(c: BodyComposer, part: PartBlock, template: KindTemplateName): string {
  return part.heading ?? c.ctx.templates.text(template, {});
}

/** A bold heading of a part, kept with what follows. */
export function partHeading(c: BodyComposer, text: string): Paragraph {
  const p = textParagraph(text, 'body-plain', { bold: true });
  p.spaceBefore = c.ctx.theme.partGap;
  p.keepWithNext = true;
  return p;
}

/** «Куратор Проекта: Зотова Ю.В. – начальник управления …», one paragraph each. */
export function composeRoles(c: BodyComposer, roles: Passport['roles']): void {
  roles.forEach((r, i) => {
    const p = textParagraph(kindText(c.ctx, 'passport-role', { role: r.role, name: r.name, position: r.position ?? '' }), 'body');
    if (i === 0) p.spaceBefore = c.ctx.theme.partGap;
    push(c, [p]);
  });
}

/** The indicators table under its centred heading ('' for none). */
export function composeIndicators(c: BodyComposer, table: IndicatorTableInput, title: string, loc?: SourceLocation): void {
  if (title) push(c, [{ ...partHeading(c, title), align: 'center' }]);
  push(c, indicatorTableBlocks(c.ctx, table, loc));
}
