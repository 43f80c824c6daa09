#!/usr/bin/env node
/**
 * The `plangraf` command line: parsing and printing only; the work is done by the library.
 *
 *   plangraf <command> [arguments] [--lang ru|en]
 *   plangraf --help | --version
 *
 * Commands are modules in src/cli/commands/ implementing `Command` (src/cli/command.ts),
 * listed in src/cli/commands/index.ts and loaded only when run.
 * A user's mistake never shows a stack trace; an unexpected exception prints a short
 * «внутренняя ошибка plangraf …» and exits with 70 (set PLANGRAF_DEBUG=1 for the stack).
 * Output read by a program that stops reading (`plangraf schema | head -1`) ends the run
 * quietly with 141, as SIGPIPE would (`stopWhenOutputCloses`).
 */
import { realpathSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXIT, type Language } from '../diagnostics/diagnostic.js';
import { importJson } from '../load/import-json.js';
import { readBoundedFile, readBoundedStream } from '../input/bounded-read.js';
import { nearest } from '../load/suggest.js';
import type { CliFileSystem, Command, CommandContext } from './command.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { exitCodesHelp, GENERAL_EXITS } from './exit-codes.js';
import { installInterruptHandlers, stopNow } from './interrupt.js';

const GLOBAL_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  'no-color': { type: 'boolean' },
} as const;

/** Run the CLI with arguments (without `node` and the script) and return the exit code. */
export async function runCli(argv: readonly string[], context: Partial<CommandContext> = {}): Promise<number> {
  const env = context.env ?? process.env;
  const ctx: CommandContext = {
    lang: 'ru',
    out: context.out ?? ((s) => void process.stdout.write(s)),
    err: context.err ?? ((s) => void process.stderr.write(s)),
    color: context.color ?? (Boolean(process.stdout.isTTY) && !env.NO_COLOR),
    cwd: context.cwd ?? process.cwd(),
    env,
    fs: context.fs ?? nodeFileSystem,
    readStdin: context.readStdin ?? readProcessStdin,
    writeStdout: context.writeStdout ?? writeProcessStdout,
    ...(context.renderWorker !== undefined ? { renderWorker: context.renderWorker } : {}),
    ...(context.outputIo !== undefined ? { outputIo: context.outputIo } : {}),
  };
  try {
    return await dispatch([...argv], ctx, context.lang);
  } catch (e) {
    const ru = ctx.lang === 'ru';
    const detail = e instanceof Error ? e.message : String(e);
    ctx.err(ru
      ? `внутренняя ошибка plangraf: ${detail}\nЭто ошибка в самой программе, а не в ваших данных. Пожалуйста, сообщите о ней разработчикам, приложив входной файл.\n`
      : `plangraf internal error: ${detail}\nThis is a defect in plangraf, not in your data. Please report it with the input file.\n`);
    if (env.PLANGRAF_DEBUG && e instanceof Error && e.stack) ctx.err(`${e.stack}\n`);
    return EXIT.internal;
  }
}

