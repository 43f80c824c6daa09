/**
 * `plangraf extract FILE.pdf [--out FILE|-]`: the roadmap an archival PDF carries (`render
 * --pdfa`), byte for byte as it was embedded, to standard output or to a file (written
 * atomically; never over the PDF itself). A PDF without one is `pdf-no-roadmap`, a damaged or
 * encrypted one `pdf-unreadable` (exit 1); a file that cannot be read is exit 3.
 */
import * as path from 'node:path';
import { EXIT, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { readRoadmapSource } from '../../archive/roadmap-source.js';
import { writeFileAtomically } from '../../output/atomic-write.js';
import { writeFailure } from '../messages.js';
import type { Command, CommandContext } from '../command.js';

const TEXT = {
  ru: {
    oneFile: 'укажите один файл PDF. Пример: plangraf extract план.pdf > план.yaml',
    notPdf: (f: string) => `${f} — не PDF: встроенный план достаётся только из PDF`,
    overInput: (f: string) => `--out ${f}: это сам PDF, перезаписывать его нельзя`,
    wrote: (f: string) => `записан: ${f}`,
  },
  en: {
    oneFile: 'give one PDF file. Example: plangraf extract plan.pdf > plan.yaml',
    notPdf: (f: string) => `${f} is not a PDF: the embedded roadmap is taken from a PDF only`,
    overInput: (f: string) => `--out ${f}: that is the PDF itself and is never overwritten`,
    wrote: (f: string) => `wrote ${f}`,
  },
};

export const extractCommand: Command = {
  name: 'extract',
  summary: { ru: 'достать план (YAML), встроенный в архивный PDF', en: 'get back the roadmap (YAML) embedded in an archival PDF' },
  usage: 'extract <file.pdf> [--out FILE|-]',
  options: { out: { type: 'string', short: 'o' } },
  help: {
    ru: [
      'Достаёт файл плана, встроенный в архивный PDF (plangraf render --pdfa), байт в байт.',
      '',
      '  --out FILE   записать в файл (по умолчанию — на стандартный вывод; «-» — тоже он)',
    ].join('\n'),
    en: [
      'Gets back the roadmap file embedded in an archival PDF (plangraf render --pdfa), byte for byte.',
      '',
      '  --out FILE   write it to a file (default: standard output; «-» as well)',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'план записан', en: 'the roadmap was written' },
    [EXIT.inputErrors]: { ru: 'в PDF нет встроенного плана, или PDF повреждён или зашифрован', en: 'the PDF carries no roadmap, or it is damaged or encrypted' },
    [EXIT.io]: { ru: 'файл не удалось прочитать или записать', en: 'a file could not be read or written' },
  },
  async run(ctx, args) {
    const t = TEXT[ctx.lang];
    const usage = (msg: string) => {
      ctx.err(`plangraf extract: ${msg}\n`);
      return EXIT.usage;
    };
    if (args.positionals.length !== 1) return usage(t.oneFile);
    const shown = args.positionals[0]!;
    const file = path.resolve(ctx.cwd, shown);
    const source = await readRoadmapSource(file, { lang: ctx.lang });
    if (source.diagnostics.length > 0) {
      print(ctx, source.diagnostics.map((d) => ({ ...d, file: shown })));
      return source.diagnostics.some((d) => d.code.startsWith('io-')) ? EXIT.io : EXIT.inputErrors;
    }
    if (source.from !== 'pdf' || !source.bytes) return usage(t.notPdf(shown));
    const out = typeof args.values.out === 'string' ? args.values.out : '-';
    if (out === '-') {
      try {
        await (ctx.writeStdout ? ctx.writeStdout(source.bytes) : Promise.resolve(ctx.out(new TextDecoder().decode(source.bytes))));
      } catch (e) {
        print(ctx, [writeFailure(e, ctx.lang, ctx.cwd, '-')]);
        return EXIT.io;
      }
      return EXIT.ok;
    }
    const target = path.resolve(ctx.cwd, out);
    if (target === file) return usage(t.overInput(out));
    try {
      await writeFileAtomically(target, source.bytes, ctx.outputIo);
    } catch (e) {
      print(ctx, [writeFailure(e, ctx.lang, ctx.cwd, target)]);
      return EXIT.io;
    }
    ctx.out(`${t.wrote(path.relative(ctx.cwd, target) || target)}\n`);
    return EXIT.ok;
  },
};

function print(ctx: CommandContext, diagnostics: Diagnostic[]): void {
  ctx.err(`${diagnostics.map((d) => formatDiagnostic(d, undefined, { color: ctx.color, lang: ctx.lang })).join('\n\n')}\n`);
}
