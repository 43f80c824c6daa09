/**
 * Document kind `letter` (сопроводительное письмо): a portrait section with the letter, then
 * every plan as a landscape appendix.
 *
 * The letter, top to bottom: the «угловой» letterhead with the addressee at the upper right, the
 * date and number, «На № … от …» and the title (letterhead.ts); the salutation, centred
 * («Уважаемый Сергей Владимирович!», a general one when none is written); the body; the appendix mark «Приложение: на 12 л. в
 * 1 экз.»; the signature; the executor mark at the bottom of the last page.
 * Each appendix: «Приложение / к письму министерства … / от 16.06.2022 № 75-7747», the plan.
 *
 * The sheet count of the appendix mark is `appendixMark.sheets` when the author gives it, else
 * the count measured by `render` (the appendix's page count in the PDF, passed in as
 * `appendixSheets`), else a blank «__» (composing alone cannot know it).
 */
import type { Block, Paragraph, Section } from '../model/document.js';
import { composeAppendixMark } from './appendix-mark.js';
import { composeApprovalStamp } from './approval-stamp.js';
import type { ComposeContext } from './context.js';
import { composeExecutorMark } from './executor-mark.js';
import { kindText } from './kind-wording.js';
import { composeLetterhead } from './letterhead.js';
import { planBlocks } from './plan-blocks.js';
import { richToParagraphs, textParagraph } from './rich-text.js';
import { composeSignature } from './signature.js';

export function composeLetterDocument(ctx: ComposeContext, appendixSheets?: number): Section[] {
  const doc = ctx.roadmap.document;
  const plans = ctx.roadmap.plans;
  const gap = ctx.theme.partGap;
  const blocks: Block[] = [composeLetterhead(ctx)];

  const salutation = textParagraph(kindText(ctx, 'letter-salutation', { salutation: doc.salutation ?? '' }), 'body-plain', { align: 'center' });
  salutation.spaceBefore = gap * 2;
  salutation.keepWithNext = true;
  blocks.push(salutation);
  const body = richToParagraphs(doc.body, 'body');
  if (body[0]) body[0].spaceBefore = gap;
  blocks.push(...body);

  const mark = letterAppendixLine(ctx, appendixSheets);
  if (mark) blocks.push(mark);

  const signature = composeSignature(doc.signatories, doc.signatureLayout, doc.esignature, doc.gost, ctx.templates);
  // The gap above the signature is the theme's (signature.spaceBefore), as in orders.
  if (signature) blocks.push(signature);
  const executor = composeExecutorMark(doc, ctx.templates);
  if (executor) blocks.push(executor);

  const sections: Section[] = [{ orientation: 'portrait', blocks }];
  plans.forEach((plan, i) => {
    const appendix: Block[] = [composeAppendixMark(doc, i + 1, plans.length)];
    if (plan.approval) appendix.push(composeApprovalStamp(plan.approval, plan.gender, ctx.templates));
    appendix.push(...planBlocks(ctx, plan));
    sections.push({ orientation: 'landscape', blocks: appendix });
  });
  return sections;
}

/** «Приложение: на 12 л. в 1 экз.» after the body, when the letter has appendices. */
export function letterAppendixLine(ctx: ComposeContext, appendixSheets?: number): Paragraph | undefined {
  const doc = ctx.roadmap.document;
  if (ctx.roadmap.plans.length === 0 && doc.appendixMark?.sheets === undefined) return undefined;
  const sheets = doc.appendixMark?.sheets ?? appendixSheets;
  const copies = doc.appendixMark?.copies ?? 1;
  const p = textParagraph(kindText(ctx, 'letter-appendix', { sheets: sheets === undefined ? '' : String(sheets), copies }), 'body-plain');
  p.spaceBefore = ctx.theme.partGap;
  return p;
}

/** The letter's own pages come first: the appendices are every section after the first. */
export const LETTER_APPENDIX_FROM = 1;
