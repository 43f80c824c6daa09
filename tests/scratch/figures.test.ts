import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { lineFaults, readBlocks, vocabulary } from '../support/line-breaks.js';
import { elements, paragraphText, readDocx } from '../support/docx-read.js';

it('figures', async () => {
  for (const set of ['before', 'after']) {
    const dir = `/tmp/typo/${set}`;
    let total = { pdf: { u: 0, d: 0 }, lo: { u: 0, d: 0 } };
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.docx'))) {
      const name = f.replace(/\.docx$/, '');
      const docx = readFileSync(`${dir}/${f}`);
      const words = vocabulary(elements(readDocx(docx).documentXml, 'w:p').map(paragraphText));
      for (const [kind, file] of [['pdf', `${dir}/${name}.pdf`], ['lo', `${dir}/lo/${name}.pdf`]] as const) {
        const faults = lineFaults(readBlocks(readFileSync(file)), words);
        for (const x of faults) console.log(set, kind, name, x.kind, x.page, x.text);
        total[kind].u += faults.filter((x) => x.kind === 'unhyphenated-break').length;
        total[kind].d += faults.filter((x) => x.kind === 'dash-starts-line').length;
      }
    }
    console.log(set, JSON.stringify(total));
  }
}, 600000);
