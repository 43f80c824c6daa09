/**
 * `plangraf render --watch`: render as `plangraf render` does, then again whenever one of the
 * files an input is built from changes — the input, the bases its `extends` names (as the last
 * run found them), or anything in the `--templates` folder (then every input). The worker pool is
 * kept between runs, so a change costs a render, not a fresh thread loading the writers — except
 * after a template changed: a worker keeps the templates it compiled, so the next run gets a fresh one.
 */
import * as path from 'node:path';
import { EXIT, type Language } from '../diagnostics/diagnostic.js';
import type { CommandContext, ParsedArgs } from '../cli/command.js';
import { runRender, type RenderSession } from '../cli/commands/render.js';
import { onInterruptDrain } from '../cli/interrupt.js';
import { pluralEn, pluralRu } from '../cli/plural.js';
import { watchFiles } from './watch.js';

const TEXT = {
  ru: {
    streams: 'plangraf render: --watch следит за файлами: «-» и --out - с ним не сочетаются\n',
    watching: (n: number) => `Слежу за изменениями: ${pluralRu(n, 'файл', 'файла', 'файлов')}. Остановить — Ctrl-C\n`,
    changed: (time: string, names: string) => `\n[${time}] изменено: ${names}\n`,
  },
  en: {
    streams: "plangraf render: --watch watches files: '-' and --out - do not go with it\n",
    watching: (n: number) => `Watching ${pluralEn(n, 'file', 'files')} for changes. Stop with Ctrl-C\n`,
    changed: (time: string, names: string) => `\n[${time}] changed: ${names}\n`,
  },
} satisfies Record<Language, unknown>;

/** Runs until the process is interrupted. */
export function watchRender(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const stopped = new AbortController();
  onInterruptDrain(async () => stopped.abort());
  return watchRenderUntil(ctx, args, stopped.signal);
}

/** Runs until `signal` aborts (tests stop it so); returns the exit code of the first run when it is a usage error. */
export async function watchRenderUntil(ctx: CommandContext, args: ParsedArgs, signal: AbortSignal): Promise<number> {
  const t = TEXT[ctx.lang];
  if (args.positionals.includes('-') || args.values.out === '-') {
    ctx.err(t.streams);
    return EXIT.usage;
  }
  const inputs = args.positionals.map((f) => ({ shown: f, file: path.resolve(ctx.cwd, f) }));
  const templates = typeof args.values.templates === 'string' ? path.resolve(ctx.cwd, args.values.templates) : undefined;
  const sources = new Map(inputs.map((i) => [i.file, new Set([i.file])]));
  const session: RenderSession = {
    onInput(input, bases) {
      sources.set(input, new Set([input, ...bases]));
    },
  };
  const first = await runRender(ctx, args, session);
  if (first === EXIT.usage || signal.aborted) {
    await session.renderer?.close();
    return first;
  }

  const watched = () => [...new Set([...[...sources.values()].flatMap((s) => [...s]), ...(templates !== undefined ? [templates] : [])])];
  let running: Promise<void> = Promise.resolve();
  let queued = new Set<string>();
  const rerun = (changed: string[]) => {
    for (const c of changed) queued.add(c);
    // One run at a time; changes during a run are rendered right after it.
    running = running.then(async () => {
      if (queued.size === 0 || signal.aborted) return;
      const batch = [...queued];
      queued = new Set();
      const all = templates !== undefined && batch.some((c) => c === templates || c.startsWith(templates + path.sep));
      const affected = inputs.filter((i) => all || batch.some((c) => sources.get(i.file)?.has(c)));
      if (affected.length === 0) return;
      if (all && session.renderer) {
        await session.renderer.close();
        delete session.renderer;
      }
      const names = batch.map((c) => path.relative(ctx.cwd, c) || c).join(', ');
      ctx.err(t.changed(new Date().toTimeString().slice(0, 8), names));
      await runRender(ctx, { positionals: affected.map((i) => i.shown), values: args.values }, session);
      watch.set(watched());
    });
  };
  const watch = await watchFiles(rerun);
  watch.set(watched());
  await watch.ready();
  ctx.err(t.watching(watched().length));
  await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
  await watch.close();
  await running;
  await session.renderer?.close();
  return EXIT.ok;
}
