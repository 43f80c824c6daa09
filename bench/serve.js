// The service and preview benchmark (issue 13), on loopback:
//   - `plangraf serve` under a bounded load (autocannon): a 50-row plan (bench/synthetic.js) to PDF,
//     10 s at 1×, 2× and 4× the pool size in concurrent connections, each level against a fresh
//     server of the default configuration: requests/s, p50/p99 latency, errors, non-2xx answers,
//     and the server process's peak resident memory (VmHWM: main thread and workers together);
//   - `plangraf preview`: the time from saving a 50-row plan to its new pages — in the state
//     the page reads (every platform) and drawn in chromium (when installed, through puppeteer-core).
// Run alone: `node bench/serve.js`; `npm run bench` adds its section to BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { syntheticRoadmap } from './synthetic.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const MAIN = path.join(root, 'dist/cli/main.js');
const NOW = '2022-01-01T00:00:00Z';
const ROWS = 50;

/** Start a built CLI command that prints an http://127.0.0.1:PORT address on stderr. */
function startCommand(args, cwd) {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const url = new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`${args[0]} exited with ${code}: ${stderr}`)));
  });
  return { child, url };
}

function loadAverage() {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return os.loadavg()[0];
  }
}

function peakMb(pid) {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return undefined;
  }
}

async function stop(child) {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

export async function runServeBench({ log = console.log, seconds = 10 } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'plangraf-serve-bench-'));
  const yaml = syntheticRoadmap(ROWS);
  const { defaultJobs } = await import(path.join(root, 'dist/batch/jobs.js'));
  const pool = defaultJobs();
  const levels = [];
  for (const factor of [1, 2, 4]) {
    const loadBefore = loadAverage();
    const { child, url } = startCommand(['serve', '--port', '0'], tmp);
    const base = await url;
    const target = `${base}/v1/render?format=pdf&now=${NOW}`;
    const request = { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: yaml };
    // Warm every worker (fonts, templates, the schema validator) before measuring.
    await Promise.all(Array.from({ length: pool * 2 }, () => fetch(target, request).then((r) => r.arrayBuffer())));
    const r = await autocannon({ url: target, ...request, connections: pool * factor, duration: seconds });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const peak = peakMb(child.pid);
    const code = await stop(child);
    const level = {
      factor, connections: pool * factor, pool,
      requestsPerSec: Math.round(r.requests.average * 10) / 10,
      p50: r.latency.p50, p99: r.latency.p99,
      total: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx,
      peakMb: peak, crashed: code !== 143, loadBefore, loadAfter: loadAverage(), served2xx: Number(/status="200"\} (\d+)/.exec(metrics)?.[1] ?? 0),
    };
    levels.push(level);
    log(`serve: ${level.connections} connections (${factor}× ${pool} workers): ${level.requestsPerSec} req/s, p50 ${level.p50} ms, p99 ${level.p99} ms, ${level.errors} errors, ${level.non2xx} non-2xx, peak ${level.peakMb} MB${level.crashed ? ', CRASHED' : ''} (load ${level.loadBefore} → ${level.loadAfter})`);
  }

  const preview = await previewLatency(tmp, yaml, log);
  rmSync(tmp, { recursive: true, force: true });
  return { levels, preview, seconds, rows: ROWS };
}

