// The long-word case (issue 10): an approval stamp with one word of 2,500 / 5,000 / 10,000
// letters, rendered to PDF, one fresh process each (bench/long-word-case.js). pdfmake cut such a
// word by measuring the whole rest of it again for every line: 10,000 letters took 23 s and
// 1.1 GB. The writer now cuts it itself in one pass, so time should grow in proportion to the word.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const PROCESSES = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Per size: the median time of three processes and the largest peak of them. */
export function runLongWordBench({ sizes = [10, 2500, 5000, 10000], log = console.log } = {}) {
  return sizes.map((chars) => {
    const runs = Array.from({ length: PROCESSES }, () => {
      const out = execFileSync(process.execPath, [path.join(here, 'long-word-case.js'), String(chars)], { cwd: path.resolve(here, '..'), encoding: 'utf8', maxBuffer: 1 << 20 });
      return JSON.parse(out.trim().split('\n').pop());
    });
    const r = { chars, ms: median(runs.map((x) => x.ms)), peakMb: Math.max(...runs.map((x) => x.peakMb)), load: os.loadavg()[0].toFixed(1) };
    log(`long word ${chars} letters: ${r.ms} ms, peak ${r.peakMb} MB`);
    return r;
  });
}

/** Markdown lines for BENCHMARKS.md. */
export function longWordSection(rows) {
  const first = rows[0];
  const last = rows.at(-1);
  return [
    '## A long word (issue 10)',
    '',
    'An approved plan whose approval stamp holds one word of N letters (bench/long-word-case.js), rendered to PDF in a',
    'fresh process: load, compose and write, after the modules are imported; the median of three processes, and the',
    'largest peak resident memory of them.',
    '',
    '| letters | time | peak memory | load average after |',
    '|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.chars.toLocaleString('en')} | ${r.ms} ms | ${r.peakMb} MB | ${r.load} |`),
    '',
    first && last
      ? `The word costs ${Math.round(((last.ms - first.ms) / (last.chars - first.chars)) * 1000)} ms and ${Math.round(((last.peakMb - first.peakMb) / (last.chars - first.chars)) * 1000)} MB per 1,000 letters over the ${first.chars}-letter document (the rest is the cost of any document); before the fix, 10,000 letters took 23 s and 1.1 GB.`
      : '',
    '',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(longWordSection(runLongWordBench()).join('\n'));
