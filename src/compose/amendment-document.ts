/**
 * An amending order or directive («О внесении изменений в приказ от … № …»): `document.amends`
 * on `kind: order` / `directive`. It is laid out as any order (act-document.ts: its parts, the
 * open body if written); three things differ, each a hook into the common composer:
 *
 *  - the title, when not written, comes from template `amendment-title` (`completeAmendingOrder`,
 *    before anything is composed, so the endorsement sheet and the document's properties see it);
 *  - the `points` part: the author's points, with `{point:amendments}` standing for the points
 *    drawn from the difference between the previous version of the roadmap (`amends.previous`,
 *    read by the loader) and this file's plans — first among the points when not placed
 *    (`composeAmendmentPoints`);
 *  - the appendices it attaches (src/versions/attached-plans.ts: for `new-edition` every plan, for
 *    `points` only plans the previous version did not have) carry the mark «Приложение к приказу
 *    от 14.02.2022 № 50 (в редакции приказа от 16.05.2022 № 112)» (template
 *    `amendment-appendix-mark`, `composeAmendmentAppendixMark`).
 *
 * Two forms, the author's choice (`amends.mode`): `points` (default), «1. Внести в приложение к
 * приказу … следующие изменения:» with a sub-point per change (amendment-points.ts);
 * `new-edition`, «Приложение к приказу … изложить в новой редакции (прилагается).».
 */
import type { AppendixMark, Block, Paragraph } from '../model/document.js';
import type { AppendixEntry } from '../model/appendices.js';
import type { Point } from '../model/roadmap.js';
import { standardPointReference } from '../text/placeholders.js';
import { parseRichText } from '../text/rich-text.js';
import { amendedAct, type AmendedAct } from '../versions/amended-act.js';
import { compareRoadmaps } from '../versions/compare.js';
import { standardPoint } from './act-document.js';
import { changePoints, editionPoint, pointParagraph, type ActWording, type AmendmentPoint } from './amendment-points.js';
import { appendixMarkLines } from './appendix-mark.js';
import { resolveAppendixRefs } from './appendix-refs.js';
import { push, type BodyComposer } from './body-state.js';
import { report, type ComposeContext } from './context.js';
import { orEmpty, plainText, richToParagraphs } from './rich-text.js';

/** The point that stands for the generated ones: `{point:amendments}`. */
export const AMENDMENTS_POINT = 'amendments';

/** An amending order without a title gets the one template `amendment-title` makes. */
export function completeAmendingOrder(ctx: ComposeContext): void {
  const doc = ctx.roadmap.document;
  if (!doc.amends || doc.title) return;
  const title = parseRichText(ctx.templates.text('amendment-title', { act: actWording(ctx) }));
  ctx.roadmap = { ...ctx.roadmap, document: { ...doc, title } };
}

/** The `points` part of an amending order: the author's points and the generated ones. */
export function composeAmendmentPoints(c: BodyComposer): void {
  const ctx = c.ctx;
  const amends = ctx.roadmap.document.amends!;
  const act = actWording(ctx);
  const previous = amends.previous;
  // Loading reads it; a roadmap read without it (from an archival PDF) cannot give the points.
  if (!previous) report(ctx, 'amends-previous-unread', {}, amends.previousLoc ?? amends.loc);
  const comparison = previous ? compareRoadmaps(previous, ctx.roadmap) : undefined;
  let generated: { lead?: string; subs: AmendmentPoint[] } = { subs: [] };
  if (comparison) {
    const several = comparison.old.plans.length > 1;
    generated = amends.mode === 'new-edition'
      ? {
        subs: comparison.plans.map((p) =>
          editionPoint(ctx, act, !p.new ? 'removed' : !p.old ? 'added' : 'replaced', p.new ? p.new.plan.index : p.old!.plan.index, several),
        ),
      }
      : { lead: ctx.templates.text('amendment-intro', { act, several }), subs: changePoints(ctx, comparison, act) };
  }
  push(c, pointBlocks(ctx, ctx.roadmap.document.points, generated));
}

/**
 * The mark of an appendix an amending order attaches: the amended act's appendix «in the edition
 * of» this order; an appendix written by the author (holding no plan) keeps the usual mark.
 */
export function composeAmendmentAppendixMark(ctx: ComposeContext, entry: AppendixEntry, total: number): AppendixMark {
  const doc = ctx.roadmap.document;
  const plan = entry.plans[0];
  const lines = plan
    ? ctx.templates.lines('amendment-appendix-mark', {
      no: plan.index, total: ctx.roadmap.plans.length, act: actWording(ctx), kind: doc.kind, date: doc.date ?? '', dateStyle: doc.dateStyle, number: doc.number ?? '',
    })
    : appendixMarkLines(doc, entry.no, total, ctx.templates);
  return { type: 'appendix-mark', lines: lines.map((text) => [{ text }]) };
}

/** The amended act with its names in three cases (template `amendment-act`). */
function actWording(ctx: ComposeContext): ActWording {
  const doc = ctx.roadmap.document;
  const act: AmendedAct = amendedAct(doc, doc.amends!);
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