/** Save the plan five times; each time, how long until the new pages are there. */
async function previewLatency(tmp, yaml, log) {
  const loadBefore = loadAverage();
  const file = path.join(tmp, 'plan.yaml');
  writeFileSync(file, yaml);
  const { child, url } = startCommand(['preview', 'plan.yaml', '--port', '0'], tmp);
  const base = (await url).replace(/\/$/, '');
  const state = async () => (await fetch(`${base}/api/state`)).json();
  const waitFor = async (check) => {
    for (;;) {
      const s = await state();
      if (check(s)) return s;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  await waitFor((s) => s.pages !== null);
  const edit = (n) => yaml.replace('ПЛАН-ГРАФИК', `ПЛАН-ГРАФИК ${n}`);
  const server = [];
  for (let n = 1; n <= 5; n++) {
    const before = (await state()).version;
    const t0 = performance.now();
    writeFileSync(file, edit(n));
    await waitFor((s) => s.version > before && s.pages?.version === s.version);
    server.push(performance.now() - t0);
  }
  const browser = await browserLatency(base, file, edit);
  await stop(child);
  const result = {
    server: summary(server),
    browser: browser ? { shown: summary(browser.shown), all: summary(browser.all), pages: browser.pages } : undefined,
    loadBefore, loadAfter: loadAverage(),
  };
  log(`preview: saved → new pages in the state: median ${result.server.median} ms, max ${result.server.max} ms` +
    (result.browser
      ? `; in chromium, the page in view: median ${result.browser.shown.median} ms, max ${result.browser.shown.max} ms; all ${result.browser.pages} pages: median ${result.browser.all.median} ms, max ${result.browser.all.max} ms`
      : '; chromium not installed, not drawn'));
  return result;
}

async function browserLatency(base, file, edit) {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromium) return undefined;
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(path.join(os.tmpdir(), 'plangraf-bench-chromium-'))}`],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(base);
    await page.waitForSelector('#pages[data-version] canvas.page');
    const shown = [];
    const all = [];
    for (let n = 6; n <= 10; n++) {
      const before = await page.$eval('#pages', (el) => Number(el.dataset.version));
      const t0 = performance.now();
      writeFileSync(file, edit(n));
      await page.waitForFunction((v) => Number(document.querySelector('#pages').dataset.shown) > v, { polling: 'mutation', timeout: 60_000 }, before);
      shown.push(performance.now() - t0);
      await page.waitForFunction((v) => Number(document.querySelector('#pages').dataset.version) > v, { polling: 'mutation', timeout: 60_000 }, before);
      all.push(performance.now() - t0);
    }
    const pages = await page.$eval('#pages', (el) => Number(el.dataset.pages));
    return { shown, all, pages };
  } finally {
    await browser.close();
  }
}

function summary(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: Math.round(sorted[Math.floor(sorted.length / 2)]), max: Math.round(sorted[sorted.length - 1]), samples: ms.length };
}

/** Markdown lines for BENCHMARKS.md. */
export function serveSection({ levels, preview, seconds, rows }) {
  const ok = levels.every((l) => l.errors === 0 && l.non2xx === 0 && !l.crashed);
  return [
    '## Service and preview (issue 13)',
    '',
    `\`plangraf serve\` with its defaults (${levels[0]?.pool} workers, one per core), a ${rows}-row plan (bench/synthetic.js) to PDF by`,
    `\`POST /v1/render\`, driven by autocannon on loopback for ${seconds} s per row with 1×, 2× and 4× the pool size in concurrent`,
    'connections, a fresh server per row after a warm-up. Latency is from the request to the last byte of the PDF; peak',
    'memory is the server process\'s peak resident size (VmHWM: the main thread and the worker threads together).',
    '',
    '| connections | requests/s | p50 latency | p99 latency | requests | errors | non-2xx | peak memory | crashed | load average before → after |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
    ...levels.map((l) => `| ${l.connections} (${l.factor}×) | ${l.requestsPerSec} | ${l.p50} ms | ${l.p99} ms | ${l.total} | ${l.errors} | ${l.non2xx} | ${l.peakMb ?? '—'} MB | ${l.crashed ? 'yes' : 'no'} | ${l.loadBefore} → ${l.loadAfter} |`),
    '',
    ok ? 'Every request answered 200: 0 errors, 0 crashes. Beyond the pool the requests wait in the queue (4 per worker by default), so' : 'NOT MET: some requests failed (see the table).',
    ok ? 'throughput stays at what the cores give and latency grows with the queue; past the queue the answer is 503 at once.' : '',
    '',
    `\`plangraf preview\`: a ${rows}-row plan (${preview.browser?.pages ?? 'several'} pages) saved five times, the time from the save to its new pages:`,
    `in the state the page reads, median ${preview.server.median} ms, at most ${preview.server.max} ms` +
      (preview.browser
        ? `; drawn by pdf.js in chromium, the page in view median ${preview.browser.shown.median} ms, at most ${preview.browser.shown.max} ms, and every page median ${preview.browser.all.median} ms, at most ${preview.browser.all.max} ms.`
        : ' (chromium not installed: not measured in a browser).'),
    `Target (issue 13): the page updated within 1 s of saving: ${(preview.browser?.shown ?? preview.server).max < 1000 ? 'met' : 'NOT MET'} (load average ${preview.loadBefore} → ${preview.loadAfter}).`,
    '',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runServeBench();
  console.log(serveSection(result).join('\n'));
}
