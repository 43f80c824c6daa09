/**
 * The batch: many inputs → a worker pool → outputs + a report.
 *
 *   for await (const e of runBatch(['examples/region'], { out: 'out/region' })) {
 *     if (e.type === 'input') console.log(e.done, '/', e.total, e.result.input, e.result.status);
 *     if (e.type === 'done') console.log(e.report.rendered, 'rendered');
 *   }
 *
 * Order of work: expand the inputs (inputs.ts), read each with its bases in this thread
 * (plan-input.ts), name the outputs (output-names.ts) and refuse unsafe names, collisions and
 * foreign existing files, skip what the cache says is unchanged (cache.ts), then render the
 * rest in worker threads (tinypool), each input independently: one broken input never stops
 * the others. At the end the cache manifest and `report.json` / `report.md` are written.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { importJson } from '../load/import-json.js';
import { FileRefused, readFailureReason } from '../input/read-failure.js';
import { readFailureDiagnostic } from '../load/read-failure-diagnostic.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../output-formats.js';
import { cacheKey, folderHash, readCache, writeCache, type CacheManifest } from './cache.js';
import { expandInputs } from './inputs.js';
import { defaultJobs } from './jobs.js';
import { batchDiagnostic } from './messages.js';
import { DEFAULT_PATTERN, outputName } from './output-names.js';
import { InputReader } from './plan-input.js';
import { renderOne, type RenderTask, type RenderTaskResult } from './render-one.js';
import { writeReport } from './report.js';
import type { BatchEvent, BatchOptions, BatchReport, InputResult } from './types.js';
import { defaultWorkerFile } from './worker-file.js';
import { removeTempFiles } from '../output/atomic-write.js';
import { DEFAULT_TIME_LIMIT_SECONDS, runWithTimeLimit, TimeLimitExceeded } from './time-limit.js';


interface Job {
  input: string;
  task: RenderTask;
  key: string;
  /** Outputs relative to `out`. */
  names: string[];
  municipality?: string;
}

