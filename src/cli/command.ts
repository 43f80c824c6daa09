/**
 * The command interface of the CLI. Every command (`validate`, `schema`, `init`, and later
 * `render`, `batch`, `templates`) is one module in `src/cli/commands/` exporting a `Command`
 * and is listed once in `src/cli/commands/index.ts` (name, summary, and a lazy `load`).
 *
 * A command never calls `process.exit`, never writes to `process.stdout` directly and never
 * throws for a user's mistake: it prints through `ctx.out` / `ctx.err` and returns an exit code
 * from `EXIT` (src/diagnostics/diagnostic.ts). `main.ts` parses the arguments with
 * `node:util` `parseArgs` using the command's `options`, handles `--help`, catches unexpected
 * exceptions (exit 70) and sets the process exit code. Tests call `run` directly with a
 * captured context.
 *
 * Adding a command:
 * ```ts
 * // src/cli/commands/render.ts
 * import type { Command } from '../command.js';
 * export const renderCommand: Command = {
 *   name: 'render',
 *   summary: { ru: 'собрать документ DOCX/PDF', en: 'render a DOCX/PDF document' },
 *   usage: 'render <files…> [--out dir] [--format docx|pdf]',
 *   options: { out: { type: 'string', short: 'o' }, format: { type: 'string', multiple: true } },
 *   help: { ru: '…', en: '…' },
 *   exits: { [EXIT.ok]: { ru: 'готово', en: 'done' }, [EXIT.io]: { ru: '…', en: '…' } },
 *   async run(ctx, { positionals, values }) { … return EXIT.ok; },
 * };
 * ```
 * then add `{ name, summary, load: () => import('./render.js').then((m) => m.renderCommand) }`
 * to the list in `src/cli/commands/index.ts`.
 */
import type { Language } from '../diagnostics/diagnostic.js';
import type { ExitHelp } from './exit-codes.js';
import type { OutputIo } from '../output/atomic-write.js';

/** One option as `node:util` `parseArgs` takes it. */
export interface CommandOption {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[] | boolean[];
}

/** Text in both languages. */
export interface Bilingual {
  ru: string;
  en: string;
}

/** The world a command sees: output streams, the file system, the environment. Injected so tests capture it. */
export interface CommandContext {
  /** Language of messages: from `--lang`, else `PLANGRAF_LANG`, else 'ru'. */
  lang: Language;
  /** Write to standard output (text is written as is; add '\n' yourself). */
  out(text: string): void;
  /** Write to standard error. */
  err(text: string): void;
  /** Colour allowed on stderr/stdout (a TTY and no NO_COLOR). */
  color: boolean;
  /** Working directory against which relative paths are resolved. */
  cwd: string;
  /** Environment variables. */
  env: Record<string, string | undefined>;
  /** Files: read, write, check existence. Node's fs by default. */
  fs: CliFileSystem;
  /**
   * Read standard input to its end (for `-` as a file name), but at most `maxBytes`: past that,
   * throw `FileRefused` (src/input/read-failure.ts) and stop reading.
   */
  readStdin?(maxBytes: number): Promise<Uint8Array>;
  /** Write bytes to standard output (`--out -`); resolves once they are handed to the system. */
  writeStdout?(bytes: Uint8Array): Promise<void>;
  /**
   * The worker script `render` runs each file in under its time limit (tinypool `filename`).
   * Default: `dist/cli/render-worker.js` of the build; from the TypeScript sources none, and
   * files render in the calling thread. For tests only: not reachable from the command line.
   */
  renderWorker?: string;
  /**
   * The file operations outputs, the batch report and the cache manifest are written with
   * (src/output/atomic-write.ts). Default: Node's. For tests only (a disk that fills up).
   */
  outputIo?: OutputIo;
}

export interface CliFileSystem {
  /** Read a regular file of at most `maxBytes` (src/input/bounded-read.ts: anything else is refused, not read). */
  readFile(path: string, options: { maxBytes: number }): Promise<Uint8Array>;
  /** Write a file; with `exclusive` fail (code EEXIST) when it exists. */
  writeFile(path: string, data: string | Uint8Array, options?: { exclusive?: boolean }): Promise<void>;
  exists(path: string): Promise<boolean>;
}

/** What `parseArgs` produced for this command (the command name itself removed). */
export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
}

export interface Command {
  /** The word after `plangraf`. */
  name: string;
  /** One line for the command list in `plangraf --help`. */
  summary: Bilingual;
  /** Synopsis without the program name: `validate <files…> [--format text|json] [--strict]`. */
  usage: string;
  /** Options besides the global ones (`--lang`, `--help`), in `parseArgs` form. */
  options: Record<string, CommandOption>;
  /** Longer help printed by `plangraf <command> --help` (after the synopsis); the exit codes follow it. */
  help: Bilingual;
  /**
   * The exit codes this command returns besides those every command may (usage, internal,
   * signals, closed output: exit-codes.ts), each with what it means here. `--help` lists both.
   */
  exits: ExitHelp;
  /** Run; returns an exit code from `EXIT`. */
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}
