/**
 * Deadlines as data: every valid structured deadline prints (numeric and words styles, with and
 * without «г.» / «года» and capitals) to text that parses back to the same deadline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDeadline } from '../../src/text/deadline-format.js';
import { parseDeadline } from '../../src/text/deadline-parse.js';
import { deadline } from './arbitraries.js';

const RUNS = Number(process.env.PLANGRAF_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.PLANGRAF_FUZZ_SEED ?? 20221114);

describe('deadline format → parse round trip', () => {
  it(`structured → text → the same structure (${RUNS} deadlines)`, () => {
    fc.assert(
      fc.property(
        deadline,
        fc.record({ dates: fc.constantFrom('numeric' as const, 'words' as const), year: fc.constantFrom('г.' as const, 'года' as const), capitalize: fc.boolean() }),
        (d, style) => {
          const text = formatDeadline(d, style);
          const back = parseDeadline(text);
          expect(back, `${JSON.stringify(d)} → «${text}»`).toStrictEqual({ ok: true, deadline: d });
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
