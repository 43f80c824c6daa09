// `npm run bench`: plan rendering speed and memory, written to BENCHMARKS.md.
// Each case runs in a fresh process (peak RSS is that case's); the median of several runs after
// a warm-up is reported. Targets (issue 3): 5000 rows under 2 s (DOCX) and 3 s (PDF), each under
// 400 MB, time linear in rows.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const quick = process.argv.includes('--quick');
const sizes = quick ? [50, 500] : [50, 500, 5000];
const results = [];
for (const format of ['docx', 'pdf']) {
  for (const rows of sizes) {
    const repeats = rows >= 5000 ? 3 : 5;
    const out = execFileSync(process.execPath, [path.join(here, 'case.js'), String(rows), format, String(repeats)], {
      cwd: root, encoding: 'utf8', maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out.trim().split('\n').pop());
    results.push(r);
    console.log(`${format} ${rows} rows: ${r.medianMs} ms, peak ${r.peakMb} MB, ${r.bytes} bytes`);
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (bench/run.js). Each case is a fresh Node process: load the YAML,',
  'compose, write one format; the median of several runs after one warm-up run, and the peak',
  'resident memory of that process.',
  '',
  `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}.`,
  `Date: ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| format | rows | median time | peak memory | output size |',
  '|---|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.format.toUpperCase()} | ${r.rows} | ${r.medianMs} ms | ${r.peakMb} MB | ${(r.bytes / 1024).toFixed(0)} KiB |`),
  '',
];
for (const format of ['docx', 'pdf']) {
  const a = results.find((r) => r.format === format && r.rows === 500);
  const b = results.find((r) => r.format === format && r.rows === 5000);
  if (a && b) lines.push(`${format.toUpperCase()}: 500 → 5000 rows takes ${(b.medianMs / a.medianMs).toFixed(1)}× the time (10× the rows; linear growth gives about 10×).`, '');
}
lines.push('Targets (issue 3): a 5000-row plan under 2 s for DOCX and under 3 s for PDF, each under 400 MB.', '');

// The batch case (issue 5): 1,000 municipal plans extending one base, 1 / 2 / 3 workers.
const { runBatchBench, batchSection } = await import('./batch.js');
lines.push(...batchSection(runBatchBench({ plans: quick ? 100 : 1000, jobs: quick ? [1, 2] : [1, 2, 3] })));
if (!quick) writeFileSync(path.join(root, 'BENCHMARKS.md'), lines.join('\n'));
