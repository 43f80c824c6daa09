/**
 * The batch: many inputs → a worker pool → outputs + a report.
 *
 *   for await (const e of runBatch(['examples/region'], { out: 'out/region' })) {
 *     if (e.type === 'input') console.log(e.done, '/', e.total, e.result.input, e.result.status);
 *     if (e.type === 'done') console.log(e.report.rendered, 'rendered');
 *   }
 *
 * Order of work: take the output folder for this run (out-lock.ts: one run per folder); expand
 * the inputs (inputs.ts), read each with its bases in this thread (plan-input.ts), name the
 * outputs (output-names.ts) and refuse unsafe names, collisions, outputs that would land on an
 * input or pass through a symbolic link, and foreign existing files; skip what the cache says is
 * unchanged (cache.ts); remove temporary files killed runs left beside the outputs; then render
 * the rest in worker threads (tinypool), each input independently: one broken input never stops
 * the others. Ownership of outputs is journaled as the run goes (cache.ts), so a run stopped midway
 * does not make the next one refuse its outputs. At the end the cache manifest and
 * `report.json` / `report.md` are written.
 */
import { realpath, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { importJson } from '../load/import-json.js';
import { FileRefused, readFailureReason } from '../input/read-failure.js';
import { readFailureDiagnostic } from '../load/read-failure-diagnostic.js';
import { DEFAULT_FORMATS, type OutputFormat } from '../output-formats.js';
import { clearTemplateCache, loadTemplates } from '../templates/load.js';
import { NODE_OUTPUT_IO, removeStaleTempFiles, removeTempFiles } from '../output/atomic-write.js';
import { describeIoFailure, shownPath } from '../output/io-failure.js';
import { linkOnTheWay } from '../output/link-check.js';
import { CACHE_FILE, CacheJournal, keySeed, readCache, renderKey, writeCache, type CacheEntry, type KeySource, type KeyTemplate } from './cache.js';
import { expandInputs } from './inputs.js';
import { defaultJobs } from './jobs.js';
import { batchDiagnostic } from './messages.js';
import { lockOutFolder } from './out-lock.js';
import { DEFAULT_PATTERN, outputName } from './output-names.js';
import { InputReader } from './plan-input.js';
import { renderOne, type RenderTask, type RenderTaskResult } from './render-one.js';
import { REPORT_JSON, REPORT_MD, writeReport } from './report.js';
import type { BatchEvent, BatchOptions, BatchReport, InputResult } from './types.js';
import { defaultWorkerFile } from './worker-file.js';
import { DEFAULT_TIME_LIMIT_SECONDS, runWithTimeLimit, TimeLimitExceeded } from './time-limit.js';

interface Job {
  input: string;
  /** The input's id in the cache: its path relative to the output folder. */
  cacheId: string;
  task: RenderTask;
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
  // The folder bases must stay inside: the option, or per input the folder the user named (inputs.ts).
  const root = options.root !== undefined ? path.resolve(cwd, options.root) : undefined;
  const formats: OutputFormat[] = options.formats?.length ? [...options.formats] : [...DEFAULT_FORMATS];
  const pattern = options.pattern ?? DEFAULT_PATTERN;
  const useCache = options.cache ?? true;
  const io = options.outputIo ?? NODE_OUTPUT_IO;
  const shown = (f: string) => shownPath(f, cwd);
  const { version } = await importJson<{ version: string }>(new URL('../../package.json', import.meta.url));

  const results: InputResult[] = [];
  /** Problems of the run as a whole (BatchReport.diagnostics). */
  const problems: Diagnostic[] = [];
  const report = (): BatchReport => ({
    version, startedAt, ms: Date.now() - started, out: shown(out), jobs: 0, formats,
    total: results.length,
    rendered: results.filter((r) => r.status === 'rendered').length,
    failed: results.filter((r) => r.status === 'failed').length,
    skipped: results.filter((r) => r.status === 'skipped').length,
    warnings: results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0),
    ioFailed: false, diagnostics: problems, reportWritten: false,
    results,
  });

  // 0. The output folder, ours alone for the run.
  let lock;
  try {
    lock = lockOutFolder(out);
  } catch (e) {
    const failure = describeIoFailure(e, lang, cwd, out);
    problems.push(batchDiagnostic('batch-write-failed', lang, shown(out), { name: shown(out), reason: failure.reason, hint: failure.hint }));
  }
  if (!lock?.ok) {
    if (lock) {
      const holder = lock.holder;
      const words = holder === undefined
        ? (lang === 'ru' ? 'файл блокировки не читается' : 'the lock file cannot be read')
        : (lang === 'ru' ? `процесс ${holder.pid} на компьютере ${holder.host}, начат ${holder.startedAt}` : `process ${holder.pid} on ${holder.host}, started ${holder.startedAt}`);
      problems.push(batchDiagnostic('batch-out-locked', lang, shown(out), { out: shown(out), holder: words, lock: shown(lock.file) }));
    }
    // Nothing of the folder is touched: it is another run's (or cannot be written). The only
    // event is `done`.
    const refused = { ...report(), ioFailed: true };
    yield { type: 'done', report: refused };
    return refused;
  }

  const cache = await readCache(out);
  const journal = new CacheJournal(out, cache);
  try {
    return yield* run();
  } finally {
    journal.close();
    lock.release();
  }

  async function* run(): AsyncGenerator<BatchEvent, BatchReport> {
    const fail = (input: string, diagnostics: Diagnostic[], extra: Partial<InputResult> = {}) =>
      results.push({ input, status: 'failed', outputs: [], diagnostics, ms: 0, ...extra });

    // 1. Inputs, read once here with their bases.
    const expanded = await expandInputs(inputs, cwd);
    for (const m of expanded.missing) fail(m.input, [inputFailure(m.error, m.input, lang)]);
    const reader = new InputReader();
    const planned = await Promise.all(expanded.candidates.map((c) => reader.plan(c.file, root ?? c.root)));
    const extended = new Set(planned.map((p) => p.extendsFile).filter((f): f is string => f !== undefined));
    const templatesDir = options.templates ? path.resolve(cwd, options.templates) : undefined;
    // Inputs and bases by their real paths: no output may land on one of them.
    const readFiles = [...new Set(planned.flatMap((p) => (p.text === undefined ? [] : [p.file, ...p.bases])))];
    const protectedFiles = new Map<string, string>();
    for (const f of readFiles) protectedFiles.set(await realPath(f), f);

    // 2. Names, collisions, outputs that must not be written, cache.
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
      const municipality = p.municipality ? { municipality: p.municipality } : {};
      if (unsafe) {
        fail(input, [unsafe], municipality);
        continue;
      }
      const inputRoot = root ?? candidate.root;
      const task: RenderTask = {
        file: p.file, cwd, root: inputRoot, lang, out, keySeed: keySeed({ version, formats, pattern, now: options.now ?? null, lang, root: inputRoot, pdfa: options.pdfa === true }), outputs,
        ...(options.now !== undefined ? { now: options.now } : {}), ...(options.pdfa === true ? { pdfa: true } : {}), ...(templatesDir !== undefined ? { templates: templatesDir } : {}),
      };
      const job: Job = { input, cacheId: path.relative(out, p.file), task, names, ...municipality };
      for (const n of names) claims.set(n.toLowerCase(), [...(claims.get(n.toLowerCase()) ?? []), job]);
      jobs.push(job);
    }
    const colliding = new Set<Job>();
    for (const [, owners] of claims) if (owners.length > 1) owners.forEach((j) => colliding.add(j));
    let templates: KeyTemplate[] | undefined;
    const unchanged = async (entry: CacheEntry, seed: string): Promise<boolean> => {
      if (entry.key === undefined || entry.sources === undefined) return false;
      const sources: KeySource[] = [];
      for (const file of entry.sources) {
        const bytes = await reader.bytes(path.resolve(out, file));
        if (bytes === undefined) return false;
        sources.push({ file, bytes });
      }
      // The templates as a worker would load them now, read once for the run.
      templates ??= loadTemplates({ ...(templatesDir !== undefined ? { dir: templatesDir } : {}), lang, fresh: true }).templates.sources();
      return renderKey(seed, sources, templates) === entry.key;
    };
    const toRender: Job[] = [];
    for (const job of jobs) {
      const municipality = job.municipality ? { municipality: job.municipality } : {};
      if (colliding.has(job)) {
        const diagnostics: Diagnostic[] = [];
        for (const n of job.names) {
          const others = (claims.get(n.toLowerCase()) ?? []).filter((j) => j !== job).map((j) => j.input);
          if (others.length) diagnostics.push(batchDiagnostic('batch-output-collision', lang, job.input, { name: n, others: others.join(', ') }));
        }
        fail(job.input, diagnostics, municipality);
        continue;
      }
      const refused: Diagnostic[] = [];
      for (const [k, o] of job.task.outputs.entries()) {
        const onInput = protectedFiles.get(await whereItLands(o.target));
        if (onInput !== undefined) {
          refused.push(batchDiagnostic('batch-output-is-input', lang, job.input, { name: job.names[k], file: shown(onInput) }));
          continue;
        }
        const link = await linkOnTheWay(out, o.target);
        if (link !== undefined) refused.push(batchDiagnostic('batch-output-link', lang, job.input, { name: job.names[k], link }));
      }
      if (refused.length) {
        fail(job.input, refused, municipality);
        continue;
      }
      const entry = cache.inputs[job.cacheId];
      const present = await Promise.all(job.task.outputs.map((o) => exists(o.target)));
      if (useCache && entry && present.every(Boolean) && sameList(entry.outputs, job.names) && (await unchanged(entry, job.task.keySeed))) {
        skipped.push({ input: job.input, status: 'skipped', outputs: job.names, diagnostics: [], ms: 0, ...municipality });
        continue;
      }
      if (!options.force) {
        const owned = new Set(entry?.outputs ?? []);
        const foreign = job.names.filter((n, k) => present[k] && !owned.has(n));
        if (foreign.length) {
          fail(job.input, foreign.map((n) => batchDiagnostic('batch-output-exists', lang, job.input, { name: n })), municipality);
          continue;
        }
      }
      toRender.push(job);
    }

    // A run killed with kill -9 leaves its temporary files beside the outputs it was writing,
    // which its journal names: nobody else writes here now. Only those folders are looked in
    // (an output folder may be a large tree of other things).
    const folders = new Set([out]);
    for (const name of [...Object.values(cache.inputs).flatMap((e) => e.outputs), ...toRender.flatMap((j) => j.names)]) {
      folders.add(path.dirname(path.join(out, ...name.split('/'))));
    }
    for (const folder of folders) removeStaleTempFiles(folder, { recursive: false });

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
      // In this thread, templates compiled by an earlier run of this process may be out of date
      // (worker threads start with none): read the folder as it is now.
      if (Tinypool === undefined) clearTemplateCache();
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
        if (r.ok && r.key !== undefined && r.sources !== undefined) {
          try {
            journal.done(job.cacheId, { key: r.key, outputs: job.names, sources: r.sources });
          } catch {
            // The claim stands: the outputs stay ours, and the next run renders the input again.
          }
        }
        queue.push(result);
        wake?.();
      };
      // Without a pool (jobs 0) inputs are rendered one after another in this thread.
      let previous: Promise<unknown> = Promise.resolve();
      const render = (task: RenderTask): Promise<RenderTaskResult> => {
        if (pool) return runWithTimeLimit<RenderTaskResult>(pool, task, timeLimitMs);
        const next = previous.then(() => renderOne(task, io));
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
          try {
            // Before the worker writes anything: these outputs are this input's from now on.
            journal.claim(job.cacheId, job.names);
          } catch (e) {
            const failure = describeIoFailure(e, lang, cwd, journal.file);
            settle({ ok: false, written: [], ms: 0, ioFailed: true, diagnostics: [batchDiagnostic('batch-write-failed', lang, job.input, { name: shown(journal.file), reason: failure.reason, hint: failure.hint })] });
            continue;
          }
          render(job.task).then(settle, (e: unknown) =>
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
        for (const folder of folders) removeTempFiles(folder, { recursive: false });
      }
    }

    // 4. Cache, report.
    const order = new Map(results.map((r, i) => [r.input, i]));
    results.sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : (order.get(a.input)! - order.get(b.input)!)));
    const final: BatchReport = { ...report(), jobs: jobsCount };
    try {
      if (journal.used || (await exists(path.join(out, CACHE_FILE)))) await writeCache(out, cache, io);
    } catch (e) {
      // The journal stays: the next run still knows which outputs are ours.
      ioFailed = true;
      const failure = describeIoFailure(e, lang, cwd, path.join(out, CACHE_FILE));
      problems.push(batchDiagnostic('batch-write-failed', lang, shown(out), { name: shown(path.join(out, CACHE_FILE)), reason: failure.reason, hint: failure.hint }));
    }
    if (options.writeReport ?? true) {
      try {
        await writeReport(out, { ...final, ioFailed, reportWritten: true }, lang, io);
        final.reportWritten = true;
      } catch (e) {
        ioFailed = true;
        const failure = describeIoFailure(e, lang, cwd);
        problems.push(batchDiagnostic('batch-report-failed', lang, shown(out), { name: shown(path.join(out, REPORT_MD)), reason: failure.reason, hint: failure.hint }));
        // An earlier run's report left in place would be read as this run's.
        for (const f of [REPORT_JSON, REPORT_MD]) await rm(path.join(out, f), { force: true }).catch(() => undefined);
      }
    }
    final.ioFailed = ioFailed;
    final.ms = Date.now() - started;
    yield { type: 'done', report: final };
    return final;
  }
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

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function realPath(file: string): Promise<string> {
  return realpath(file).catch(() => file);
}

/** Where a write to `target` would land: the real path of it, or of its folder joined with its name. */
async function whereItLands(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch {
    return path.join(await realPath(path.dirname(target)), path.basename(target));
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * An input that could not be read: too large (`limit-file-size`) or not a regular file
 * (`io-not-a-file`), as the loader says it; otherwise missing or unreadable (`batch-input-missing`).
 */
function inputFailure(error: unknown, input: string, lang: Language): Diagnostic {
  if (error instanceof FileRefused) return readFailureDiagnostic(error, input, lang);
  return batchDiagnostic('batch-input-missing', lang, input, { reason: readFailureReason(error, lang) });
}
