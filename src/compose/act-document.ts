/**
 * Document kinds `order` (приказ) and `directive` (распоряжение): a portrait section with the
 * act, then every plan as a landscape appendix.
 *
 * The act, top to bottom: authority name lines; the document word ПРИКАЗ / РАСПОРЯЖЕНИЕ and its
 * qualifier («начальника управления»); the date at the left and «№ 50» at the right of one line
 * (a draft: «от «__» ________ 20__ г.» and «№ ____»); the place; the title; the preamble ending
 * with the operative word; numbered points «1.», «1.1.» (four levels at most) with appendix
 * placeholders resolved; the signature (with the e-signature stamp between position and name);
 * the executor mark at the bottom of the act's last page.
 *
 * Each appendix: the appendix mark «Приложение № N / к приказу <authority> / от <date> № <no>»
 * («Приложение» alone when there is one), the plan's own approval stamp if it has one, the plan.
 * A draft with endorsements ends with its endorsement sheet (endorsement-sheet.ts).
 */
import type { Block, Paragraph, Run, Section } from '../model/document.js';
import type { Point, RichText } from '../model/roadmap.js';
import { standardPointReference } from '../text/placeholders.js';
import { parseRichText } from '../text/rich-text.js';
import { composeAppendixMark } from './appendix-mark.js';
import { resolveAppendixRefs } from './appendix-refs.js';
import { composeApprovalStamp } from './approval-stamp.js';
import { report, type ComposeContext } from './context.js';
import { composeEndorsementSheet } from './endorsement-sheet.js';
import { composeExecutorMark } from './executor-mark.js';
import { planBlocks } from './plan-blocks.js';
import { orEmpty, plainText, richToParagraphs, textParagraph } from './rich-text.js';
import { composeSignature } from './signature.js';

export function composeActDocument(ctx: ComposeContext): Section[] {
  const doc = ctx.roadmap.document;
  const plans = ctx.roadmap.plans;
  const blocks: Block[] = [...actHeader(ctx), ...actBody(ctx)];
  const signature = composeSignature(doc.signatories, doc.signatureLayout, doc.esignature, doc.gost, ctx.templates);
  if (signature) blocks.push(signature);
  const mark = composeExecutorMark(doc, ctx.templates);
  if (mark) blocks.push(mark);

  const sections: Section[] = [{ orientation: 'portrait', blocks }];
  plans.forEach((plan, i) => {
    const appendix: Block[] = [composeAppendixMark(doc, i + 1, plans.length, ctx.templates)];
    if (plan.approval) appendix.push(composeApprovalStamp(plan.approval, plan.gender, ctx.templates));
    appendix.push(...planBlocks(ctx, plan));
    sections.push({ orientation: 'landscape', blocks: appendix });
  });
  // A draft's endorsement sheet is its separate last sheet, after the appendices.
  const endorsements = composeEndorsementSheet(ctx);
  if (endorsements) sections.push(endorsements);
  return sections;
}

/** Authority, document word, qualifier, date and number, place, title. */
export function actHeader(ctx: ComposeContext): Block[] {
  const doc = ctx.roadmap.document;
  const blocks: Block[] = [];
  for (const line of doc.authority?.name ?? []) blocks.push(textParagraph(line, 'authority'));
  // Template `order-heading` / `directive-heading`: the word, then (after a blank line) the qualifier.
  const [word = '', ...qualifier] = ctx.templates.paragraphs(`${doc.kind}-heading`, { qualifier: doc.qualifier ?? '' });
  blocks.push(textParagraph(word, 'doc-type'));
  for (const q of qualifier) blocks.push(textParagraph(q, 'subtitle'));
  const [left, right] = dateAndNumber(ctx);
  blocks.push({ type: 'split-line', style: 'body-plain', left: [{ text: left }], right: [{ text: right }] });
  if (doc.place) blocks.push(textParagraph(doc.place, 'body-plain', { align: 'center' }));
  if (doc.title) {
    const title = orEmpty(richToParagraphs(resolveAppendixRefs(ctx, doc.title), 'title'), 'title');
    title.at(-1)!.keepWithNext = true;
    blocks.push(...title);
  }
  return blocks;
}

