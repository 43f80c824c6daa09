/**
 * A formula line of the open body: the formula's text with its indices as sub- and superscript
 * runs (src/text/formula.ts), its number «(1)» (template `formula-number`, counted through the
 * document; `number: none` prints none; a number as written is printed as is), then the
 * explanation «где Д – доля …» as plain paragraphs.
 *
 *   {formula: 'Д = Ч_{шнор} / Ч_{оо} × 100 %', where: 'где Д – доля …'}
 *   → {type: 'formula', runs: [Д = Ч, шнор (sub), / Ч, оо (sub), × 100 %], number: '(1)'}, «где Д – доля …»
 */
import type { Formula, Run } from '../model/document.js';
import type { FormulaBlock } from '../model/roadmap.js';
import { formulaPieces } from '../text/formula.js';
import { push, textParagraphs, type BodyComposer } from './body-state.js';
import { kindText } from './kind-wording.js';

export function composeFormulaBlock(c: BodyComposer, b: FormulaBlock): void {
  const runs = formulaPieces(b.text).map((p): Run => (p.sub ? { text: p.text, subscript: true } : p.sup ? { text: p.text, superscript: true } : { text: p.text }));
  const formula: Formula = { type: 'formula', runs };
  if (b.number === 'auto') formula.number = kindText(c.ctx, 'formula-number', { no: ++c.counters.formula });
  else if (b.number !== 'none') formula.number = b.number.text;
  push(c, [formula, ...textParagraphs(c, b.where, 'body-plain', {}, b.loc)]);
}