/** Run a batch, yielding progress; the last event (`done`) carries the report, also returned. */
export async function* runBatch(inputs: readonly string[], options: BatchOptions): AsyncGenerator<BatchEvent, BatchReport> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const lang: Language = options.lang ?? 'ru';
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const out = path.resolve(cwd, options.out);
  const root = options.root !== undefined ? path.resolve(cwd, options.root) : undefined;
  const formats: OutputFormat[] = options.formats?.length ? [...options.formats] : [...OUTPUT_FORMATS];
  const pattern = options.pattern ?? DEFAULT_PATTERN;
  const useCache = options.cache ?? true;
  const shown = (f: string) => path.relative(cwd, f) || f;
  const { version } = await importJson<{ version: string }>(new URL('../../package.json', import.meta.url));

  const results: InputResult[] = [];
  const fail = (input: string, diagnostics: Diagnostic[], extra: Partial<InputResult> = {}) =>
    results.push({ input, status: 'failed', outputs: [], diagnostics, ms: 0, ...extra });

  // 1. Inputs, read once here with their bases.
  const expanded = await expandInputs(inputs, cwd);
  for (const m of expanded.missing) fail(m.input, [inputFailure(m.error, m.input, lang)]);
  const reader = new InputReader();
  const planned = await Promise.all(expanded.candidates.map((c) => reader.plan(c.file, root ?? c.root)));
  const extended = new Set(planned.map((p) => p.extendsFile).filter((f): f is string => f !== undefined));
  const templatesDir = options.templates ? path.resolve(cwd, options.templates) : undefined;
  const templates = await folderHash(templatesDir);
  const cache: CacheManifest = await readCache(out);

  // 2. Names, collisions, foreign files, cache.
  const jobs: Job[] = [];
  const skipped: InputResult[] = [];
  const claims = new Map<string, Job[]>();
  for (const [i, p] of planned.entries()) {
    const candidate = expanded.candidates[i]!;
    if (!candidate.explicit && extended.has(p.file)) continue; // a base of other inputs
    const input = shown(p.file);
    if (p.text === undefined) {
      fail(input, [inputFailure(p.readFailure, input, lang)]);
      continue;
    }
    const name = path.basename(p.file).replace(/\.ya?ml$/i, '');
    const outputs: RenderTask['outputs'] = [];
    const names: string[] = [];
    let unsafe: Diagnostic | undefined;
    for (const format of formats) {
      const checked = outputName(pattern, { municipality: p.municipality ?? name, name, kind: p.kind ?? 'document', ext: format });
      if (!checked.ok) {
        const raw = pattern.replace(/\{municipality\}/g, p.municipality ?? name).replace(/\{name\}/g, name).replace(/\{kind\}/g, p.kind ?? 'document').replace(/\{ext\}/g, format);
        unsafe = batchDiagnostic('batch-unsafe-name', lang, input, { name: raw, reason: lang === 'ru' ? checked.reasonRu : checked.reasonEn });
        break;
      }
      names.push(checked.path);
      outputs.push({ format, target: path.join(out, ...checked.path.split('/')) });
    }
    if (unsafe) {
      fail(input, [unsafe], p.municipality ? { municipality: p.municipality } : {});
      continue;
    }
    const key = cacheKey({ version, options: { formats, pattern, now: options.now ?? null, lang }, templates, text: p.text, bases: p.bases.map((b) => ({ file: shown(b.file), text: b.text })) });
    const task: RenderTask = { file: p.file, cwd, root: root ?? candidate.root, lang, outputs, ...(options.now !== undefined ? { now: options.now } : {}), ...(templatesDir !== undefined ? { templates: templatesDir } : {}) };
    const job: Job = { input, task, key, names, ...(p.municipality ? { municipality: p.municipality } : {}) };
    for (const n of names) claims.set(n.toLowerCase(), [...(claims.get(n.toLowerCase()) ?? []), job]);
    jobs.push(job);
  }
  const colliding = new Set<Job>();
  for (const [, owners] of claims) if (owners.length > 1) owners.forEach((j) => colliding.add(j));
  const toRender: Job[] = [];
  for (const job of jobs) {
    const cacheId = path.relative(out, job.task.file);
    if (colliding.has(job)) {
      const diagnostics: Diagnostic[] = [];
      for (const n of job.names) {
        const others = (claims.get(n.toLowerCase()) ?? []).filter((j) => j !== job).map((j) => j.input);
        if (others.length) diagnostics.push(batchDiagnostic('batch-output-collision', lang, job.input, { name: n, others: others.join(', ') }));
      }
      fail(job.input, diagnostics, job.municipality ? { municipality: job.municipality } : {});
      delete cache.inputs[cacheId];
      continue;
    }
    const entry = cache.inputs[cacheId];
    const present = await Promise.all(job.task.outputs.map((o) => exists(o.target)));
    if (useCache && entry && entry.key === job.key && present.every(Boolean) && sameList(entry.outputs, job.names)) {
      skipped.push({ input: job.input, status: 'skipped', outputs: job.names, diagnostics: [], ms: 0, ...(job.municipality ? { municipality: job.municipality } : {}) });
      continue;
    }
    if (!options.force) {
      const owned = new Set(entry?.outputs ?? []);
      const foreign = job.names.filter((n, k) => present[k] && !owned.has(n));
      if (foreign.length) {
        fail(job.input, foreign.map((n) => batchDiagnostic('batch-output-exists', lang, job.input, { name: n })), job.municipality ? { municipality: job.municipality } : {});
        continue;
      }
    }
    toRender.push(job);
  }

  // 3. Render.
  const total = results.length + skipped.length + toRender.length;
  const jobsCount = Math.max(1, Math.min(options.jobs ?? defaultJobs(), Math.max(1, toRender.length)));
  const timeLimitMs = (options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS) * 1000;
  yield { type: 'start', total, jobs: jobsCount };
  let done = 0;
  const event = (result: InputResult): BatchEvent => ({ type: 'input', result, done: ++done, total, elapsedMs: Date.now() - started });
  for (const r of [...results, ...skipped]) yield event(r);
  results.push(...skipped);

  let ioFailed = results.some((r) => r.diagnostics.some((d) => d.code === 'batch-input-missing' || d.code.startsWith('io-')));
  if (toRender.length > 0) {
    // Loaded only when a batch runs, so importing the library does not start thread machinery.
    const Tinypool = options.jobs === 0 ? undefined : (await import('tinypool')).default;
    const pool = Tinypool === undefined ? undefined : new Tinypool({
      filename: options.workerFile ?? defaultWorkerFile(),
      minThreads: jobsCount,
      maxThreads: jobsCount,
      isolateWorkers: false,
    });
    const queue: InputResult[] = [];
    let wake: (() => void) | undefined;
    const finish = (job: Job, r: RenderTaskResult) => {
      if (r.ioFailed) ioFailed = true;
      const result: InputResult = {
        input: job.input,
        status: r.ok ? 'rendered' : 'failed',
        outputs: r.written.map((w) => path.relative(out, w).split(path.sep).join('/')),
        diagnostics: r.diagnostics,
        ms: r.ms,
        ...(job.municipality ? { municipality: job.municipality } : {}),
      };
      const cacheId = path.relative(out, job.task.file);
      if (r.ok) cache.inputs[cacheId] = { key: job.key, outputs: job.names };
      else delete cache.inputs[cacheId];
      queue.push(result);
      wake?.();
    };
    // Without a pool (jobs 0) inputs are rendered one after another in this thread.
    let previous: Promise<unknown> = Promise.resolve();
    const run = (task: RenderTask): Promise<RenderTaskResult> => {
      if (pool) return runWithTimeLimit<RenderTaskResult>(pool, task, timeLimitMs);
      const next = previous.then(() => renderOne(task));
      previous = next.catch(() => undefined);
      return next;
    };
    // At most one task per worker in flight: a task's time limit then counts from its start,
    // not from the moment it was queued behind the others.
    let next = 0;
    let inFlight = 0;
    const launch = (): void => {
      while (inFlight < jobsCount && next < toRender.length) {
        const job = toRender[next++]!;
        inFlight++;
        const settle = (r: RenderTaskResult) => {
          inFlight--;
          finish(job, r);
          launch();
        };
        run(job.task).then(settle, (e: unknown) =>
          settle({
            ok: false, written: [], ms: 0,
            diagnostics: [
              e instanceof TimeLimitExceeded
                ? batchDiagnostic('batch-time-limit', lang, job.input, { seconds: timeLimitMs / 1000 })
                : batchDiagnostic('batch-worker-crashed', lang, job.input, { reason: e instanceof Error ? e.message : String(e) }),
            ],
          }),
        );
      }
    };
    launch();
    try {
      let received = 0;
      while (received < toRender.length) {
        if (queue.length === 0) await new Promise<void>((r) => (wake = r));
        wake = undefined;
        while (queue.length > 0) {
          const r = queue.shift()!;
          received++;
          results.push(r);
          yield event(r);
        }
      }
    } finally {
      await pool?.destroy();
      // A worker stopped at its time limit may have left a temporary file behind.
      removeTempFiles(out);
    }
  }

  // 4. Cache, report.
  const order = new Map(results.map((r, i) => [r.input, i]));
  results.sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : (order.get(a.input)! - order.get(b.input)!)));
  const report: BatchReport = {
    version, startedAt, ms: Date.now() - started, out: shown(out), jobs: jobsCount, formats,
    total: results.length,
    rendered: results.filter((r) => r.status === 'rendered').length,
    failed: results.filter((r) => r.status === 'failed').length,
    skipped: results.filter((r) => r.status === 'skipped').length,
    warnings: results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0),
    ioFailed: false,
    results,
  };
  report.ioFailed = ioFailed;
  try {
    if (useCache || Object.keys(cache.inputs).length > 0) await writeCache(out, cache);
    if (options.writeReport ?? true) await writeReport(out, report, lang);
  } catch (e) {
    ioFailed = true;
    report.results.push({ input: shown(out), status: 'failed', outputs: [], ms: 0, diagnostics: [batchDiagnostic('batch-write-failed', lang, shown(out), { name: shown(out), reason: e instanceof Error ? e.message : String(e) })] });
    report.failed++;
  }
  report.ioFailed = ioFailed;
  yield { type: 'done', report };
  return report;
}

/** Run a batch to the end; `onEvent` sees every progress event. */
export async function batch(inputs: readonly string[], options: BatchOptions, onEvent?: (e: BatchEvent) => void): Promise<BatchReport> {
  let report: BatchReport | undefined;
  for await (const e of runBatch(inputs, options)) {
    onEvent?.(e);
    if (e.type === 'done') report = e.report;
  }
  return report!;
}

/**
 * An input that could not be read: too large (`limit-file-size`) or not a regular file
 * (`io-not-a-file`), as the loader says it; otherwise missing or unreadable (`batch-input-missing`).
 */
function inputFailure(error: unknown, input: string, lang: Language): Diagnostic {
  if (error instanceof FileRefused) return readFailureDiagnostic(error, input, lang);
  return batchDiagnostic('batch-input-missing', lang, input, { reason: readFailureReason(error, lang) });
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
