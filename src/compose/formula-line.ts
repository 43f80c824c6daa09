/**
 * A formula line of the open body: the formula's text with its indices as sub- and superscript
 * runs (src/text/formula.ts), its number «(1)» (template `formula-number`, counted through the
 * document; `number: none` prints none; a number as written is printed as is), then the
 * explanation «где Д – доля …» as plain paragraphs, where `_{…}` and `^{…}` are indices too.
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
  const formula: Formula = { type: 'formula', runs: indexRuns({ text: b.text }) };
  if (b.number === 'auto') formula.number = kindText(c.ctx, 'formula-number', { no: ++c.counters.formula });
  else if (b.number !== 'none') formula.number = b.number.text;
  // The explanation names the formula's symbols with their indices: «Ч_{шнор} – число ШНОР».
  const where = textParagraphs(c, b.where, 'body-plain', {});
  for (const p of where) p.runs = p.runs.flatMap(indexRuns);
  push(c, [formula, ...where]);
}

/** A run whose text holds `_{…}` / `^{…}` → runs with those indices lowered / raised. */
function indexRuns(run: Run): Run[] {
  if (!run.text.includes('_{') && !run.text.includes('^{')) return [run];
  const { breakBefore, ...base } = run;
  return formulaPieces(run.text).map((p, i): Run => {
    const out: Run = { ...base, text: p.text };
    if (i === 0 && breakBefore) out.breakBefore = true;
    if (p.sub) out.subscript = true;
    if (p.sup) out.superscript = true;
    return out;
  });
}
