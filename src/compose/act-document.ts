/**
 * Document kinds `order` (приказ) and `directive` (распоряжение): the parts of the act, which
 * the preset arranges (src/model/document-parts.ts) on a portrait page, every plan then following
 * as a landscape appendix (appendices.ts), a draft's endorsement sheet last.
 *
 * The act, top to bottom: `authority` name lines; `doc-type`, the word ПРИКАЗ / РАСПОРЯЖЕНИЕ and
 * its qualifier («начальника управления»); `date-number`, the date at the left and «№ 50» at the
 * right of one line (a draft: «от «__» ________ 20__ г.» and «№ ____»); `place`; `title`;
 * `preamble`, then the `operative` word ending it; numbered `points` «1.», «1.1.» (four levels at
 * most) with appendix references resolved; the `signature` (with the e-signature stamp between
 * position and name); the `executor-mark` at the bottom of the act's last page.
 *
 * Each appendix: the appendix mark «Приложение № N / к приказу <authority> / от <date> № <no>»
 * («Приложение» alone when there is one), the plan's own approval stamp if it has one, the plan.
 */
import type { Paragraph, Run } from '../model/document.js';
import type { Point, RichText } from '../model/roadmap.js';
import { standardPointReference } from '../text/placeholders.js';
import { parseRichText } from '../text/rich-text.js';
import { composeAmendmentPoints } from './amendment-document.js';
import { appendixReferenceText, resolveAppendixRefs } from './appendix-refs.js';
import { push, textParagraphs, type BodyComposer, type PartTable } from './body-state.js';
import { composeDocumentTitle } from './common-parts.js';
import { report, type ComposeContext } from './context.js';
import { orEmpty, plainText, richToParagraphs, textParagraph } from './rich-text.js';

/** The parts of an order or a directive. */
export const ACT_PARTS: PartTable = {
  authority(c) {
    push(c, (c.ctx.roadmap.document.authority?.name ?? []).map((line) => textParagraph(line, 'authority')));
  },
  'doc-type'(c) {
    const doc = c.ctx.roadmap.document;
    // Template `order-heading` / `directive-heading`: the word, then (after a blank line) the qualifier.
    const [word = '', ...qualifier] = c.ctx.templates.paragraphs(`${doc.kind}-heading`, { qualifier: doc.qualifier ?? '' });
    push(c, [textParagraph(word, 'doc-type'), ...qualifier.map((q) => textParagraph(q, 'subtitle'))]);
  },
  'date-number'(c) {
    const [left, right] = dateAndNumber(c.ctx);
    push(c, [{ type: 'split-line', style: 'body-plain', left: [{ text: left }], right: [{ text: right }] }]);
  },
  place(c) {
    const place = c.ctx.roadmap.document.place;
    if (place) push(c, [textParagraph(place, 'body-plain', { align: 'center' })]);
  },
  title: composeDocumentTitle,
  preamble(c) {
    const doc = c.ctx.roadmap.document;
    const preamble = textParagraphs(c, doc.preamble, 'body', {});
    push(c, preamble);
    c.preambleEnd = preamble.at(-1);
  },
  operative(c) {
    const last = c.section.blocks.at(-1);
    const preamble = c.preambleEnd !== undefined && last === c.preambleEnd ? c.preambleEnd : undefined;
    const own = operativeParagraph(c.ctx, preamble);
    if (own) push(c, [own]);
  },
  points(c) {
    // An amending order: its points drawn from the previous version (amendment-document.ts).
    if (c.ctx.roadmap.document.amends) return composeAmendmentPoints(c);
    push(c, pointParagraphs(c.ctx, c.ctx.roadmap.document.points, '', 0));
  },
};

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

/**
 * The operative word: spaced «п р и к а з ы в а ю:» (character spacing from the theme, not typed
 * spaces) ends the preamble's last paragraph (seed 001); plain «приказываю:» (seed 004) and caps
 * «ПРИКАЗЫВАЮ:» stand on their own line; a custom word stands on its own line when written in
 * capitals, else ends the preamble (so `{text: 'приказываю:'}` appends the plain word).
 * Returns the word's own paragraph, or undefined when it ended `preamble` (or there is none).
 */
export function operativeParagraph(ctx: ComposeContext, preamble: Paragraph | undefined): Paragraph | undefined {
  const doc = ctx.roadmap.document;
  const op = doc.operative;
  let run: Run | undefined;
  let ownLine = false;
  if (op === 'none') return undefined;
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
  if (ownLine || !preamble) return { type: 'paragraph', style: 'body-plain', runs: [run] };
  preamble.runs = [...preamble.runs, { text: ' ' }, run];
  return undefined;
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
  const holder = plan ? ctx.appendices.list.find((e) => e.plans.includes(plan)) : undefined;
  const data = {
    kind: doc.kind,
    authority: doc.authority?.genitive ?? '',
    // «приложение» alone, or «приложение № 2» of several: as the appendix marks say.
    appendix: holder ? appendixReferenceText(ctx, holder) : '',
    plan: plan
      ? { id: plan.id ?? '', title: plan.title, subtitle: plan.subtitle ?? '', gender: plan.gender, index: plan.index }
      : { id: '', title: '', subtitle: '', gender: 'm', index: 0 },
    plans: plans.length,
  };
  return parseRichText(ctx.templates.text(name, data));
}