async function dispatch(argv: string[], ctx: CommandContext, forcedLang?: Language): Promise<number> {
  // The language first, so that even usage errors speak it.
  const langArg = findOptionValue(argv, 'lang');
  const envLang = ctx.env.PLANGRAF_LANG;
  const lang = forcedLang ?? langArg ?? (envLang === 'en' || envLang === 'ru' ? envLang : 'ru');
  if (lang !== 'ru' && lang !== 'en') {
    ctx.err(`plangraf: --lang: неизвестный язык „${lang}“; допустимы ru, en / unknown language “${lang}”; use ru or en\n`);
    return EXIT.usage;
  }
  ctx.lang = lang;
  const ru = lang === 'ru';

  const nameIndex = argv.findIndex((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
  const name = nameIndex >= 0 ? argv[nameIndex]! : undefined;
  if (name === undefined || name === 'help') {
    const rest = name === 'help' ? argv.slice(nameIndex + 1).find((a) => !a.startsWith('-')) : undefined;
    const target = rest ? findCommand(rest) : undefined;
    if (target) {
      ctx.out(commandHelp(await target.load(), lang));
      return EXIT.ok;
    }
    if (argv.includes('--version') || argv.includes('-V')) {
      ctx.out(`${await packageVersion()}\n`);
      return EXIT.ok;
    }
    const asked = name === 'help' || argv.includes('--help') || argv.includes('-h');
    (asked ? ctx.out : ctx.err)(generalHelp(lang));
    return asked ? EXIT.ok : EXIT.usage;
  }
  const entry = findCommand(name);
  if (!entry) {
    const guess = nearest(name, COMMANDS.map((c) => c.name));
    ctx.err(ru
      ? `plangraf: неизвестная команда „${name}“${guess ? ` — может быть, „${guess}“?` : '.'} Список команд: plangraf --help\n`
      : `plangraf: unknown command “${name}”${guess ? ` — did you mean “${guess}”?` : '.'} Commands: plangraf --help\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  const rest = [...argv.slice(0, nameIndex), ...argv.slice(nameIndex + 1)];
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    ctx.err(`plangraf ${command.name}: ${usageError(e, lang, command)}\n${ru ? 'Справка' : 'Help'}: plangraf ${command.name} --help\n`);
    return EXIT.usage;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | boolean[] | undefined>;
  if (values.help) {
    ctx.out(commandHelp(command, lang));
    return EXIT.ok;
  }
  if (values['no-color']) ctx.color = false;
  return command.run(ctx, { positionals: parsed.positionals, values });
}

/** The value of `--name value` or `--name=value`, if given. */
function findOptionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === `--${name}`) return argv[i + 1] ?? '';
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

/** parseArgs errors in the user's language; an unknown option with the nearest one of the command. */
function usageError(e: unknown, lang: Language, command: Command): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  const ru = lang === 'ru';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const guess = nearestOption(option, command);
      if (guess) return ru ? `неизвестный параметр ${option} — может быть, ${guess}?` : `unknown option ${option} — did you mean ${guess}?`;
      return ru ? `неизвестный параметр ${option}. Параметры команды: plangraf ${command.name} --help` : `unknown option ${option}. The command's options: plangraf ${command.name} --help`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return ru ? `у параметра ${option} неверное значение (не хватает значения или оно лишнее)` : `option ${option} has a wrong value (missing or not expected)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return ru ? 'лишний аргумент' : 'unexpected argument';
    default:
      return message;
  }
}

/** `--formt` → `--format`: the nearest long option of the command or the global ones (none for one letter). */
function nearestOption(option: string, command: Command): string | undefined {
  const m = /^--([^=]{2,})/.exec(option);
  if (!m) return undefined;
  const names = Object.keys({ ...GLOBAL_OPTIONS, ...command.options });
  const guess = nearest(m[1]!, names);
  return guess === undefined ? undefined : `--${guess}`;
}

function generalHelp(lang: Language): string {
  const ru = lang === 'ru';
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = [
    ru ? 'plangraf — план-график из YAML в официальные документы DOCX и PDF' : 'plangraf — roadmaps in YAML rendered as official Russian documents (DOCX, PDF)',
    '',
    ru ? 'Использование: plangraf <команда> [аргументы] [--lang ru|en]' : 'Usage: plangraf <command> [arguments] [--lang ru|en]',
    '',
    ru ? 'Команды:' : 'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}   ${c.summary[lang]}`),
    '',
    ru ? 'Общие параметры:' : 'Global options:',
    ru ? '  --lang ru|en     язык сообщений (также переменная PLANGRAF_LANG); по умолчанию ru' : '  --lang ru|en     language of messages (also PLANGRAF_LANG); default ru',
    ru ? '  --no-color       без цвета' : '  --no-color       no colours',
    ru ? '  -h, --help       справка (plangraf <команда> --help — справка о команде)' : '  -h, --help       help (plangraf <command> --help for a command)',
    ru ? '  -V, --version    версия' : '  -V, --version    version',
    '',
    exitCodesHelp(GENERAL_EXITS, lang),
  ];
  return `${lines.join('\n')}\n`;
}

function commandHelp(c: Command, lang: Language): string {
  return `${lang === 'ru' ? 'Использование' : 'Usage'}: plangraf ${c.usage}\n\n${c.summary[lang]}\n\n${c.help[lang]}\n\n${exitCodesHelp(c.exits, lang)}\n`;
}

async function packageVersion(): Promise<string> {
  const pkg = await importJson<{ version: string }>(new URL('../../package.json', import.meta.url));
  return pkg.version;
}

const nodeFileSystem: CliFileSystem = {
  readFile: (p, options) => readBoundedFile(p, options),
  async writeFile(p, data, options) {
    await fs.writeFile(p, data, { flag: options?.exclusive ? 'wx' : 'w' });
  },
  async exists(p) {
    try {
      await fs.access(p);
      return true;
    } catch {
      return false;
    }
  },
};

function readProcessStdin(maxBytes: number): Promise<Uint8Array> {
  return readBoundedStream(process.stdin, maxBytes, '<stdin>');
}

function writeProcessStdout(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(bytes, (e) => (e ? reject(e) : resolve()));
  });
}

/** True when this module is the program being run (also through npm's bin symlink). */
function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * Standard output or error whose reader has gone (a pipe into `head`, a closed terminal): Node
 * ignores SIGPIPE, so the write fails with EPIPE, and an unhandled stream error would print a
 * stack trace. Stop quietly instead, as a tool stopped by SIGPIPE does: exit 141 (128 + 13),
 * removing temporary files as Ctrl-C does. Any other failure to write the output (a full disk
 * under a redirection) is an I/O failure: exit 3.
 */
function stopWhenOutputCloses(): void {
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') stopNow(EXIT.outputClosed);
    try {
      process.stderr.write(`plangraf: ${e.message}\n`);
    } catch {
      // stderr may be the stream that failed
    }
    stopNow(EXIT.io);
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', onError);
}

if (isMain()) {
  installInterruptHandlers();
  stopWhenOutputCloses();
  process.exitCode = await runCli(process.argv.slice(2));
}
