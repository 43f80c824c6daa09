/**
 * The batch's time limit: an input that never finishes is stopped (its worker thread terminated
 * and replaced), reported with `batch-time-limit`, and the other inputs are still rendered.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { BatchReport } from '../../src/batch/types.js';
import { tempDir } from '../cli/harness.js';

const PLAN = 'document: {kind: plan}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Задача\n';

describe('batch time limit', () => {
  it('stops an input past its limit, reports it, and renders the others', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    for (const name of ['a', 'hang', 'b', 'c']) writeFileSync(join(dir, 'in', `${name}.yaml`), PLAN);
    let report: BatchReport | undefined;
    for await (const e of runBatch(['in'], {
      out: join(dir, 'out'),
      cwd: dir,
      jobs: 1,
      timeLimitSeconds: 1,
      cache: false,
      pattern: '{name}.{ext}',
      workerFile: resolve(import.meta.dirname, 'fixtures/hanging-worker.mjs'),
    })) {
      if (e.type === 'done') report = e.report;
    }
    const byName = Object.fromEntries(report!.results.map((r) => [r.input.replace(/^.*[\\/]/, ''), r]));
    expect(byName['hang.yaml']!.status).toBe('failed');
    expect(byName['hang.yaml']!.diagnostics.map((d) => d.code)).toEqual(['batch-time-limit']);
    expect(byName['hang.yaml']!.diagnostics[0]!.message).toContain('1 с');
    // The one worker was replaced: the inputs after the hanging one still went through.
    for (const n of ['a.yaml', 'b.yaml', 'c.yaml']) expect(byName[n]!.status, n).toBe('rendered');
    expect(report!.failed).toBe(1);
  }, 60_000);
});
