/**
 * Document kinds `order` (приказ) and `directive` (распоряжение): a portrait section with the
 * act, then every plan as a landscape appendix.
 *
 * The act, top to bottom: authority name lines; the document word ПРИКАЗ / РАСПОРЯЖЕНИЕ and its
 * qualifier («начальника управления»); the date at the left and «№ 50» at the right of one line
 * (a draft: «от «__» ________ 20__ г.» and «№ ____»); the place; the title; the preamble ending
 * with the operative word; numbered points «1.», «1.1.» (four levels at most) with appendix
 * placeholders resolved; the signature; the executor mark.
 *
 * Each appendix: the appendix mark «Приложение № N / к приказу <authority> / от <date> № <no>»
 * («Приложение» alone when there is one), the plan's own approval stamp if it has one, the plan.
 */
import type { Block, Paragraph, Run, Section } from '../model/document.js';
import type { Point } from '../model/roadmap.js';
import { blankDate, formatDate } from '../text/russian-date.js';
import { composeAppendixMark } from './appendix-mark.js';
import { resolveAppendixRefs } from './appendix-refs.js';
import { composeApprovalStamp } from './approval-stamp.js';
import { report, type ComposeContext } from './context.js';
import { composeExecutorMark } from './executor-mark.js';
import { planBlocks } from './plan-blocks.js';
import { orEmpty, richToParagraphs, textParagraph } from './rich-text.js';
import { composeSignature } from './signature.js';
import {
  BLANK_NUMBER_HEADER,
  DOC_TYPE_WORD,
  MESSAGES,
  OPERATIVE_WORD,
  fromDate,
  numberSign,
} from './wording.js';

/** Points deeper than this are reported (records management allows four levels). */
export const MAX_POINT_LEVELS = 4;

export function composeActDocument(ctx: ComposeContext): Section[] {
  const doc = ctx.roadmap.document;
  const plans = ctx.roadmap.plans;
  const blocks: Block[] = [...actHeader(ctx), ...actBody(ctx)];
  const signature = composeSignature(doc.signatories, doc.signatureLayout, doc.esignature);
  if (signature) blocks.push(signature);
  const mark = composeExecutorMark(doc);
  if (mark) blocks.push(mark);

  const sections: Section[] = [{ orientation: 'portrait', blocks }];
  plans.forEach((plan, i) => {
    const appendix: Block[] = [composeAppendixMark(doc, i + 1, plans.length)];
    if (plan.approval) appendix.push(composeApprovalStamp(plan.approval, plan.gender));
    appendix.push(...planBlocks(ctx, plan));
    sections.push({ orientation: 'landscape', blocks: appendix });
  });
  return sections;
}

/** Authority, document word, qualifier, date and number, place, title. */
export function actHeader(ctx: ComposeContext): Block[] {
  const doc = ctx.roadmap.document;
  const blocks: Block[] = [];
  for (const line of doc.authority?.name ?? []) blocks.push(textParagraph(line, 'authority'));
  blocks.push(textParagraph(DOC_TYPE_WORD[doc.kind] ?? '', 'doc-type'));
  if (doc.qualifier) blocks.push(textParagraph(doc.qualifier, 'subtitle'));
  const [left, right] = dateAndNumber(ctx);
  blocks.push({ type: 'split-line', style: 'body-plain', left: [{ text: left }], right: [{ text: right }] });
  if (doc.place) blocks.push(textParagraph(doc.place, 'body-plain', { align: 'center' }));
  if (doc.title) {
    const title = orEmpty(richToParagraphs(resolveAppendixRefs(ctx, doc.title, doc.loc), 'title'), 'title');
    title.at(-1)!.keepWithNext = true;
    blocks.push(...title);
  }
  return blocks;
}

/** «14.02.2022» / «№ 50»; a draft: «от «__» ________ 20__ г.» / «№ ____». */
export function dateAndNumber(ctx: ComposeContext): [string, string] {
  const doc = ctx.roadmap.document;
  const date = doc.date
    ? doc.dateStyle === 'quoted'
      ? fromDate(formatDate(doc.date, 'quoted'))
      : formatDate(doc.date, doc.dateStyle)
    : fromDate(blankDate());
  return [date, numberSign(doc.number ?? BLANK_NUMBER_HEADER)];
}

/** Preamble with the operative word, then the numbered points. */
export function actBody(ctx: ComposeContext): Paragraph[] {
  const doc = ctx.roadmap.document;
  const preamble = richToParagraphs(doc.preamble && resolveAppendixRefs(ctx, doc.preamble, doc.loc), 'body');
  const out = withOperative(ctx, preamble);
  const state = { reportedDepth: false };
  out.push(...pointParagraphs(ctx, doc.points, '', 0, state));
  return out;
}

/**
 * The operative word: spaced «п р и к а з ы в а ю:» (character spacing from the theme, not typed
 * spaces) ends the preamble's last paragraph (seed 001); plain «приказываю:» (seed 004) and caps
 * «ПРИКАЗЫВАЮ:» stand on their own line; a custom word stands on its own line when written in
 * capitals, else ends the preamble (so `{text: 'приказываю:'}` appends the plain word).
 */
export function withOperative(ctx: ComposeContext, preamble: Paragraph[]): Paragraph[] {
  const doc = ctx.roadmap.document;
  const word = OPERATIVE_WORD[doc.kind] ?? '';
  const op = doc.operative;
  let run: Run | undefined;
  let ownLine = false;
  if (op === 'none') return preamble;
  if (op === 'spaced') run = { text: `${word}:`, characterSpacing: ctx.theme.operativeSpacing };
  else if (op === 'plain') {
    run = { text: `${word}:` };
    ownLine = true;
  } else if (op === 'caps') {
    run = { text: `${word.toLocaleUpperCase('ru-RU')}:` };
    ownLine = true;
  } else {
    run = { text: op.text };
    ownLine = op.text === op.text.toLocaleUpperCase('ru-RU');
  }
  const last = preamble.at(-1);
  if (ownLine || !last) return [...preamble, { type: 'paragraph', style: 'body-plain', runs: [run] }];
  last.runs = [...last.runs, { text: ' ' }, run];
  return preamble;
}

function pointParagraphs(
  ctx: ComposeContext,
  points: readonly Point[],
  prefix: string,
  level: number,
  state: { reportedDepth: boolean },
): Paragraph[] {
  const out: Paragraph[] = [];
  points.forEach((point, i) => {
    if (level >= MAX_POINT_LEVELS && !state.reportedDepth) {
      state.reportedDepth = true;
      report(ctx, 'point-too-deep', 'warning', MESSAGES.pointTooDeep(), point.loc);
    }
    const no = `${prefix}${i + 1}.`;
    const paragraphs = orEmpty(richToParagraphs(resolveAppendixRefs(ctx, point.text, point.loc), 'body', { level }), 'body', { level });
    const first = paragraphs[0]!;
    first.runs = [{ text: `${no} ` }, ...first.runs];
    out.push(...paragraphs, ...pointParagraphs(ctx, point.points, no, level + 1, state));
  });
  return out;
}
