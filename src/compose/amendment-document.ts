/**
 * An amending order or directive («О внесении изменений в приказ от … № …»): `document.amends`
 * on `kind: order` / `directive`. The act is laid out as any order (act-document.ts: authority,
 * document word, date and number, title, preamble with the operative word, points, signature);
 * its title, when not written, comes from template `amendment-title`; its points are the
 * author's, with `{point:amendments}` standing for the points drawn from the difference between
 * the previous version of the roadmap (`amends.previous`, read by the loader) and this file's
 * plans — first among the points when the author does not place it.
 *
 * Two forms, the author's choice (`amends.mode`):
 *  - `points` (default): «1. Внести в приложение к приказу … следующие изменения:» with a
 *    sub-point per change (amendment-points.ts); plans this version adds are attached;
 *  - `new-edition`: «Приложение к приказу … изложить в новой редакции (прилагается).» with every
 *    plan of this version attached, its mark «Приложение к приказу от 14.02.2022 № 50 (в редакции
 *    приказа от 16.05.2022 № 112)» (template `amendment-appendix-mark`).
 */
import type { Block, Paragraph, Section } from '../model/document.js';
import type { Point, Roadmap } from '../model/roadmap.js';
import { standardPointReference } from '../text/placeholders.js';
import { parseRichText } from '../text/rich-text.js';
import { amendedAct, type AmendedAct } from '../versions/amended-act.js';
import { compareRoadmaps } from '../versions/compare.js';
import { actHeader, standardPoint, withOperative } from './act-document.js';
import { changePoints, editionPoint, pointParagraph, type ActWording, type AmendmentPoint } from './amendment-points.js';
import { resolveAppendixRefs } from './appendix-refs.js';
import { composeApprovalStamp } from './approval-stamp.js';
import type { ComposeContext } from './context.js';
import { composeEndorsementSheet } from './endorsement-sheet.js';
import { composeExecutorMark } from './executor-mark.js';
import { planBlocks } from './plan-blocks.js';
import { orEmpty, plainText, richToParagraphs } from './rich-text.js';
import { composeSignature } from './signature.js';

/** The point that stands for the generated ones: `{point:amendments}`. */
export const AMENDMENTS_POINT = 'amendments';

export function composeAmendmentDocument(ctx: ComposeContext): Section[] {
  const amends = ctx.roadmap.document.amends!;
  const act = actWording(ctx, amendedAct(ctx.roadmap.document, amends));
  // The title, when not written, names the amended act; every later part (the endorsement
  // sheet, the document's properties) reads it from here.
  if (!ctx.roadmap.document.title) {
    ctx.roadmap = { ...ctx.roadmap, document: { ...ctx.roadmap.document, title: parseRichText(ctx.templates.text('amendment-title', { act })) } };
  }
  const doc = ctx.roadmap.document;
  const previous = amends.previous;
  const comparison = previous ? compareRoadmaps(previous, ctx.roadmap) : undefined;

  // What stands for {point:amendments}: one point with sub-points, or (new edition) points of their own.
  const attached: Roadmap['plans'] = [];
  let generated: { lead?: string; subs: AmendmentPoint[] } = { subs: [] };
  if (comparison) {
    const several = comparison.old.plans.length > 1;
    if (amends.mode === 'new-edition') {
      const subs = comparison.plans.map((p) =>
        editionPoint(ctx, act, !p.new ? 'removed' : !p.old ? 'added' : 'replaced', p.new ? p.new.plan.index : p.old!.plan.index, several),
      );
      generated = { subs };
      for (const p of comparison.plans) if (p.new) attached.push(p.new.plan);
    } else {
      generated = { lead: ctx.templates.text('amendment-intro', { act, several }), subs: changePoints(ctx, comparison, act) };
      for (const p of comparison.plans) if (p.new && !p.old) attached.push(p.new.plan);
    }
  }

  const blocks: Block[] = [...actHeader(ctx)];
  const preamble = richToParagraphs(doc.preamble && resolveAppendixRefs(ctx, doc.preamble), 'body');
  blocks.push(...withOperative(ctx, preamble));
  blocks.push(...pointBlocks(ctx, doc.points, generated));
  const signature = composeSignature(doc.signatories, doc.signatureLayout, doc.esignature, doc.gost, ctx.templates);
  if (signature) blocks.push(signature);
  const mark = composeExecutorMark(doc, ctx.templates);
  if (mark) blocks.push(mark);

  const sections: Section[] = [{ orientation: 'portrait', blocks }];
  const total = ctx.roadmap.plans.length;
  for (const plan of attached) {
    const lines = ctx.templates.lines('amendment-appendix-mark', {
      no: plan.index, total, act, kind: doc.kind, date: doc.date ?? '', dateStyle: doc.dateStyle, number: doc.number ?? '',
    });
    const appendix: Block[] = [{ type: 'appendix-mark', lines: lines.map((text) => [{ text }]) }];
    if (plan.approval) appendix.push(composeApprovalStamp(plan.approval, plan.gender, ctx.templates));
    appendix.push(...planBlocks(ctx, plan));
    sections.push({ orientation: 'landscape', blocks: appendix });
  }
  const endorsements = composeEndorsementSheet(ctx);
  if (endorsements) sections.push(endorsements);
  return sections;
}

