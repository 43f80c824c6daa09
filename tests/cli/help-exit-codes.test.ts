/**
 * Every command's --help lists every exit code it can end with — the ones its module returns
 * and the ones every command may (wrong usage, internal error, signals, closed output) — and
 * each of them is a row of the README's exit-code table; `plangraf --help` lists exactly that
 * table. An unknown option is answered with the command's nearest option.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { cli } from './harness.js';

const ROOT = new URL('../../', import.meta.url);
const README = readFileSync(new URL('README.md', ROOT), 'utf8');

/** The codes of the README's table «Exit codes of every command». */
function readmeExitCodes(): number[] {
  const start = README.indexOf('Exit codes of every command');
  const table = README.slice(start, README.indexOf('\n\n', README.indexOf('| code |', start)));
  return [...table.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1])).sort((a, b) => a - b);
}

/** The codes of a help text's «Коды выхода:» / «Exit codes:» block. */
function helpExitCodes(help: string): number[] {
  const lines = help.split('\n');
  const at = lines.findIndex((l) => l === 'Коды выхода:' || l === 'Exit codes:');
  if (at < 0) return [];
  const codes: number[] = [];
  for (const line of lines.slice(at + 1)) {
    const m = /^ {2}(\d+(?:, \d+)*) +\S/.exec(line);
    if (!m) break;
    codes.push(...m[1]!.split(', ').map(Number));
  }
  return codes.sort((a, b) => a - b);
}

/** Every command may end so, whatever its module returns (main.ts, interrupt.ts). */
const EVERY_COMMAND = [EXIT.usage, EXIT.internal, EXIT.interrupted, EXIT.outputClosed, EXIT.terminated];

/** The `EXIT.…` codes a command's module uses. */
function returnedCodes(name: string): number[] {
  const source = readFileSync(new URL(`src/cli/commands/${name}.ts`, ROOT), 'utf8');
  return [...new Set([...source.matchAll(/\bEXIT\.(\w+)/g)].map((m) => EXIT[m[1] as keyof typeof EXIT]))];
}

describe('exit codes in --help and in the README', () => {
  const documented = readmeExitCodes();

  it('the README table has 0, 1, 2, 3, 70 and the signal codes', () => {
    expect(documented).toEqual([0, 1, 2, 3, 70, 130, 141, 143]);
  });

  it('plangraf --help lists exactly the README table', async () => {
    for (const lang of ['ru', 'en']) expect(helpExitCodes((await cli(['--help', '--lang', lang])).out), lang).toEqual(documented);
  });

  it.each(COMMANDS.map((c) => [c.name] as const))('plangraf %s --help lists every code it can end with', async (name) => {
    const expected = [...new Set([...returnedCodes(name), ...EVERY_COMMAND])].sort((a, b) => a - b);
    for (const lang of ['ru', 'en']) {
      const r = await cli([name, '--help', '--lang', lang]);
      expect(r.code).toBe(EXIT.ok);
      const listed = helpExitCodes(r.out);
      expect(listed, `${name} (${lang})`).toEqual(expected);
      for (const code of listed) expect(documented, `${name}: ${code}`).toContain(code);
    }
  });

  it('batch --help includes 70 (it returns it when the pool fails)', async () => {
    expect(helpExitCodes((await cli(['batch', '--help'])).out)).toContain(70);
  });
});

describe('an unknown option', () => {
  it('render --formt: «неизвестный параметр --formt — может быть, --format?»', async () => {
    const r = await cli(['render', 'x.yaml', '--formt', 'pdf']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toBe('plangraf render: неизвестный параметр --formt — может быть, --format?\nСправка: plangraf render --help\n');
    const en = await cli(['render', '--formt', 'pdf', '--lang', 'en']);
    expect(en.err).toContain('unknown option --formt — did you mean --format?');
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: a typo of each of its options suggests that option', async (_name, entry) => {
    const command = await entry.load();
    const names = [...Object.keys(command.options), 'lang', 'help', 'version', 'no-color'].filter((n) => n.length >= 4);
    for (const option of names) {
      const typo = `--${option.slice(0, -1)}`;
      const r = await cli([command.name, typo]);
      expect(r.code, typo).toBe(EXIT.usage);
      expect(r.err, typo).toContain(`неизвестный параметр ${typo} — может быть, --${option}?`);
    }
  });

  it('with nothing near, it points at the command\'s help', async () => {
    const r = await cli(['validate', '--zzzzzz']);
    expect(r.err).toContain('неизвестный параметр --zzzzzz. Параметры команды: plangraf validate --help');
  });
});
