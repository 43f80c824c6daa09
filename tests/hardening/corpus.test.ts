/**
 * The hostile corpus end to end (cases.ts and cases/*.yaml): each case ends in a correct document
 * (cell texts in the DOCX and the PDF, in order; a well-formed package) or a located diagnostic;
 * never a crash, a hang or a corrupt file. Cases marked `known` show defects owned elsewhere:
 * they run as expected failures (`it.fails`) and are listed with their reason.
 * The one huge case (20,000 rows) runs in big.test.ts so that it overlaps with this file.
 */
import { describe, expect, it } from 'vitest';
import { allCases } from './cases.js';
import { runCase } from './support/run-case.js';

export const BIG = new Set(['rows-20000']);
const cases = allCases().filter((c) => !BIG.has(c.name));

describe('hostile corpus, end to end', () => {
  it('has at least 60 cases, each with a unique name', () => {
    const all = allCases();
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    const known = all.filter((c) => c.known);
    if (known.length > 0) console.info(`known defects (${known.length}):\n${known.map((c) => `  ${c.name}: ${c.known}`).join('\n')}`);
  });

  for (const c of cases) {
    const title = `${c.name} → ${c.outcome === 'document' ? 'document' : `${c.code} ${c.line}:${c.column}`}`;
    if (c.known) it.fails(`${title} [known: ${c.known}]`, () => runCase(c), c.timeout ?? 30_000);
    else it(title, () => runCase(c), c.timeout ?? 30_000);
  }
});
