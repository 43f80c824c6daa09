/** The 20,000-row plan (the row limit) end to end: kept to one such case, ~30 s. */
import { describe, it } from 'vitest';
import { allCases } from './cases.js';
import { runCase } from './support/run-case.js';

describe('hostile corpus: the largest plan', () => {
  for (const c of allCases().filter((x) => x.name === 'rows-20000')) it(c.name, () => runCase(c), c.timeout);
});
