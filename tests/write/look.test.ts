/**
 * Writes the sample documents for looking at them, only when asked:
 *   PLANGRAF_LOOK_DIR=/tmp/look npx vitest run tests/write/look.test.ts
 *   pdftoppm -png -r 60 /tmp/look/plan.pdf /tmp/look/plan-pdf
 *   libreoffice --headless --convert-to pdf --outdir /tmp/look/lo /tmp/look/plan.docx
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { writeDocx } from '../../src/write/docx/index.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { sampleOrder, samplePlan } from '../support/sample-model.js';

const dir = process.env.PLANGRAF_LOOK_DIR;

it.runIf(Boolean(dir))('writes the samples for a look', async () => {
  const out = dir ?? '';
  mkdirSync(out, { recursive: true });
  for (const [name, model] of [['plan', samplePlan()], ['order', sampleOrder()]] as const) {
    writeFileSync(join(out, `${name}.docx`), await writeDocx(model));
    writeFileSync(join(out, `${name}.pdf`), await writePdf(model));
  }
}, 60_000);
