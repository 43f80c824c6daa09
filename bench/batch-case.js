// One batch benchmark run in its own process: `node bench/batch-case.js <plans> <jobs> [formats]`.
// Renders <plans> municipal files (each extending one 50-row base) with <jobs> worker threads,
// cache off, and prints one JSON line: wall time, plans per second, peak memory. Worker threads
// live in this process, so the process's resident memory is the sum of the main thread and the
// workers; it is sampled every 50 ms (and compared with the kernel's max RSS).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { batch } from '../dist/batch/index.js';
import { writeFixtures } from './batch-fixtures.js';

const [plans, jobs] = [Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 2)];
const formats = (process.argv[4] ?? 'docx,pdf').split(',');
const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraf-bench-batch-'));
try {
  writeFixtures(path.join(dir, 'region'), plans);
  let peak = 0;
  const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()); };
  const timer = setInterval(sample, 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await batch([path.join(dir, 'region')], { out: path.join(dir, 'out'), cwd: dir, jobs, formats, cache: false, force: true });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  sample();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  if (report.failed > 0) throw new Error(JSON.stringify(report.results.find((r) => r.status === 'failed')));
  process.stdout.write(JSON.stringify({
    plans, jobs, formats: formats.join('+'), ms: Math.round(ms), plansPerSec: +(plans / (ms / 1000)).toFixed(1),
    documentsPerSec: +((plans * formats.length) / (ms / 1000)).toFixed(1),
    peakMb: Math.round(Math.max(peak, maxRss) / 2 ** 20), rendered: report.rendered,
    cpuMsPerPlan: Math.round((cpu.user + cpu.system) / 1000 / plans),
  }) + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
