/** Running the CLI in-process with captured output and a temporary folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import type { CommandContext } from '../../src/cli/command.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plangraf-cli-'));
}

export async function cli(args: string[], context: Partial<CommandContext> = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    color: false,
    env: {},
    ...context,
  });
  return { code, out, err };
}
