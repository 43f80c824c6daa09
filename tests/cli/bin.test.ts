/**
 * The built program as users run it: `node dist/cli/main.js …` after `tsc -p tsconfig.build.json`.
 * Checks the shebang, exit codes, and that a user's mistake never shows a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = `${ROOT}dist/cli/main.js`;
const CORPUS = `${ROOT}tests/corpus/broken/`;

function run(args: string[], env: Record<string, string> = {}, cwd = CORPUS) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  // Emits even when files of other parts of the project do not type-check yet.
  try {
    execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}tsconfig.build.json`], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    /* type errors elsewhere do not stop the emit */
  }
}, 120_000);

describe('dist/cli/main.js', () => {
  it('starts with a node shebang', () => {
    expect(readFileSync(MAIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('validate: exit 1 with located Russian diagnostics, no stack trace', () => {
    const r = run(['validate', 'yaml-unclosed-quote.yaml', 'schema-no-plan.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('yaml-unclosed-quote.yaml:7:13: ошибка [yaml-syntax]: Ошибка синтаксиса YAML: не закрыта кавычка.');
    expect(r.out).toContain('schema-no-plan.yaml:2:1: ошибка [schema-plan-missing]');
    expect(`${r.out}${r.err}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('validate --format json --lang en', () => {
    const r = run(['validate', '--format', 'json', '--lang', 'en', 'lint-duplicate-id.yaml']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { files: { diagnostics: { code: string; message: string }[] }[] };
    expect(report.files[0]!.diagnostics[0]).toMatchObject({ code: 'duplicate-id', message: 'Identifier “select” is already used on line 8.' });
  });

  it('exit codes: 0 clean, 2 usage, 3 unreadable', () => {
    expect(run(['validate', 'lint-rule-off.yaml']).code).toBe(0);
    expect(run(['validate']).code).toBe(2);
    expect(run(['nonsense']).code).toBe(2);
    expect(run(['validate', 'no-such-file.yaml']).code).toBe(3);
  });

  it('schema prints JSON', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { $id: string }).$id).toContain('roadmap.schema.json');
  });

  it('--version', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(run(['--version']).out).toBe(`${pkg.version}\n`);
  });

  it('the yaml library prints nothing of its own: a mapping as a key, a tab in indentation (validate, batch)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraf-bin-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'key.yaml'), 'document:\n  kind: plan\n  ? [a, b]\n  : c\nplan:\n  title: П\n  items:\n    - task: a\n');
    writeFileSync(join(dir, 'in', 'tab.yaml'), 'document:\n  kind: plan\nplan:\n  title: П\n  items:\n\t- task: a\n    deadline: до 01.03.2022\n');
    const validate = run(['validate', 'in/key.yaml', 'in/tab.yaml'], {}, dir);
    expect(validate.code).toBe(1);
    expect(validate.out).toContain('in/key.yaml:3:5: ошибка [yaml-syntax]: Ошибка синтаксиса YAML: ключ — список, а не текст.');
    expect(validate.out).toContain('in/tab.yaml:6:1: ошибка [yaml-syntax]: Ошибка синтаксиса YAML: отступ табуляцией.');
    expect(validate.err).toBe('');
    const batch = run(['batch', 'in', '--out', 'out'], {}, dir);
    expect(batch.code).toBe(1);
    expect(batch.err).toBe('');
  });
});
