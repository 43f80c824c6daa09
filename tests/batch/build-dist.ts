/**
 * The worker threads run the built JavaScript (dist/batch/worker.js): build once before the pool
 * tests — unless the build is already newer than every source (after `npm install` or
 * `npm run build`), which spares the suite a compile per test file.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function upToDate(): boolean {
  try {
    const built = statSync(join(ROOT, 'dist/cli/main.js')).mtimeMs;
    const sources = Math.max(newestSource(join(ROOT, 'src')), statSync(join(ROOT, 'tsconfig.json')).mtimeMs, statSync(join(ROOT, 'tsconfig.build.json')).mtimeMs);
    return sources < built;
  } catch {
    return false;
  }
}

export function buildDist(): void {
  if (upToDate()) return;
  try {
    execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}tsconfig.build.json`], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    /* type errors elsewhere do not stop the emit */
  }
}