/**
 * «14.02.2022» / «№ 50»; a draft: «от «__» ________ 20__ г.» / «№ ____» (templates `act-date`,
 * `act-number`).
 */
export function dateAndNumber(ctx: ComposeContext): [string, string] {
  const doc = ctx.roadmap.document;
  const date = ctx.templates.text('act-date', { date: doc.date ?? '', dateStyle: doc.dateStyle });
  const number = ctx.templates.text('act-number', { number: doc.number ?? '' });
  return [date, number];
}

/** Preamble with the operative word, then the numbered points. */
export function actBody(ctx: ComposeContext): Paragraph[] {
  const doc = ctx.roadmap.document;
  const preamble = richToParagraphs(doc.preamble && resolveAppendixRefs(ctx, doc.preamble), 'body');
  const out = withOperative(ctx, preamble);
  out.push(...pointParagraphs(ctx, doc.points, '', 0));
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
  const op = doc.operative;
  let run: Run | undefined;
  let ownLine = false;
  if (op === 'none') return preamble;
  // Template `order-operative` / `directive-operative`: the word with its colon, lower case.
  const word = typeof op === 'string' ? ctx.templates.text(`${doc.kind}-operative`, {}) : '';
  if (op === 'spaced') run = { text: word, characterSpacing: ctx.theme.operativeSpacing };
  else if (op === 'plain') {
    run = { text: word };
    ownLine = true;
  } else if (op === 'caps') {
    run = { text: word.toLocaleUpperCase('ru-RU') };
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
): Paragraph[] {
  // Deeper than four levels: lint rule points-too-deep.
  const out: Paragraph[] = [];
  points.forEach((point, i) => {
    const no = `${prefix}${i + 1}.`;
    const text = standardPoint(ctx, point) ?? point.text;
    const paragraphs = orEmpty(richToParagraphs(resolveAppendixRefs(ctx, text), 'body', { level }), 'body', { level });
    const first = paragraphs[0]!;
    first.runs = [{ text: `${no} ` }, ...first.runs];
    out.push(...paragraphs, ...pointParagraphs(ctx, point.points, no, level + 1));
  });
  return out;
}

/**
 * A point written as `{point:NAME}` (or `{point:NAME:PLAN-ID}`) is the text of template
 * `point-NAME`: «Утвердить прилагаемый план-график … (приложение № 1).», «Контроль исполнения
 * настоящего приказа оставляю за собой.» The template sees the document kind, the authority and
 * the plan (the first one, or the one named); its text may use the rich-text markup.
 */
export function standardPoint(ctx: ComposeContext, point: Point): RichText | undefined {
  const ref = standardPointReference(plainText(point.text));
  if (!ref) return undefined;
  const name = `point-${ref.name}`;
  if (!ctx.templates.has(name)) {
    report(ctx, 'point-template-unknown', { name: ref.name }, point.loc);
    return undefined;
  }
  const plans = ctx.roadmap.plans;
  const plan = ref.planId === undefined ? plans[0] : plans.find((p) => p.id === ref.planId);
  // An unknown plan id: lint rule appendix-unknown; the point prints as written.
  if (ref.planId !== undefined && !plan) return undefined;
  const doc = ctx.roadmap.document;
  const data = {
    kind: doc.kind,
    authority: doc.authority?.genitive ?? '',
    plan: plan
      ? { id: plan.id ?? '', title: plan.title, subtitle: plan.subtitle ?? '', gender: plan.gender, index: plan.index }
      : { id: '', title: '', subtitle: '', gender: 'm', index: 0 },
    plans: plans.length,
  };
  return parseRichText(ctx.templates.text(name, data));
}
