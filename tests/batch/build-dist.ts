/**
 * The worker threads run the built JavaScript (dist/batch/worker.js), and some tests check the
 * built package: build once before them. Skipped when dist/ is newer than every source file (many
 * test files ask; one build serves them all).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function builtAt(): number {
  try {
    return statSync(path.join(ROOT, 'dist', 'index.js')).mtimeMs;
  } catch {
    return 0;
  }
}

export function buildDist(): void {
  const sources = Math.max(newestSource(path.join(ROOT, 'src')), ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((f) => statSync(path.join(ROOT, f)).mtimeMs));
  if (builtAt() > sources) return;
  try {
    execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}tsconfig.build.json`], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    /* type errors elsewhere do not stop the emit */
  }
}
