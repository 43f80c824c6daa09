/**
 * Output read by a program that stops reading (`plangraf schema | head -1`, `validate … | head`,
 * `batch --json | head`): the built program, as a child process whose output pipe the test
 * closes, must stop quietly with 141 (128 + SIGPIPE, as a tool stopped by SIGPIPE) — no EPIPE
 * stack trace on the other stream, no temporary file left behind.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDist } from '../batch/build-dist.js';
import { tempDir } from './harness.js';

const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

interface Closed {
  code: number | null;
  /** What the stream left open received. */
  other: string;
  /** What the closed stream received before it was closed. */
  read: string;
}

/**
 * Run the CLI and close `stream` — at once (`afterLine: false`: the first write fails), or after
 * its first line, as `head -1` does.
 */
function runClosing(args: string[], cwd: string, stream: 'stdout' | 'stderr', afterLine: boolean): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
    const closed = child[stream];
    const open = stream === 'stdout' ? child.stderr : child.stdout;
    let other = '';
    let read = '';
    open.setEncoding('utf8').on('data', (s: string) => void (other += s));
    if (afterLine) {
      closed.setEncoding('utf8').on('data', (s: string) => {
        read += s;
        if (read.includes('\n')) closed.destroy();
      });
    } else closed.destroy();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, other, read }));
  });
}

const NO_TRACE = /EPIPE|\n\s+at .+:\d+:\d+\)?\n|node:events/;

/** A roadmap with `rows` unparsed deadlines: a warning each, far more output than a pipe holds. */
function noisyRoadmap(rows: number): string {
  const items = Array.from({ length: rows }, (_, i) => `    - task: Мероприятие ${i + 1}\n      deadline: когда-нибудь потом ${i + 1}\n`).join('');
  return `document:\n  kind: plan\n  approval: {by: official, position: Директор, name: И.И. Иванов}\nplan:\n  title: П\n  items:\n${items}`;
}

beforeAll(() => buildDist(), 120_000);

describe('output closed by its reader', () => {
  it('schema | head -1: exit 141, nothing on stderr', async () => {
    const r = await runClosing(['schema'], tempDir(), 'stdout', false);
    expect(r.other).toBe('');
    expect(r.code).toBe(141);
  });

  it('validate … | head -1 on a file with thousands of warnings: the first line, then exit 141 quietly', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'noisy.yaml'), noisyRoadmap(3000));
    const r = await runClosing(['validate', 'noisy.yaml'], dir, 'stdout', true);
    expect(r.read.split('\n')[0]).toContain('noisy.yaml:8:17: предупреждение [deadline-unparsed]');
    expect(r.other).not.toMatch(NO_TRACE);
    expect(r.other).toBe('');
    expect(r.code).toBe(141);
  });

  it('batch --json | head: exit 141 quietly, no temporary file left', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, 'in', `m${i}.yaml`), noisyRoadmap(5));
    const r = await runClosing(['batch', 'in', '--out', 'out', '--json', '--format', 'docx', '--jobs', '1'], dir, 'stdout', false);
    expect(r.other).toBe('');
    expect(r.code).toBe(141);
    const left = (() => {
      try {
        return readdirSync(join(dir, 'out'), { recursive: true }).map(String);
      } catch {
        return [];
      }
    })();
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('render with its diagnostics piped into a reader that closed: exit 141 quietly', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.yaml'), 'document:\n  kind: plan\n  title: "не закрыта\nplan:\n  items: []\n');
    const r = await runClosing(['render', 'broken.yaml'], dir, 'stderr', false);
    expect(r.other).toBe('');
    expect(r.code).toBe(141);
  });
});
