/**
 * The batch's data shapes: options, the result of each input, progress events and the final
 * report (also written as `report.json` in the output folder).
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { OutputFormat } from '../output-formats.js';
import type { OutputIo } from '../output/atomic-write.js';

export interface BatchOptions {
  /** Output folder; every output lands inside it. */
  out: string;
  /** Formats to write. Default: docx and pdf. */
  formats?: OutputFormat[];
  /** Worker threads. Default: `defaultJobs()` (measured; see BENCHMARKS.md). 0: render in this thread, no pool. */
  jobs?: number;
  /** Output names: placeholders `{municipality}`, `{name}`, `{kind}`, `{ext}`. Default `DEFAULT_PATTERN`. */
  pattern?: string;
  /** Overwrite outputs that exist and were not written by this input in an earlier run. */
  force?: boolean;
  /** Skip inputs unchanged since the last run (default true); false renders everything. */
  cache?: boolean;
  /** Language of messages. Default 'ru'. */
  lang?: Language;
  /** Folder relative inputs and shown paths are taken from. Default `process.cwd()`. */
  cwd?: string;
  /**
   * Folder that bases named by `extends` must stay inside, for every input. Default, per input:
   * the folder named in `inputs` that it was found in (or the manifest's folder) when it lies
   * inside it, else its own folder (src/batch/inputs.ts).
   */
  root?: string;
  /** The user's templates folder (see RenderOptions.templates); its content is part of the cache key. */
  templates?: string;
  /** Creation time written into the files (see RenderOptions.now). */
  now?: string;
  /** Write the PDFs as PDF/A-3b with the merged roadmap embedded (see RenderOptions.pdfa). */
  pdfa?: boolean;
  /** Write `report.json` and `report.md` into `out` at the end. Default true. */
  writeReport?: boolean;
  /**
   * Seconds one input may take in a worker; past it the worker is stopped and the input fails
   * with `batch-time-limit` (default `DEFAULT_TIME_LIMIT_SECONDS`, 300). Not enforced with jobs 0.
   */
  timeLimitSeconds?: number;
  /** Worker script (default: dist/batch/worker.js of this package). */
  workerFile?: string;
  /**
   * The file operations the report and the cache manifest are written with (and the outputs too
   * with jobs 0). Default: Node's. For tests: one that fails as a full disk does.
   */
  outputIo?: OutputIo;
}

export type InputStatus = 'rendered' | 'failed' | 'skipped';

export interface InputResult {
  /** The input as shown to the user (relative to cwd). */
  input: string;
  status: InputStatus;
  /** Outputs written (or, when skipped, kept), relative to the output folder. */
  outputs: string[];
  /** Everything found, errors first when failed; files relative to cwd. */
  diagnostics: Diagnostic[];
  /** Wall time spent on this input, ms. */
  ms: number;
  municipality?: string;
}

/**
 * Progress: `start`, one `input` per input, then `done`. A run refused before it starts (the
 * output folder is another run's or cannot be created: `BatchReport.diagnostics`) yields `done` alone.
 */
export type BatchEvent =
  | { type: 'start'; total: number; jobs: number }
  | { type: 'input'; result: InputResult; done: number; total: number; elapsedMs: number }
  | { type: 'done'; report: BatchReport };

export interface BatchReport {
  /** plangraf version. */
  version: string;
  startedAt: string;
  ms: number;
  out: string;
  jobs: number;
  formats: OutputFormat[];
  total: number;
  rendered: number;
  failed: number;
  skipped: number;
  /** Warnings over all inputs. */
  warnings: number;
  /** An input could not be read or an output (or the report) could not be written: the CLI exits with 3. */
  ioFailed: boolean;
  /**
   * Problems of the run as a whole, not of one input: the output folder is taken by another run
   * (`batch-out-locked`) or cannot be created, the cache manifest or the report could not be
   * written (`batch-write-failed`, `batch-report-failed`).
   */
  diagnostics: Diagnostic[];
  /** `report.json` and `report.md` were written into the output folder. */
  reportWritten: boolean;
  results: InputResult[];
}
