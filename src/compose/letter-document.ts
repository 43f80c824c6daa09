/**
 * Document kind `letter` (сопроводительное письмо): the parts of the letter, which the preset
 * arranges (src/model/document-parts.ts) on a portrait page, every plan then following as a
 * landscape appendix (appendices.ts).
 *
 * The letter, top to bottom: the `letterhead` — the «угловой» block with the authority, its
 * requisites, the date and number, «На № … от …» and the title at the left, the addressee at the
 * upper right (letterhead.ts); the `salutation`, centred («Уважаемый Сергей Владимирович!», a
 * general one when none is written); the `text`; the `appendix-line` «Приложение: на 12 л. в
 * 1 экз.»; the `signature`; the `executor-mark` at the bottom of the last page. Each appendix:
 * «Приложение / к письму министерства … / от 16.06.2022 № 75-7747», the plan.
 *
 * The sheet count of the appendix line is `appendixMark.sheets` when the author gives it, else
 * the count measured by `render` (the appendices' page count in the PDF, passed in as
 * `appendixSheets`), else a blank «__» (composing alone cannot know it).
 */
import type { Paragraph } from '../model/document.js';
import { push, textParagraphs, type BodyComposer, type PartTable } from './body-state.js';
import type { ComposeContext } from './context.js';
import { kindText } from './kind-wording.js';
import { composeLetterhead } from './letterhead.js';
import { textParagraph } from './rich-text.js';

/** The parts of a cover letter. */
export const LETTER_PARTS: PartTable = {
  letterhead(c) {
    push(c, [composeLetterhead(c.ctx)]);
  },
  salutation(c) {
    const doc = c.ctx.roadmap.document;
    const salutation = textParagraph(kindText(c.ctx, 'letter-salutation', { salutation: doc.salutation ?? '' }), 'body-plain', { align: 'center' });
    salutation.spaceBefore = c.ctx.theme.partGap * 2;
    salutation.keepWithNext = true;
    push(c, [salutation]);
    // The text, whether the letter's `body` or blocks of an open body, stands a gap below.
    c.gapAfter = c.ctx.theme.partGap;
  },
  text(c) {
    const doc = c.ctx.roadmap.document;
    push(c, textParagraphs(c, doc.body, 'body', {}));
  },
  'appendix-line'(c) {
    const line = letterAppendixLine(c.ctx, c.appendixSheets);
    if (line) push(c, [line]);
  },
};

/** «Приложение: на 12 л. в 1 экз.» after the text, when the letter has appendices. */
export function letterAppendixLine(ctx: ComposeContext, appendixSheets?: number): Paragraph | undefined {
  const doc = ctx.roadmap.document;
  if (ctx.appendices.list.length === 0 && doc.appendixMark?.sheets === undefined) return undefined;
  const sheets = doc.appendixMark?.sheets ?? appendixSheets;
  const copies = doc.appendixMark?.copies ?? 1;
  const p = textParagraph(kindText(ctx, 'letter-appendix', { sheets: sheets === undefined ? '' : String(sheets), copies }), 'body-plain');
  p.spaceBefore = ctx.theme.partGap;
  return p;
}
