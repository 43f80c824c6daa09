// The batch benchmark (issue 5): 1,000 municipal plans of 50 rows each, all extending one base,
// rendered to DOCX and PDF with 1, 2 and 3 worker threads (each run a fresh process, cache off).
// Reports plans and documents per second, the speed-up over one worker, peak memory (the whole
// process: main thread and workers), and CPU time per plan. Run alone: `node bench/batch.js
// [plans] [jobs,jobs…]`; `npm run bench` runs it through bench/run.js and adds its section to
// BENCHMARKS.md. The machine's load average is printed next to each run: other work on the
// machine slows the figures down, so compare runs taken at a low load.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function loadAverage() {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return os.loadavg()[0];
  }
}

/** Run the cases; returns the result rows. */
export function runBatchBench({ plans = 1000, jobs = [1, 2, 3], log = console.log } = {}) {
  const rows = [];
  for (const j of jobs) {
    const before = loadAverage();
    const out = execFileSync(process.execPath, [path.join(here, 'batch-case.js'), String(plans), String(j)], { cwd: path.resolve(here, '..'), encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = { ...JSON.parse(out.trim().split('\n').pop()), loadBefore: before, loadAfter: loadAverage() };
    rows.push(r);
    log(`batch ${plans} plans, ${j} worker(s): ${(r.ms / 1000).toFixed(1)} s, ${r.plansPerSec} plans/s, peak ${r.peakMb} MB, CPU ${r.cpuMsPerPlan} ms/plan (load ${before} → ${r.loadAfter})`);
  }
  return rows;
}

/** Markdown lines for BENCHMARKS.md. */
export function batchSection(rows) {
  const one = rows.find((r) => r.jobs === 1);
  const best = [...rows].sort((a, b) => a.ms - b.ms)[0];
  return [
    '## Batch (issue 5)',
    '',
    `${rows[0]?.plans ?? 0} municipal plans of 50 rows, each extending one base (bench/batch-fixtures.js), rendered to DOCX and PDF`,
    'by `runBatch` with the cache off; one fresh process per row. Peak memory is the resident size of the whole process',
    '(worker threads live in it), sampled every 50 ms. CPU is user + system time of all threads per plan.',
    '',
    '| workers | time | plans/s (DOCX+PDF pairs) | documents/s | speed-up over 1 | peak memory | CPU per plan | load average before → after |',
    '|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.jobs} | ${(r.ms / 1000).toFixed(1)} s | ${r.plansPerSec} | ${r.documentsPerSec} | ${one ? (one.ms / r.ms).toFixed(2) + '×' : '—'} | ${r.peakMb} MB | ${r.cpuMsPerPlan} ms | ${r.loadBefore} → ${r.loadAfter} |`),
    '',
    `Fastest: ${best?.jobs} worker(s). Targets (issue 5): ≥ 20 plans/s, 1,000 plans in < 50 s, < 1 GB.`,
    '',
    ...jobsVerdict(rows),
    '',
  ];
}

/** Why the default `--jobs` is what it is, from this run's figures. */
function jobsVerdict(rows) {
  const cores = os.availableParallelism();
  const atCores = rows.find((r) => r.jobs === cores);
  const more = rows.filter((r) => r.jobs > cores);
  const lines = [`Default \`--jobs\`: one worker per core (\`os.availableParallelism()\`, at most 8; src/batch/jobs.ts), ${cores} here.`];
  if (atCores) {
    for (const r of more) {
      const gain = ((atCores.ms / r.ms - 1) * 100).toFixed(0);
      lines.push(
        `${r.jobs} workers against ${cores}: ${gain >= 0 ? `${gain} % faster` : `${-gain} % slower`}, for ${r.peakMb - atCores.peakMb} MB more memory` +
          ' (a worker beyond the cores only competes for them).',
      );
    }
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const plans = Number(process.argv[2] ?? 1000);
  const jobs = (process.argv[3] ?? '1,2,3').split(',').map(Number);
  const rows = runBatchBench({ plans, jobs });
  console.log(batchSection(rows).join('\n'));
}
