// Start-up: what `plangraf render` costs on a plan too small to matter (5 rows), where the time
// is Node's start, loading modules, the fonts' tables and first runs of code — the fixed cost of
// every command. Wall time from start to exit, and CPU time (user + system, all threads: the
// render runs in a worker thread), the median of `runs` fresh processes per format.
// Usage: node bench/startup.js [path/to/dist/cli/main.js] → prints JSON (run.js imports it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticRoadmap } from './synthetic.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FORMATS = ['docx', 'pdf', 'docx,pdf'];
// Printed by the measured process itself as it exits: its CPU time.
const REPORT_CPU = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu '+((u.user+u.system)/1000).toFixed(0)+'\\n')})`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function startupBench({ cli = path.join(here, '..', 'dist', 'cli', 'main.js'), runs = 7 } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'plangraf-startup-'));
  const input = path.join(tmp, 'small.yaml');
  writeFileSync(input, syntheticRoadmap(5));
  const results = [];
  try {
    for (const format of FORMATS) {
      const wall = [];
      const cpu = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, ['--import', REPORT_CPU, cli, 'render', input, '--format', format, '--out', path.join(tmp, 'out'), '--now', '2022-01-01T00:00:00Z'], { encoding: 'utf8' });
        wall.push(performance.now() - t0);
        if (r.status !== 0) throw new Error(`render failed: ${r.stderr}`);
        cpu.push(Number(/cpu (\d+)/.exec(r.stderr)?.[1]));
      }
      results.push({ format, wallMs: Math.round(median(wall)), cpuMs: Math.round(median(cpu)) });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(startupBench(process.argv[2] ? { cli: path.resolve(process.argv[2]) } : {})));
}
