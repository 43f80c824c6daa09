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

/**
 * `clis`: the CLI entries to measure, by label (default: this build's). Their runs are
 * interleaved (A, B, A, B …), so that a machine busy with something else weighs on each alike.
 */
export function startupBench({ clis = { now: path.join(here, '..', 'dist', 'cli', 'main.js') }, runs = 7 } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'plangraf-startup-'));
  const input = path.join(tmp, 'small.yaml');
  writeFileSync(input, syntheticRoadmap(5));
  const results = [];
  try {
    for (const format of FORMATS) {
      const wall = Object.fromEntries(Object.keys(clis).map((k) => [k, []]));
      const cpu = Object.fromEntries(Object.keys(clis).map((k) => [k, []]));
      for (let i = 0; i < runs; i++) {
        for (const [label, cli] of Object.entries(clis)) {
          const t0 = performance.now();
          const r = spawnSync(process.execPath, ['--import', REPORT_CPU, cli, 'render', input, '--format', format, '--out', path.join(tmp, 'out'), '--now', '2022-01-01T00:00:00Z'], { encoding: 'utf8' });
          wall[label].push(performance.now() - t0);
          if (r.status !== 0) throw new Error(`render failed: ${r.stderr}`);
          cpu[label].push(Number(/cpu (\d+)/.exec(r.stderr)?.[1]));
        }
      }
      for (const label of Object.keys(clis)) results.push({ label, format, wallMs: Math.round(median(wall[label])), cpuMs: Math.round(median(cpu[label])) });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

/**
 * The start-up before issue 10's work (commit f63246f), measured against this build with the runs
 * interleaved (`node bench/startup.js --compare <old dist/cli/main.js>`) on the reference machine.
 */
export const BEFORE = {
  commit: 'f63246f',
  date: '2026-12-03',
  load: '10.0 11.9 13.8',
  results: [
    {label: 'before', format: 'docx', wallMs: 1278, cpuMs: 588},
    {label: 'after', format: 'docx', wallMs: 865, cpuMs: 455},
    {label: 'before', format: 'pdf', wallMs: 1673, cpuMs: 788},
    {label: 'after', format: 'pdf', wallMs: 1209, cpuMs: 700},
    {label: 'before', format: 'docx,pdf', wallMs: 2071, cpuMs: 914},
    {label: 'after', format: 'docx,pdf', wallMs: 2050, cpuMs: 870},
  ],
  notes: [
    'What was cut: the built-in templates are precompiled (compiling them was ~80 ms); DOCX row heights are measured',
    'from kept Tinos widths, so a DOCX render loads neither fontkit nor the font files (~100 ms); the parts of',
    'fontkit, pdfkit and pdfmake a plangraf PDF never uses (Brotli, AES, SHA-256, SVG) load only if called; `yaml`',
    'loads only for the files the fast reader leaves to it. What remains of a PDF is mostly fontkit shaping the',
    'first lines (decoding the kerning tables, ~100 ms) and subsetting the fonts, and loading the modules (~150 ms,',
    'Node 20 keeps no compiled code between processes). The machine was shared with other jobs: compare the two',
    'columns with each other, not with the tables above.',
  ],
};

/** The lines of BENCHMARKS.md's start-up section. */
export function startupSection(results, machineLoad) {
  const lines = [
    '## Start-up (issue 10)',
    '',
    '`plangraf render small.yaml` on a 5-row plan (bench/startup.js): what every command pays whatever the plan, from',
    'the process start to its exit. CPU is user + system time of all threads (the render runs in a worker thread); the',
    `median of seven fresh processes. Load average of the machine while measured: ${machineLoad}.`,
    '',
    '| --format | wall time | CPU time |',
    '|---|---:|---:|',
    ...results.map((r) => `| ${r.format} | ${r.wallMs} ms | ${r.cpuMs} ms |`),
    '',
  ];
  if (BEFORE.results.length > 0) {
    lines.push(
      `Before and after, measured together (runs interleaved) at commit ${BEFORE.commit} and after it, load average ${BEFORE.load}:`,
      '',
      '| --format | before: wall / CPU | after: wall / CPU |',
      '|---|---:|---:|',
      ...FORMATS.map((f) => {
        const b = BEFORE.results.find((r) => r.format === f && r.label === 'before');
        const a = BEFORE.results.find((r) => r.format === f && r.label === 'after');
        return `| ${f} | ${b.wallMs} / ${b.cpuMs} ms | ${a.wallMs} / ${a.cpuMs} ms |`;
      }),
      '',
      ...BEFORE.notes,
      '',
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--compare');
  const clis = i > 0 ? { before: path.resolve(process.argv[i + 1]), after: path.join(here, '..', 'dist', 'cli', 'main.js') } : undefined;
  console.log(JSON.stringify({ load: os.loadavg().map((x) => x.toFixed(1)).join(' '), results: startupBench(clis ? { clis } : {}) }));
}
