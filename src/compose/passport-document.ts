/**
 * Document kind `passport` (паспорт регионального проекта, DOMAIN.md §1). A portrait section
 * with the passport's text, then each plan-graph in a landscape section; the signatories (two,
 * side by side with `signatureLayout: side-by-side`) sign after the last plan.
 *
 * The text, top to bottom: the approval stamp by a meeting «УТВЕРЖДЕН / на расширенном
 * заседании … / (протокол от 14 мая 2020 г. № 3)»; the title; the named roles «Куратор
 * Проекта: Зотова Ю.В. – начальник управления …»; the goal; the tasks as bullets; the indicators
 * table (indicator-table.ts); the numbered expected results; the narrative sections. Footnote
 * markers anywhere in it are marked once the document is composed (footnotes.ts).
 *
 * The stamp's word agrees with what is approved, whoever approves it: «паспорт» is masculine, so
 * «УТВЕРЖДЕН на расширенном заседании …» as «УТВЕРЖДЕН приказом …» («УТВЕРЖДАЮ» for an
 * official). `approval.word` overrides.
 */
import type { Block, Paragraph, Section } from '../model/document.js';
import type { Passport } from '../model/roadmap.js';
import { composeApprovalStamp } from './approval-stamp.js';
import type { ComposeContext } from './context.js';
import { composeExecutorMark } from './executor-mark.js';
import { indicatorTableBlocks } from './indicator-table.js';
import { kindText } from './kind-wording.js';
import { planBlocks } from './plan-blocks.js';
import { orEmpty, richToParagraphs, textParagraph } from './rich-text.js';
import { composeSignature } from './signature.js';

/** «паспорт» is masculine: the stamp above it says «УТВЕРЖДЕН». */
const PASSPORT_GENDER = 'm';

const EMPTY_PASSPORT: Passport = { roles: [], tasks: [], results: [], sections: [], footnotes: {} };

export function composePassportDocument(ctx: ComposeContext): Section[] {
  const doc = ctx.roadmap.document;
  const passport = doc.passport ?? EMPTY_PASSPORT;
  const gap = ctx.theme.partGap;
  const blocks: Block[] = [];

  // Without one: lint rule passport-no-approval.
  if (doc.approval) blocks.push(composeApprovalStamp(doc.approval, PASSPORT_GENDER, ctx.templates));

  if (doc.title) {
    const title = orEmpty(richToParagraphs(doc.title, 'title'), 'title');
    title.at(-1)!.keepWithNext = true;
    blocks.push(...title);
  }

  passport.roles.forEach((r, i) => {
    const p = textParagraph(kindText(ctx, 'passport-role', { role: r.role, name: r.name, position: r.position ?? '' }), 'body');
    if (i === 0) p.spaceBefore = gap;
    blocks.push(p);
  });

  if (passport.goal) {
    blocks.push(heading(ctx, kindText(ctx, 'passport-goal', {})));
    blocks.push(...richToParagraphs(passport.goal, 'body'));
  }

  if (passport.tasks.length > 0) {
    blocks.push(heading(ctx, kindText(ctx, 'passport-tasks', {})));
    for (const task of passport.tasks) {
      // Bullets hang at the margin (the marker stands where a first-line indent would).
      const paragraphs = orEmpty(richToParagraphs(task, 'body-plain'), 'body-plain');
      paragraphs[0]!.bullet = true;
      blocks.push(...paragraphs);
    }
  }

  if (passport.indicators) {
    const title = passport.indicators.title ?? kindText(ctx, 'passport-indicators', {});
    blocks.push({ ...heading(ctx, title), align: 'center' });
    blocks.push(...indicatorTableBlocks(ctx, passport.indicators, passport.loc));
  }

  if (passport.results.length > 0) {
    blocks.push(heading(ctx, kindText(ctx, 'passport-results', {})));
    passport.results.forEach((result, i) => {
      const paragraphs = orEmpty(richToParagraphs(result, 'body'), 'body');
      paragraphs[0]!.runs = [{ text: `${i + 1}. ` }, ...paragraphs[0]!.runs];
      blocks.push(...paragraphs);
    });
  }

  for (const section of passport.sections) {
    const title = textParagraph(section.title, 'title');
    title.keepWithNext = true;
    blocks.push(title, ...richToParagraphs(section.text, 'body'));
  }

  const sections: Section[] = [{ orientation: 'portrait', blocks }];
  const plans = ctx.roadmap.plans;
  plans.forEach((plan, i) => {
    const last = i === plans.length - 1;
    const planSection: Block[] = [];
    if (plan.approval) planSection.push(composeApprovalStamp(plan.approval, plan.gender, ctx.templates));
    planSection.push(...planBlocks(ctx, plan));
    if (last) planSection.push(...closing(ctx));
    sections.push({ orientation: 'landscape', blocks: planSection });
  });
  if (plans.length === 0) blocks.push(...closing(ctx));
  return sections;
}

/** A bold heading of a part, kept with what follows. */
function heading(ctx: ComposeContext, text: string): Paragraph {
  const p = textParagraph(text, 'body-plain', { bold: true });
  p.spaceBefore = ctx.theme.partGap;
  p.keepWithNext = true;
  return p;
}

/** The document's signatories and the executor mark. */
function closing(ctx: ComposeContext): Block[] {
  const doc = ctx.roadmap.document;
  const out: Block[] = [];
  const signature = composeSignature(doc.signatories, doc.signatureLayout, doc.esignature, doc.gost, ctx.templates);
  if (signature) out.push(signature);
  const mark = composeExecutorMark(doc, ctx.templates);
  if (mark) out.push(mark);
  return out;
}