/** The amended act with its names in three cases (template `amendment-act`). */
function actWording(ctx: ComposeContext, act: AmendedAct): ActWording {
  const name = (grammaticalCase: string) =>
    ctx.templates.text('amendment-act', { case: grammaticalCase, kind: act.kind, authority: act.authority, date: act.date, dateStyle: act.dateStyle, number: act.number });
  return { ...act, accusative: name('accusative'), dative: name('dative'), genitive: name('genitive') };
}

/**
 * The author's points numbered «1.», «1.1.» as in any order, `{point:amendments}` replaced by the
 * generated ones (first when it is not written): the lead sentence with the changes as its
 * sub-points, each followed by the rows it restates; or, for a new edition, points of their own.
 */
function pointBlocks(ctx: ComposeContext, points: readonly Point[], generated: { lead?: string; subs: AmendmentPoint[] }): Block[] {
  const isGenerated = (p: Point) => standardPointReference(plainText(p.text))?.name === AMENDMENTS_POINT;
  const list: (Point | 'generated')[] = points.map((p) => (isGenerated(p) ? 'generated' : p));
  if (!list.includes('generated')) list.unshift('generated');
  const out: Block[] = [];
  let no = 0;
  for (const entry of list) {
    if (entry === 'generated') {
      if (generated.lead !== undefined) {
        const prefix = `${++no}.`;
        const lead = pointParagraph(prefix, generated.lead, 0);
        lead.keepWithNext = true;
        out.push(lead);
        generated.subs.forEach((sub, i) => out.push(...subPoint(`${prefix}${i + 1}.`, sub, 1)));
      } else {
        for (const sub of generated.subs) out.push(...subPoint(`${++no}.`, sub, 0));
      }
      continue;
    }
    out.push(...authorPoint(ctx, entry, `${++no}.`, 0));
  }
  return out;
}

function subPoint(no: string, point: AmendmentPoint, level: number): Block[] {
  const p = pointParagraph(no, point.text, level);
  if (point.blocks.length > 0) p.keepWithNext = true;
  return [p, ...point.blocks];
}

/** An author's point as act-document.ts prints it: a standard point's text, appendix numbers resolved, sub-points below. */
function authorPoint(ctx: ComposeContext, point: Point, no: string, level: number): Paragraph[] {
  const text = standardPoint(ctx, point) ?? point.text;
  const paragraphs = orEmpty(richToParagraphs(resolveAppendixRefs(ctx, text), 'body', { level }), 'body', { level });
  paragraphs[0]!.runs = [{ text: `${no} ` }, ...paragraphs[0]!.runs];
  return [...paragraphs, ...point.points.flatMap((p, i) => authorPoint(ctx, p, `${no}${i + 1}.`, level + 1))];
}
