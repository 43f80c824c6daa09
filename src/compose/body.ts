/**
 * The one block composer: a list of blocks (a kind's preset arrangement of parts, or the
 * author's `body:`) → sections of the document model, then the appendices, each on pages of its
 * own under its mark.
 *
 *   body: [approval, title, {part: goal, inline: true}, {heading: Основные задачи Проекта:},
 *          {list: [...]}, {table: {...}}, {formula: ...}, {plan: roadmap}, page-break, signature]
 *
 * A part is looked up in the kind's table (act-document.ts, letter-document.ts,
 * passport-document.ts, plan-document.ts) and then in the common one (common-parts.ts); a part
 * the kind does not have was reported by the loader (lint `body-part-unknown`) and composes
 * nothing. Each block type has its composer (text-blocks.ts, generic-table.ts,
 * formula-line.ts, plan-placement.ts …).
 */
import type { DocumentKind } from '../model/roadmap-input.js';
import type { BodyBlock, PartBlock, RichText } from '../model/roadmap.js';
import type { AppendixEntry } from '../model/appendices.js';
import { ACT_PARTS } from './act-document.js';
import { composeAmendmentAppendixMark } from './amendment-document.js';
import { composeAppendixMark } from './appendix-mark.js';
import { composeApprovalStamp } from './approval-stamp.js';
import { openSection, push, textParagraphs, type BodyComposer, type PartTable } from './body-state.js';
import { COMMON_PARTS } from './common-parts.js';
import { composeFormulaBlock } from './formula-line.js';
import { composeTableBlock } from './generic-table.js';
import { kindText } from './kind-wording.js';
import { LETTER_PARTS } from './letter-document.js';
import { composeIndicators, composeRoles, PASSPORT_PARTS } from './passport-document.js';
import { PLAN_PARTS } from './plan-document.js';
import { placePlan } from './plan-placement.js';
import { orEmpty, textParagraph } from './rich-text.js';
import { composeSignature } from './signature.js';
import { composeHeadingBlock, composeListBlock, composeParagraphBlock } from './text-blocks.js';

const KIND_TABLES: Record<DocumentKind, PartTable> = {
  order: ACT_PARTS,
  directive: ACT_PARTS,
  letter: LETTER_PARTS,
  passport: PASSPORT_PARTS,
  plan: PLAN_PARTS,
};

export function composeBlocks(c: BodyComposer, blocks: readonly BodyBlock[]): void {
  for (const block of blocks) composeBlock(c, block);
}

export function composeBlock(c: BodyComposer, b: BodyBlock): void {
  const ctx = c.ctx;
  switch (b.type) {
    case 'part':
      composePart(c, b);
      return;
    case 'heading':
      composeHeadingBlock(c, b);
      return;
    case 'paragraph':
      composeParagraphBlock(c, b);
      return;
    case 'list':
      composeListBlock(c, b);
      return;
    case 'table':
      composeTableBlock(c, b);
      return;
    case 'formula':
      composeFormulaBlock(c, b);
      return;
    case 'plan': {
      const plan = ctx.roadmap.plans.find((p) => p.id === b.id);
      // An unknown id or a plan placed twice: reported by the loader (plan-unknown, plan-placed-twice).
      if (plan && !c.placed.has(plan)) placePlan(c, plan);
      return;
    }
    case 'indicators':
      composeIndicators(c, b.table, b.table.title ?? kindText(ctx, 'passport-indicators', {}), b.loc);
      return;
    case 'roles':
      composeRoles(c, b.roles);
      return;
    case 'signature': {
      const doc = ctx.roadmap.document;
      const signature = composeSignature(b.signatories, b.layout ?? doc.signatureLayout, undefined, doc.gost, ctx.templates);
      if (signature) push(c, [signature]);
      return;
    }
    case 'page-break':
      if (b.orientation) openSection(c, b.orientation);
      else push(c, [{ type: 'page-break' }]);
      return;
    default:
      return assertNever(b);
  }
}

function composePart(c: BodyComposer, part: PartBlock): void {
  const compose = KIND_TABLES[c.ctx.roadmap.document.kind][part.name] ?? COMMON_PARTS[part.name];
  compose?.(c, part);
}

/**
 * One appendix on pages of its own: its mark (GOST's «Приложение № N / к приказу … / от … № …»,
 * its approval stamp with the label, the heading line «Приложение N», or none), its title, its
 * blocks (or its plan). Headings are numbered afresh in each appendix.
 */
export function composeAppendix(c: BodyComposer, entry: AppendixEntry): void {
  const ctx = c.ctx;
  const doc = ctx.roadmap.document;
  const total = ctx.appendices.list.length;
  openSection(c, entry.orientation);
  c.appendix = entry;
  c.headings = [];
  switch (entry.mark) {
    case 'gost':
      // An amending order's appendix: «… (в редакции приказа от … № …)» (amendment-document.ts).
      push(c, [doc.amends ? composeAmendmentAppendixMark(ctx, entry, total) : composeAppendixMark(doc, entry.no, total, ctx.templates)]);
      break;
    case 'approval':
      if (entry.approval) {
        const gender = entry.plans[0]?.gender ?? (entry.approval.by === 'meeting' ? 'n' : 'm');
        push(c, [composeApprovalStamp(entry.approval, gender, ctx.templates, { no: entry.no, total })]);
        c.stamps.add(entry.approval);
      }
      break;
    case 'heading':
      push(c, [textParagraph(kindText(ctx, 'appendix-heading', { no: entry.no, total }), 'appendix-heading')], { head: true });
      break;
    case 'none':
      break;
  }
  if (entry.title) push(c, titleParagraphs(c, entry.title, entry), { head: true });
  if (entry.auto) for (const plan of entry.plans) placePlan(c, plan);
  else composeBlocks(c, entry.blocks);
  c.appendix = undefined;
}

function titleParagraphs(c: BodyComposer, title: RichText, entry: AppendixEntry) {
  const paragraphs = orEmpty(textParagraphs(c, title, 'title', {}), 'title');
  for (const p of paragraphs) p.keepWithNext = true;
  return paragraphs;
}

function assertNever(x: never): never {
  throw new Error(`Unknown body block: ${JSON.stringify(x)}`);
}
